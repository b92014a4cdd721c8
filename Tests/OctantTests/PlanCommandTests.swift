import Foundation
import XCTest

/// `octant plan` through the real binary, against R's power.t.test values of StatisticsTests/Fixtures/r/power_t.json.
final class PlanCommandTests: XCTestCase {
    typealias Object = [String: Any]

    static func powerCases() throws -> [Object] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../StatisticsTests/Fixtures/r/power_t.json").standardized
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? Object)
        return try XCTUnwrap(root["datasets"] as? [Object]).filter {
            $0["strict"] as? Bool == false && $0["alternative"] as? String == "two.sided"
        }
    }

    /// The number after `prefix` on the output, read with a decimal comma or point.
    func number(after prefix: String, in output: String) -> Double? {
        guard let range = output.range(of: prefix) else { return nil }
        let tail = output[range.upperBound...].prefix { "0123456789,.".contains($0) }
        return Double(tail.replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: CharacterSet(charactersIn: ".")))
    }

    func testBeforeAfterPeopleNeededMatchPowerTTest() throws {
        for entry in try Self.powerCases() where entry["solve_for"] as? String == "n" && entry["type"] as? String == "paired" {
            let input = entry["input"] as! Object, result = entry["result"] as! Object
            let delta = (input["delta"] as! NSNumber).doubleValue, sd = (input["sd"] as! NSNumber).doubleValue
            let expected = (result["n"] as! NSNumber).doubleValue
            let id = entry["id"] as! String
            let run = try BinaryRunner.run(["plan", "before-after", "--delta", "\(delta)", "--sd", "\(sd)",
                                            "--alpha", "\(input["sig_level"]!)", "--power", "\(input["power"]!)", "--lang", "fr"])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("n = " + String(format: "%.4f", expected).replacingOccurrences(of: ".", with: ",")),
                          "\(id): \(run.stdout)")
            XCTAssertTrue(run.stdout.contains("soit \(Int(expected.rounded(.up)))"), "\(id): \(run.stdout)")
        }
    }

    func testAttritionInflatesAndRoundsUp() throws {
        // d_z = 0.5: n = 33.3672 → 34 people; 34 / (1 − 0.2) = 42.5 → 43; 34 / 0.85 = 40 exactly.
        let fr = try BinaryRunner.run(["plan", "before-after", "--dz", "0,5", "--attrition", "0.2", "--lang", "fr"])
        XCTAssertEqual(fr.status, 0, fr.stderr)
        XCTAssertTrue(fr.stdout.contains("n = 33,3672, soit 34"), fr.stdout)
        XCTAssertTrue(fr.stdout.contains("20,0 % de perte entre les vagues : 43 personnes"), fr.stdout)
        let en = try BinaryRunner.run(["plan", "before-after", "--dz", "0.5", "--attrition", "0.15", "--lang", "en"])
        XCTAssertTrue(en.stdout.contains("n = 33.3672, that is 34"), en.stdout)
        XCTAssertTrue(en.stdout.contains("15.0% lost between the waves: 40 people"), en.stdout)
    }

    func testGroupsDetectableDifferenceMatchesPowerTTest() throws {
        for entry in try Self.powerCases() where entry["solve_for"] as? String == "delta" && entry["type"] as? String == "two.sample" {
            let input = entry["input"] as! Object, result = entry["result"] as! Object
            let n = (input["n"] as! NSNumber).doubleValue, sd = (input["sd"] as! NSNumber).doubleValue
            guard n == n.rounded() else { continue }  // group sizes are whole
            let expected = (result["delta"] as! NSNumber).doubleValue / sd
            let sizes = "\(Int(n)),\(Int(n)),\(Int(n) + 5)"
            let run = try BinaryRunner.run(["plan", "groups", "--sizes", sizes, "--alpha", "\(input["sig_level"]!)",
                                            "--power", "\(input["power"]!)", "--lang", "en"])
            XCTAssertEqual(run.status, 0, run.stderr)
            let shown = try XCTUnwrap(number(after: "detectable difference d = ", in: run.stdout), run.stdout)
            XCTAssertEqual(shown, expected, accuracy: 5.0001e-5, "\(entry["id"]!): \(run.stdout)")
            XCTAssertTrue(run.stdout.contains("the 3 groups together (ANOVA F): detectable Cohen's f = "), run.stdout)
        }
    }

    /// Current sizes are the groups the report compares, and no size of a group left out is printed.
    func testCurrentGroupsAreTheReportsComparedGroups() throws {
        let questionnaire = CheckCommandTests.repository.appendingPathComponent("Questionnaires/esc-professionnels.survey").path
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        // 40 people over 6 missions: some missions fall under the plan's minimum of 5.
        let simulated = try BinaryRunner.run(["simulate", questionnaire, "--respondents", "40", "--seed", "3", "--data", data])
        XCTAssertEqual(simulated.status, 0, simulated.stderr)
        let report = try BinaryRunner.run(["report", questionnaire, "--data", data, "--by", "mission", "--format", "json"])
        XCTAssertEqual(report.status, 0, report.stderr)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? Object)
        let comparison = try XCTUnwrap((root["comparisons"] as? [Object])?.first)
        let compared = try XCTUnwrap(comparison["groups"] as? [Object]).compactMap { $0["count"] as? Int }
        let leftOut = try XCTUnwrap(comparison["leftOut"] as? [Object]).filter { ($0["count"] as? Int) != 0 }
        XCTAssertFalse(leftOut.isEmpty, "the fixture has small groups")
        let plan = try BinaryRunner.run(["plan", "groups", questionnaire, "--data", data, "--by", "mission", "--lang", "en"])
        XCTAssertEqual(plan.status, 0, plan.stderr)
        XCTAssertTrue(plan.stdout.contains("Groups of \(compared.map(String.init).joined(separator: ", ")) people"), plan.stdout)
        XCTAssertTrue(plan.stdout.contains("\(compared.count) comparable, \(leftOut.count) set aside"), plan.stdout)
        let refused = try BinaryRunner.run(["plan", "groups", questionnaire, "--by", "mission"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--data"), refused.stderr)
        // Data of another questionnaire: said, and exit 1 (as `report`); a missing file is a usage error (exit 2).
        let other = CheckCommandTests.repository.appendingPathComponent("Questionnaires/esc-usagers.survey").path
        let wrongData = try BinaryRunner.run(["plan", "groups", other, "--data", data, "--by", "sexe"])
        XCTAssertEqual(wrongData.status, 1, wrongData.stdout)
        XCTAssertTrue(wrongData.stderr.contains("esc-usagers"), wrongData.stderr)
        XCTAssertTrue(wrongData.stdout.isEmpty, wrongData.stdout)
        let missing = try BinaryRunner.run(["plan", "groups", data + "/none.survey", "--data", data, "--by", "mission"])
        XCTAssertEqual(missing.status, 2, missing.stdout)
        XCTAssertTrue(missing.stdout.isEmpty, missing.stdout)
    }

    func testRefusesWhatItCannotPlan() throws {
        let unknown = try BinaryRunner.run(["plan", "avant", "--lang", "fr"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("« avant » n'est pas un plan"), unknown.stderr)
        let power = try BinaryRunner.run(["plan", "before-after", "--dz", "0.5", "--power", "2", "--lang", "en"])
        XCTAssertEqual(power.status, 2)
        XCTAssertTrue(power.stderr.contains("--power '2' is not a possible value"), power.stderr)
        let missing = try BinaryRunner.run(["plan", "groups", "--sizes", "30", "--lang", "en"])
        XCTAssertEqual(missing.status, 2)
    }
}
