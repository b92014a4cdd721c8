import Foundation

/// Confidence limits of a standardized mean difference: the noncentrality δ of the t statistic's distribution
/// T′(ν, δ), inverted at the observed t, then scaled back to the effect size.
public enum StandardizedDifference {
    /// Limits of δ with P(T′(ν, δ_L) ≤ t) = 1 − α/2 and P(T′(ν, δ_U) ≤ t) = α/2, P read as R's pnt reads it
    /// (`cdfAsR`): the series, or past ν > 4·10⁵ or |δ| > 37.62 the normal approximation, whose limits are closed-form.
    /// Method: noncentral-t interval inversion (Steiger & Fouladi 1997; Cumming & Finch 2001), as effectsize.
    public static func noncentralityInterval(t: Double, degreesOfFreedom nu: Double, level: Double = 0.95) throws
        -> (lower: Double, upper: Double) {
        _ = try validatedConfidenceLevel(level)
        guard t.isFinite else { throw StatisticsError.invalidArgument("t \(t) is not finite") }
        guard nu > 0, nu.isFinite else { throw StatisticsError.invalidArgument("degrees of freedom \(nu) are not finite and positive") }
        let tail = (1 - level) / 2
        let z = Normal.standardQuantile(1 - tail)
        let centre = t * (1 - 1 / (4 * nu)), spread = (1 + t * t / (2 * nu)).squareRoot()
        let approximate = (lower: centre - z * spread, upper: centre + z * spread)
        if nu > largeDegreesOfFreedom || min(abs(approximate.lower), abs(approximate.upper)) > seriesLimit
            && approximate.lower.sign == approximate.upper.sign {
            return approximate
        }
        let mixture = nu >= NoncentralTMixture.minimumDegreesOfFreedom ? NoncentralTMixture(degreesOfFreedom: nu) : nil
        func limit(_ probability: Double, start: Double) -> Double {
            // P(T′(ν, δ) ≤ t) falls as δ grows: g(δ) = probability − cdf rises.
            let g = { (delta: Double) -> Double in probability - cdfAsR(t, degreesOfFreedom: nu, noncentrality: delta, mixture: mixture) }
            var low = start - 1, high = start + 1, gLow = g(low), gHigh = g(high), step = 2.0
            for _ in 0..<60 where gLow > 0 { high = low; gHigh = gLow; low -= step; step *= 2; gLow = g(low) }
            for _ in 0..<60 where gHigh < 0 { low = high; gLow = gHigh; high += step; step *= 2; gHigh = g(high) }
            guard gLow <= 0, gHigh >= 0 else { return .nan }
            return QuantileSearch.brent(low: low, high: high, gLow: gLow, gHigh: gHigh, g: g)
        }
        let limits = (lower: limit(1 - tail, start: approximate.lower), upper: limit(tail, start: approximate.upper))
        guard limits.lower.isFinite, limits.upper.isFinite else {
            throw StatisticsError.invalidArgument("no noncentrality gives t = \(t) on \(nu) df")
        }
        return limits
    }

    /// R's pnt leaves its series for the normal approximation past these (src/nmath/pnt.c: df > 4e5, or δ² above
    /// 2·ln 2·1021, |δ| > 37.62), which also bounds the series' length here.
    static let largeDegreesOfFreedom = 4e5
    static let seriesLimit = (2 * log(2.0) * 1021).squareRoot()

    /// P(T′(ν, δ) ≤ t) as R's pt(t, ν, ncp = δ) computes it: exactly (Lenth's series, or the same probability by the
    /// χ mixture when one is given for ν), or past R's limits by Abramowitz & Stegun 26.7.10,
    /// Φ((t(1 − 1/(4ν)) − δ) / √(1 + t²/(2ν))). Method: Lenth (1989) AS 243 / Owen (1968) / A&S 26.7.10, as R's pnt.
    static func cdfAsR(_ t: Double, degreesOfFreedom nu: Double, noncentrality delta: Double,
                       mixture: NoncentralTMixture? = nil) -> Double {
        if nu > largeDegreesOfFreedom || abs(delta) > seriesLimit {
            return Normal.standardTails((t * (1 - 1 / (4 * nu)) - delta) / (1 + t * t / (2 * nu)).squareRoot()).lower
        }
        if let mixture { return mixture.cdf(t, noncentrality: delta) }
        return NoncentralT(degreesOfFreedom: nu, noncentrality: delta).cdf(t)
    }

    /// Cohen's d of two independent groups over their pooled SD, and Hedges' g = J(ν)·d: t = d / √(1/n₁ + 1/n₂) on
    /// ν = n₁ + n₂ − 2, limits δ·√(1/n₁ + 1/n₂) (times J for g).
    /// Method: noncentral-t inversion (Steiger & Fouladi 1997), as effectsize::cohens_d and hedges_g (pooled SD).
    public static func intervals(cohensD d: Double, counts n1: Int, _ n2: Int, level: Double = 0.95) throws
        -> (cohensD: ConfidenceInterval, hedgesG: ConfidenceInterval) {
        guard n1 >= 1, n2 >= 1, n1 + n2 >= 3 else {
            throw StatisticsError.tooFewObservations(what: "d interval", required: 2, actual: min(n1, n2))
        }
        let scale = (1 / Double(n1) + 1 / Double(n2)).squareRoot(), nu = Double(n1 + n2 - 2)
        let delta = try noncentralityInterval(t: d / scale, degreesOfFreedom: nu, level: level)
        let j = TwoSampleTTest.hedgesCorrection(degreesOfFreedom: nu)
        return (ConfidenceInterval(lower: delta.lower * scale, upper: delta.upper * scale, level: level),
                ConfidenceInterval(lower: j * delta.lower * scale, upper: j * delta.upper * scale, level: level))
    }

    /// Cohen's d_z of n paired changes (mean change over its SD): t = d_z·√n on ν = n − 1, limits δ/√n.
    /// Method: noncentral-t inversion (Steiger & Fouladi 1997; Algina & Keselman 2003), as effectsize::cohens_d(paired = TRUE).
    public static func pairedInterval(dz: Double, count n: Int, level: Double = 0.95) throws -> ConfidenceInterval {
        guard n >= 2 else { throw StatisticsError.tooFewObservations(what: "d_z interval", required: 2, actual: n) }
        let root = Double(n).squareRoot()
        let delta = try noncentralityInterval(t: dz * root, degreesOfFreedom: Double(n - 1), level: level)
        return ConfidenceInterval(lower: delta.lower / root, upper: delta.upper / root, level: level)
    }
}
