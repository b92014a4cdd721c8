import Foundation
import Questionnaire
import Support
import XCTest
@testable import Responses

/// Exports of LimeSurvey, KoboToolbox, Google Forms and R, each with its mapping, import to exactly the dataset of
/// its `.expected.json` (values, status, wave, participant code); and the traps of outside files.
final class InteropImportTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/interop")
    static let repository = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-interop-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static func codebook(_ path: String) throws -> Codebook {
        let (_, parsed) = try QuestionnaireParser.parse(contentsOf: repository.appendingPathComponent(path))
        XCTAssertFalse(parsed.hasErrors)
        return Codebook(parsed.survey)
    }

    func testLimeSurveyWithCodes() throws { try importsExactly("limesurvey-codes") }
    func testLimeSurveyWithFullTexts() throws { try importsExactly("limesurvey-fulltext") }
    func testKoboToolbox() throws { try importsExactly("kobotoolbox") }
    func testGoogleForms() throws { try importsExactly("google-forms") }
    func testGoogleFormsThroughAFrenchExcelInWindows1252() throws {
        let summary = try importsExactly("google-forms-cp1252")
        XCTAssertTrue(summary.warnings.contains(.convertedFromWindows1252))
    }
    func testRWriteCSV() throws { try importsExactly("r-write-csv") }

    /// Imports `name.csv` with `name.mapping` and compares every expected value, row by row in file order.
    @discardableResult
    func importsExactly(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> ImportSummary {
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent("\(name).expected.json"))) as? [String: Any])
        let codebook = try Self.codebook(try XCTUnwrap(expected["questionnaire"] as? String))
        let mappingText = try String(contentsOf: Self.folder.appendingPathComponent("\(name).mapping"), encoding: .utf8)
        let mapping = try ImportMapping.parse(mappingText).get()
        let summary: ImportSummary
        do {
            summary = try DatasetImport.importCSV(Self.folder.appendingPathComponent("\(name).csv"), into: directory, codebook: codebook,
                                                  mapping: mapping)
        } catch {
            XCTFail("\(name): \(error.message(.en))", file: file, line: line)
            throw error
        }
        let (dataset, _) = try Dataset.load(journalsIn: directory, codebook: codebook)
        let rows = try XCTUnwrap(expected["rows"] as? [[String: Any]])
        XCTAssertEqual(dataset.rowCount, rows.count, name, file: file, line: line)
        if let listed = expected["absent_variables"] as? [String], !listed.isEmpty {
            // A web form writes an "autre" text in its choice's column: Octant feeds the text variable from there.
            let absent = listed.filter { name in
                guard let variable = codebook.variable(name), case .otherText = variable.kind else { return true }
                return listed.contains(variable.questionId)
            }
            let warned = summary.warnings.compactMap { warning -> [String]? in
                if case .absentVariables(let names) = warning { return names } else { return nil }
            }.first ?? []
            XCTAssertEqual(Set(warned), Set(absent), "\(name): absent variables are named", file: file, line: line)
        }
        // The journal keeps rows in file order; match them by their session, derived from the outside id or the row.
        let order = Self.rowOrder(dataset, count: rows.count)
        for (index, row) in rows.enumerated() where index < order.count {
            let at = order[index]
            if let status = row["status"] as? String {
                XCTAssertEqual(dataset.statuses[at] == .complete ? "complete" : "partial", status, "\(name) row \(index + 1) status", file: file, line: line)
            }
            if let wave = row["wave"] as? String { XCTAssertEqual(dataset.wave(row: at), wave, "\(name) row \(index + 1) wave", file: file, line: line) }
            if let code = row["participant_code"] as? String {
                XCTAssertEqual(dataset.participantCode(row: at), code, "\(name) row \(index + 1) code", file: file, line: line)
            }
            for (variable, value) in try XCTUnwrap(row["values"] as? [String: Any]) {
                let got = dataset.value(row: at, variable: variable)
                XCTAssertEqual(Self.describe(got), Self.describe(expected: value), "\(name) row \(index + 1) \(variable)", file: file, line: line)
            }
        }
        return summary
    }

    /// Dataset rows in the order of the file: the journal writes them so.
    static func rowOrder(_ dataset: Dataset, count: Int) -> [Int] { Array(0..<min(count, dataset.rowCount)) }

    static func describe(_ value: DatasetValue?) -> String {
        switch value {
        case .point(let point)?: return "\(point)"
        case .option(let code)?: return code
        case .indicator(let chosen)?: return chosen ? "1" : "0"
        case .number(let number)?: return "\(number)"
        case .text(let text)?: return text
        case .escape(let id)?: return "escape:\(id)"
        case .missing?, nil: return "—"
        }
    }

    static func describe(expected value: Any) -> String {
        switch value {
        case is NSNull: return "—"
        case let number as NSNumber: return "\(number)"
        case let text as String: return text
        case let object as [String: Any]: return "escape:\(object["escape"] as? String ?? "?")"
        default: return "\(value)"
        }
    }

    /// A new download of the same form holds the old responses again: only the new ones are added, by the tool's id.
    func testANewDownloadAddsOnlyTheNewResponses() throws {
        let codebook = try Self.codebook("Questionnaires/esc-usagers.survey")
        let mapping = try ImportMapping.parse(String(contentsOf: Self.folder.appendingPathComponent("google-forms.mapping"), encoding: .utf8)).get()
        let full = try String(contentsOf: Self.folder.appendingPathComponent("google-forms.csv"), encoding: .utf8)
        var lines = full.components(separatedBy: "\n")
        while lines.last == "" { lines.removeLast() }
        let earlier = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString).csv")
        try (lines.dropLast().joined(separator: "\n") + "\n").write(to: earlier, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: earlier) }
        let first = try DatasetImport.importCSV(earlier, into: directory, codebook: codebook, mapping: mapping)
        XCTAssertEqual(first.addedSessions, 8)
        let second = try DatasetImport.importCSV(Self.folder.appendingPathComponent("google-forms.csv"), into: directory, codebook: codebook, mapping: mapping)
        XCTAssertEqual(second.addedSessions, 1)
        XCTAssertEqual(second.alreadyPresent, 8)
    }

    // MARK: - Traps

    func testBrokenUTF8IsRefusedAtEveryPlaceInOneRun() throws {
        let codebook = try Self.codebook("Questionnaires/esc-usagers.survey")
        XCTAssertThrowsError(try DatasetImport.importCSV(Self.folder.appendingPathComponent("invalid-utf8.csv"), into: directory, codebook: codebook)) { error in
            guard case ImportError.dataset(.invalidCSV(_, let issues)) = error else { return XCTFail("\(error)") }
            let places = issues.filter { $0.kind == .invalidUTF8 }.map { "\($0.line) \($0.column) \($0.value)" }
            XCTAssertEqual(places, ["3 quartier.autre.text C3 67", "5 quartier.autre.text FF"])
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path), "nothing written")
    }

    func testHostileHeadersAndCellsReachNoTerminal() throws {
        let codebook = try Self.codebook("Questionnaires/esc-usagers.survey")
        XCTAssertThrowsError(try DatasetImport.importCSV(Self.folder.appendingPathComponent("hostile-terminal.csv"), into: directory, codebook: codebook)) { error in
            let message = error.localizedMessage
            XCTAssertFalse(message.unicodeScalars.contains { $0 == "\u{1B}" || (0x202A...0x202E).contains($0.value) }, message)
            XCTAssertTrue(message.contains("note"), message)
        }
    }

    func testRCSVRowNamesNAAndNumericCodesAndCaseFreeLabels() throws {
        let csv = "\"\",\"age_tranche\",\"diplome\",\"type\",\"formation\"\n\"1\",2,NA,\"ACCOMPAGNEMENT INDIVIDUEL SUR PLUSIEURS RENDEZ-VOUS\",TRUE\n"
        let url = directory.appendingPathExtension("csv")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try csv.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let codebook = try Self.codebook("Questionnaires/accompagnement-impact.survey")
        let summary = try DatasetImport.importCSV(url, into: directory, codebook: codebook)
        XCTAssertTrue(summary.warnings.contains(.ignoredColumns(["\"\""])), "\(summary.warnings)")
        guard case .absentVariables(let absent)? = summary.warnings.first(where: { if case .absentVariables = $0 { return true } else { return false } }) else {
            return XCTFail("the absent columns are named")
        }
        XCTAssertTrue(absent.contains("aise.general"))
        let (dataset, _) = try Dataset.load(journalsIn: directory, codebook: codebook)
        XCTAssertEqual(dataset.value(row: 0, variable: "age_tranche"), .option(codebook.survey.questions.first { $0.id == "age_tranche" }!.options[1].code))
        XCTAssertEqual(dataset.value(row: 0, variable: "type"), .option("individuel"))
        XCTAssertEqual(dataset.value(row: 0, variable: "formation"), .option("oui"))
        XCTAssertTrue(dataset.value(row: 0, variable: "diplome")?.isMissing == true)
    }

    func testAPlusSignIsNotAScalePointAndDuplicatedSessionsComeWithTheOtherErrors() throws {
        let codebook = try Self.codebook("Questionnaires/accompagnement-impact.survey")
        let id = String(repeating: "ab", count: 16)
        let csv = "session,aise.general,aise.appareil\n\(id),+3,2\n\(id),4,9\n"
        let url = directory.appendingPathExtension("csv")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try csv.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try DatasetImport.importCSV(url, into: directory, codebook: codebook)) { error in
            guard case ImportError.dataset(.invalidCSV(_, let issues)) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(Set(issues.map { "\($0.line) \($0.column)" }), ["2 aise.general", "3 session", "3 aise.appareil"], "\(issues)")
        }
    }
}

extension Error {
    var localizedMessage: String {
        (self as? ImportError)?.message(.en) ?? "\(self)"
    }
}
