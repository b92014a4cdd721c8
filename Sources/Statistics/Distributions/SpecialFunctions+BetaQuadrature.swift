import Foundation

extension SpecialFunctions {
    /// I_limit(p, q) = ∫₀^limit t^{p−1}(1−t)^{q−1} dt / B(p, q) by adaptive Gauss–Legendre quadrature, with
    /// `complement` = 1 − limit supplied exactly. Used where the continued fraction converges slowly (near the mean
    /// with large parameters), which is also where the integrand is a well-resolved bump. Each half of [0, 1] is
    /// integrated in the variable that is small there (t below ½, 1 − t above), so nodes keep full relative accuracy,
    /// and an integrable endpoint singularity u^{α−1} (α < 1) is removed by the substitution s = u^α.
    static func betaQuadrature(p: Double, q: Double, limit: Double, complement: Double) -> Double {
        var total = smallVariableIntegral(alpha: p, beta: q, from: 0, to: min(limit, 0.5))
        if limit > 0.5 {
            // t ∈ [½, limit] is u = 1 − t ∈ [complement, ½] with the roles of p and q exchanged.
            total += smallVariableIntegral(alpha: q, beta: p, from: complement, to: 0.5)
        }
        return total
    }

    /// ∫_lo^hi u^{α−1}(1−u)^{β−1} du / B(α, β) for 0 ≤ lo < hi ≤ ½.
    private static func smallVariableIntegral(alpha: Double, beta: Double, from lo: Double, to hi: Double) -> Double {
        guard hi > lo else { return 0 }
        // Breakpoints on the scale of the beta(α, β) spread around its mode and from the lower end, so the adaptive
        // rule starts with pieces that resolve the bump whatever its position relative to [lo, hi].
        let sum = alpha + beta
        let spread = (alpha * beta / (sum * sum * (sum + 1))).squareRoot()
        let mode = alpha > 1 ? (alpha - 1) / (sum - 2) : 0
        var points: [Double] = [lo, hi]
        for k in 0...6 {
            let offset = spread * Double(1 << k)
            points += [mode - offset, mode + offset, lo + offset, lo + offset / 16]
        }
        points.append(mode)
        let breakpoints = Array(Set(points.filter { $0 >= lo && $0 <= hi })).sorted()
        let integrator = AdaptiveGaussLegendre.standard
        if alpha < 1 {
            // s = u^α turns u^{α−1} du into ds/α; the integrand (1−u)^{β−1}/(α B) is then smooth in s.
            let logScale = -logBeta(alpha, beta) - log(alpha)
            let inverse = 1 / alpha
            return integrator.integrate(
                { s in
                    let u = pow(s, inverse)
                    return exp((beta - 1) * log1p(-u) + logScale)
                },
                breakpoints: breakpoints.map { pow($0, alpha) },
                absoluteTolerance: 1e-300, relativeTolerance: 1e-9)
        }
        return integrator.integrate(
            { u in
                if u <= 0 { return 0 }
                return betaPowerTerm(a: alpha, b: beta, x: u, y: 1 - u) / (u * (1 - u))
            },
            breakpoints: breakpoints, absoluteTolerance: 1e-300, relativeTolerance: 1e-9)
    }
}
