import Analysis
import Questionnaire
import ReportFixtures
import Responses
import Statistics
import XCTest

/// A score's α under both missing-answer rules, with Feldt's interval: the report's exact integer sums give what the
/// Statistics module (checked against psych::alpha) gives from the keyed rows.
final class ReliabilityReportTests: XCTestCase {
    /// Four items on a 5-point scale, one reversed, answers missing at random (some rows answer none).
    static let source = """
    survey fiabilite version 1 language fr
    scale cinq 5
    likert bloc "Bloc" scale cinq
      a "A"
      b "B"
      c "C" reverse
      d "D"
    score total "Total" mean bloc minimum 1
    """

    static func rows(count: Int, missingEvery: Int, seed: UInt64) -> [[String: DatasetValue]] {
        var state = seed
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        return (0..<count).map { _ in
            let level = 1 + next() % 5
            var row: [String: DatasetValue] = [:]
            for item in ["a", "b", "c", "d"] {
                guard next() % missingEvery != 0 else { continue }
                let point = min(5, max(1, level + next() % 3 - 1))
                row["bloc.\(item)"] = .point(item == "c" ? 6 - point : point)
            }
            return row
        }
    }

    func testBothRulesAgreeWithTheStatisticsModule() throws {
        let parsed = QuestionnaireParser.parse(text: Self.source)
        XCTAssertFalse(parsed.hasErrors, "\(parsed.errors)")
        for (missingEvery, seed) in [(4, 1), (3, 2), (1_000_000, 3)] as [(Int, UInt64)] {
            let rows = Self.rows(count: 300, missingEvery: missingEvery, seed: seed)
            var options = ReportOptions(language: .fr)
            options.confidenceLevel = 0.9
            let report = ReportBuilder(survey: parsed.survey, data: FixtureRows(codebook: Codebook(parsed.survey), rows: rows).source,
                                       options: options).build()
            let score = try XCTUnwrap(report.scores.first)
            // Keyed answers, NaN for none; the rows that answered no item are not respondents of the score.
            let keyed: [[Double]] = rows.map { row in
                ["a", "b", "c", "d"].map { item in
                    guard case .point(let p)? = row["bloc.\(item)"] else { return .nan }
                    return Double(item == "c" ? 6 - p : p)
                }
            }.filter { $0.contains { !$0.isNaN } }
            for (ours, rule) in [(score.alphaCompleteRows, MissingAnswerRule.completeRows), (score.alphaPairwise, .pairwise)] {
                let reference = try Reliability.alpha(rows: keyed, rule: rule, level: 0.9)
                let estimate = try XCTUnwrap(ours, "\(rule) \(missingEvery)")
                XCTAssertEqual(estimate.observationCount, reference.observationCount, "\(rule) \(missingEvery)")
                XCTAssertEqual(estimate.alpha, reference.alpha, accuracy: 1e-12, "\(rule) \(missingEvery)")
                XCTAssertEqual(estimate.standardizedAlpha, reference.standardizedAlpha, accuracy: 1e-12)
                XCTAssertEqual(estimate.feldt.lower, reference.feldt.lower, accuracy: 1e-12)
                XCTAssertEqual(estimate.feldt.upper, reference.feldt.upper, accuracy: 1e-12)
                XCTAssertEqual(estimate.feldt.level, 0.9)
            }
            XCTAssertEqual(try XCTUnwrap(score.alphaCompleteRows).alpha, try XCTUnwrap(score.reliability).alpha, accuracy: 1e-12)
            if missingEvery > 1_000 {
                XCTAssertEqual(score.alphaPairwise?.alpha ?? .nan, score.alphaCompleteRows?.alpha ?? 0, accuracy: 1e-12, "no missing answer: one α")
            } else {
                XCTAssertNotEqual(score.alphaPairwise?.alpha, score.alphaCompleteRows?.alpha, "missing answers: two rules, two α")
            }
        }
    }
}
