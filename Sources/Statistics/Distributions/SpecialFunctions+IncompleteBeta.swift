import Foundation

extension SpecialFunctions {
    /// I_x(a, b), the regularized incomplete beta function, by the modified Lentz continued fraction with the
    /// symmetry swap I_x(a,b) = 1 − I_{1−x}(b,a) and the cancellation-free prefactor of TOMS 708 (brcomp); where the
    /// fraction is slow or ill-conditioned (large parameters near the mean, x near 1) by adaptive Gauss–Legendre
    /// quadrature of the density. Returns NaN when a ≤ 0, b ≤ 0 or any argument is NaN; 0 for x ≤ 0, 1 for x ≥ 1.
    public static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        guard !x.isNaN, a > 0, b > 0 else { return .nan }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        return incompleteBeta(a: a, b: b, x: x, y: 1 - x).lower
    }

    /// 1 − I_x(a, b) computed directly (never as a difference), same method and conventions as
    /// ``regularizedIncompleteBeta(_:a:b:)``: NaN for invalid parameters, 1 for x ≤ 0, 0 for x ≥ 1.
    public static func regularizedIncompleteBetaComplement(_ x: Double, a: Double, b: Double) -> Double {
        guard !x.isNaN, a > 0, b > 0 else { return .nan }
        if x <= 0 { return 1 }
        if x >= 1 { return 0 }
        return incompleteBeta(a: a, b: b, x: x, y: 1 - x).upper
    }

    /// Both tails (I_x(a,b), 1 − I_x(a,b)) for 0 < x < 1 with y = 1 − x supplied by the caller, who can
    /// usually compute it without cancellation (for t and F, y comes straight from the statistic).
    static func incompleteBeta(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        if y <= 0 { return (1, 0) }
        // A degenerate parameter puts all mass at one end: b → ∞ concentrates the beta at 0, a → ∞ at 1.
        if a.isInfinite && b.isInfinite { return (x < 0.5 ? 0 : 1, x < 0.5 ? 1 : 0) }
        if b.isInfinite { return (1, 0) }
        if a.isInfinite { return (0, 1) }
        // The continued fraction converges fast on the side of the mean nearer to the evaluation point. The test
        // x(a+b+2) < a+1 is made with the smaller of x and y, since the larger may have rounded to 1.
        let direct = x <= 0.5 ? x * (a + b + 2) < a + 1 : y * (a + b + 2) > b + 1
        let (p, q, u, v) = direct ? (a, b, x, y) : (b, a, y, x)
        let near = betaTail(p: p, q: q, x: u, y: v)
        var far = 1 - near
        if near > 0.75 {
            // 1 − near would lose digits: compute the small far tail directly as well.
            let value = betaTail(p: q, q: p, x: v, y: u)
            if value.isFinite && value < 0.5 { far = value }
        }
        return direct ? (near, far) : (far, near)
    }

    /// Iterations after which the continued fraction is deemed slow: its remaining error could then exceed a few ulps
    /// (the increments shrink by a ratio r with 1 − r ~ 1/√(p+q) near the mean, so a stopped tail is ε/(1 − r)).
    static let fastFractionLimit = 300

    /// I_x(p, q) by the continued fraction when it converges fast and x is well resolved, else by quadrature of the
    /// beta density (``betaQuadrature(p:q:limit:complement:)``): near the mean with large parameters, or x close to 1
    /// with large p, exactly the regimes the fraction handles badly.
    static func betaTail(p: Double, q: Double, x: Double, y: Double) -> Double {
        // The fraction sees only x: for x near 1 its relative error in 1 − x, amplified about p-fold, would show.
        if x > 0.5 && p > 1000 {
            return min(1, betaQuadrature(p: p, q: q, limit: x, complement: y))
        }
        // Outside its region x(p+q+2) < p+1 (with slack) the fraction's terms grow and Lentz's recurrence cancels.
        let inRegion = x <= 0.5 ? x * (p + q + 2) <= 2 * (p + 1) : y * (p + q + 2) >= q - p
        let fraction = inRegion
            ? betaContinuedFraction(a: p, b: q, x: x, maxIterations: fastFractionLimit) : (value: 0, converged: false)
        if fraction.converged {
            let front = betaPowerTerm(a: p, b: q, x: x, y: y)
            return min(1, front / p * fraction.value)
        }
        return min(1, betaQuadrature(p: p, q: q, limit: x, complement: y))
    }

    /// xᵃ yᵇ / B(a, b) with y = 1 − x. For a, b ≥ 10 it uses the deviance form of TOMS 708 brcomp:
    /// √(ab / 2π(a+b)) · exp(a·log1pmx(e₁) + b·log1pmx(e₂) + Stirling corrections), so no large terms cancel.
    static func betaPowerTerm(a: Double, b: Double, x: Double, y: Double) -> Double {
        if a >= 10 && b >= 10 {
            let sum = a + b
            // x − a/(a+b) = (x·b − y·a)/(a+b); relative deviations from the mode-like point (a/(a+b), b/(a+b)).
            let numerator = x * b - y * a
            // a·log1pmx(e₁) + b·log1pmx(e₂) with e₁ = numerator/a, e₂ = −numerator/b; when an e is near −1 its
            // rounding would swamp log(1 + e), so that term is taken from log x (or log y) directly.
            let e1 = numerator / a
            let e2 = -numerator / b
            let first = e1 < -0.5 ? a * (log(x) + log1p(b / a)) - numerator : a * log1pMinusX(e1)
            let second = e2 < -0.5 ? b * (log(y) + log1p(a / b)) + numerator : b * log1pMinusX(e2)
            let exponent = first + second
            let correction = stirlingCorrection(sum) - stirlingCorrection(a) - stirlingCorrection(b)
            let scale = (a / sum * b / (2 * Double.pi)).squareRoot()
            return scale * exp(exponent + correction)
        }
        if a < 10 && b < 10 {
            // Small parameters: B(a, b) is moderate, and powers keep full relative accuracy where a log-sum
            // near −700 would lose ~1e-13 to the rounding of the exponent.
            let power = pow(x, a) * pow(y, b)
            if power > 1e-290 { return power * exp(-logBeta(a, b)) }
        }
        let logX = x < 0.5 ? log(x) : log1p(-y)
        let logY = y < 0.5 ? log(y) : log1p(-x)
        return exp(a * logX + b * logY - logBeta(a, b))
    }

    /// The continued fraction of DLMF 8.17.22 evaluated by the modified Lentz method, stopped after
    /// `maxIterations` at the latest (then `converged` is false and `value` is the last approximant).
    static func betaContinuedFraction(
        a: Double, b: Double, x: Double, maxIterations: Int
    ) -> (value: Double, converged: Bool) {
        let tiny = 1e-300
        let sum = a + b
        var c = 1.0
        var d = 1 - sum * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        var m = 1.0
        for _ in 0..<maxIterations {
            let twoM = 2 * m
            let even = m * (b - m) * x / ((a + twoM - 1) * (a + twoM))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            let odd = -(a + m) * (sum + m) * x / ((a + twoM) * (a + twoM + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < 3e-16 { return (result, true) }
            m += 1
        }
        return (result, false)
    }
}
