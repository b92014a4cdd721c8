import Foundation

/// The noncentral t distribution T′(ν, δ): for t ≥ 0, P(T′ ≤ t) = Φ(−δ) + ½ Σⱼ [pⱼ I_x(j + ½, ν/2) + qⱼ I_x(j + 1, ν/2)]
/// with x = t²/(t² + ν), pⱼ = Pois(j; δ²/2), qⱼ = δ e^{−δ²/2}(δ²/2)ʲ/(√2 Γ(j + 3/2)) (Lenth 1989, AS 243, as R's pnt),
/// summed from the mode outward; t < 0 by P(T′(ν, δ) ≤ t) = P(T′(ν, −δ) ≥ −t). `isValid` is false unless ν > 0 finite
/// and δ finite.
public struct NoncentralT: Sendable, Equatable, Hashable {
    public let degreesOfFreedom: Double
    public let noncentrality: Double

    public init(degreesOfFreedom: Double, noncentrality: Double) {
        self.degreesOfFreedom = degreesOfFreedom
        self.noncentrality = noncentrality
    }

    public var isValid: Bool { degreesOfFreedom > 0 && degreesOfFreedom.isFinite && noncentrality.isFinite }

    /// P(T′ ≤ t); NaN for NaN t or invalid parameters. Method: Lenth (1989) AS 243 series.
    public func cdf(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        return tails(t).lower
    }

    /// P(T′ > t) (the power of a t test); NaN for NaN t or invalid parameters. Method: Lenth (1989) AS 243 series.
    public func sf(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        return tails(t).upper
    }

    func tails(_ t: Double) -> (lower: Double, upper: Double) {
        if t.isInfinite { return t > 0 ? (1, 0) : (0, 1) }
        if t < 0 {
            let mirrored = NoncentralT(degreesOfFreedom: degreesOfFreedom, noncentrality: -noncentrality).tails(-t)
            return (mirrored.upper, mirrored.lower)
        }
        let delta = noncentrality, nu = degreesOfFreedom
        // P(T′ ≤ 0) = Φ(−δ); the series adds P(0 < T′ ≤ t).
        let atZero = Normal.standardTails(-delta)
        if t == 0 { return (atZero.lower, atZero.upper) }
        let ratio = t / nu.squareRoot()
        let squared = ratio * ratio
        let x = squared / (1 + squared), y = 1 / (1 + squared)
        let mu = delta * delta / 2
        let series: Double
        if mu == 0 {
            series = SpecialFunctions.incompleteBeta(a: 0.5, b: nu / 2, x: x, y: y).lower
        } else {
            // qⱼ/pⱼ = δ Γ(j + 1)/(√2 Γ(j + 3/2)): log of Γ(j + 1)/Γ(j + 3/2) computed stably.
            let sign: Double = delta < 0 ? -1 : 1
            let logRoot = 0.5 * log(mu)
            series = PoissonMixture.sum(mean: mu) { j in
                let even = SpecialFunctions.incompleteBeta(a: j + 0.5, b: nu / 2, x: x, y: y).lower
                let odd = SpecialFunctions.incompleteBeta(a: j + 1, b: nu / 2, x: x, y: y).lower
                let factor = exp(logRoot + Self.logGammaRatioHalf(j))
                return even + sign * factor * odd
            }
        }
        // The series is P(0 < T′ ≤ t)·2 − …: lower = Φ(−δ) + ½·series.
        let lower = atZero.lower + 0.5 * series
        let clamped = min(1, max(0, lower))
        // The upper tail as 1 − lower keeps absolute accuracy, which is what power needs.
        return (clamped, 1 - clamped)
    }

    /// log Γ(j + 1) − log Γ(j + 3/2), accurate for large j.
    static func logGammaRatioHalf(_ j: Double) -> Double {
        if j + 1 >= 10 { return SpecialFunctions.logGammaRatio(j + 1, plus: 0.5) }
        return SpecialFunctions.logGamma(j + 1) - SpecialFunctions.logGamma(j + 1.5)
    }
}
