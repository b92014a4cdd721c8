/// F test of the ratio of two variances, first over second.
public struct VarianceRatioTestResult: Codable, Sendable, Equatable {
    public var method: String
    /// s₁² / s₂², the F statistic.
    public var varianceRatio: Double
    public var numeratorDegreesOfFreedom: Double
    public var denominatorDegreesOfFreedom: Double
    /// Two-sided p-value, 2·min(P(F ≤ f), P(F ≥ f)).
    public var pValue: Double
    /// Interval of the ratio of population variances.
    public var confidenceInterval: ConfidenceInterval
}

public enum VarianceRatioFTest {
    /// Throws `tooFewObservations` below 2 values in a group and `zeroVariance` when the second variance is 0
    /// (the ratio is infinite); a constant first group gives ratio 0 and p = 0, as R.
    /// Method: Fisher's F test of σ₁²/σ₂² (Snedecor & Cochran 1989, §6.12), as R's var.test.
    public static func test(_ first: GroupSummary, _ second: GroupSummary,
                            confidenceLevel: Double = 0.95) throws -> VarianceRatioTestResult {
        let level = try validatedConfidenceLevel(confidenceLevel)
        for (index, group) in [first, second].enumerated() where group.count < 2 {
            throw StatisticsError.tooFewObservations(what: "group \(index + 1) of the F test", required: 2, actual: group.count)
        }
        guard second.variance > 0 else { throw StatisticsError.zeroVariance(what: "F test of variance ratio") }
        let df1 = Double(first.count - 1)
        let df2 = Double(second.count - 1)
        let ratio = first.variance / second.variance
        let distribution = FisherF(numeratorDF: df1, denominatorDF: df2)
        let p = Swift.min(1, 2 * Swift.min(distribution.cdf(ratio), distribution.sf(ratio)))
        let alpha = 1 - level
        return VarianceRatioTestResult(
            method: "F test of variance ratio", varianceRatio: ratio,
            numeratorDegreesOfFreedom: df1, denominatorDegreesOfFreedom: df2, pValue: p,
            confidenceInterval: ConfidenceInterval(lower: ratio / distribution.quantile(1 - alpha / 2),
                                                   upper: ratio / distribution.quantile(alpha / 2), level: level))
    }

    /// Method: Fisher's F test of variance ratio, as R's var.test.
    public static func test(_ first: [Double], _ second: [Double], confidenceLevel: Double = 0.95) throws -> VarianceRatioTestResult {
        try test(GroupSummary(values: first, what: "first group"), GroupSummary(values: second, what: "second group"),
                 confidenceLevel: confidenceLevel)
    }

    /// Method: Fisher's F test of variance ratio on exact frequency-table variances.
    public static func test(_ first: ScaleCounts, _ second: ScaleCounts, confidenceLevel: Double = 0.95) throws -> VarianceRatioTestResult {
        try test(first.summary, second.summary, confidenceLevel: confidenceLevel)
    }
}
