import XCTest
@testable import Statistics

final class DescriptivesTests: XCTestCase {
    func testQuantileTypesOnOneToTen() throws {
        let values = (1...10).map(Double.init)
        // R: quantile(1:10, type = 7) → 3.25 5.5 7.75; type = 6 → 2.75 5.5 8.25.
        XCTAssertEqual(try QuantileMethod.type7.quantile(0.25, of: values), 3.25)
        XCTAssertEqual(try QuantileMethod.type7.quantile(0.5, of: values), 5.5)
        XCTAssertEqual(try QuantileMethod.type7.quantile(0.75, of: values), 7.75)
        XCTAssertEqual(try QuantileMethod.type6.quantile(0.25, of: values), 2.75)
        XCTAssertEqual(try QuantileMethod.type6.quantile(0.75, of: values), 8.25)
        XCTAssertEqual(try QuantileMethod.type6.quantile(0.01, of: values), 1)
        XCTAssertEqual(try QuantileMethod.type6.quantile(1, of: values), 10)
        XCTAssertEqual(try QuantileMethod.type7.quantile(0.3, of: [5]), 5)
        XCTAssertThrowsError(try QuantileMethod.type7.quantile(1.5, of: values))
        XCTAssertThrowsError(try QuantileMethod.type7.quantile(0.5, of: []))
    }

