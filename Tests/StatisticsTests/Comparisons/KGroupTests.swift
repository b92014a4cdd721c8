import XCTest
@testable import Statistics

final class KGroupTests: XCTestCase {
    func testANOVATableOnHandComputedData() throws {
        // Groups {1,2,3}, {4,5,6}, {7,8,9}: means 2, 5, 8, grand mean 5; SSB = 3·(9+0+9) = 54, SSW = 3·2 = 6.
        let result = try OneWayANOVA.test(groups: [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        XCTAssertEqual(result.betweenSumOfSquares, 54, accuracy: 1e-12)
        XCTAssertEqual(result.withinSumOfSquares, 6, accuracy: 1e-12)
        XCTAssertEqual(result.totalSumOfSquares, 60, accuracy: 1e-12)
        XCTAssertEqual(result.betweenDegreesOfFreedom, 2)
        XCTAssertEqual(result.withinDegreesOfFreedom, 6)
        XCTAssertEqual(result.totalDegreesOfFreedom, 8)
        XCTAssertEqual(result.f, 27, accuracy: 1e-12)
        XCTAssertEqual(result.etaSquared, 0.9, accuracy: 1e-14)
        XCTAssertEqual(result.omegaSquared, (54 - 2.0) / 61, accuracy: 1e-14)
        XCTAssert((0...1).contains(result.pValue))
        XCTAssertLessThan(result.pValue, 0.01)
    }

    func testTwoGroupANOVAAndWelchANOVAReduceToSquaredT() throws {
        var random = CoreTestRandom(seed: 20)
        let a = random.sample(count: 17, mean: 0, sd: 1), b = random.sample(count: 23, mean: 0.7, sd: 2.5)
        let anova = try OneWayANOVA.test(groups: [a, b])
        let student = try TwoSampleTTest.student(a, b)
        XCTAssertEqual(anova.f, student.t * student.t, accuracy: 1e-10 * anova.f)
        XCTAssertEqual(anova.pValue, student.pValue, accuracy: 1e-10)
        let welchANOVA = try WelchANOVA.test(groups: [a, b])
        let welch = try TwoSampleTTest.welch(a, b)
        XCTAssertEqual(welchANOVA.f, welch.t * welch.t, accuracy: 1e-10 * welchANOVA.f)
        XCTAssertEqual(welchANOVA.denominatorDegreesOfFreedom, welch.degreesOfFreedom, accuracy: 1e-9)
        XCTAssertEqual(welchANOVA.pValue, welch.pValue, accuracy: 1e-10)
    }

    func testKGroupTestsAreInvariantUnderShiftAndPermutation() throws {
        var random = CoreTestRandom(seed: 21)
        for _ in 0..<10 {
            let groups = (0..<random.integer(in: 2...5)).map { _ in
                random.sample(count: random.integer(in: 3...25), mean: random.normal(), sd: 0.5 + random.uniform())
            }
            let shift = random.normal() * 1000
            let moved = groups.map { random.shuffled($0.map { $0 + shift }) }
            let pairs: [(Double, Double)] = [
                (try OneWayANOVA.test(groups: groups).f, try OneWayANOVA.test(groups: moved).f),
                (try WelchANOVA.test(groups: groups).f, try WelchANOVA.test(groups: moved).f),
                (try VarianceHomogeneityTest.levene(groups: groups).f, try VarianceHomogeneityTest.levene(groups: moved).f),
                (try VarianceHomogeneityTest.brownForsythe(groups: groups).f,
                 try VarianceHomogeneityTest.brownForsythe(groups: moved).f),
                (try KruskalWallisTest.test(groups: groups).h, try KruskalWallisTest.test(groups: moved).h),
            ]
            for (original, shifted) in pairs { XCTAssertEqual(original, shifted, accuracy: 1e-7 * Swift.max(1, original)) }
            for p in [try OneWayANOVA.test(groups: groups).pValue, try WelchANOVA.test(groups: groups).pValue,
                      try KruskalWallisTest.test(groups: groups).pValue,
                      try VarianceHomogeneityTest.levene(groups: groups).pValue] {
                XCTAssert((0...1).contains(p))
            }
            // Reordering the groups changes nothing either.
            XCTAssertEqual(try OneWayANOVA.test(groups: groups.reversed()).f, try OneWayANOVA.test(groups: groups).f,
                           accuracy: 1e-10 * Swift.max(1, try OneWayANOVA.test(groups: groups).f))
        }
    }

    func testScaleCountPathEqualsRawPath() throws {
        var random = CoreTestRandom(seed: 22)
        let answers = (0..<3).map { _ in random.answers(count: random.integer(in: 20...80)) }
        let counts = try answers.map { try ScaleCounts(points: 8, answers: $0) }
        let raw = answers.map { $0.map(Double.init) }
        let fromCounts = try OneWayANOVA.test(counts: counts), fromRaw = try OneWayANOVA.test(groups: raw)
        XCTAssertEqual(fromCounts.f, fromRaw.f, accuracy: 1e-12 * fromRaw.f)
        XCTAssertEqual(fromCounts.withinSumOfSquares, fromRaw.withinSumOfSquares, accuracy: 1e-10)
        XCTAssertEqual(try WelchANOVA.test(counts: counts).f, try WelchANOVA.test(groups: raw).f, accuracy: 1e-10)
        for center in [VarianceHomogeneityTestResult.Center.mean, .median] {
            XCTAssertEqual(try VarianceHomogeneityTest.test(counts: counts, center: center).f,
                           try VarianceHomogeneityTest.test(groups: raw, center: center).f, accuracy: 1e-10)
        }
        let kwCounts = try KruskalWallisTest.test(counts: counts), kwRaw = try KruskalWallisTest.test(groups: raw)
        XCTAssertEqual(kwCounts.h, kwRaw.h, accuracy: 1e-10)
        XCTAssertEqual(kwCounts.tieCorrection, kwRaw.tieCorrection, accuracy: 1e-15)
    }

    func testKruskalWallisWithoutTiesMatchesTextbookFormula() throws {
        // Ranks {1,2,3}, {4,5,6}, {7,8,9}: H = 12/(9·10)·(36/3 + 225/3 + 576/3) − 30 = 7.2.
        let result = try KruskalWallisTest.test(groups: [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        XCTAssertEqual(result.h, 7.2, accuracy: 1e-12)
        XCTAssertEqual(result.tieCorrection, 1)
        XCTAssertEqual(result.degreesOfFreedom, 2)
        XCTAssertEqual(result.epsilonSquared, 0.9, accuracy: 1e-12)
    }

    func testDegenerateKGroupInputsThrowTypedErrors() {
        XCTAssertThrowsError(try OneWayANOVA.test(groups: [[1, 2, 3]])) {
            XCTAssertEqual($0 as? StatisticsError, .tooFewGroups(required: 2, actual: 1))
        }
        XCTAssertThrowsError(try OneWayANOVA.test(groups: [[1, 1], [2, 2]])) {
            XCTAssertEqual($0 as? StatisticsError, .zeroVariance(what: "one-way ANOVA"))
        }
        XCTAssertThrowsError(try OneWayANOVA.test(groups: [[1], [2]])) // N = k
        XCTAssertThrowsError(try OneWayANOVA.test(groups: [[1, 2], []])) {
            XCTAssertEqual($0 as? StatisticsError, .tooFewObservations(what: "group 2", required: 1, actual: 0))
        }
        XCTAssertNoThrow(try OneWayANOVA.test(groups: [[1], [2, 3]]))
        XCTAssertThrowsError(try WelchANOVA.test(groups: [[1], [2, 3]]))
        XCTAssertThrowsError(try WelchANOVA.test(groups: [[1, 1], [2, 3]]))
        XCTAssertThrowsError(try VarianceHomogeneityTest.levene(groups: [[1, 1], [2, 2]]))
        XCTAssertThrowsError(try KruskalWallisTest.test(groups: [[3, 3], [3, 3]]))
        XCTAssertThrowsError(try KruskalWallisTest.test(groups: [[1, 2]]))
        XCTAssertThrowsError(try OneWayANOVA.test(counts: [ScaleCounts(points: 8), ScaleCounts(points: 8)]))
    }

    func testLabelledGroupsSplitByLabelInOrder() throws {
        let split = try LabelledGroups(values: [1, 2, 3, 4, 5], labels: ["b", "a", "b", "c", "a"])
        XCTAssertEqual(split.labels, ["a", "b", "c"])
        XCTAssertEqual(split.groups, [[2, 5], [1, 3], [4]])
        XCTAssertThrowsError(try LabelledGroups(values: [1, 2], labels: ["a"]))
    }
}
