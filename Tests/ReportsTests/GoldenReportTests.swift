import ReportFixtures
import Responses
import XCTest
@testable import Analysis
@testable import Reports
import Questionnaire
import Support

/// Every format of the small dataset's report, compared with its committed golden file.
final class GoldenReportTests: XCTestCase {
    func document(_ language: Language) -> (Report, Document) {
        let report = ReportBuilder(survey: SmallDataset.survey, data: SmallDataset.table.source, options: ReportOptions(language: language)).build()
        return (report, DocumentBuilder(report: report).build())
    }

    func testTerminal() throws {
        try GoldenFile.assertMatches(TerminalRenderer().render(document(.fr).1), "report.fr.txt")
        try GoldenFile.assertMatches(TerminalRenderer().render(document(.en).1), "report.en.txt")
    }

    func testTerminalFitsEightyColumns() {
        for line in TerminalRenderer().render(document(.fr).1).split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 80, String(line))
        }
    }

    func testMarkdown() throws {
        try GoldenFile.assertMatches(MarkdownRenderer().render(document(.fr).1), "report.fr.md")
    }

    func testJSON() throws {
        let json = try JSONRenderer().render(document(.fr).0)
        try GoldenFile.assertMatches(json, "report.fr.json")
        let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        XCTAssertEqual(decoded.schemaVersion, Report.schemaVersion)
        XCTAssertEqual(decoded.comparisons.count, document(.fr).0.comparisons.count)
    }
}
