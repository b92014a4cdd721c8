import Foundation
import Support
import XCTest
@testable import Questionnaire

/// Every message of the module exists in French and English, and every case of each catalogue has a sample:
/// the cases are read from the catalogue's own source file, so a case added without a sample fails here.
final class CatalogueTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Questionnaire")

    func audit<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type, in path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let source = try String(contentsOf: Self.sources.appendingPathComponent(path), encoding: .utf8)
        let audit = CatalogueAudit<Catalogue>(source: source)
        XCTAssertFalse(audit.declaredCases.isEmpty, "no case read from \(path)", file: file, line: line)
        XCTAssertEqual(audit.casesWithoutSample, [], "\(path): cases without sample", file: file, line: line)
        XCTAssertEqual(audit.emptyTexts, [], "\(path): empty texts", file: file, line: line)
        let unknown = Set(Catalogue.samples.map(\.caseName)).subtracting(audit.declaredCases)
        XCTAssertEqual(unknown, [], "\(path): samples of cases the file does not declare (wrong file?)", file: file, line: line)
    }

    func testEveryCatalogueHasASampleOfEveryCaseAndTextInEveryLanguage() throws {
        try audit(Problem.self, in: "Diagnostics/Problem.swift")
        try audit(ProblemHint.self, in: "Diagnostics/ProblemHint.swift")
        try audit(Problem.Expectation.self, in: "Diagnostics/Expectation.swift")
        try audit(Role.self, in: "Diagnostics/Role.swift")
        try audit(QuestionnaireText.self, in: "QuestionnaireText.swift")
        try audit(BuiltInText.self, in: "Model/BuiltInText.swift")
    }

    func testProblemsReadDifferentlyInEachLanguage() {
        for problem in Problem.samples {
            XCTAssertNotEqual(problem.message(.fr), problem.message(.en), "\(problem.caseName): the French message must be French")
        }
    }

    func testPluralsFollowEachLanguage() {
        XCTAssertEqual(QuestionnaireText.moreProblems(1).localized, Localized(fr: "… et 1 autre problème", en: "… and 1 more problem"))
        XCTAssertEqual(QuestionnaireText.moreProblems(2).localized, Localized(fr: "… et 2 autres problèmes", en: "… and 2 more problems"))
        XCTAssertEqual(Problem.scoreMinimumTooLarge(minimum: 3, items: 1).message(.en), "minimum 3 for only 1 item")
    }

    /// The module speaks through its catalogues only: no message is chosen inline.
    func testNoInlineLanguageChoiceIsLeft() throws {
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertFalse(text.contains("pick(fr"), file.lastPathComponent)
        }
    }
}
