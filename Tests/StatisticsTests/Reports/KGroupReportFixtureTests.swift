import XCTest
@testable import Statistics

/// Welch ANOVA, Levene/Brown–Forsythe, Kruskal–Wallis, Dunn and η²/ω² intervals against `k_groups_reports.json`.
final class KGroupReportFixtureTests: XCTestCase {
    typealias Object = PostHocFixtures.Object

    func testKGroupStatisticsAgreeWithR() throws {
        let c = WorstErrors()
        let datasets = try PostHocFixtures.datasets("k_groups_reports")
        XCTAssertEqual(datasets.count, 20)
        for dataset in datasets {
            let id = dataset["id"] as! String
            let groups = PostHocFixtures.groups(dataset)
            let welch = dataset["welch_anova"] as! Object
            if PostHocFixtures.number(welch["F"]) == nil {
                XCTAssertThrowsError(try WelchANOVA.test(groups: groups), id)
            } else {
                let result = try WelchANOVA.test(groups: groups)
                c.check(result.f, welch["F"], "welch.F", id)
                c.check(result.denominatorDegreesOfFreedom, welch["df2"], "welch.df2", id)
                c.check(result.pValue, welch["p"], "welch.p", id)
            }
            for (key, center) in [("levene_mean", VarianceHomogeneityTestResult.Center.mean), ("brown_forsythe_median", .median)] {
                let reference = dataset[key] as! Object
                if PostHocFixtures.number(reference["F"]) == nil {
                    XCTAssertThrowsError(try VarianceHomogeneityTest.test(groups: groups, center: center), "\(id) \(key)")
                    continue
                }
                let result = try VarianceHomogeneityTest.test(groups: groups, center: center)
                c.check(result.f, reference["F"], "\(key).F", id)
                c.check(result.pValue, reference["p"], "\(key).p", id)
            }
            let kw = dataset["kruskal_wallis"] as! Object
            let kruskal = try KruskalWallisTest.test(groups: groups)
            c.check(kruskal.h, kw["H"], "kruskal.H", id)
            c.check(kruskal.pValue, kw["p"], "kruskal.p", id)
            c.check(kruskal.tieCorrection, kw["tie_correction"], "kruskal.tie_correction", id)
            try checkDunn(dataset["dunn"] as! Object, groups, c, id)
            try checkEffectSizes(dataset["anova_effect_sizes"] as! Object, groups, c, id)
        }
        c.report("k_groups_reports.json")
    }

    private func checkDunn(_ reference: Object, _ groups: [[Double]], _ c: WorstErrors, _ id: String) throws {
        let holm = try DunnTest.test(groups: groups)
        let bonferroni = try DunnTest.test(groups: groups, adjustment: .bonferroni)
        let bh = try DunnTest.test(groups: groups, adjustment: .benjaminiHochberg)
        c.check(holm.tieTerm, reference["tie_term"], "dunn.tie_term", id)
        let pairs = reference["pairs"] as! [Object]
        XCTAssertEqual(pairs.count, holm.pairs.count, id)
        for (index, pair) in pairs.enumerated() {
            let ours = holm.pairs[index], place = "\(id) pair \(index + 1)"
            XCTAssertEqual(ours.first + 1, pair["i"] as? Int, place)
            XCTAssertEqual(ours.second + 1, pair["j"] as? Int, place)
            c.check(holm.meanRanks[ours.first], pair["mean_rank1"], "dunn.mean_rank", place)
            c.check(ours.meanRankDifference, pair["mean_rank_difference"], "dunn.mean_rank_difference", place)
            c.check(ours.standardError, pair["se"], "dunn.se", place)
            c.check(ours.z, pair["z"], "dunn.z", place)
            c.check(ours.pValue, pair["p"], "dunn.p", place)
            c.check(ours.adjustedPValue, pair["p_holm"], "dunn.p_holm", place)
            c.check(bonferroni.pairs[index].adjustedPValue, pair["p_bonferroni"], "dunn.p_bonferroni", place)
            c.check(bh.pairs[index].adjustedPValue, pair["p_BH"], "dunn.p_BH", place)
        }
    }

    private func checkEffectSizes(_ reference: Object, _ groups: [[Double]], _ c: WorstErrors, _ id: String) throws {
        let anova = try OneWayANOVA.test(groups: groups)
        c.check(anova.f, reference["F"], "anova.F", id)
        c.check(anova.etaSquared, reference["eta_squared"], "eta_squared", id)
        c.check(anova.omegaSquared, reference["omega_squared"], "omega_squared", id)
        for interval in reference["ci"] as! [Object] {
            let level = PostHocFixtures.number(interval["level"])!
            let alternative: VarianceExplainedInterval.Alternative = interval["alternative"] as? String == "greater" ? .greater : .twoSided
            let place = "\(id) \(level) \(alternative)"
            // The fixture's F comes from R's sums of squares: use it so that both sides invert the same statistic.
            let f = PostHocFixtures.number(reference["F"])!
            let d1 = reference["df1"] as! Int, d2 = reference["df2"] as! Int
            let steiger = try VarianceExplained.interval(f: f, numeratorDF: d1, denominatorDF: d2, level: level, alternative: alternative)
            let effectsize = try VarianceExplained.interval(f: f, numeratorDF: d1, denominatorDF: d2, level: level,
                                                            alternative: alternative, convention: .effectsize)
            c.check(steiger.noncentralityLower, interval["ncp_lower"], "eta_ci.ncp_lower", place)
            c.check(steiger.noncentralityUpper, interval["ncp_upper"], "eta_ci.ncp_upper", place)
            c.check(steiger.etaSquared.lower, interval["steiger_lower"], "eta_ci.steiger_lower", place)
            c.check(steiger.etaSquared.upper, interval["steiger_upper"], "eta_ci.steiger_upper", place)
            c.check(effectsize.etaSquared.lower, interval["effectsize_lower"], "eta_ci.effectsize_lower", place)
            c.check(effectsize.etaSquared.upper, interval["effectsize_upper"], "eta_ci.effectsize_upper", place)
            // effectsize's ω² interval: noncentral-F inversion at F* = max(0, (F − 1)·df₂/N), not a map of η²'s λ limits.
            c.check(effectsize.omegaSquared.lower, interval["effectsize_omega_lower"], "omega_ci.effectsize_lower", place)
            c.check(effectsize.omegaSquared.upper, interval["effectsize_omega_upper"], "omega_ci.effectsize_upper", place)
            XCTAssertEqual(steiger.omegaSquared, steiger.etaSquared, place)
            // From the ANOVA table itself as well.
            let direct = try VarianceExplained.interval(anova, level: level, alternative: alternative)
            c.check(direct.etaSquared.lower, interval["steiger_lower"], "eta_ci.steiger_lower (own F)", place)
            c.check(direct.etaSquared.upper, interval["steiger_upper"], "eta_ci.steiger_upper (own F)", place)
            XCTAssertEqual(direct.omegaSquared, direct.etaSquared, place)
        }
    }
}
