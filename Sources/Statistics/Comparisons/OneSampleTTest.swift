/// One-sample t test of a mean against a reference value (e.g. a scale's midpoint, (1 + points) / 2).
public struct OneSampleTTestResult: Codable, Sendable, Equatable {
    public var method: String
    public var count: Int
    public var mean: Double
    public var referenceValue: Double
    /// mean − referenceValue.
    public var meanDifference: Double
    public var standardError: Double
    public var t: Double
    public var degreesOfFreedom: Double
    /// Two-sided p-value.
    public var pValue: Double
    /// t interval of the mean (as R's t.test reports it).
    public var confidenceInterval: ConfidenceInterval
    /// (mean − reference)/s.
    public var cohensD: Double
}

public enum OneSampleTTest {
    /// Throws `tooFewObservations` below 2 values and `zeroVariance` when every value is equal.
    /// Method: Student (1908) one-sample t test, as R's t.test(x, mu =).
    public static func test(_ summary: GroupSummary, against reference: Double,
                            confidenceLevel: Double = 0.95) throws -> OneSampleTTestResult {
        let level = try validatedConfidenceLevel(confidenceLevel)
        guard reference.isFinite else { throw StatisticsError.invalidArgument("reference value \(reference)") }
        guard summary.count >= 2 else {
            throw StatisticsError.tooFewObservations(what: "one-sample t test", required: 2, actual: summary.count)
        }
        guard summary.variance > 0 else { throw StatisticsError.zeroVariance(what: "one-sample t test") }
        let df = Double(summary.count - 1)
        let se = summary.standardDeviation / Double(summary.count).squareRoot()
        let difference = summary.mean - reference
        let t = difference / se
        let distribution = StudentT(degreesOfFreedom: df)
        let halfWidth = distribution.quantile(0.5 + level / 2) * se
        return OneSampleTTestResult(
            method: "One-sample t test", count: summary.count, mean: summary.mean, referenceValue: reference,
            meanDifference: difference, standardError: se, t: t, degreesOfFreedom: df,
            pValue: distribution.twoSidedPValue(t),
            confidenceInterval: ConfidenceInterval(estimate: summary.mean, halfWidth: halfWidth, level: level),
            cohensD: difference / summary.standardDeviation)
    }

    /// Method: Student (1908) one-sample t test, as R's t.test(x, mu =).
    public static func test(_ values: [Double], against reference: Double,
                            confidenceLevel: Double = 0.95) throws -> OneSampleTTestResult {
        try test(GroupSummary(values: values, what: "one-sample t test"), against: reference, confidenceLevel: confidenceLevel)
    }

    /// Method: Student (1908) one-sample t test on exact frequency-table moments.
    public static func test(_ counts: ScaleCounts, against reference: Double,
                            confidenceLevel: Double = 0.95) throws -> OneSampleTTestResult {
        try test(counts.summary, against: reference, confidenceLevel: confidenceLevel)
    }
}
