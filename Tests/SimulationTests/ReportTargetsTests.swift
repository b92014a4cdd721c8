import Foundation
import Questionnaire
@testable import Responses
import XCTest
@testable import Simulation

final class ReportTargetsTests: XCTestCase {
    func testParsesQuotedFieldsAndRefusesBadRows() throws {
        let csv = "variable,breakdown,group,statistic,value,letters,marked,source\n"
            + "aise.perso,service,ccas,mean,7.16,a,,\"À l'aise, \"\"perso\"\"\"\n"
            + "service,service,ccas,count,75,,,Q. Service\n"
        let targets = try ReportTargets(csv: csv)
        XCTAssertEqual(targets.targets.count, 2)
        XCTAssertEqual(targets.targets[0].source, "À l'aise, \"perso\"")
        XCTAssertEqual(targets.targets[0].value, 7.16)
        XCTAssertEqual(targets.groupCounts(of: "service").map(\.count), [75])
        XCTAssertThrowsError(try ReportTargets(csv: "variable,group\n")) { XCTAssertEqual($0 as? ReportTargetsError, .missingColumn("breakdown")) }
        XCTAssertThrowsError(try ReportTargets(csv: csv + "x,all,,median,1,,,s\n")) {
            XCTAssertEqual($0 as? ReportTargetsError, .unknownStatistic(line: 4, "median"))
        }
        XCTAssertThrowsError(try ReportTargets(csv: csv + "x,all,,mean,7;2,,,s\n")) {
            XCTAssertEqual($0 as? ReportTargetsError, .notANumber(line: 4, "7;2"))
        }
        XCTAssertThrowsError(try ReportTargets(csv: csv + "x,all,,mean\n")) {
            XCTAssertEqual($0 as? ReportTargetsError, .wrongFieldCount(line: 4, expected: 8, found: 4))
        }
    }

    /// Every row of the shipped table names a codebook column and, for groups, an option of the grouping question.
    func testShippedTableMatchesTheQuestionnaire() throws {
        let survey = try SimulationFixtures.survey("esc-professionnels")
        let codebook = Codebook(survey)
        let targets = try ReportTargets(contentsOf: SimulationFixtures.reportTablesURL)
        XCTAssertEqual(targets.targets.filter { $0.statistic == .mean }.count, 61 * 11 + 2)
        for target in targets.targets {
            let variable = try XCTUnwrap(codebook.variable(target.variable), target.variable)
            if target.breakdown != ReportTargets.wholeSample {
                let grouping = try XCTUnwrap(survey.question(target.breakdown))
                XCTAssertTrue(grouping.options.contains { $0.code == target.group }, "\(target.breakdown)=\(target.group)")
            } else if !target.group.isEmpty {
                XCTAssertTrue(variable.valueLabels.contains { $0.code == target.group }, "\(target.variable)=\(target.group)")
            }
            if target.statistic == .mean, target.breakdown != ReportTargets.wholeSample {
                guard case .scale(let points) = variable.kind else { return XCTFail("\(target.variable) is not a scale") }
                XCTAssertTrue((1...Double(points)).contains(target.value))
                XCTAssertEqual(target.letters.isEmpty, target.breakdown != "service")
            }
        }
        XCTAssertEqual(targets.groupCounts(of: "service").map(\.count), [75, 44, 17])
        XCTAssertEqual(targets.groupCounts(of: "mission").map(\.count), [23, 24, 44, 7, 17, 28])
    }

    func testExcessCountsComeOffTheLargestGroup() {
        XCTAssertEqual(GroupAssignment.adjusted([23, 24, 44, 7, 17, 28], to: 136, fillShortfall: true), [23, 24, 37, 7, 17, 28])
        XCTAssertEqual(GroupAssignment.adjusted([53, 87], to: 122, fillShortfall: false), [53, 69])
        XCTAssertEqual(GroupAssignment.adjusted([5, 3], to: 10, fillShortfall: true), [7, 3])
        XCTAssertEqual(GroupAssignment.adjusted([5, 3], to: 10, fillShortfall: false), [5, 3])
    }

    /// Two crossed breakdowns whose margins agree: backfitting reproduces both exactly.
    func testBackfittingMatchesConsistentMargins() {
        // 2 × 2 design, 10 people per cell; row means 3 and 5, column means 3.5 and 4.5.
        var rows: [Int?] = [], columns: [Int?] = []
        for r in 0..<2 { for c in 0..<2 { for _ in 0..<10 { rows.append(r); columns.append(c) } } }
        let model = AdditiveGroupModel(membership: [rows, columns], targets: [[3, 5], [3.5, 4.5]])
        for (b, targets) in [[3.0, 5.0], [3.5, 4.5]].enumerated() {
            for g in 0..<2 {
                let members = (0..<40).filter { [rows, columns][b][$0] == g }
                let mean = members.map(model.prediction).reduce(0, +) / Double(members.count)
                XCTAssertEqual(mean, targets[g], accuracy: 1e-9)
            }
        }
    }

    func testFittingNudgesAnswersIntoTolerance() {
        var random = SimulationRandom(seed: 1)
        let values = (0..<60).map { _ in 1 + random.index(8) }
        let groupsOf = (0..<60).map { [$0 % 3, 3 + $0 % 2] }
        var fitting = TargetFitting(values: values, groupsOf: groupsOf, targets: [2.5, 6.1, 4.33, 4.0, 4.6], points: 8, canSkip: true)
        fitting.run(random: &random)
        XCTAssertEqual(fitting.violations, 0)
        XCTAssertTrue(fitting.values.allSatisfy { (0...8).contains($0) })
    }
}
