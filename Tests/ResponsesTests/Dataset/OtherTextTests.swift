import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// "Autre, précisez" texts are known by their kind, never by their name: `text` is an ordinary identifier for an
/// item, a question or an option, and an option called `text` still routes its own typed text.
final class OtherTextTests: XCTestCase {
    static let surveyText = """
    survey ids-texte version 1 language fr
    likert avis "Votre avis"
      text "Le texte"
      clarte "La clarté"
    text text "Un mot libre"
    single sexe "Sexe"
      femme "Femme"
      text "Texte, précisez" other
    multiple outils "Outils"
      text "Un carnet, précisez" other
      papier "Papier"
    """

    static var survey: Survey {
        let result = QuestionnaireParser.parse(text: surveyText, name: "ids.survey")
        XCTAssertFalse(result.hasErrors, result.errors.map { "\($0)" }.joined(separator: "\n"))
        return result.survey
    }

    static var identity: QuestionnaireIdentity {
        QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
    }

    func testTheCodebookTypesOtherTextsAndKeepsTheirColumnNames() {
        let codebook = Codebook(Self.survey)
        XCTAssertEqual(codebook.variables.map(\.name), ["avis.text", "avis.clarte", "text", "sexe", "sexe.text.text",
                                                        "outils.text", "outils.papier", "outils.text.text"])
        XCTAssertEqual(codebook.variables.map(\.kind), [.scale(points: 8), .scale(points: 8), .text, .choice, .otherText(option: "text"),
                                                        .indicator(option: "text"), .indicator(option: "papier"), .otherText(option: "text")])
    }

    func writeJournal(in directory: URL) throws {
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: DeviceID("portable-1")!)
        defer { journal.close() }
        try DatasetFixtures.record(in: journal, id: DatasetFixtures.session(1), wave: nil, answers: [
            ("avis.text", .value(.scalePoint(6))), ("avis.clarte", .value(.scalePoint(3))), ("text", .value(.text("libre"))),
            ("sexe", .value(.choice("text", other: "précis"))), ("outils", .value(.choices(["text"], other: "carnet"))),
        ], questionnaire: Self.identity)
        try DatasetFixtures.record(in: journal, id: DatasetFixtures.session(2), wave: nil, answers: [
            ("avis.text", .value(.scalePoint(2))), ("avis.clarte", .skipped), ("text", .skipped),
            ("sexe", .value(.choice("femme"))), ("outils", .value(.choices(["papier"]))),
        ], questionnaire: Self.identity)
        try DatasetFixtures.record(in: journal, id: DatasetFixtures.session(3), wave: nil, answers: [
            ("avis.text", .value(.scalePoint(8))), ("avis.clarte", .skipped), ("text", .skipped),
            ("sexe", .value(.choice("text"))), ("outils", .value(.choices(["text", "papier"]))),
        ], questionnaire: Self.identity)
    }

    func assertExpectedValues(_ dataset: Dataset, file: StaticString = #filePath, line: UInt = #line) {
        func value(_ row: Int, _ name: String) -> DatasetValue? { dataset.value(row: row, variable: name) }
        XCTAssertEqual(dataset.rowCount, 3, file: file, line: line)
        XCTAssertEqual((0..<3).map { value($0, "avis.text") }, [.point(6), .point(2), .point(8)], file: file, line: line)
        XCTAssertEqual((0..<3).map { value($0, "text") }, [.text("libre"), .missing(.skipped), .missing(.skipped)], file: file, line: line)
        XCTAssertEqual((0..<3).map { value($0, "sexe") }, [.option("text"), .option("femme"), .option("text")], file: file, line: line)
        // The text follows its option: typed, not chosen (not asked), chosen with nothing typed (skipped).
        XCTAssertEqual((0..<3).map { value($0, "sexe.text.text") }, [.text("précis"), .missing(.notAsked), .missing(.skipped)],
                       file: file, line: line)
        XCTAssertEqual((0..<3).map { value($0, "outils.text") }, [.indicator(true), .indicator(false), .indicator(true)], file: file, line: line)
        XCTAssertEqual((0..<3).map { value($0, "outils.text.text") }, [.text("carnet"), .missing(.notAsked), .missing(.skipped)],
                       file: file, line: line)
    }

    func testJournalsCSVAndImportRouteEveryColumnByItsKind() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let journals = directory.appendingPathComponent("journaux")
        try writeJournal(in: journals)
        let codebook = Codebook(Self.survey)
        let (dataset, _) = try Dataset.load(journalsIn: journals, codebook: codebook)
        assertExpectedValues(dataset)

        let bytes = DatasetExport.csv(dataset)
        let header = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init)
        XCTAssertEqual(header, "session,wave,status,device,started,avis.text,avis.clarte,text,sexe,sexe.text.text,outils.text,outils.papier,outils.text.text")
        let (loaded, issues) = try Dataset.load(csvBytes: bytes, name: "ids.csv", codebook: codebook)
        XCTAssertEqual(issues, [])
        XCTAssertEqual(loaded, dataset)

        // Back into a journal (the inverse of reading one): each text goes with its own option.
        let csv = directory.appendingPathComponent("ids.csv")
        try DatasetExport.write(dataset, to: csv)
        let imported = directory.appendingPathComponent("importees")
        XCTAssertEqual(try DatasetImport.importCSV(csv, into: imported, codebook: codebook).addedSessions, 3)
        XCTAssertEqual(try Dataset.load(journalsIn: imported, codebook: codebook).0, dataset)
    }

    func testAHandWrittenCSVResolvesEmptyOtherTextsByTheirOption() throws {
        let csv = """
        avis.text,avis.clarte,text,sexe,sexe.text.text,outils.text,outils.papier,outils.text.text
        6,3,libre,text,précis,1,0,carnet
        2,,,femme,,0,1,
        8,,,text,,1,1,
        """
        let (dataset, issues) = try Dataset.load(csvBytes: Array(csv.utf8), name: "ids.csv", codebook: Codebook(Self.survey))
        XCTAssertEqual(issues, [])
        func value(_ row: Int, _ name: String) -> DatasetValue? { dataset.value(row: row, variable: name) }
        XCTAssertEqual((0..<3).map { value($0, "avis.text") }, [.point(6), .point(2), .point(8)])
        XCTAssertEqual(value(0, "text"), .text("libre"))
        XCTAssertEqual((0..<3).map { value($0, "sexe.text.text") }, [.text("précis"), .missing(.notAsked), .missing(.skipped)])
        XCTAssertEqual((0..<3).map { value($0, "outils.text.text") }, [.text("carnet"), .missing(.notAsked), .missing(.skipped)])
    }
}