    func testNumericDescriptives() throws {
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        let summary = try Descriptives(values: values)
        XCTAssertEqual(summary.count, 8)
        XCTAssertEqual(summary.mean, 5)
        XCTAssertEqual(summary.standardDeviation!, (32.0 / 7).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(summary.standardError!, (32.0 / 7 / 8).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(summary.median, 4.5)
        XCTAssertEqual(summary.firstQuartile, 4)
        XCTAssertEqual(summary.thirdQuartile, 5.5)
        XCTAssertEqual(summary.minimum, 2)
        XCTAssertEqual(summary.maximum, 9)
        XCTAssertNil(summary.scale)
        let interval = try XCTUnwrap(summary.confidenceInterval)
        XCTAssertEqual((interval.lower + interval.upper) / 2, 5, accuracy: 1e-14)
        XCTAssertLessThan(interval.lower, 5)
    }

    /// The comparison cells' estimate: t interval as R's `t.test(x, conf.level = …)$conf.int` (values from
    /// scipy.stats.t.interval), and the very numbers `Descriptives` gives.
    func testMeanEstimateIsTheTIntervalOfDescriptives() throws {
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        let estimate = try MeanEstimate(values: values)
        XCTAssertEqual(try XCTUnwrap(estimate.confidenceInterval?.lower), 3.21251208176379, accuracy: 1e-13)
        XCTAssertEqual(try XCTUnwrap(estimate.confidenceInterval?.upper), 6.787487918236209, accuracy: 1e-13)
        let ninety = try MeanEstimate(values: values, confidenceLevel: 0.9)
        XCTAssertEqual(try XCTUnwrap(ninety.confidenceInterval?.lower), 3.5678331919051978, accuracy: 1e-13)
        let descriptives = try Descriptives(values: values)
        XCTAssertEqual(estimate.mean, descriptives.mean)
        XCTAssertEqual(estimate.standardDeviation, descriptives.standardDeviation)
        XCTAssertEqual(estimate.standardError, descriptives.standardError)
        XCTAssertEqual(estimate.confidenceInterval, descriptives.confidenceInterval)
        var counts = try ScaleCounts(points: 8)
        for point in [1, 3, 3, 8, 6, 6, 2] { try counts.add(point) }
        XCTAssertEqual(try MeanEstimate(summary: counts.summary).confidenceInterval,
                       try Descriptives(counts: counts).confidenceInterval)
        let single = try MeanEstimate(values: [3])
        XCTAssertEqual(single.mean, 3)
        XCTAssertNil(single.standardDeviation)
        XCTAssertNil(single.confidenceInterval)
        XCTAssertThrowsError(try MeanEstimate(values: [])) { XCTAssertEqual($0 as? StatisticsError, .emptyInput(what: "mean")) }
        XCTAssertThrowsError(try MeanEstimate(values: [1, 2], confidenceLevel: 1))
    }

    func testSingleValueHasNoSpreadButIsDefined() throws {
        let summary = try Descriptives(values: [3])
        XCTAssertEqual(summary.mean, 3)
        XCTAssertNil(summary.standardDeviation)
        XCTAssertNil(summary.standardError)
        XCTAssertNil(summary.confidenceInterval)
        XCTAssertEqual(summary.median, 3)
    }

    func testEmptyAndNaNInputsThrow() {
        XCTAssertThrowsError(try Descriptives(values: [])) { XCTAssertEqual($0 as? StatisticsError, .emptyInput(what: "descriptives")) }
        XCTAssertThrowsError(try Descriptives(values: [1, .nan])) {
            XCTAssertEqual($0 as? StatisticsError, .nonFiniteValue(what: "descriptives", index: 1))
        }
        XCTAssertThrowsError(try Descriptives(counts: ScaleCounts(points: 8)))
        XCTAssertThrowsError(try Descriptives(values: [1, 2], confidenceLevel: 1))
    }

    func testScaleItemDescriptivesMatchRawValuesAndSplitAtMidpoint() throws {
        let answers = [1, 8, 8, 3, 4, 4, 4, 5, 2, 7]
        let counts = try ScaleCounts(points: 8, answers: answers)
        for method in QuantileMethod.allCases {
            let fromCounts = try Descriptives(counts: counts, quantileMethod: method)
            let fromValues = try Descriptives(values: answers.map(Double.init), quantileMethod: method)
            XCTAssertEqual(fromCounts.mean, fromValues.mean, accuracy: 1e-15)
            XCTAssertEqual(fromCounts.standardDeviation!, fromValues.standardDeviation!, accuracy: 1e-14)
            XCTAssertEqual(fromCounts.median, fromValues.median)
            XCTAssertEqual(fromCounts.firstQuartile, fromValues.firstQuartile)
            XCTAssertEqual(fromCounts.thirdQuartile, fromValues.thirdQuartile)
            XCTAssertEqual(fromCounts.minimum, 1)
            XCTAssertEqual(fromCounts.maximum, 8)
        }
        let scale = try XCTUnwrap(try Descriptives(counts: counts).scale)
        XCTAssertEqual(scale.midpoint, 4.5)
        XCTAssertEqual(scale.counts, [1, 1, 1, 3, 1, 0, 1, 2])
        XCTAssertEqual(scale.percentAtOrBelowMidpoint, 60)
        XCTAssertEqual(scale.percentAboveMidpoint, 40)
        // On an odd scale the midpoint is a point, counted at or below.
        let five = try Descriptives(counts: ScaleCounts(points: 5, answers: [3, 3, 4, 1])).scale!
        XCTAssertEqual(five.midpoint, 3)
        XCTAssertEqual(five.percentAtOrBelowMidpoint, 75)
    }

    /// Scores tabulated as distinct values give the descriptives of the raw values, quantiles exactly.
    func testFrequencyTableDescriptivesMatchRawValues() throws {
        let scores = [2.5, 3, 3, 7.25, 2.5, 8, 1, 3, 4.75, 4.75, 6, 2.5, 5.5]
        for method in QuantileMethod.allCases {
            let fromTable = try Descriptives(frequencies: ValueFrequencies(scores), quantileMethod: method)
            let fromValues = try Descriptives(values: scores, quantileMethod: method)
            XCTAssertEqual(fromTable.count, fromValues.count)
            XCTAssertEqual(fromTable.mean, fromValues.mean, accuracy: 1e-15)
            XCTAssertEqual(fromTable.standardDeviation!, fromValues.standardDeviation!, accuracy: 1e-14)
            XCTAssertEqual(fromTable.confidenceInterval!.lower, fromValues.confidenceInterval!.lower, accuracy: 1e-14)
            XCTAssertEqual(fromTable.median, fromValues.median)
            XCTAssertEqual(fromTable.firstQuartile, fromValues.firstQuartile)
            XCTAssertEqual(fromTable.thirdQuartile, fromValues.thirdQuartile)
            XCTAssertEqual(fromTable.minimum, 1)
            XCTAssertEqual(fromTable.maximum, 8)
        }
        XCTAssertThrowsError(try Descriptives(frequencies: ValueFrequencies([])))
    }

    func testCategoricalFrequenciesKeepEscapesOutOfDenominators() {
        let frequencies = CategoricalFrequencies(codes: [1, 2, 2, 3, 99, 98, 99, 2], escapeCodes: [98, 99], expectedCodes: [1, 2, 3, 4])
        XCTAssertEqual(frequencies.answered, 5)
        XCTAssertEqual(frequencies.respondents, 8)
        XCTAssertEqual(frequencies.categories.map(\.code), [1, 2, 3, 4])
        XCTAssertEqual(frequencies.categories.map(\.count), [1, 3, 1, 0])
        XCTAssertEqual(frequencies.categories.map(\.percent), [20, 60, 20, 0])
        XCTAssertEqual(frequencies.escapes.map(\.code), [98, 99])
        XCTAssertEqual(frequencies.escapes.map(\.count), [1, 2])
        XCTAssertEqual(frequencies.escapes[1].percent, 25)
        let onlyEscapes = CategoricalFrequencies(codes: [99], escapeCodes: [99], expectedCodes: [1])
        XCTAssertEqual(onlyEscapes.answered, 0)
        XCTAssertNil(onlyEscapes.categories[0].percent)
        XCTAssertEqual(onlyEscapes.escapes[0].percent, 100)
    }

    func testResultsRoundTripThroughJSON() throws {
        let summary = try Descriptives(counts: ScaleCounts(points: 8, answers: [1, 5, 8]))
        let decoded = try JSONDecoder().decode(Descriptives.self, from: JSONEncoder().encode(summary))
        XCTAssertEqual(decoded, summary)
    }
}
