import Foundation

/// A two-sample t test of the difference of means, first group minus second.
public struct TwoSampleTTestResult: Codable, Sendable, Equatable {
    public enum Variant: String, Codable, Sendable {
        /// Pooled variance, n₁ + n₂ − 2 df.
        case student
        /// Separate variances, Welch–Satterthwaite df.
        case welch
    }
    public var method: String
    public var variant: Variant
    public var counts: [Int]
    public var means: [Double]
    /// mean₁ − mean₂.
    public var meanDifference: Double
    public var standardError: Double
    public var t: Double
    public var degreesOfFreedom: Double
    /// Two-sided p-value.
    public var pValue: Double
    /// Interval of mean₁ − mean₂.
    public var confidenceInterval: ConfidenceInterval
    /// Difference over the pooled SD, whatever the variant.
    public var cohensD: Double
    /// Cohen's d times the exact small-sample correction J(n₁ + n₂ − 2).
    public var hedgesG: Double
    /// The noncentral-t intervals of d and g at the test's level (`StandardizedDifference.intervals`); nil when the
    /// pooled SD is 0.
    public var cohensDInterval: ConfidenceInterval? = nil
    public var hedgesGInterval: ConfidenceInterval? = nil
}

public enum TwoSampleTTest {
    /// Student's t with pooled variance. Throws `tooFewObservations` when a group is empty or n₁ + n₂ < 3,
    /// `zeroVariance` when both groups are constant. Method: Student (1908), as R's t.test(var.equal = TRUE).
    public static func student(_ first: GroupSummary, _ second: GroupSummary,
                               confidenceLevel: Double = 0.95) throws -> TwoSampleTTestResult {
        try validate(first, second, minimumPerGroup: 1)
        let df = Double(first.count + second.count - 2)
        guard df >= 1 else { throw StatisticsError.tooFewObservations(what: "Student t test", required: 3, actual: first.count + second.count) }
        let pooled = pooledVariance(first, second)
        guard pooled > 0 else { throw StatisticsError.zeroVariance(what: "Student t test") }
        let se = (pooled * (1 / Double(first.count) + 1 / Double(second.count))).squareRoot()
        return try result(.student, "Student two-sample t test", first, second, se: se, df: df, level: confidenceLevel)
    }

    /// Welch's t with separate variances and Welch–Satterthwaite df. Throws `tooFewObservations` when a group has
    /// fewer than 2 values, `zeroVariance` when both groups are constant.
    /// Method: Welch (1947), Satterthwaite (1946), as R's t.test(var.equal = FALSE).
    public static func welch(_ first: GroupSummary, _ second: GroupSummary,
                             confidenceLevel: Double = 0.95) throws -> TwoSampleTTestResult {
        try validate(first, second, minimumPerGroup: 2)
        let a = first.variance / Double(first.count)
        let b = second.variance / Double(second.count)
        guard a + b > 0 else { throw StatisticsError.zeroVariance(what: "Welch t test") }
        let df = (a + b) * (a + b) / (a * a / Double(first.count - 1) + b * b / Double(second.count - 1))
        return try result(.welch, "Welch two-sample t test", first, second, se: (a + b).squareRoot(), df: df, level: confidenceLevel)
    }

    /// Method: Student (1908), as R's t.test(var.equal = TRUE).
    public static func student(_ first: [Double], _ second: [Double], confidenceLevel: Double = 0.95) throws -> TwoSampleTTestResult {
        try student(GroupSummary(values: first, what: "first group"), GroupSummary(values: second, what: "second group"),
                    confidenceLevel: confidenceLevel)
    }

    /// Method: Welch (1947), as R's t.test(var.equal = FALSE).
    public static func welch(_ first: [Double], _ second: [Double], confidenceLevel: Double = 0.95) throws -> TwoSampleTTestResult {
        try welch(GroupSummary(values: first, what: "first group"), GroupSummary(values: second, what: "second group"),
                  confidenceLevel: confidenceLevel)
    }

    /// Method: Student (1908) on exact frequency-table moments of two integer-scale groups.
    public static func student(_ first: ScaleCounts, _ second: ScaleCounts, confidenceLevel: Double = 0.95) throws -> TwoSampleTTestResult {
        try student(first.summary, second.summary, confidenceLevel: confidenceLevel)
    }

