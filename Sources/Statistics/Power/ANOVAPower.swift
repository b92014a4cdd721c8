import Foundation

/// Power and detectable effect of a one-way ANOVA F test (Cohen's f, noncentral F with λ = f²·N).
public enum ANOVAPower {
    /// Power of the F test of k groups with the given sizes at Cohen's f. Method: P(F′(k − 1, N − k, f²N) > F_{1−α})
    /// (Cohen 1988, ch. 8), as pwr::pwr.anova.test for equal sizes.
    public static func power(cohenF f: Double, groupSizes: [Int], alpha: Double = 0.05) -> Double {
        let k = Double(groupSizes.count), n = Double(groupSizes.reduce(0, +))
        guard groupSizes.count >= 2, n > k, f >= 0, alpha > 0, alpha < 1 else { return .nan }
        let critical = FisherF(numeratorDF: k - 1, denominatorDF: n - k).quantile(1 - alpha)
        return NoncentralF(numeratorDF: k - 1, denominatorDF: n - k, noncentrality: f * f * n).sf(critical)
    }

    /// The smallest Cohen's f detected with `power` by these group sizes; nil when no f ≤ 100 is enough.
    /// Method: Brent's root of power(f) − target (Cohen 1988, ch. 8).
    public static func detectableCohenF(groupSizes: [Int], alpha: Double = 0.05, power target: Double) -> Double? {
        guard target > alpha, target < 1 else { return nil }
        return TTestPower.root(start: 0.25, low: 1e-6, high: 100) { power(cohenF: $0, groupSizes: groupSizes, alpha: alpha) - target }
    }
}
