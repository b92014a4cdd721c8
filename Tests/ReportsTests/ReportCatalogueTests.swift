import Analysis
@testable import Reports
import Support
import XCTest

/// Every message of the report exists, non-empty, in every language, and every declared message is exercised.
final class ReportCatalogueTests: XCTestCase {
    func testEveryMessageExistsInEveryLanguage() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Reports/Catalogue/ReportText.swift")
        let audit = CatalogueAudit<ReportText>(source: try String(contentsOf: folder, encoding: .utf8))
        XCTAssertGreaterThan(audit.declaredCases.count, 100)
        XCTAssertEqual(audit.casesWithoutSample, [])
        XCTAssertEqual(audit.emptyTexts, [])
    }

    func testEveryNoteIsWorded() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Analysis/ReportNote.swift")
        let declared = CatalogueAudit<ReportText>(source: try String(contentsOf: source, encoding: .utf8)).declaredCases
        let worded = Set(ReportText.samples.compactMap { message -> String? in
            if case .note(let note) = message { return String(describing: note).prefix { $0 != "(" }.description }
            return nil
        })
        XCTAssertEqual(declared.subtracting(worded), [])
    }
}
