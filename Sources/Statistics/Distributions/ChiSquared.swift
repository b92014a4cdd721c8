import Foundation

/// The chi-square distribution: cdf = P(k/2, x/2) and sf = Q(k/2, x/2) through ``SpecialFunctions``' regularized
/// incomplete gamma, each tail computed directly; quantile by Brent's method on the log tail from a
/// Wilson–Hilferty start. Non-integer k is allowed. `isValid` is false for k ≤ 0, NaN or ∞; functions then return NaN.
public struct ChiSquared: Sendable, Equatable, Hashable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    public var isValid: Bool { degreesOfFreedom > 0 && degreesOfFreedom.isFinite }

    /// P(X ≤ x); 0 for x ≤ 0; NaN for NaN x or invalid k.
    public func cdf(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        return SpecialFunctions.incompleteGamma(a: degreesOfFreedom / 2, x: x / 2).lower
    }

    /// P(X > x), computed directly (the Kruskal–Wallis p-value); 1 for x ≤ 0; NaN for NaN x or invalid k.
    public func sf(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        return SpecialFunctions.incompleteGamma(a: degreesOfFreedom / 2, x: x / 2).upper
    }

    /// The p-quantile: 0 for p = 0, +∞ for p = 1, NaN for p outside [0, 1], NaN p or invalid k.
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        let k = degreesOfFreedom
        let z = Normal.standardQuantile(p)
        let spread = (2 / (9 * k)).squareRoot()
        let cube = 1 - 2 / (9 * k) + z * spread
        let guess = cube > 0 ? k * cube * cube * cube : k * 1e-3
        let half = k / 2
        if p <= 0.5 {
            return QuantileSearch.positiveRoot(target: p, decreasing: false, initialGuess: guess) {
                SpecialFunctions.incompleteGamma(a: half, x: $0 / 2).lower
            }
        }
        return QuantileSearch.positiveRoot(target: 1 - p, decreasing: true, initialGuess: guess) {
            SpecialFunctions.incompleteGamma(a: half, x: $0 / 2).upper
        }
    }
}
