import Foundation

/// The distribution of the range of k independent standard normals (Hartley 1942):
/// P(R ≤ w) = k ∫ φ(z) [Φ(z + w) − Φ(z)]^{k−1} dz, its complement written as
/// k ∫ φ(z) A^{k−1} [1 − (1 − B/A)^{k−1}] dz with A = 1 − Φ(z), B = 1 − Φ(z + w), so neither tail cancels.
struct RangeOfNormals {
    let count: Double

    init(count: Double) { self.count = count }

    func tails(_ w: Double) -> (lower: Double, upper: Double) {
        let upper = self.upper(w)
        if upper < 0.9 { return (1 - upper, upper) }
        let lower = self.lower(w)
        return (lower, 1 - lower)
    }

    /// P(R ≤ w) integrated directly.
    func lower(_ w: Double) -> Double {
        if w <= 0 { return 0 }
        if w.isInfinite { return 1 }
        let k = count
        let value = AdaptiveGaussLegendre.standard.integrate(
            { z in
                let mass = RangeOfNormals.normalMass(from: z, to: z + w)
                if mass <= 0 { return 0 }
                return k * Normal.standardDensity(z) * exp((k - 1) * log(mass))
            },
            breakpoints: [-9.5, -3, 0, 3, 9.5],
            absoluteTolerance: 1e-300, relativeTolerance: StudentizedRange.innerTolerance)
        return min(1, max(0, value))
    }

    /// P(R > w) integrated directly; the integrand lives around z = −w/2, where the minimum of the sample sits
    /// when the range is large.
    func upper(_ w: Double) -> Double {
        if w <= 0 { return 1 }
        if w.isInfinite { return 0 }
        let k = count
        let centre = -w / 2
        let value = AdaptiveGaussLegendre.standard.integrate(
            { z in
                let above = Normal.standardTails(z).upper
                if above <= 0 { return 0 }
                let beyond = Normal.standardTails(z + w).upper
                let ratio = beyond / above
                let factor = -expm1((k - 1) * log1p(-min(ratio, 1)))
                return k * Normal.standardDensity(z) * exp((k - 1) * log(above)) * factor
            },
            breakpoints: [-9.5, -3, 0, 3, 9.5].map { $0 + centre },
            absoluteTolerance: 1e-300, relativeTolerance: StudentizedRange.innerTolerance)
        return min(1, max(0, value))
    }

    /// Φ(b) − Φ(a) for a < b, from whichever tails avoid cancellation.
    static func normalMass(from a: Double, to b: Double) -> Double {
        if a >= 0 { return Normal.standardTails(a).upper - Normal.standardTails(b).upper }
        if b <= 0 { return Normal.standardTails(b).lower - Normal.standardTails(a).lower }
        return 1 - Normal.standardTails(b).upper - Normal.standardTails(a).lower
    }
}
