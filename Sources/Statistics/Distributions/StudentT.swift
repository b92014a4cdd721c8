import Foundation

/// Student's t distribution: tails as ½·I_x(ν/2, ½) with x = ν/(ν+t²) (Abramowitz & Stegun 26.7.1) through
/// ``SpecialFunctions``' incomplete beta; quantile by Brent's method on the log tail; ν = ∞ is the normal.
/// Non-integer ν is allowed (Welch). `isValid` is false for ν ≤ 0 or NaN; every function then returns NaN.
public struct StudentT: Sendable, Equatable, Hashable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    public var isValid: Bool { degreesOfFreedom > 0 }

    /// Beyond this ν the t tails equal the normal ones to double precision even at |t| ≈ 38.
    static let normalLimit = 1e25

    /// P(T ≤ t); NaN for NaN t or invalid ν.
    public func cdf(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if degreesOfFreedom > StudentT.normalLimit { return Normal.standardTails(t).lower }
        let (outside, inside) = tails(abs(t))
        return t < 0 ? 0.5 * outside : 0.5 + 0.5 * inside
    }

    /// P(T > t), computed directly in the upper tail; NaN for NaN t or invalid ν.
    public func sf(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if degreesOfFreedom > StudentT.normalLimit { return Normal.standardTails(t).upper }
        let (outside, inside) = tails(abs(t))
        return t > 0 ? 0.5 * outside : 0.5 + 0.5 * inside
    }

    /// P(|T| ≥ |t|), the two-sided p-value, computed directly (never as 2·(1 − cdf)); NaN for NaN t or invalid ν.
    public func twoSidedPValue(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        return tails(abs(t)).outside
    }

    /// The p-quantile: −∞ for p = 0, +∞ for p = 1, NaN for p outside [0, 1], NaN p or invalid ν.
    /// Near the median it inverts the central probability P(|T| < t) = 2|p − ½| (exact in binary), so small
    /// quantiles keep their relative accuracy.
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        let df = degreesOfFreedom
        if df > StudentT.normalLimit { return Normal.standardQuantile(p) }
        let z = Normal.standardQuantile(p)
        if df >= 1e4, abs(z) <= 5 { return Self.cornishFisher(z, degreesOfFreedom: df) }
        let guess = abs(z + (z * z * z + z) / (4 * df))
        let magnitude: Double
        if p >= 0.25 && p <= 0.75 {
            let central = 2 * abs(p - 0.5)
            magnitude = QuantileSearch.positiveRoot(target: central, decreasing: false, initialGuess: guess) {
                tails($0).inside
            }
        } else {
            let tail = min(p, 1 - p)
            magnitude = QuantileSearch.positiveRoot(target: tail, decreasing: true, initialGuess: guess) {
                0.5 * tails($0).outside
            }
        }
        return p < 0.5 ? -magnitude : magnitude
    }

    /// The quantile from the normal one by the Cornish–Fisher expansion in 1/ν (Abramowitz & Stegun 26.7.5, terms to
    /// ν⁻⁴): for ν ≥ 10⁴ and |z| ≤ 5 the omitted terms are below 1e-16 relative (checked against mpmath), and a report
    /// on a million respondents needs thousands of such quantiles.
    static func cornishFisher(_ z: Double, degreesOfFreedom nu: Double) -> Double {
        let z2 = z * z
        let g1 = z * (z2 + 1) / 4
        let g2 = z * ((5 * z2 + 16) * z2 + 3) / 96
        let g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384
        let g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160
        return z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu
    }

    /// (P(|T| ≥ t), P(|T| < t)) for t ≥ 0, both computed directly.
    func tails(_ t: Double) -> (outside: Double, inside: Double) {
        let df = degreesOfFreedom
        if df > StudentT.normalLimit {
            return (2 * Normal.standardTails(t).upper, Normal.centralProbability(t))
        }
        if t == 0 { return (1, 0) }
        if t.isInfinite { return (0, 1) }
        // x = ν/(ν+t²) and y = t²/(ν+t²) each with full relative accuracy, from r = t/√ν.
        let ratio = t / df.squareRoot()
        if ratio > 1e140 {
            // x = 1/(1+r²) ≈ r⁻² may underflow: use the leading term of I_x(ν/2, ½) = x^{ν/2} / ((ν/2) B(ν/2, ½)) · (1 + O(x)).
            let a = df / 2
            let logRatio = log(t) - 0.5 * log(df)  // r itself may overflow
            let outside = exp(-2 * a * logRatio - log(a) - SpecialFunctions.logBeta(a, 0.5))
            return (outside, 1 - outside)
        }
        let squared = ratio * ratio
        let x = 1 / (1 + squared)
        let y = squared / (1 + squared)
        let (lower, upper) = SpecialFunctions.incompleteBeta(a: df / 2, b: 0.5, x: x, y: y)
        return (lower, upper)
    }
}
