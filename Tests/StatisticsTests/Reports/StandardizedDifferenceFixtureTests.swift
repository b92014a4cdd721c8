import XCTest
@testable import Statistics

/// Noncentral-t confidence limits of Cohen's d, Hedges' g and d_z against `standardized_difference.json` (R: uniroot on
/// pt(t, df, ncp), cross-checked with effectsize), through `StandardizedDifference` and through the t test and paired
/// comparison results built from the raw values.
final class StandardizedDifferenceFixtureTests: XCTestCase {
    typealias Object = PostHocFixtures.Object

    func testLimitsAgreeWithR() throws {
        let c = WorstErrors()
        let datasets = try PostHocFixtures.datasets("standardized_difference")
        XCTAssertEqual(datasets.count, 25)
        var designs: [String: Int] = [:]
        for dataset in datasets {
            let design = dataset["design"] as! String
            designs[design, default: 0] += 1
            if design == "paired" { try checkPaired(dataset, c) } else { try checkTwoGroups(dataset, c) }
        }
        XCTAssertEqual(designs, ["two_groups": 14, "paired": 11])
        c.report("standardized_difference.json")
    }

    /// The ncp limits at the stored t; the statistic's name carries the branches of R's pnt at the two limits.
    private func checkNoncentrality(_ interval: Object, t: Double, df: Double, _ c: WorstErrors, _ place: String) throws {
        let level = PostHocFixtures.number(interval["level"])!
        let delta = try StandardizedDifference.noncentralityInterval(t: t, degreesOfFreedom: df, level: level)
        let branches = "\(interval["ncp_lower_branch"] as! String)/\(interval["ncp_upper_branch"] as! String)"
        c.check(delta.lower, interval["ncp_lower"], "ncp.lower (\(branches))", place)
        c.check(delta.upper, interval["ncp_upper"], "ncp.upper (\(branches))", place)
    }

    private func checkTwoGroups(_ dataset: Object, _ c: WorstErrors) throws {
        let id = dataset["id"] as! String
        let n1 = dataset["n1"] as! Int, n2 = dataset["n2"] as! Int
        let d = PostHocFixtures.number(dataset["cohens_d"])!, t = PostHocFixtures.number(dataset["t"])!
        let df = PostHocFixtures.number(dataset["df"])!
        XCTAssertEqual(df, Double(n1 + n2 - 2), id)
        c.check(TwoSampleTTest.hedgesCorrection(degreesOfFreedom: df), dataset["hedges_j"], "hedges_j", id)
        // From the raw values (or the stored summary statistics) through the t tests.
        let first: GroupSummary, second: GroupSummary
        if dataset["input"] as? String == "raw" {
            let groups = PostHocFixtures.groups(dataset)
            XCTAssertEqual([groups[0].count, groups[1].count], [n1, n2], id)
            first = try GroupSummary(values: groups[0], what: "first group")
            second = try GroupSummary(values: groups[1], what: "second group")
        } else {
            func summary(_ k: Int) -> GroupSummary {
                let sd = PostHocFixtures.number(dataset["sd\(k)"])!
                return GroupSummary(count: dataset["n\(k)"] as! Int, mean: PostHocFixtures.number(dataset["mean\(k)"])!, variance: sd * sd)
            }
            first = summary(1); second = summary(2)
        }
        for interval in dataset["intervals"] as! [Object] {
            let level = PostHocFixtures.number(interval["level"])!
            let place = "\(id) \(level)"
            try checkNoncentrality(interval, t: t, df: df, c, place)
            let direct = try StandardizedDifference.intervals(cohensD: d, counts: n1, n2, level: level)
            c.check(direct.cohensD.lower, interval["d_lower"], "d.lower", place)
            c.check(direct.cohensD.upper, interval["d_upper"], "d.upper", place)
            c.check(direct.hedgesG.lower, interval["g_lower"], "g.lower", place)
            c.check(direct.hedgesG.upper, interval["g_upper"], "g.upper", place)
            XCTAssertEqual(direct.cohensD.level, level, place)
            let student = try TwoSampleTTest.student(first, second, confidenceLevel: level)
            let welch = try TwoSampleTTest.welch(first, second, confidenceLevel: level)
            for (name, result) in [("student", student), ("welch", welch)] {
                c.check(result.cohensD, dataset["cohens_d"], "\(name).cohens_d", place)
                c.check(result.hedgesG, dataset["hedges_g"], "\(name).hedges_g", place)
                c.check(result.cohensDInterval?.lower, interval["d_lower"], "\(name).d.lower", place)
                c.check(result.cohensDInterval?.upper, interval["d_upper"], "\(name).d.upper", place)
                c.check(result.hedgesGInterval?.lower, interval["g_lower"], "\(name).g.lower", place)
                c.check(result.hedgesGInterval?.upper, interval["g_upper"], "\(name).g.upper", place)
                XCTAssertEqual(result.cohensDInterval?.level, level, place)
            }
        }
    }

