import Foundation
import XCTest
import Support
@testable import Responses

/// The module's catalogue against its own source: a message added without a sample, or left empty in a language, fails here.
final class ResponsesMessageTests: XCTestCase {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Responses/ResponsesMessage.swift")

    func testEveryMessageHasASampleAndATextInEveryLanguage() throws {
        let audit = CatalogueAudit<ResponsesMessage>(source: try String(contentsOf: Self.source, encoding: .utf8))
        XCTAssertGreaterThan(audit.declaredCases.count, 50, "the audit must read the catalogue's cases")
        XCTAssertTrue(audit.declaredCases.contains("importIssue") && audit.declaredCases.contains("unwritable"))
        XCTAssertEqual(audit.casesWithoutSample, [])
        XCTAssertEqual(audit.emptyTexts, [])
    }

    func testFrenchIsFrenchAndCountsFollowEachLanguage() {
        for sample in ResponsesMessage.samples where sample.text(.fr) == sample.text(.en) {
            XCTFail("\(sample): the same text in French and English")
        }
        XCTAssertEqual(ResponsesMessage.csvRefused(file: "k.csv", problems: 0).text(.fr), "k.csv refusé : 0 problème, rien n'a été chargé")
        XCTAssertEqual(ResponsesMessage.csvRefused(file: "k.csv", problems: 0).text(.en), "k.csv refused: 0 problems, nothing was loaded")
        XCTAssertEqual(ResponsesMessage.wrongCellCount(expected: 3, found: 1).text(.fr), "1 cellule au lieu de 3")
        XCTAssertEqual(ResponsesMessage.wrongCellCount(expected: 3, found: 2).text(.en), "2 cells instead of 3")
    }

    func testErrorsKeepTheirMessages() {
        XCTAssertEqual(JournalError.closed.message(language: "fr"), "Le journal est fermé.")
        XCTAssertEqual(JournalError.closed.message(language: "de"), "Le journal est fermé.", "the field language otherwise")
        XCTAssertEqual(JournalError.closed.errorDescription, "The journal is closed.")
        XCTAssertEqual(JournalError.corruptLine(line: 4, problem: .notJSON).message(language: "en"),
                       "The journal is damaged at line 4 (not JSON). Nothing was changed; make a copy of the file and ask for help.")
        XCTAssertEqual(DatasetError.journal(file: "journal-a.jsonl", .sessionEnded(code: "K", status: .completed)).message(.fr),
                       "journal journal-a.jsonl : La session K est terminée : elle ne peut plus être modifiée.")
        XCTAssertEqual(MissingReason.notAsked.name(true), "non posée")
        XCTAssertEqual(ImportIssue(kind: .emptyFile, line: 1, column: "", value: "").message(.en), "line 1: empty file (no header line)")
        // A long value is cut, and a colon in it is the user's own, kept as typed.
        let long = ImportIssue(kind: .notANumber, line: 2, column: "age", value: "a : b" + String(repeating: "x", count: 70))
        XCTAssertEqual(long.message(.en), "line 2, column 'age': 'a : b" + String(repeating: "x", count: 55) + "…' is not a number")
    }
}
