import XCTest
@testable import Statistics

final class TwoGroupTests: XCTestCase {
    func testStudentAndWelchAgreeOnHandComputedValues() throws {
        // Means 3 and 6, variances 2.5 and 2.5 with n = 5 each: pooled SE = 1, t = −3, df = 8.
        let first: [Double] = [1, 2, 3, 4, 5], second: [Double] = [4, 5, 6, 7, 8]
        let student = try TwoSampleTTest.student(first, second)
        XCTAssertEqual(student.t, -3, accuracy: 1e-14)
        XCTAssertEqual(student.degreesOfFreedom, 8)
        XCTAssertEqual(student.meanDifference, -3)
        XCTAssertEqual(student.cohensD, -3 / 2.5.squareRoot(), accuracy: 1e-14)
        XCTAssertLessThan(abs(student.hedgesG), abs(student.cohensD))
        let welch = try TwoSampleTTest.welch(first, second)
        XCTAssertEqual(welch.t, -3, accuracy: 1e-14)
        XCTAssertEqual(welch.degreesOfFreedom, 8, accuracy: 1e-12)
        XCTAssertEqual(welch.pValue, student.pValue, accuracy: 1e-14)
        XCTAssertEqual(student.confidenceInterval.lower + student.confidenceInterval.upper, -6, accuracy: 1e-12)
    }

    func testSwappingGroupsNegatesStatisticsAndKeepsPValues() throws {
        var random = CoreTestRandom(seed: 10)
        for _ in 0..<20 {
            let a = random.sample(count: random.integer(in: 2...30), mean: random.normal(), sd: 1 + random.uniform())
            let b = random.sample(count: random.integer(in: 2...30), mean: random.normal(), sd: 1 + random.uniform())
            for test in [TwoSampleTTest.student, TwoSampleTTest.welch] as [([Double], [Double], Double) throws -> TwoSampleTTestResult] {
                let forward = try test(a, b, 0.95), backward = try test(b, a, 0.95)
                XCTAssertEqual(forward.t, -backward.t, accuracy: 1e-12)
                XCTAssertEqual(forward.pValue, backward.pValue, accuracy: 1e-12)
                XCTAssertEqual(forward.confidenceInterval.lower, -backward.confidenceInterval.upper, accuracy: 1e-12)
                XCTAssert((0...1).contains(forward.pValue))
            }
            let mw = try MannWhitneyUTest.test(a, b), wm = try MannWhitneyUTest.test(b, a)
            XCTAssertEqual(mw.pValue, wm.pValue, accuracy: 1e-12)
            XCTAssertEqual(mw.u + wm.u, Double(a.count * b.count), accuracy: 1e-9)
            XCTAssertEqual(mw.rankBiserialCorrelation, -wm.rankBiserialCorrelation, accuracy: 1e-12)
            let f = try VarianceRatioFTest.test(a, b), g = try VarianceRatioFTest.test(b, a)
            XCTAssertEqual(f.varianceRatio, 1 / g.varianceRatio, accuracy: 1e-12 * f.varianceRatio)
            XCTAssertEqual(f.pValue, g.pValue, accuracy: 1e-10)
            for p in [f.pValue, mw.pValue] { XCTAssert((0...1).contains(p)) }
        }
    }

    func testShiftingAndPermutingLeaveTestsUnchanged() throws {
        var random = CoreTestRandom(seed: 11)
        let a = random.sample(count: 25, mean: 0, sd: 1), b = random.sample(count: 31, mean: 0.5, sd: 2)
        let shift = 1234.5
        let shiftedA = random.shuffled(a.map { $0 + shift }), shiftedB = random.shuffled(b.map { $0 + shift })
        let student = try TwoSampleTTest.student(a, b), movedStudent = try TwoSampleTTest.student(shiftedA, shiftedB)
        XCTAssertEqual(student.t, movedStudent.t, accuracy: 1e-9)
        XCTAssertEqual(student.pValue, movedStudent.pValue, accuracy: 1e-9)
        let welch = try TwoSampleTTest.welch(a, b), movedWelch = try TwoSampleTTest.welch(shiftedA, shiftedB)
        XCTAssertEqual(welch.degreesOfFreedom, movedWelch.degreesOfFreedom, accuracy: 1e-8)
        XCTAssertEqual(try MannWhitneyUTest.test(a, b), try MannWhitneyUTest.test(shiftedA, shiftedB))
        let levene = try VarianceHomogeneityTest.levene(groups: [a, b])
        XCTAssertEqual(levene.f, try VarianceHomogeneityTest.levene(groups: [shiftedA, shiftedB]).f, accuracy: 1e-8)
    }

    func testMannWhitneyExactForSmallSamplesWithoutTies() throws {
        // All of x below all of y: U = 0, P(U ≤ 0) = 1/C(7,3) = 1/35, two-sided 2/35.
        let result = try MannWhitneyUTest.test([1.1, 2.2, 3.3], [4.4, 5.5, 6.6, 7.7])
        XCTAssertTrue(result.exact)
        XCTAssertEqual(result.u, 0)
        XCTAssertEqual(result.pValue, 2.0 / 35, accuracy: 1e-15)
        XCTAssertEqual(result.rankBiserialCorrelation, -1)
        // Same data reversed: U = 12, upper tail.
        XCTAssertEqual(try MannWhitneyUTest.test([4.4, 5.5, 6.6, 7.7], [1.1, 2.2, 3.3]).pValue, 2.0 / 35, accuracy: 1e-15)
        // Exact distribution sums to one and is symmetric.
        let distribution = WilcoxonRankSumDistribution(m: 4, n: 6)
        XCTAssertEqual(distribution.cdf(24), 1, accuracy: 1e-15)
        for u in 0...24 { XCTAssertEqual(distribution.cdf(Double(u)), distribution.sf(Double(24 - u)), accuracy: 1e-15) }
        XCTAssertEqual(distribution.cdf(1), 2.0 / 210, accuracy: 1e-15)
    }