    private func checkPaired(_ dataset: Object, _ c: WorstErrors) throws {
        let id = dataset["id"] as! String
        let n = dataset["n"] as! Int
        let dz = PostHocFixtures.number(dataset["d_z"])!, t = PostHocFixtures.number(dataset["t"])!
        let df = PostHocFixtures.number(dataset["df"])!
        XCTAssertEqual(df, Double(n - 1), id)
        let before = PostHocFixtures.values(dataset["before"]), after = PostHocFixtures.values(dataset["after"])
        for interval in dataset["intervals"] as! [Object] {
            let level = PostHocFixtures.number(interval["level"])!
            let place = "\(id) \(level)"
            try checkNoncentrality(interval, t: t, df: df, c, place)
            let direct = try StandardizedDifference.pairedInterval(dz: dz, count: n, level: level)
            c.check(direct.lower, interval["dz_lower"], "dz.lower", place)
            c.check(direct.upper, interval["dz_upper"], "dz.upper", place)
            let result = try PairedComparison.analyze(before: before, after: after, confidenceLevel: level)
            XCTAssertEqual(result.pairCount, n, place)
            c.check(result.effectSizeDz, dataset["d_z"], "paired.d_z", place)
            c.check(result.effectSizeDzInterval?.lower, interval["dz_lower"], "paired.dz.lower", place)
            c.check(result.effectSizeDzInterval?.upper, interval["dz_upper"], "paired.dz.upper", place)
            XCTAssertEqual(result.effectSizeDzInterval?.level, level, place)
        }
    }

    /// The limits bracket the estimate and move outward as the level grows, in both regions of R's pnt (series and
    /// normal approximation), across the switch at |δ| = 37.62 (d_z = −30, n = 12 reaches its jump at 99.9 %) and
    /// for ν > 4·10⁵.
    func testLimitsBracketTheEstimateAndWidenWithTheLevel() throws {
        let levels = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 0.99, 0.995, 0.999]
        let twoGroups: [(d: Double, n1: Int, n2: Int)] = [
            (0, 5, 3), (0.33, 3, 4), (-0.65, 3, 4), (1.34, 2, 2), (-1.5, 12, 15), (0.29, 150, 200), (20.8, 4, 4),
            (-18.6, 5, 4), (9.0, 60, 60), (0.05, 300_000, 300_000), (-0.002, 300_000, 300_000), (0.01, 200_000, 200_000),
            (3, 1, 2), (12, 30, 30), (-12, 30, 30), (7.2, 100, 100),
        ]
        for (d, n1, n2) in twoGroups {
            var previous: (cohensD: ConfidenceInterval, hedgesG: ConfidenceInterval)?
            let g = d * TwoSampleTTest.hedgesCorrection(degreesOfFreedom: Double(n1 + n2 - 2))
            for level in levels {
                let place = "d = \(d), n = \(n1), \(n2), level \(level)"
                let intervals = try StandardizedDifference.intervals(cohensD: d, counts: n1, n2, level: level)
                XCTAssertLessThan(intervals.cohensD.lower, d, place)
                XCTAssertGreaterThan(intervals.cohensD.upper, d, place)
                if n1 + n2 > 3 {   // J(1) = 0: g and its limits are all 0
                    XCTAssertLessThan(intervals.hedgesG.lower, g, place)
                    XCTAssertGreaterThan(intervals.hedgesG.upper, g, place)
                }
                if let previous {
                    XCTAssertLessThan(intervals.cohensD.lower, previous.cohensD.lower, place)
                    XCTAssertGreaterThan(intervals.cohensD.upper, previous.cohensD.upper, place)
                    XCTAssertLessThanOrEqual(intervals.hedgesG.lower, previous.hedgesG.lower, place)
                    XCTAssertGreaterThanOrEqual(intervals.hedgesG.upper, previous.hedgesG.upper, place)
                }
                previous = intervals
            }
        }
        let paired: [(dz: Double, n: Int)] = [(2.12, 2), (1, 3), (0, 4), (-0.46, 80), (9.07, 3), (14.3, 10), (8.47, 40), (25, 5), (-30, 12)]
        for (dz, n) in paired {
            var previous: ConfidenceInterval?
            for level in levels {
                let place = "d_z = \(dz), n = \(n), level \(level)"
                let interval = try StandardizedDifference.pairedInterval(dz: dz, count: n, level: level)
                XCTAssertLessThan(interval.lower, dz, place)
                XCTAssertGreaterThan(interval.upper, dz, place)
                if let previous {
                    XCTAssertLessThan(interval.lower, previous.lower, place)
                    XCTAssertGreaterThan(interval.upper, previous.upper, place)
                }
                previous = interval
            }
        }
    }
}
