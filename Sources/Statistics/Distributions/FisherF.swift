import Foundation

/// Fisher's F distribution: cdf = I_x(d₁/2, d₂/2) with x = d₁f/(d₁f + d₂) (Abramowitz & Stegun 26.6.2) through
/// ``SpecialFunctions``' incomplete beta, both tails computed directly; quantile by Brent's method on the log tail.
/// Non-integer and infinite degrees of freedom are allowed (d₂ = ∞ is χ²(d₁)/d₁). `isValid` is false for a
/// df ≤ 0 or NaN; every function then returns NaN.
public struct FisherF: Sendable, Equatable, Hashable {
    public let numeratorDF: Double
    public let denominatorDF: Double

    public init(numeratorDF: Double, denominatorDF: Double) {
        self.numeratorDF = numeratorDF
        self.denominatorDF = denominatorDF
    }

    public var isValid: Bool { numeratorDF > 0 && denominatorDF > 0 }

    /// P(F ≤ f); 0 for f ≤ 0; NaN for NaN f or invalid degrees of freedom.
    public func cdf(_ f: Double) -> Double {
        guard isValid, !f.isNaN else { return .nan }
        return tails(f).lower
    }

    /// P(F > f), computed directly (the ANOVA p-value); 1 for f ≤ 0; NaN for NaN f or invalid degrees of freedom.
    public func sf(_ f: Double) -> Double {
        guard isValid, !f.isNaN else { return .nan }
        return tails(f).upper
    }

    /// The p-quantile: 0 for p = 0, +∞ for p = 1, NaN for p outside [0, 1], NaN p or invalid degrees of freedom.
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        if p <= 0.5 {
            return QuantileSearch.positiveRoot(target: p, decreasing: false, initialGuess: 1) { tails($0).lower }
        }
        return QuantileSearch.positiveRoot(target: 1 - p, decreasing: true, initialGuess: 1) { tails($0).upper }
    }

    func tails(_ f: Double) -> (lower: Double, upper: Double) {
        if f <= 0 { return (0, 1) }
        if f.isInfinite { return (1, 0) }
        let d1 = numeratorDF, d2 = denominatorDF
        if d1.isInfinite && d2.isInfinite { return f < 1 ? (0, 1) : (1, 0) }
        if d2.isInfinite {
            // F = χ²(d₁)/d₁.
            return SpecialFunctions.incompleteGamma(a: d1 / 2, x: d1 * f / 2)
        }
        if d1.isInfinite {
            // F = d₂/χ²(d₂): F ≤ f ⟺ χ²(d₂) ≥ d₂/f.
            let (lower, upper) = SpecialFunctions.incompleteGamma(a: d2 / 2, x: d2 / f / 2)
            return (upper, lower)
        }
        // x = r/(1+r), y = 1/(1+r) with r = d₁f/d₂, each with full relative accuracy.
        let ratio = d1 / d2 * f
        if ratio.isInfinite { return (1, 0) }
        let x = ratio / (1 + ratio)
        let y = 1 / (1 + ratio)
        return SpecialFunctions.incompleteBeta(a: d1 / 2, b: d2 / 2, x: x, y: y)
    }
}
