import Foundation

/// Power and sample size of a t test, as R's power.t.test.
public enum TTestPower {
    public enum Design: String, Codable, Sendable {
        /// One sample, or paired (n pairs, sd of the differences): ν = n − 1, ncp = √n·δ/σ.
        case oneSample
        /// Two independent samples of n each: ν = 2(n − 1), ncp = √(n/2)·δ/σ.
        case twoSample
    }

    public enum Alternative: String, Codable, Sendable { case twoSided, oneSided }

    /// P(reject) for n per group (or pairs), difference `delta`, standard deviation `sd`, level `alpha`.
    /// `strict` adds the rejection in the wrong direction for a two-sided test (R's strict = TRUE; default FALSE).
    /// Method: noncentral t power, P(T′(ν, ncp) > t_{1−α/s, ν}) (Cohen 1988, ch. 2), as R's power.t.test.
    public static func power(n: Double, delta: Double, sd: Double = 1, alpha: Double = 0.05,
                             design: Design, alternative: Alternative = .twoSided, strict: Bool = false) -> Double {
        guard n > 1, sd > 0, alpha > 0, alpha < 1, delta.isFinite else { return .nan }
        let groups: Double = design == .oneSample ? 1 : 2
        let nu = (n - 1) * groups
        let ncp = (n / groups).squareRoot() * delta / sd
        let sides: Double = alternative == .twoSided ? 2 : 1
        let critical = StudentT(degreesOfFreedom: nu).quantile(1 - alpha / sides)
        var result = NoncentralT(degreesOfFreedom: nu, noncentrality: ncp).sf(critical)
        if strict && alternative == .twoSided {
            result += NoncentralT(degreesOfFreedom: nu, noncentrality: ncp).cdf(-critical)
        }
        return result
    }

    /// The n (per group, or pairs; not rounded) giving `power`, searched on [2, 10⁷] as R does; nil when even
    /// 10⁷ is not enough or 2 already exceeds it. Method: Brent's root of power(n) − target, as R's power.t.test.
    public static func sampleSize(delta: Double, sd: Double = 1, alpha: Double = 0.05, power target: Double,
                                  design: Design, alternative: Alternative = .twoSided, strict: Bool = false) -> Double? {
        guard target > 0, target < 1, delta != 0 else { return nil }
        // The normal-approximation n as a start: the bracket then stays where ncp is moderate.
        let z = Normal.standardQuantile(1 - alpha / (alternative == .twoSided ? 2 : 1)) + Normal.standardQuantile(target)
        let start = (design == .oneSample ? 1 : 2) * pow(z * sd / delta, 2)
        return root(start: start, low: 2, high: 1e7) {
            power(n: $0, delta: abs(delta), sd: sd, alpha: alpha, design: design, alternative: alternative, strict: strict) - target
        }
    }

    /// The smallest difference δ > 0 detected with `power` by n per group (or pairs), searched on [σ·10⁻⁷, σ·10⁷]
    /// as R does. Method: Brent's root of power(δ) − target, as R's power.t.test(delta = NULL).
    public static func detectableDifference(n: Double, sd: Double = 1, alpha: Double = 0.05, power target: Double,
                                            design: Design, alternative: Alternative = .twoSided,
                                            strict: Bool = false) -> Double? {
        guard target > 0, target < 1, n > 1 else { return nil }
        let z = Normal.standardQuantile(1 - alpha / (alternative == .twoSided ? 2 : 1)) + Normal.standardQuantile(target)
        let start = z * sd * ((design == .oneSample ? 1 : 2) / n).squareRoot()
        return root(start: start, low: sd * 1e-7, high: sd * 1e7) {
            power(n: n, delta: $0, sd: sd, alpha: alpha, design: design, alternative: alternative, strict: strict) - target
        }
    }

    /// Brent's zeroin of an increasing function on [low, high], bracketed from `start` by halving and doubling so that
    /// the far ends (where the noncentral series is long) are evaluated only when needed; nil without a sign change.
    static func root(start: Double, low: Double, high: Double, _ f: (Double) -> Double) -> Double? {
        var a = min(max(start.isFinite ? start : low, low), high)
        var fa = f(a)
        var b = a, fb = fa
        guard fa.isFinite else { return nil }
        if fa > 0 {
            while fa > 0 {
                guard a > low else { return fa == 0 ? a : nil }
                b = a; fb = fa
                a = max(a / 2, low)
                fa = f(a)
            }
        } else {
            while fb < 0 {
                guard b < high else { return nil }
                a = b; fa = fb
                b = min(b * 2, high)
                fb = f(b)
            }
        }
        if fa == 0 { return a }
        if fb == 0 { return b }
        return QuantileSearch.brent(low: a, high: b, gLow: fa, gHigh: fb, g: f)
    }
}

extension TTestPower {
    /// Power of the two-sample t test with n₁ and n₂ values: ν = n₁ + n₂ − 2, ncp = (δ/σ)·√(n₁n₂/(n₁ + n₂)); equals
    /// `power(n:design: .twoSample)` when n₁ = n₂. Method: noncentral t power (Cohen 1988, ch. 2).
    public static func power(sizes n1: Double, _ n2: Double, delta: Double, sd: Double = 1, alpha: Double = 0.05,
                             alternative: Alternative = .twoSided) -> Double {
        guard n1 >= 1, n2 >= 1, n1 + n2 > 2, sd > 0, alpha > 0, alpha < 1, delta.isFinite else { return .nan }
        let nu = n1 + n2 - 2
        let ncp = (n1 * n2 / (n1 + n2)).squareRoot() * delta / sd
        let critical = StudentT(degreesOfFreedom: nu).quantile(1 - alpha / (alternative == .twoSided ? 2 : 1))
        return NoncentralT(degreesOfFreedom: nu, noncentrality: ncp).sf(critical)
    }

    /// The smallest δ > 0 detected with `power` by groups of n₁ and n₂. Method: Brent's root of power(δ) − target.
    public static func detectableDifference(sizes n1: Double, _ n2: Double, sd: Double = 1, alpha: Double = 0.05,
                                            power target: Double, alternative: Alternative = .twoSided) -> Double? {
        guard target > 0, target < 1, n1 >= 1, n2 >= 1, n1 + n2 > 2 else { return nil }
        let z = Normal.standardQuantile(1 - alpha / (alternative == .twoSided ? 2 : 1)) + Normal.standardQuantile(target)
        return root(start: z * sd * (1 / n1 + 1 / n2).squareRoot(), low: sd * 1e-7, high: sd * 1e7) {
            power(sizes: n1, n2, delta: $0, sd: sd, alpha: alpha, alternative: alternative) - target
        }
    }
}
