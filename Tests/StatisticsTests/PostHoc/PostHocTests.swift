import XCTest
@testable import Statistics

final class PostHocTests: XCTestCase {
    /// Summaries of `likert_k4_unequal_moderate` (groups.json); t, SE and intervals below computed in R 4.2.2 from
    /// lm(y ~ g): MSE 2.2783189033189033 on 84 df, se = √(MSE(1/nᵢ+1/nⱼ)), CI = diff ± qt(·, 84)·se.
    private func moderate() throws -> [GroupSummary] {
        try PostHocFixtureTests.datasets().first { $0.id == "likert_k4_unequal_moderate" }!.summaries
    }

    // (i, j, diff, se, t, LSD lower, LSD upper, Bonferroni lower, Bonferroni upper)
    private let reference: [(Int, Int, Double, Double, Double, Double, Double, Double, Double)] = [
        (0, 1, -1.387445887445887, 0.51123926734551417, -2.713887559243763, -2.4041012366267553, -0.37079053826501895, -2.7689037451318779, -0.0059880297598964294),
        (0, 2, -2.3636363636363633, 0.72979040096953596, -3.2387879595240521, -3.8149046098704611, -0.91236811740226553, -4.3356575839895601, -0.39161514328316605),
        (0, 3, -2.2922077922077921, 0.53711119199203805, -4.2676597069341486, -3.3603123008440048, -1.2241032835715795, -3.7435761123314135, -0.84083947208417098),
        (1, 2, -0.97619047619047628, 0.61621410014687039, -1.584174195231508, -2.2015997926692803, 0.24921884028832753, -2.6413086802064329, 0.6889277278254804),
        (1, 3, -0.9047619047619051, 0.36825836098539433, -2.4568672448900335, -1.6370840413620904, -0.1724397681617198, -1.8998603624435928, 0.090336552919782487),
        (2, 3, 0.071428571428571175, 0.63784219153874333, 0.11198470777898127, -1.1969905766703453, 1.3398477195274876, -1.6521325158095399, 1.7949896586666823),
    ]

    func testLSDAndBonferroniStatisticsAndIntervals() throws {
        let groups = try moderate()
        let pooled = try PostHoc.pooledError(groups)
        PostHocFixtures.assertClose(pooled.meanSquare, 2.2783189033189033)
        XCTAssertEqual(pooled.df, 84)
        let lsd = try PostHoc.fisherLSD(groups)
        let bonferroni = try PostHoc.bonferroni(groups, meanSquareError: pooled.meanSquare, errorDF: pooled.df)
        for (pair, (i, j, diff, se, t, lsdLow, lsdHigh, bonLow, bonHigh)) in zip(lsd.pairs.indices, reference) {
            XCTAssertEqual([lsd.pairs[pair].first, lsd.pairs[pair].second], [i, j])
            PostHocFixtures.assertClose(lsd.pairs[pair].difference, diff)
            PostHocFixtures.assertClose(lsd.pairs[pair].standardError, se)
            PostHocFixtures.assertClose(lsd.pairs[pair].statistic, t)
            PostHocFixtures.assertClose(lsd.pairs[pair].lower, lsdLow)
            PostHocFixtures.assertClose(lsd.pairs[pair].upper, lsdHigh)
            PostHocFixtures.assertClose(bonferroni.pairs[pair].lower, bonLow)
            PostHocFixtures.assertClose(bonferroni.pairs[pair].upper, bonHigh)
        }
    }

    func testPValuesInUnitIntervalAndOrderedByStrictness() throws {
        // Three groups keep the studentized-range quantiles (slow in debug builds) few.
        let groups = Array(try moderate().prefix(3))
        let lsd = try PostHoc.fisherLSD(groups)
        let holm = try PostHoc.holm(groups)
        let bonferroni = try PostHoc.bonferroni(groups)
        for method in [lsd, holm, bonferroni, try PostHoc.tukeyKramer(groups), try PostHoc.gamesHowell(groups)] {
            for pair in method.pairs { XCTAssertTrue((0...1).contains(try XCTUnwrap(pair.p)), "\(method.method)") }
        }
        for index in lsd.pairs.indices {
            XCTAssertLessThanOrEqual(lsd.pairs[index].p!, holm.pairs[index].p!)
            XCTAssertLessThanOrEqual(holm.pairs[index].p!, bonferroni.pairs[index].p!)
        }
    }

    func testPermutingGroupsPermutesPairs() throws {
        let groups = Array(try moderate().prefix(3))
        let permutation = [2, 0, 1]
        let permuted = permutation.map { groups[$0] }
        // Games–Howell is left out: each of its pairs depends only on its own two groups and k by construction,
        // and its quantiles are slow in debug builds.
        let makers: [([GroupSummary]) throws -> PostHocResult] = [
            { try PostHoc.fisherLSD($0) }, { try PostHoc.holm($0) }, { try PostHoc.bonferroni($0) },
            { try PostHoc.tukeyKramer($0) },
        ]
        for make in makers {
            let original = try make(groups)
            let shuffled = try make(permuted)
            for pair in shuffled.pairs {
                let (a, b) = (permutation[pair.first], permutation[pair.second])
                let match = try XCTUnwrap(original.pairs.first { Set([$0.first, $0.second]) == Set([a, b]) })
                let sign: Double = a < b ? 1 : -1
                XCTAssertEqual(pair.difference, sign * match.difference, accuracy: 1e-12)
                XCTAssertEqual(pair.p!, match.p!, accuracy: 1e-12)
                XCTAssertEqual(abs(pair.statistic!), abs(match.statistic!), accuracy: 1e-12)
            }
        }
    }

    func testDegenerateInputs() throws {
        let one = GroupSummary(count: 5, mean: 3, variance: 1)
        XCTAssertThrowsError(try PostHoc.fisherLSD([one])) { error in
            XCTAssertEqual(error as? StatisticsError, .tooFewGroups(required: 2, actual: 1))
        }
        // Every group constant: the pooled error is 0, t would be infinite.
        let flat = [GroupSummary(count: 3, mean: 2, variance: 0), GroupSummary(count: 4, mean: 5, variance: 0)]
        XCTAssertThrowsError(try PostHoc.tukeyKramer(flat)) { error in
            XCTAssertEqual(error as? StatisticsError, .zeroVariance(what: "post hoc pooled error"))
        }
        // Groups of one leave no error df.
        let singles = [GroupSummary(count: 1, mean: 2, variance: 0), GroupSummary(count: 1, mean: 5, variance: 0)]
        XCTAssertThrowsError(try PostHoc.fisherLSD(singles))
        XCTAssertThrowsError(try PostHoc.fisherLSD([one, GroupSummary(count: 0, mean: 0, variance: 0)]))
        XCTAssertThrowsError(try PostHoc.fisherLSD([one, one], meanSquareError: 1))
        XCTAssertThrowsError(try PostHoc.fisherLSD([one, one], confidenceLevel: 1))
        // A group of one is fine with a pooled error from the others; Games–Howell leaves its pairs undefined.
        let withSingle = [one, GroupSummary(count: 1, mean: 6, variance: 0), GroupSummary(count: 4, mean: 4, variance: 2)]
        let lsd = try PostHoc.fisherLSD(withSingle)
        XCTAssertEqual(lsd.errorDF, 7)
        let gamesHowell = try PostHoc.gamesHowell(withSingle)
        XCTAssertNil(gamesHowell.pairs[0].p)
        XCTAssertNil(gamesHowell.pairs[0].standardError)
        XCTAssertNotNil(gamesHowell.pairs[1].p)
    }
}
