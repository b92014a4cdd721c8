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

    /// The counts form gives the values form, and both the pair-by-pair definition P(X > Y) − P(X < Y).
    func testCountsAgreeWithThePairByPairDefinition() throws {
        // A fixed linear congruential sequence (Knuth's MMIX constants): the same samples on every run.
        var state: UInt64 = 20261206
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        for trial in 0..<40 {
            let points = 2 + trial % 9
            let sizes = [1 + Int(next() % 60), 1 + Int(next() % 60)]
            let samples = sizes.map { size in (0..<size).map { _ in 1 + Int(next() % UInt64(points)) } }
            var greater = 0, less = 0
            for x in samples[0] { for y in samples[1] { if x > y { greater += 1 } else if x < y { less += 1 } } }
            let counts = try samples.map { try ScaleCounts(points: points, answers: $0) }
            let fromCounts = try CliffDelta.estimate(counts[0], counts[1])
            let fromValues = try CliffDelta.estimate(samples[0].map(Double.init), samples[1].map(Double.init))
            let pairs = Double(sizes[0] * sizes[1])
            XCTAssertEqual(fromCounts.delta, Double(greater - less) / pairs, accuracy: 1e-15, "trial \(trial)")
            XCTAssertEqual(fromCounts.probabilityGreater, Double(greater) / pairs, accuracy: 1e-15, "trial \(trial)")
            XCTAssertEqual(fromCounts.delta, fromValues.delta, "trial \(trial)")
            XCTAssertEqual(fromCounts.varianceEstimate, fromValues.varianceEstimate, accuracy: 1e-15, "trial \(trial)")
            XCTAssertEqual(fromCounts.interval, fromValues.interval, "trial \(trial)")
        }
        XCTAssertThrowsError(try CliffDelta.estimate(ScaleCounts(points: 4), ScaleCounts(points: 4, answers: [1, 2])))
        XCTAssertThrowsError(try CliffDelta.estimate(ScaleCounts(points: 4, answers: [1]), ScaleCounts(points: 5, answers: [1])))
    }
}
