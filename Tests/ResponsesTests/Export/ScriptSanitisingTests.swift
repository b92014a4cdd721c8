import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// Issue 14: a label holding U+202E made Rscript refuse the whole `.R`; the export's file name went raw into comment
/// lines of the `.sps` and `.R`, so a crafted name could inject an SPSS command.
final class ScriptSanitisingTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try DatasetFixtures.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static let hostile = "A\u{202E}B\u{2066}C\u{200F}D\u{061C}E\u{0085}F\u{7}G\nDELETE VARIABLES ALL.\rH\u{200E}I\u{202A}J\u{2069}K"

    /// Every text of the questionnaire that reaches the scripts: a question label, an option label, an escape label.
    func hostileDataset() throws -> Dataset {
        var survey = ExportFixtures.survey
        survey.escapes[0].label = LocalizedText(Self.hostile)
        var codebook = Codebook(survey)
        for index in codebook.variables.indices {
            codebook.variables[index].label = LocalizedText(Self.hostile)
            for value in codebook.variables[index].valueLabels.indices where codebook.variables[index].kind == .choice {
                codebook.variables[index].valueLabels[value].label = LocalizedText(Self.hostile + String(value))
            }
            for escape in codebook.variables[index].missingCodes.indices where codebook.variables[index].missingCodes[escape].code == "nsp" {
                codebook.variables[index].missingCodes[escape].label = LocalizedText(Self.hostile)
            }
        }
        return Dataset(codebook: codebook)
    }

    func assertClean(_ script: String, file: StaticString = #filePath, line: UInt = #line) {
        for scalar in script.unicodeScalars where scalar != "\n" {
            XCTAssertFalse(ScriptText.isUnsafe(scalar), "U+\(String(scalar.value, radix: 16, uppercase: true)) in\n\(script)", file: file, line: line)
        }
        for text in script.components(separatedBy: "\n") where text.uppercased().hasPrefix("DELETE VARIABLES ALL") {
            XCTFail("injected line: \(text)", file: file, line: line)
        }
    }

    func testSanitisingRemovesControlAndBidiCharactersOnly() {
        XCTAssertEqual(ScriptText.sanitized(Self.hostile), "ABCDEFGDELETE VARIABLES ALL.HIJK")
        XCTAssertEqual(ScriptText.sanitized("Très « bien » — oui’"), "Très « bien » — oui’")
        for value: UInt32 in [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x9B, 0x9F, 0x061C, 0x200E, 0x200F,
                              0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            XCTAssertTrue(ScriptText.isUnsafe(Unicode.Scalar(value)!), String(value, radix: 16))
        }
        for value: UInt32 in [0x20, 0x41, 0xA0, 0xE9, 0x200B, 0x2014, 0x2028] {
            XCTAssertFalse(ScriptText.isUnsafe(Unicode.Scalar(value)!), String(value, radix: 16))
        }
    }

    func testLabelsReachTheScriptsWithoutControlOrBidiCharacters() throws {
        let dataset = try hostileDataset()
        for options in [ExportOptions(), ExportOptions(labels: true)] {
            assertClean(DatasetExport.spssSyntax(dataset, csvFileName: "x.csv", options: options))
            assertClean(DatasetExport.rScript(dataset, csvFileName: "x.csv", options: options))
        }
    }

    func testACraftedFileNameInjectsNoCommand() throws {
        let dataset = try hostileDataset()
        for name in ["x.csv\nDELETE VARIABLES ALL.\n.csv", "x'.\nDELETE VARIABLES ALL.\n'.csv", "x\".csv\nq(\"no\")\n#.csv",
                     "x\r* a.\rDELETE VARIABLES ALL.\u{202E}.csv"] {
            let spss = DatasetExport.spssSyntax(dataset, csvFileName: name)
            let r = DatasetExport.rScript(dataset, csvFileName: name)
            assertClean(spss)
            assertClean(r)
            XCTAssertFalse(r.components(separatedBy: "\n").contains { $0.hasPrefix("q(") }, r)
            // The name is only ever quoted: in SPSS with doubled ', in R with escaped ".
            XCTAssertTrue(spss.contains("/FILE=\(ExportLayout.spssString(name))"), spss)
            XCTAssertTrue(r.contains("read.csv(\(ExportLayout.rString(name))"), r)
        }
        XCTAssertEqual(ExportLayout.spssString("x'.\nDELETE VARIABLES ALL.\n'.csv"), "'x''.DELETE VARIABLES ALL.''.csv'")
        XCTAssertEqual(ExportLayout.rString("x\".csv\nq(\"no\")\n#.csv"), "\"x\\\".csvq(\\\"no\\\")#.csv\"")
    }

    /// A name with quotes (and no control character) is still read by both tools.
    func testRAndPSPPReadAFileNamedWithQuotes() throws {
        let files = try DatasetExport.write(try ExportFixtures.dataset(in: directory),
                                            to: directory.appendingPathComponent("l'enquête \"finale\".csv"))
        if let rscript = ExternalTool.find("Rscript") {
            let (status, output) = try ExternalTool.run(rscript, ["-e", "source(\(ExportLayout.rString(files.r.lastPathComponent))); cat(nrow(octant))"],
                                                        in: directory)
            XCTAssertEqual(status, 0, output)
            XCTAssertTrue(output.hasSuffix("4"), output)
        }
        if let pspp = ExternalTool.find("pspp") {
            let syntax = try String(contentsOf: files.spss, encoding: .utf8) + "LIST VARIABLES=genre.\n"
            try syntax.write(to: directory.appendingPathComponent("check.sps"), atomically: true, encoding: .utf8)
            let (status, output) = try ExternalTool.run(pspp, ["-O", "format=csv", "-o", "out.csv", "check.sps"], in: directory)
            let table = (try? String(contentsOf: directory.appendingPathComponent("out.csv"), encoding: .utf8)) ?? ""
            XCTAssertEqual(status, 0, output + table)
            XCTAssertFalse(table.lowercased().contains("error"), table)
            XCTAssertTrue(table.contains("genre\n2\n-3\n1\n2"), table)
        }
    }

    /// A label that R refused with U+202E in it is now read.
    func testRReadsAScriptBuiltFromHostileLabels() throws {
        guard let rscript = ExternalTool.find("Rscript") else { throw XCTSkip("R is not installed") }
        try DatasetExport.write(try hostileDataset(), to: directory.appendingPathComponent("x.csv"))
        let (status, output) = try ExternalTool.run(rscript, ["-e", "source(\"x.R\", encoding = \"UTF-8\"); cat(attr(octant[[\"age\"]], \"label\"))"],
                                                    in: directory)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.hasSuffix("ABCDEFGDELETE VARIABLES ALL.HIJK"), output)
    }
}
