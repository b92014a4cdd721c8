import Analysis
import Foundation
import Questionnaire
import ReportFixtures
import Responses
import Statistics
import Support
import XCTest
@testable import Reports

/// The number of tests is said, or the p-values are corrected over the items of each comparison.
final class MultiplicityTests: XCTestCase {
    func report(_ correction: AnalysisPlan.Correction?, planSays: AnalysisPlan.Correction = .none) -> Report {
        var survey = SubtractionTests.survey(groups: 3)
        survey.analysis.correction = planSays
        var options = ReportOptions(language: .fr)
        options.correction = correction
        return ReportBuilder(survey: survey, data: FixtureRows(codebook: Codebook(survey), rows: KGroupTestTests.rows()).source,
                             options: options).build()
    }

    func testWithoutCorrectionTheReportSaysHowManyDifferencesChanceWouldGive() throws {
        let plain = report(nil)
        let tests = plain.comparisons.reduce(0) { $0 + $1.rows.filter { $0.p != nil }.count }
        XCTAssertEqual(plain.multiplicity, Report.Multiplicity(correction: .none, tests: tests, expectedByChance: Double(tests) * 0.10))
        XCTAssertTrue(plain.comparisons.allSatisfy { $0.rows.allSatisfy { $0.adjustedP == nil } })
        let text = MarkdownRenderer().render(DocumentBuilder(report: plain).build())
        XCTAssertTrue(text.contains("Les comparaisons font \(tests) tests au seuil p &lt; 0,10, sans correction"), text)
        XCTAssertTrue(text.contains("dues au seul hasard serait d'environ \(NumberStyle(.fr).number(Double(tests) * 0.10, decimals: 1))"), text)
    }

    func testHolmAndFDRCorrectTheItemsOfEachComparison() throws {
        for (correction, method) in [(AnalysisPlan.Correction.holm, PValueAdjustment.holm), (.fdr, .benjaminiHochberg)] {
            for report in [report(correction), report(nil, planSays: correction)] {
                XCTAssertEqual(report.settings.correction, correction)
                for comparison in report.comparisons {
                    let tested = comparison.rows.filter { $0.p != nil }
                    let expected = try method.adjust(tested.map { $0.p! })
                    for (row, p) in zip(tested, expected) {
                        XCTAssertEqual(row.adjustedP, p)
                        XCTAssertEqual(row.significance, SignificanceClass(p: p, thresholds: .init(significant: 0.05, tendential: 0.10)))
                        if p >= 0.10 { XCTAssertTrue(row.cells.allSatisfy { $0.mean == nil || $0.letters == "a" }, "no letters without a difference") }
                    }
                }
                let csv = CSVRenderer().render(report)
                XCTAssertTrue(csv.contains(",correction,\(correction.rawValue)"), csv)
                XCTAssertTrue(csv.contains(",p.adjusted,"))
            }
        }
    }

    func testThePlanDeclaresItsCorrection() {
        let parsed = QuestionnaireParser.parse(text: "survey s version 1 language fr\nanalysis\n  correction: fdr\n")
        XCTAssertFalse(parsed.hasErrors)
        XCTAssertEqual(parsed.survey.analysis.correction, .fdr)
    }
}
