import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// Issue 14: one missing code per escape answer in every variable (`Survey.missingCode(of:)`), options as their values,
/// in the `.sps`, the `.R`, the codebook and, when asked, the CSV.
final class MissingCodeExportTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try DatasetFixtures.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testEveryEscapeAnswerHasTheSameCodeInEverySPSSVariable() throws {
        let syntax = DatasetExport.spssSyntax(try ExportFixtures.dataset(in: directory), csvFileName: "codes.csv")
        let lines = syntax.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("VALUE LABELS aise.materiel 1 'Pas du tout d''accord' 4 'Tout à fait d''accord' 97 'Je ne sais pas'."), syntax)
        XCTAssertTrue(lines.contains("VALUE LABELS difficulte.demarches 1 'Pas du tout d''accord' 4 'Tout à fait d''accord' -2 'Non concerné' 97 'Je ne sais pas'."), syntax)
        XCTAssertTrue(lines.contains("VALUE LABELS age 97 'Je ne sais pas' -3 'Refus'."), syntax)
        XCTAssertTrue(lines.contains("VALUE LABELS genre 2 'Femme' 1 'Homme' -3 'Refus'."), syntax)
        XCTAssertTrue(lines.contains("MISSING VALUES aise.materiel (97)."), syntax)
        XCTAssertTrue(lines.contains("MISSING VALUES difficulte.demarches (-2, 97)."), syntax)
        XCTAssertTrue(lines.contains("MISSING VALUES age (-3, 97)."), syntax)
        XCTAssertTrue(lines.contains("RECODE octant_raw_1 ('f'=2) ('h'=1) ('refus'=-3) (ELSE=SYSMIS) INTO genre."), syntax)
        XCTAssertTrue(lines.contains("*   97 = 'Je ne sais pas'."), syntax)
        XCTAssertTrue(lines.contains("*   -2 = 'Non concerné'."), syntax)
        XCTAssertFalse(syntax.contains("999999"), syntax)
    }

    func testNumericCSVWritesValuesAndMissingCodes() throws {
        let dataset = try ExportFixtures.dataset(in: directory)
        let csv = String(decoding: DatasetExport.csv(dataset, options: ExportOptions(numericCodes: true)), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n").map { $0.components(separatedBy: ",").suffix(4).joined(separator: ",") }
        XCTAssertEqual(Array(rows.prefix(5)), ["genre,age,aise.materiel,difficulte.demarches", "2,30,4,1", "-3,97,97,-2", "1,-3,2,97", "2,61,3,3"])
        let plain = String(decoding: DatasetExport.csv(dataset), as: UTF8.self)
        XCTAssertTrue(plain.contains(",refus,nsp,nsp,nc\r\n"), plain)
    }

    func testCodebookShowsTheNumbers() throws {
        let codebook = String(decoding: DatasetExport.codebookCSV(try ExportFixtures.dataset(in: directory)), as: UTF8.self)
        XCTAssertTrue(codebook.components(separatedBy: "\r\n")[0].hasSuffix(",spss_name,numeric_codes"), codebook)
        XCTAssertTrue(codebook.contains(",genre,f=2 | h=1 | refus=-3\r\n"), codebook)
        XCTAssertTrue(codebook.contains(",difficulte.demarches,nc=-2 | nsp=97\r\n"), codebook)
    }

    func testPSPPReadsTheSameCodeEverywhere() throws {
        guard let pspp = ExternalTool.find("pspp") else { throw XCTSkip("pspp is not installed") }
        for options in [ExportOptions(), ExportOptions(numericCodes: true), ExportOptions(format: .french, labels: true)] {
            let files = try DatasetExport.write(try ExportFixtures.dataset(in: directory), to: directory.appendingPathComponent("codes.csv"), options: options)
            let syntax = try String(contentsOf: files.spss, encoding: .utf8) + "LIST VARIABLES=genre age aise.materiel difficulte.demarches.\n"
            try syntax.write(to: directory.appendingPathComponent("check.sps"), atomically: true, encoding: .utf8)
            let (status, output) = try ExternalTool.run(pspp, ["-O", "format=csv", "-o", "out.csv", "check.sps"], in: directory)
            let table = try String(contentsOf: directory.appendingPathComponent("out.csv"), encoding: .utf8)
            XCTAssertEqual(status, 0, output + table)
            XCTAssertFalse(table.lowercased().contains("error") || table.lowercased().contains("warning"), table)
            XCTAssertTrue(table.contains("2,30,4,1\n-3,97,97,-2\n1,-3,2,97\n2,61,3,3"), table)
            try FileManager.default.removeItem(at: directory.appendingPathComponent("out.csv"))
        }
    }

    /// SPSS takes three discrete missing values at most: four escape answers on one item become their range.
    func testMoreThanThreeEscapeAnswersBecomeARange() {
        let text = """
        survey many version 1 language fr
        escape nsp "Je ne sais pas" key j value 97
        escape nc "Non concerné" key n value 98
        escape refus "Refus" key x value 99
        escape autre "Autre raison" key a value 996
        likert aise "Aise" escape nsp nc refus autre
        """
        let parsed = QuestionnaireParser.parse(text: text, name: "many.survey")
        XCTAssertFalse(parsed.hasErrors, parsed.errors.map { "\($0)" }.joined(separator: "\n"))
        let syntax = DatasetExport.spssSyntax(Dataset(codebook: Codebook(parsed.survey)), csvFileName: "many.csv")
        XCTAssertTrue(syntax.contains("MISSING VALUES aise (97 THRU 996)."), syntax)
        XCTAssertTrue(syntax.contains("NUMERIC aise (F4.0)."), syntax)
    }
}