    /// Method: Welch (1947) on exact frequency-table moments of two integer-scale groups.
    public static func welch(_ first: ScaleCounts, _ second: ScaleCounts, confidenceLevel: Double = 0.95) throws -> TwoSampleTTestResult {
        try welch(first.summary, second.summary, confidenceLevel: confidenceLevel)
    }

    /// Cohen's d with the pooled SD, nil when the pooled SD is 0 or undefined. Method: Cohen (1988), eq. 2.5.6.
    public static func cohensD(_ first: GroupSummary, _ second: GroupSummary) -> Double? {
        guard first.count >= 1, second.count >= 1, first.count + second.count > 2 else { return nil }
        let pooled = pooledVariance(first, second)
        return pooled > 0 ? (first.mean - second.mean) / pooled.squareRoot() : nil
    }

    /// Hedges' g: d·J(df) with J(df) = Γ(df/2) / (√(df/2) Γ((df − 1)/2)). Method: Hedges (1981), as R's effectsize::hedges_g.
    public static func hedgesG(_ first: GroupSummary, _ second: GroupSummary) -> Double? {
        guard let d = cohensD(first, second) else { return nil }
        return d * hedgesCorrection(degreesOfFreedom: Double(first.count + second.count - 2))
    }

    /// Exact small-sample bias correction of d; Method: Hedges (1981), J(m) = Γ(m/2)/(√(m/2) Γ((m−1)/2)).
    /// For large m the two log-gammas (≈ m log m) cancel to 1e-9 of their size; there the asymptotic series of
    /// log Γ(a + ½) − log Γ(a) − ½ log a (a = (m − 1)/2; DLMF 5.11.13 with the Bernoulli terms to a⁻⁹, truncation
    /// error < 2e-17 from a = 20) keeps full precision.
    public static func hedgesCorrection(degreesOfFreedom m: Double) -> Double {
        guard m > 1 else { return 1 - 3 / (4 * m - 1) }
        let a = (m - 1) / 2
        guard a >= 20 else { return exp(lgamma(m / 2) - 0.5 * log(m / 2) - lgamma(a)) }
        let inverse = 1 / a, inverseSquared = inverse * inverse
        let series = inverse * (-1.0 / 8 + inverseSquared * (1.0 / 192 + inverseSquared * (-1.0 / 640
            + inverseSquared * (17.0 / 14_336 + inverseSquared * (-31.0 / 18_432)))))
        return exp(-0.5 * log1p(0.5 * inverse) + series)
    }

    static func pooledVariance(_ first: GroupSummary, _ second: GroupSummary) -> Double {
        (first.sumOfSquares + second.sumOfSquares) / Double(first.count + second.count - 2)
    }

    private static func validate(_ first: GroupSummary, _ second: GroupSummary, minimumPerGroup: Int) throws {
        for (index, group) in [first, second].enumerated() {
            guard group.count >= minimumPerGroup else {
                throw StatisticsError.tooFewObservations(what: "group \(index + 1)", required: minimumPerGroup, actual: group.count)
            }
            guard group.mean.isFinite, group.variance.isFinite, group.variance >= 0 else {
                throw StatisticsError.nonFiniteValue(what: "group summaries", index: index)
            }
        }
    }

    private static func result(_ variant: TwoSampleTTestResult.Variant, _ method: String, _ first: GroupSummary,
                               _ second: GroupSummary, se: Double, df: Double, level: Double) throws -> TwoSampleTTestResult {
        let level = try validatedConfidenceLevel(level)
        let difference = first.mean - second.mean
        let t = difference / se
        let distribution = StudentT(degreesOfFreedom: df)
        let halfWidth = distribution.quantile(0.5 + level / 2) * se
        let d = cohensD(first, second)
        let intervals = d.flatMap { try? StandardizedDifference.intervals(cohensD: $0, counts: first.count, second.count, level: level) }
        return TwoSampleTTestResult(
            method: method, variant: variant, counts: [first.count, second.count], means: [first.mean, second.mean],
            meanDifference: difference, standardError: se, t: t, degreesOfFreedom: df, pValue: distribution.twoSidedPValue(t),
            confidenceInterval: ConfidenceInterval(estimate: difference, halfWidth: halfWidth, level: level),
            cohensD: d ?? 0, hedgesG: (d ?? 0) * hedgesCorrection(degreesOfFreedom: Double(first.count + second.count - 2)),
            cohensDInterval: intervals?.cohensD, hedgesGInterval: intervals?.hedgesG)
    }
}
