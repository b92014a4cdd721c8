import Foundation

extension SpecialFunctions {
    /// P(a, x) = γ(a, x) / Γ(a), by the power series for x < a + 1 and Legendre's continued fraction (modified Lentz)
    /// otherwise, with a Stirling-deviance prefactor for large a (Numerical Recipes §6.2; Temme's scaling).
    /// Returns NaN when a ≤ 0 or an argument is NaN; 0 for x ≤ 0 and 1 for x = +∞.
    public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        guard !x.isNaN, a > 0 else { return .nan }
        return incompleteGamma(a: a, x: x).lower
    }

    /// Q(a, x) = 1 − P(a, x), computed directly (never as a difference), same method and conventions as
    /// ``regularizedGammaP(_:_:)``: NaN for invalid parameters, 1 for x ≤ 0, 0 for x = +∞.
    public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
        guard !x.isNaN, a > 0 else { return .nan }
        return incompleteGamma(a: a, x: x).upper
    }

    /// Both tails (P, Q) for a > 0; each small tail is computed directly.
    static func incompleteGamma(a: Double, x: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        if x.isInfinite { return (1, 0) }
        if a.isInfinite { return (0, 1) }
        if x < a + 1 {
            let lower = gammaSeries(a: a, x: x)
            if lower > 0.75, x > 0.5 {
                // The upper tail is small: the continued fraction gives it without cancellation when it converges.
                let upper = gammaContinuedFraction(a: a, x: x, maxIterations: 4000)
                if upper.converged && upper.value < 0.5 { return (1 - upper.value, upper.value) }
            }
            return (lower, 1 - lower)
        }
        let upper = gammaContinuedFraction(a: a, x: x, maxIterations: iterationLimit(a)).value
        return (1 - upper, upper)
    }

    private static func iterationLimit(_ a: Double) -> Int {
        20_000 + Int(min(2_000_000, 40 * a.squareRoot()))
    }

    /// log(xᵃ e⁻ˣ / Γ(a + 1)); for a ≥ 10 as a·log1pmx((x − a)/a) − log √(2πa) − δ(a), free of cancellation.
    static func logGammaPowerTerm(a: Double, x: Double) -> Double {
        if a >= 10 {
            let e = (x - a) / a
            // Near e = −1 the rounding of e would swamp log(1 + e): take log(x/a) directly there.
            let core = e < -0.5 ? a * log(x / a) - (x - a) : a * log1pMinusX(e)
            return core - 0.5 * log(2 * Double.pi * a) - stirlingCorrection(a)
        }
        return a * log(x) - x - logGamma(a + 1)
    }

    /// P(a, x) = xᵃ e⁻ˣ / Γ(a+1) · Σₙ xⁿ / ((a+1)…(a+n)); all terms positive, so no cancellation.
    private static func gammaSeries(a: Double, x: Double) -> Double {
        let logFront = logGammaPowerTerm(a: a, x: x)
        if logFront < -760 { return 0 }
        var term = 1.0
        var sum = 1.0
        var denominator = a
        for _ in 0..<iterationLimit(a) {
            denominator += 1
            term *= x / denominator
            sum += term
            // Stop when the geometric bound on the remaining terms, term·x/(n+1+a−x), is negligible.
            if denominator + 1 > x && term * x < sum * 1e-17 * (denominator + 1 - x) { break }
        }
        return min(1, exp(logFront) * sum)
    }

    /// Q(a, x) = xᵃ e⁻ˣ / Γ(a) · 1/(x+1−a− 1(1−a)/(x+3−a− 2(2−a)/(x+5−a− …))), modified Lentz.
    private static func gammaContinuedFraction(a: Double, x: Double, maxIterations: Int) -> (value: Double, converged: Bool) {
        let logFront = logGammaPowerTerm(a: a, x: x) + log(a)
        if logFront < -760 { return (0, true) }
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var result = d
        var converged = false
        var n = 1.0
        for _ in 0..<maxIterations {
            let an = -n * (n - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < 3e-16 { converged = true; break }
            n += 1
        }
        return (min(1, exp(logFront) * result), converged)
    }
}
