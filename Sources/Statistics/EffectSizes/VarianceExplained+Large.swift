import Foundation

extension VarianceExplained {
    /// The same two-sided interval for large samples, where the exact noncentral-F inversion would sum a Poisson
    /// mixture of as many terms as λ: λ is estimated by df₁(F − 1) with the standard error of a noncentral χ²,
    /// √(2(df₁ + 2λ)) (Steiger 2004, "Beyond the F test", eq. 5), then mapped to η² and ω² as `interval` maps its
    /// limits (Steiger's convention λ/(λ + N)). Past λ ≈ 1,000 its limits fall within a few percent of the interval's
    /// width from the exact ones (`LargeSampleIntervalTests`).
    public static func largeSampleInterval(f: Double, numeratorDF d1: Int, denominatorDF d2: Int, level: Double = 0.95) throws
        -> VarianceExplainedInterval {
        _ = try validatedConfidenceLevel(level)
        guard d1 >= 1, d2 >= 1 else { throw StatisticsError.tooFewObservations(what: "η² interval", required: 1, actual: min(d1, d2)) }
        guard f.isFinite, f >= 0 else { throw StatisticsError.invalidArgument("F \(f) is not a finite non-negative number") }
        let df1 = Double(d1), n = df1 + Double(d2) + 1
        let lambda = max(0, df1 * (f - 1))
        let z = Normal().quantile(1 - (1 - level) / 2)
        let spread = z * (2 * (df1 + 2 * lambda)).squareRoot()
        let (lower, upper) = (max(0, lambda - spread), lambda + spread)
        let share = { (lambda: Double) in lambda / (lambda + n) }
        return VarianceExplainedInterval(
            level: level, alternative: .twoSided, convention: .steiger, noncentralityLower: lower, noncentralityUpper: upper,
            etaSquared: ConfidenceInterval(lower: share(lower), upper: share(upper), level: level),
            omegaSquared: ConfidenceInterval(lower: share(lower), upper: share(upper), level: level))
    }
}
