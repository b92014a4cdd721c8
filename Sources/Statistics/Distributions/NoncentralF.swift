import Foundation

/// The noncentral F distribution F′(d₁, d₂, λ) as a Poisson mixture of incomplete beta functions:
/// P(F′ ≤ f) = Σⱼ Pois(j; λ/2) I_x(d₁/2 + j, d₂/2), x = d₁f/(d₁f + d₂) (Johnson, Kotz & Balakrishnan 1995, 30.3),
/// each tail summed directly (absolute accuracy ~1e-15). `isValid` is false unless d₁, d₂ > 0 finite and λ ≥ 0.
public struct NoncentralF: Sendable, Equatable, Hashable {
    public let numeratorDF: Double
    public let denominatorDF: Double
    public let noncentrality: Double

    public init(numeratorDF: Double, denominatorDF: Double, noncentrality: Double) {
        self.numeratorDF = numeratorDF
        self.denominatorDF = denominatorDF
        self.noncentrality = noncentrality
    }

    public var isValid: Bool {
        numeratorDF > 0 && denominatorDF > 0 && numeratorDF.isFinite && denominatorDF.isFinite
            && noncentrality >= 0 && noncentrality.isFinite
    }

    /// P(F′ ≤ f); NaN for NaN f or invalid parameters. Method: Poisson mixture of I_x(d₁/2 + j, d₂/2).
    public func cdf(_ f: Double) -> Double {
        guard isValid, !f.isNaN else { return .nan }
        return tails(f).lower
    }

    /// P(F′ > f) summed directly (the power of an F test); NaN for NaN f or invalid parameters.
    /// Method: Poisson mixture of 1 − I_x(d₁/2 + j, d₂/2).
    public func sf(_ f: Double) -> Double {
        guard isValid, !f.isNaN else { return .nan }
        return tails(f).upper
    }

    func tails(_ f: Double) -> (lower: Double, upper: Double) {
        if f <= 0 { return (0, 1) }
        if f.isInfinite { return (1, 0) }
        let d1 = numeratorDF, d2 = denominatorDF
        let ratio = d1 / d2 * f
        let x = ratio / (1 + ratio), y = 1 / (1 + ratio)
        let mu = noncentrality / 2
        let lower = PoissonMixture.sum(mean: mu) { j in
            SpecialFunctions.incompleteBeta(a: d1 / 2 + j, b: d2 / 2, x: x, y: y).lower
        }
        let upper = PoissonMixture.sum(mean: mu) { j in
            SpecialFunctions.incompleteBeta(a: d1 / 2 + j, b: d2 / 2, x: x, y: y).upper
        }
        return (min(1, max(0, lower)), min(1, max(0, upper)))
    }

    /// The noncentrality λ ≥ 0 at which P(F′(d₁, d₂, λ) ≤ f) equals `probability`: 0 when already the central F
    /// has cdf(f) ≤ probability (the cdf falls as λ grows). Method: bracketing and Brent's root search in λ
    /// (Steiger & Fouladi 1997, confidence interval inversion).
    public static func noncentrality(forCDF probability: Double, at f: Double,
                                     numeratorDF d1: Double, denominatorDF d2: Double) -> Double {
        guard probability > 0, probability < 1, f >= 0, d1 > 0, d2 > 0 else { return .nan }
        let central = NoncentralF(numeratorDF: d1, denominatorDF: d2, noncentrality: 0)
        if central.tails(f).lower <= probability { return 0 }
        // cdf(λ) falls from cdf(0) > probability towards 0: bracket by doubling (λ ≤ 10⁹), then Brent on cdf − target.
        func g(_ lambda: Double) -> Double {
            probability - NoncentralF(numeratorDF: d1, denominatorDF: d2, noncentrality: lambda).tails(f).lower
        }
        var low = 0.0, high = max(1, d1 * f)
        var gLow = g(low) , gHigh = g(high)
        while gHigh < 0 {
            guard high < 1e9 else { return .infinity }
            low = high; gLow = gHigh
            high *= 2
            gHigh = g(high)
        }
        return QuantileSearch.brent(low: low, high: high, gLow: gLow, gHigh: gHigh, g: g)
    }
}
