import XCTest
@testable import Statistics

final class AccumulatorTests: XCTestCase {
    func testWelfordMatchesTwoPassMoments() throws {
        var random = CoreTestRandom(seed: 1)
        let values = random.sample(count: 1000, mean: 1e6, sd: 3)
        let accumulator = try MomentAccumulator(values)
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        assertRelativelyClose(accumulator.mean, mean, tolerance: 1e-14, "mean")
        assertRelativelyClose(accumulator.variance, squares / 999, tolerance: 1e-9, "variance")
        XCTAssertEqual(accumulator.minimum, values.min())
        XCTAssertEqual(accumulator.maximum, values.max())
    }

    func testMergedShardsEqualAccumulatorOfConcatenation() throws {
        var random = CoreTestRandom(seed: 2)
        for _ in 0..<50 {
            let values = random.sample(count: random.integer(in: 0...200), mean: random.normal() * 100, sd: 5)
            let cut = values.isEmpty ? 0 : random.integer(in: 0...values.count)
            var left = try MomentAccumulator(values[..<cut])
            left.merge(try MomentAccumulator(values[cut...]))
            let whole = try MomentAccumulator(values)
            XCTAssertEqual(left.count, whole.count)
            XCTAssertEqual(left.minimum, whole.minimum)
            XCTAssertEqual(left.maximum, whole.maximum)
            XCTAssertEqual(left.mean, whole.mean, accuracy: 1e-10 * Swift.max(1, abs(whole.mean)))
            XCTAssertEqual(left.sumOfSquaredDeviations, whole.sumOfSquaredDeviations,
                           accuracy: 1e-9 * Swift.max(1, whole.sumOfSquaredDeviations))
        }
    }

    func testAccumulatorRejectsNaN() {
        var accumulator = MomentAccumulator()
        XCTAssertThrowsError(try accumulator.add(.nan)) { error in
            XCTAssertEqual(error as? StatisticsError, .nonFiniteValue(what: "accumulated values", index: 0))
        }
        XCTAssertEqual(accumulator.count, 0)
        XCTAssertEqual(accumulator.variance, 0)
    }

    func testCoMomentsMergeAndCorrelation() throws {
        var random = CoreTestRandom(seed: 3)
        let rows = (0..<300).map { _ -> [Double] in
            let x = random.normal()
            return [x, 2 * x + 0.5 * random.normal(), random.normal()]
        }
        var whole = try CoMomentAccumulator(dimension: 3)
        var left = try CoMomentAccumulator(dimension: 3)
        var right = try CoMomentAccumulator(dimension: 3)
        for (index, row) in rows.enumerated() {
            try whole.add(row)
            if index < 123 { try left.add(row) } else { try right.add(row) }
        }
        try left.merge(right)
        for (a, b) in zip(left.coMoments, whole.coMoments) { XCTAssertEqual(a, b, accuracy: 1e-9) }
        let xs = rows.map { $0[0] }, ys = rows.map { $0[1] }
        let mx = xs.reduce(0, +) / 300, my = ys.reduce(0, +) / 300
        let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        assertRelativelyClose(whole.covariance(0, 1)!, sxy / 299, tolerance: 1e-12, "covariance")
        XCTAssertGreaterThan(whole.correlation(0, 1)!, 0.9)
        XCTAssertNil(whole.correlation(0, 5))
        XCTAssertThrowsError(try whole.add([1, 2]))
    }

    func testScaleCountsMomentsAreExact() throws {
        let answers = [1, 8, 8, 3, 4, 4, 4, 5, 2, 7]
        let counts = try ScaleCounts(points: 8, answers: answers)
        XCTAssertEqual(counts.counts, [1, 1, 1, 3, 1, 0, 1, 2])
        XCTAssertEqual(counts.total, 10)
        XCTAssertEqual(counts.mean, 4.6)
        // Σx² = 264, so Σ(x − 4.6)² = 264 − 10·4.6² = 52.4.
        XCTAssertEqual(counts.variance, 52.4 / 9, accuracy: 1e-15)
        XCTAssertEqual(counts.minimum, 1)
        XCTAssertEqual(counts.maximum, 8)
        XCTAssertEqual(counts.midranks, [1, 2, 3, 5, 7, 0, 8, 9.5])
        XCTAssertThrowsError(try ScaleCounts(points: 8, answers: [9])) { error in
            XCTAssertEqual(error as? StatisticsError, .valueOutsideScale(value: 9, points: 8))
        }
        XCTAssertNil(try ScaleCounts(points: 8).mean)
    }

