import Foundation
import Questionnaire
import Responses
import XCTest
@testable import Simulation

/// The shipped synthetic dataset of the professionals' survey reproduces the report's published tables.
final class SyntheticDatasetTests: XCTestCase {
    /// Published means no dataset of these respondents can reach (see Questionnaires/data/README.md):
    /// ecran.dirige for "santé" (7.06 copies the "droits" column; with 7 members no mean lies within ±0.05 of it),
    /// and ecran.deplace, whose training means (3.11, 3.17) sit below every mission mean (≥ 3.35).
    static let documentedMisses: Set<String> = ["ecran.dirige mission=sante", "ecran.deplace service=ccas",
                                                "ecran.deplace service=centre_social", "ecran.deplace mission=social"]

    func testEveryPublishedGroupMeanIsReproducedWithinFiveHundredths() throws {
        let survey = try SimulationFixtures.survey("esc-professionnels")
        let targets = try ReportTargets(contentsOf: SimulationFixtures.reportTablesURL)
        let contents = try JournalReader.read(contentsOf: SimulationFixtures.syntheticDatasetURL)
        let sessions = SessionState.fold(contents.events)
        XCTAssertEqual(sessions.count, 136)
        XCTAssertTrue(sessions.allSatisfy { $0.status == .completed && $0.devices == [DeviceID("synthetic-2024")!] })
        XCTAssertTrue(sessions.allSatisfy { $0.questionnaire == QuestionnaireIdentity(id: survey.id, version: survey.version,
                                                                                        sourceText: survey.source) })
        var checked = 0, notAsked = 0, worstMissed = 0.0, worst = 0.0
        for target in targets.targets where target.statistic == .mean && target.breakdown != "all" {
            var sum = 0, count = 0
            for session in sessions {
                guard case .value(.choice(let group, _))? = session.answers[target.breakdown], group == target.group,
                      case .value(.scalePoint(let point))? = session.answers[target.variable] else { continue }
                sum += point
                count += 1
            }
            let label = "\(target.variable) \(target.breakdown)=\(target.group)"
            guard count > 0 else {
                // Only the blocks the questionnaire does not ask of managers have no answer in a group.
                XCTAssertEqual(target.group, "encadrement", label)
                let block = try XCTUnwrap(survey.question(String(target.variable.split(separator: ".")[0])))
                XCTAssertTrue(block.condition?.description.contains("not (mission = encadrement)") == true, label)
                notAsked += 1
                continue
            }
            let error = abs(Double(sum) / Double(count) - target.value)
            if Self.documentedMisses.contains(label) {
                worstMissed = max(worstMissed, error)
            } else {
                XCTAssertLessThanOrEqual(error, 0.05 + 1e-9, "\(label): published \(target.printed), synthetic \(Double(sum) / Double(count))")
                worst = max(worst, error)
            }
            checked += 1
        }
        XCTAssertEqual(checked + notAsked, 671)
        XCTAssertEqual(notAsked, 33)
        XCTAssertLessThanOrEqual(worstMissed, 0.1)
        print("synthetic dataset: \(checked - Self.documentedMisses.count) means within ±0.05 (max \(worst)), documented misses max \(worstMissed)")
    }

    func testGroupSizesAreTheReportsCounts() throws {
        let contents = try JournalReader.read(contentsOf: SimulationFixtures.syntheticDatasetURL)
        let answers = SessionState.fold(contents.events).map(\.answers)
        func counts(_ question: String) -> [String: Int] {
            var result: [String: Int] = [:]
            for respondent in answers {
                if case .value(.choice(let code, _))? = respondent[question] { result[code, default: 0] += 1 }
            }
            return result
        }
        XCTAssertEqual(counts("service"), ["ccas": 75, "cdas": 44, "centre_social": 17])
        XCTAssertEqual(counts("mission"), ["admin": 23, "droits": 24, "social": 37, "sante": 7, "animation": 17, "encadrement": 28])
        XCTAssertEqual(counts("formation"), ["oui": 53, "non": 69])
        XCTAssertEqual(answers.filter { $0["formation"] == .skipped }.count, 14)
        // Training modules are asked of the trained only.
        XCTAssertEqual(answers.filter { $0["modules"] != nil }.count, 53)
    }
}
