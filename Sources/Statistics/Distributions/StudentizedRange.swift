import Foundation

/// The studentized range distribution (Tukey HSD, Games–Howell): P(q) = ∫ f_ν(s) W_k(qs) ds after Copenhaver &
/// Holland (1988) as in R's ptukey, but integrated by adaptive 20-point Gauss–Legendre quadrature in log s and in z
/// to ~1e-14, and with the upper tail integrated directly (1 − W_k written without cancellation) so p-values keep
/// their relative accuracy. ν = ∞ gives the range of k standard normals. `isValid` is false unless k ≥ 2 and
/// ν > 0 (both may be non-integers); every function then returns NaN.
public struct StudentizedRange: Sendable, Equatable, Hashable {
    public let groups: Double
    public let degreesOfFreedom: Double

    public init(groups: Double, degreesOfFreedom: Double) {
        self.groups = groups
        self.degreesOfFreedom = degreesOfFreedom
    }

    public var isValid: Bool { groups >= 2 && groups.isFinite && degreesOfFreedom > 0 }

    /// Above this ν the chi density of s is a spike at 1 narrower than double precision can resolve usefully.
    static let infiniteLimit = 1e15

    /// Tolerances on the 10-point error estimates of the adaptive rule; the 20-point values kept are far more
    /// accurate (about the square for these analytic integrands): against the 72 mpmath references the largest
    /// absolute error is ~1e-14.
    static let outerTolerance = 1e-7
    static let innerTolerance = 1e-6
    /// Below ν = 2 the heavy left tail of the density of log s makes the outer integral longer: a tighter estimate
    /// brings games_howell_mpmath.json (ν from 1) within 1e-12 relative; the common ν ≥ 2 keep the faster setting.
    static let lowDFOuterTolerance = 1e-9

    /// P(Q ≤ q); 0 for q ≤ 0; NaN for NaN q or invalid parameters.
    public func cdf(_ q: Double) -> Double {
        guard isValid, !q.isNaN else { return .nan }
        return tails(q).lower
    }

    /// P(Q > q), computed directly (the Tukey/Games–Howell p-value); 1 for q ≤ 0; NaN for NaN q or invalid parameters.
    public func sf(_ q: Double) -> Double {
        guard isValid, !q.isNaN else { return .nan }
        return tails(q).upper
    }

    /// The p-quantile by Brent's method on the log tail: 0 for p = 0, +∞ for p = 1, NaN for p outside [0, 1],
    /// NaN p or invalid parameters.
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        // A rough start: the range of k normals is near 2Φ⁻¹(1 − 1/(2k))·√2 … refined by the bracketing search.
        let guess = max(0.5, 2 * Normal.standardQuantile(1 - 0.5 / groups) * (p < 0.5 ? 0.7 : 1.2))
        if p <= 0.5 {
            return QuantileSearch.positiveRoot(target: p, decreasing: false, initialGuess: guess) { tails($0).lower }
        }
        return QuantileSearch.positiveRoot(target: 1 - p, decreasing: true, initialGuess: guess) { tails($0).upper }
    }

    /// (P(Q ≤ q), P(Q > q)): the smaller tail is integrated directly, the other is its complement.
    func tails(_ q: Double) -> (lower: Double, upper: Double) {
        if q <= 0 { return (0, 1) }
        if q.isInfinite { return (1, 0) }
        let range = RangeOfNormals(count: groups)
        if degreesOfFreedom > StudentizedRange.infiniteLimit {
            return range.tails(q)
        }
        // Integrate the smaller tail directly; the ν = ∞ value (one inner integral) predicts which one that is.
        // A wrong guess matters only when the computed tail is close to 1, for then its complement would lose digits.
        if range.lower(q) > 0.5 {
            let upper = mixOverScale(q) { range.upper($0) }
            if upper <= 0.9 { return (1 - upper, upper) }
            let lower = mixOverScale(q) { range.lower($0) }
            return (lower, 1 - lower)
        }
        let lower = mixOverScale(q) { range.lower($0) }
        if lower <= 0.9 { return (lower, 1 - lower) }
        let upper = mixOverScale(q) { range.upper($0) }
        return (1 - upper, upper)
    }

    /// ∫ h(y) g(q·e^y) dy, where h is the density of y = log s and s² ~ χ²_ν/ν; g is one tail of the normal range.
    /// The y range first spans h > e⁻⁶⁰·peak; a tiny result means its mass sits far out in h's tail (a deep p-value
    /// comes from small s), so the range is then widened by the result's own magnitude and the integral redone.
    private func mixOverScale(_ q: Double, _ g: (Double) -> Double) -> Double {
        let first = mixOverScale(q, drop: 60, g)
        guard first > 0, first < 1e-9 else { return first }
        return mixOverScale(q, drop: min(800, 60 - log(first)), g)
    }

    /// log u − u + 1 at u = e^{2y}: log1pmx(expm1(2y)) near y = 0, where the two terms cancel, and 2y − expm1(2y)
    /// elsewhere — log1pmx would take log(1 + e) of e = expm1(2y) ≈ −1 for small s and lose the relative accuracy
    /// of u = 1 + e (1e-7 at y = −10), which is the density's whole left tail at low ν (issue 15: 1e-8 at ν ≈ 1).
    static func logShape(_ y: Double) -> Double {
        abs(y) < 0.25 ? SpecialFunctions.log1pMinusX(expm1(2 * y)) : 2 * y - expm1(2 * y)
    }

    private func mixOverScale(_ q: Double, drop: Double, _ g: (Double) -> Double) -> Double {
        let n = degreesOfFreedom / 2
        let logNormalizer: Double
        if n >= 10 {
            logNormalizer = 0.5 * log(n) - SpecialFunctions.logSqrtTwoPi - SpecialFunctions.stirlingCorrection(n)
        } else {
            logNormalizer = n * log(n) - n - SpecialFunctions.logGamma(n)
        }
        // log h(y) = n·(log u − u + 1) + log 2 + logNormalizer with u = s² = e^{2y}; log1pmx keeps it exact near s = 1.
        func logDensity(_ y: Double) -> Double {
            n * StudentizedRange.logShape(y) + log(2.0) + logNormalizer
        }
        // The y range outside which h < e^−drop of its peak: found by bisection on each side.
        func edge(_ direction: Double) -> Double {
            var inside = 0.0, outside = direction
            for _ in 0..<200 where n * StudentizedRange.logShape(outside) > -drop {
                inside = outside
                outside *= 2
            }
            for _ in 0..<100 {
                let middle = 0.5 * (inside + outside)
                if n * StudentizedRange.logShape(middle) > -drop { inside = middle } else { outside = middle }
            }
            return outside
        }
        let low = edge(-1), high = edge(1)
        let spread = 1 / (2 * n.squareRoot())
        var breakpoints = [low]
        for k in [-128.0, -64, -32, -16, -8, -4, 0, 4, 8] {
            let point = k * spread
            if point > low && point < high { breakpoints.append(point) }
        }
        breakpoints.append(high)
        return AdaptiveGaussLegendre.standard.integrate(
            { y in
                let weight = exp(logDensity(y))
                return weight == 0 ? 0 : weight * g(q * exp(y))
            },
            breakpoints: breakpoints, absoluteTolerance: 1e-300,
            relativeTolerance: degreesOfFreedom < 2 ? StudentizedRange.lowDFOuterTolerance : StudentizedRange.outerTolerance)
    }
}