    func testScaleCountsMergeEqualsCountsOfConcatenation() throws {
        var random = CoreTestRandom(seed: 4)
        for _ in 0..<30 {
            let answers = random.answers(count: random.integer(in: 0...100))
            let cut = random.integer(in: 0...answers.count)
            let merged = try ScaleCounts(points: 8, answers: answers[..<cut])
                .merged(with: ScaleCounts(points: 8, answers: answers[cut...]))
            XCTAssertEqual(merged, try ScaleCounts(points: 8, answers: answers))
        }
        XCTAssertThrowsError(try ScaleCounts(points: 8).merged(with: ScaleCounts(points: 5)))
    }

    func testScaleCountsQuantilesEqualQuantilesOfExpandedAnswers() throws {
        var random = CoreTestRandom(seed: 5)
        for _ in 0..<40 {
            let answers = random.answers(count: random.integer(in: 1...40))
            let counts = try ScaleCounts(points: 8, answers: answers)
            let values = answers.map(Double.init)
            for method in QuantileMethod.allCases {
                for p in [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1] {
                    XCTAssertEqual(try counts.quantile(p, method: method), try method.quantile(p, of: values))
                }
            }
            let summary = try GroupSummary(values: values, what: "test")
            XCTAssertEqual(counts.summary.mean, summary.mean, accuracy: 1e-14)
            XCTAssertEqual(counts.variance, summary.variance, accuracy: 1e-13)
        }
    }

    func testAbsoluteDeviationSummaryMatchesRawDeviations() throws {
        let answers = [1, 2, 2, 5, 8, 8, 7]
        let counts = try ScaleCounts(points: 8, answers: answers)
        let deviations = answers.map { abs(Double($0) - 4.5) }
        let raw = try GroupSummary(values: deviations, what: "test")
        let fromCounts = counts.absoluteDeviationSummary(from: 4.5)
        XCTAssertEqual(fromCounts.count, 7)
        XCTAssertEqual(fromCounts.mean, raw.mean, accuracy: 1e-15)
        XCTAssertEqual(fromCounts.variance, raw.variance, accuracy: 1e-14)
    }
}

final class GroupedScaleCountsTests: XCTestCase {
    func testShardsMergeToTheTablesOfAllRespondents() throws {
        var random = CoreTestRandom(seed: 6)
        let respondents = (0..<200).map { _ -> (group: Int, answers: [Int?]) in
            (random.integer(in: 0...2), (0..<4).map { _ in random.uniform() < 0.1 ? nil : random.integer(in: 1...8) })
        }
        var whole = try GroupedScaleCounts(items: 4, groups: 3, points: 8)
        var left = whole, right = whole
        for (index, respondent) in respondents.enumerated() {
            try whole.add(answers: respondent.answers, group: respondent.group)
            if index < 77 { try left.add(answers: respondent.answers, group: respondent.group) }
            else { try right.add(answers: respondent.answers, group: respondent.group) }
        }
        try left.merge(right)
        XCTAssertEqual(left, whole)
        for item in 0..<4 {
            let expected = try (0..<3).map { group in
                try ScaleCounts(points: 8, answers: respondents.filter { $0.group == group }.compactMap { $0.answers[item] })
            }
            XCTAssertEqual(try whole.tables(item: item), expected)
        }
        XCTAssertThrowsError(try whole.add(answers: [1, 2, 3, 9], group: 0))
        XCTAssertThrowsError(try whole.add(answers: [1, 2, 3], group: 0))
        XCTAssertThrowsError(try whole.add(item: 0, group: 3, answer: 1))
    }

    func testEmptyMomentAccumulatorEncodesWithoutInfinity() throws {
        let empty = MomentAccumulator()
        XCTAssertNil(empty.minimum)
        let decoded = try JSONDecoder().decode(MomentAccumulator.self, from: JSONEncoder().encode(empty))
        XCTAssertEqual(decoded, empty)
    }
}
