import Foundation

/// P(T′(ν, δ) ≤ t) for one ν and many t, δ (a confidence interval's root search): T′ = (Z + δ)/√(V/ν) with V ~ χ²_ν,
/// so P = E[Φ(t√(V/ν) − δ)], one Gauss–Legendre sum over V whose nodes and χ² weights are computed once. Its cost
/// does not grow with δ or ν, where the Poisson series (`NoncentralT`) needs ever more incomplete beta terms.
/// For ν ≥ `minimumDegreesOfFreedom`, where χ²_ν's density is smooth enough for the rule.
struct NoncentralTMixture: Sendable {
    static let minimumDegreesOfFreedom = 50.0
    /// √(V/ν) at the nodes, and the nodes' weights × χ² density, normalised to sum 1.
    private let roots: [Double]
    private let weights: [Double]

    /// Method: Gauss–Legendre quadrature (24 panels of 20 points) over the χ²_ν quantiles 10⁻¹⁸ … 1 − 10⁻¹⁶.
    init(degreesOfFreedom nu: Double) {
        let chi = ChiSquared(degreesOfFreedom: nu)
        let low = chi.quantile(1e-18), high = chi.quantile(1 - 1e-16)
        let rule = GaussLegendreRule(order: 20), panels = 24
        let width = (high - low) / Double(panels)
        let logNormaliser = SpecialFunctions.logGamma(nu / 2) + nu / 2 * log(2.0)
        var roots: [Double] = [], weights: [Double] = []
        roots.reserveCapacity(panels * 20)
        weights.reserveCapacity(panels * 20)
        for panel in 0..<panels {
            let middle = low + (Double(panel) + 0.5) * width
            for (node, weight) in zip(rule.nodes, rule.weights) {
                let v = middle + 0.5 * width * node
                roots.append((v / nu).squareRoot())
                weights.append(weight * exp((nu / 2 - 1) * log(v) - v / 2 - logNormaliser))
            }
        }
        let total = weights.reduce(0, +)
        self.roots = roots
        self.weights = weights.map { $0 / total }
    }

    /// P(T′(ν, δ) ≤ t). Method: the χ mixture of normals (Owen 1968), by the precomputed rule.
    func cdf(_ t: Double, noncentrality delta: Double) -> Double {
        var lower = 0.0
        for index in roots.indices { lower += weights[index] * Normal.standardTails(t * roots[index] - delta).lower }
        return min(1, max(0, lower))
    }
}
