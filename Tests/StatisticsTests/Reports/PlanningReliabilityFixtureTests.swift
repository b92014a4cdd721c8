import XCTest
@testable import Statistics

/// p.adjust, power.t.test and psych::alpha with missing answers against the report fixtures.
final class PlanningReliabilityFixtureTests: XCTestCase {
    typealias Object = PostHocFixtures.Object

    func testPValueAdjustmentsAgreeWithR() throws {
        let c = WorstErrors()
        for dataset in try PostHocFixtures.datasets("p_adjust_reports") {
            let id = dataset["id"] as! String
            let p = PostHocFixtures.values(dataset["p"])
            for (method, key) in [(PValueAdjustment.holm, "holm"), (.benjaminiHochberg, "BH"), (.bonferroni, "bonferroni")] {
                let ours = try method.adjust(p), theirs = dataset[key] as! [Any]
                XCTAssertEqual(ours.count, theirs.count, id)
                for (index, value) in ours.enumerated() { c.check(value, theirs[index], key, "\(id)[\(index)]") }
            }
        }
        c.report("p_adjust_reports.json")
    }

    func testPowerTTestAgreesWithR() throws {
        let c = WorstErrors()
        let cases = try PostHocFixtures.datasets("power_t")
        XCTAssertEqual(cases.count, 57)
        for entry in cases {
            let id = entry["id"] as! String
            let input = entry["input"] as! Object, result = entry["result"] as! Object
            let design: TTestPower.Design = entry["type"] as? String == "two.sample" ? .twoSample : .oneSample
            let alternative: TTestPower.Alternative = entry["alternative"] as? String == "one.sided" ? .oneSided : .twoSided
            let strict = entry["strict"] as? Bool ?? false
            let sd = PostHocFixtures.number(input["sd"])!, alpha = PostHocFixtures.number(input["sig_level"])!
            switch entry["solve_for"] as? String {
            case "n":
                let n = TTestPower.sampleSize(delta: PostHocFixtures.number(input["delta"])!, sd: sd, alpha: alpha,
                                              power: PostHocFixtures.number(input["power"])!, design: design,
                                              alternative: alternative, strict: strict)
                c.check(n, result["n"], "n (\(entry["type"]!), strict \(strict))", id)
            case "delta":
                let delta = TTestPower.detectableDifference(n: PostHocFixtures.number(input["n"])!, sd: sd, alpha: alpha,
                                                            power: PostHocFixtures.number(input["power"])!, design: design,
                                                            alternative: alternative, strict: strict)
                c.check(delta, result["delta"], "delta (\(entry["type"]!), strict \(strict))", id)
            default:
                let power = TTestPower.power(n: PostHocFixtures.number(input["n"])!, delta: PostHocFixtures.number(input["delta"])!,
                                             sd: sd, alpha: alpha, design: design, alternative: alternative, strict: strict)
                c.check(power, result["power"], "power (\(entry["type"]!), strict \(strict))", id)
            }
        }
        c.report("power_t.json")
    }

    func testAlphaWithMissingAnswersAgreesWithPsych() throws {
        let c = WorstErrors()
        let datasets = try PostHocFixtures.datasets("alpha_missing")
        XCTAssertEqual(datasets.count, 10)
        for dataset in datasets {
            let id = dataset["id"] as! String
            let items = (dataset["items"] as! [Object]).map { PostHocFixtures.values($0["values"]) }
            let rows = items[0].indices.map { row in items.map { $0[row] } }
            for (rule, key) in [(MissingAnswerRule.pairwise, "pairwise"), (.completeRows, "complete")] {
                let reference = dataset[key] as! Object, feldt = reference["feldt"] as! Object
                let result = try Reliability.alpha(rows: rows, rule: rule)
                XCTAssertEqual(result.observationCount, feldt["n_obs"] as? Int, "\(id) \(key)")
                c.check(result.alpha, reference["raw_alpha"], "\(key).raw_alpha", id)
                c.check(result.standardizedAlpha, reference["std_alpha"], "\(key).std_alpha", id)
                c.check(result.averageInterItemCorrelation, reference["average_r"], "\(key).average_r", id)
                c.check(result.feldt.lower, feldt["lower"], "\(key).feldt.lower", id)
                c.check(result.feldt.upper, feldt["upper"], "\(key).feldt.upper", id)
            }
            if dataset["n_rows"] as? Int == dataset["n_complete"] as? Int {
                XCTAssertEqual(try Reliability.alpha(rows: rows, rule: .completeRows).alpha,
                               try Reliability.cronbachAlpha(rows: rows).alpha, accuracy: 1e-13, id)
            }
        }
        c.report("alpha_missing.json")
    }
}
