import XCTest
@testable import Statistics

/// Mann–Whitney (normal approximation) and Cliff's δ with its four intervals against `two_groups_rank.json`.
final class TwoGroupRankFixtureTests: XCTestCase {
    typealias Object = PostHocFixtures.Object

    func testMannWhitneyAndCliffDeltaAgreeWithR() throws {
        let c = WorstErrors()
        let datasets = try PostHocFixtures.datasets("two_groups_rank")
        XCTAssertEqual(datasets.count, 16)
        for dataset in datasets {
            let id = dataset["id"] as! String
            let groups = PostHocFixtures.groups(dataset)
            for (key, correction) in [("mann_whitney_cc", true), ("mann_whitney_no_cc", false)] {
                let reference = dataset[key] as! Object
                guard PostHocFixtures.number(reference["p"]) != nil else {
                    XCTAssertThrowsError(try MannWhitneyUTest.test(groups[0], groups[1], exact: false,
                                                                   continuityCorrection: correction), id)
                    continue
                }
                let result = try MannWhitneyUTest.test(groups[0], groups[1], exact: false, continuityCorrection: correction)
                c.check(result.u, reference["W"], "\(key).W", id)
                c.check(result.z, reference["z"], "\(key).z", id)
                c.check(result.pValue, reference["p"], "\(key).p", id)
            }
            let cliff = dataset["cliff_delta"] as! Object
            for (variance, vKey) in [(CliffDeltaResult.Variance.unbiased, "unbiased"), (.consistent, "consistent")] {
                for (quantile, qKey) in [(CliffDeltaResult.Quantile.studentT, "t"), (.normal, "normal")] {
                    let result = try CliffDelta.estimate(groups[0], groups[1], variance: variance, quantile: quantile)
                    let place = "\(id) \(vKey).\(qKey)"
                    c.check(result.delta, cliff["delta"], "cliff.delta", place)
                    c.check(result.rescaledDelta, cliff["delta_rescaled"], "cliff.delta_rescaled", place)
                    c.check(result.probabilityGreater, cliff["p_greater"], "cliff.p_greater", place)
                    c.check(result.probabilityLess, cliff["p_less"], "cliff.p_less", place)
                    c.check(result.probabilityEqual, cliff["p_equal"], "cliff.p_equal", place)
                    let block = cliff[vKey] as! Object, limits = block[qKey] as! Object
                    c.check(result.varianceEstimate, block["variance_value"], "cliff.\(vKey).variance", place)
                    c.check(result.interval?.lower, limits["lower"], "cliff.\(vKey).\(qKey).lower", place)
                    c.check(result.interval?.upper, limits["upper"], "cliff.\(vKey).\(qKey).upper", place)
                }
            }
        }
        c.report("two_groups_rank.json")
    }

    func testEffsizePublishedExample() throws {
        // effsize's own example: d = −0.25, (−0.7265846, 0.3890062) with the defaults.
        let datasets = try PostHocFixtures.datasets("two_groups_rank")
        let example = try XCTUnwrap(datasets.first { $0["id"] as? String == "tg_effsize_example" })
        let groups = PostHocFixtures.groups(example)
        let result = try CliffDelta.estimate(groups[0], groups[1])
        XCTAssertEqual(result.delta, -0.25, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(result.interval).lower, -0.7265846, accuracy: 5e-8)
        XCTAssertEqual(try XCTUnwrap(result.interval).upper, 0.3890062, accuracy: 5e-8)
    }
}