    func testMannWhitneyFromCountsEqualsRawAnswers() throws {
        var random = CoreTestRandom(seed: 12)
        let a = random.answers(count: 60), b = random.answers(count: 45)
        let raw = try MannWhitneyUTest.test(a.map(Double.init), b.map(Double.init))
        let counted = try MannWhitneyUTest.test(ScaleCounts(points: 8, answers: a), ScaleCounts(points: 8, answers: b))
        XCTAssertFalse(raw.exact)
        XCTAssertEqual(raw.u, counted.u)
        XCTAssertEqual(raw.pValue, counted.pValue, accuracy: 1e-14)
    }

    func testScaleCountOverloadsEqualRawAnswers() throws {
        var random = CoreTestRandom(seed: 13)
        let a = random.answers(count: 40), b = random.answers(count: 33)
        let (ca, cb) = (try ScaleCounts(points: 8, answers: a), try ScaleCounts(points: 8, answers: b))
        let (ra, rb) = (a.map(Double.init), b.map(Double.init))
        XCTAssertEqual(try TwoSampleTTest.student(ca, cb).t, try TwoSampleTTest.student(ra, rb).t, accuracy: 1e-12)
        XCTAssertEqual(try TwoSampleTTest.welch(ca, cb).pValue, try TwoSampleTTest.welch(ra, rb).pValue, accuracy: 1e-12)
        XCTAssertEqual(try VarianceRatioFTest.test(ca, cb).varianceRatio, try VarianceRatioFTest.test(ra, rb).varianceRatio,
                       accuracy: 1e-12)
    }

    func testDegenerateTwoGroupInputsThrowTypedErrors() {
        XCTAssertThrowsError(try TwoSampleTTest.student([1, 1, 1], [1, 1])) {
            XCTAssertEqual($0 as? StatisticsError, .zeroVariance(what: "Student t test"))
        }
        XCTAssertThrowsError(try TwoSampleTTest.student([1], [2])) // df = 0
        XCTAssertNoThrow(try TwoSampleTTest.student([1], [2, 3]))
        XCTAssertThrowsError(try TwoSampleTTest.welch([1], [2, 3])) {
            XCTAssertEqual($0 as? StatisticsError, .tooFewObservations(what: "group 1", required: 2, actual: 1))
        }
        XCTAssertThrowsError(try TwoSampleTTest.welch([], []))
        XCTAssertThrowsError(try TwoSampleTTest.welch([1, .nan], [2, 3]))
        XCTAssertThrowsError(try VarianceRatioFTest.test([1, 2], [3, 3]))
        XCTAssertEqual(try VarianceRatioFTest.test([3, 3], [1, 2]).pValue, 0)
        XCTAssertThrowsError(try MannWhitneyUTest.test([2, 2], [2, 2, 2]))
        XCTAssertThrowsError(try MannWhitneyUTest.test([], [2, 2, 2]))
        let large = (0..<1100).map(Double.init)
        XCTAssertThrowsError(try MannWhitneyUTest.test(large, large.map { $0 + 0.5 }, exact: true))
        XCTAssertFalse(try MannWhitneyUTest.test(large, large.map { $0 + 0.5 }).exact)
        XCTAssertThrowsError(try OneSampleTTest.test([4.5], against: 4.5))
        XCTAssertThrowsError(try OneSampleTTest.test([5, 5, 5], against: 4.5))
    }

    func testOneSampleAgainstMidpointEqualsTwoSampleLimit() throws {
        let counts = try ScaleCounts(points: 8, answers: [5, 6, 7, 3, 8, 6, 5, 4])
        let result = try OneSampleTTest.test(counts, against: 4.5)
        let values: [Double] = [5, 6, 7, 3, 8, 6, 5, 4]
        let mean = values.reduce(0, +) / 8
        let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 7).squareRoot()
        XCTAssertEqual(result.t, (mean - 4.5) / (sd / 8.0.squareRoot()), accuracy: 1e-13)
        XCTAssertEqual(result.degreesOfFreedom, 7)
        XCTAssertEqual(result.cohensD, (mean - 4.5) / sd, accuracy: 1e-14)
        XCTAssert(result.confidenceInterval.lower < mean && mean < result.confidenceInterval.upper)
        XCTAssertEqual(try OneSampleTTest.test(values, against: 4.5), result)
    }

    /// J(m) = Γ(m/2) / (√(m/2) Γ((m − 1)/2)) against mpmath (40 digits), up to the sizes of a million-respondent report,
    /// where the difference of two log-gammas would lose 9 digits.
    func testHedgesCorrectionKeepsFullPrecisionForHugeSamples() {
        let reference: [(Double, Double)] = [(10, 0.9227456080530871033589575), (100, 0.9924780549814448666007874),
                                             (2001, 0.9996251327646692699748956), (100_000, 0.9999924999781249296877881),
                                             (11_400_000, 0.9999999342105246325792077)]
        for (m, j) in reference {
            XCTAssertEqual(TwoSampleTTest.hedgesCorrection(degreesOfFreedom: m), j, accuracy: 4e-16, "m = \(m)")
        }
    }
}
