import Foundation

/// The F approximations of the four MANOVA tests, following R's `stats:::summary.manova` term by term.
/// `q` is the hypothesis df, `dfResidual` the error df, and the eigenvalues those of E⁻¹H (all p of them).
enum ManovaApproximations {
    /// Wilks' Λ with Rao's F approximation.
    static func wilks(_ eigenvalues: [Double], q: Double, dfResidual: Double) -> MultivariateTest {
        let p = Double(eigenvalues.count)
        let lambda = eigenvalues.reduce(1) { $0 / (1 + $1) }
        let a = dfResidual - 0.5 * (p - q + 1)
        let b = (p * q - 2) / 4
        let c = p * p + q * q - 5
        let root = c > 0 ? (((p * q) * (p * q) - 4) / c).squareRoot() : 1
        let denominator = a * root - 2 * b
        let f = (Foundation.pow(lambda, -1 / root) - 1) * denominator / p / q
        return make(lambda, f, p * q, denominator)
    }

    /// Pillai's trace V = Σ λ/(1+λ).
    static func pillai(_ eigenvalues: [Double], q: Double, dfResidual: Double) -> MultivariateTest {
        let p = Double(eigenvalues.count)
        let v = eigenvalues.reduce(0) { $0 + $1 / (1 + $1) }
        let s = min(p, q)
        let n = 0.5 * (dfResidual - p - 1)
        let m = 0.5 * (abs(p - q) - 1)
        let t1 = 2 * m + s + 1
        let t2 = 2 * n + s + 1
        return make(v, (t2 / t1 * v) / (s - v), s * t1, s * t2)
    }

    /// Hotelling–Lawley trace U = Σ λ, with R's (McKeon-free) approximation.
    static func hotellingLawley(_ eigenvalues: [Double], q: Double, dfResidual: Double) -> MultivariateTest {
        let p = Double(eigenvalues.count)
        let u = eigenvalues.reduce(0, +)
        let m = 0.5 * (abs(p - q) - 1)
        let n = 0.5 * (dfResidual - p - 1)
        let s = min(p, q)
        let t1 = 2 * m + s + 1
        let t2 = 2 * (s * n + 1)
        return make(u, (t2 * u) / s / s / t1, s * t1, t2)
    }

    /// Roy's largest root θ, with the upper-bound F.
    static func roy(_ eigenvalues: [Double], q: Double, dfResidual: Double) -> MultivariateTest {
        let p = Double(eigenvalues.count)
        let theta = eigenvalues.max() ?? 0
        let t1 = max(p, q)
        let t2 = dfResidual - t1 + q
        return make(theta, (t2 * theta) / t1, t1, t2)
    }

    private static func make(_ statistic: Double, _ f: Double, _ df1: Double, _ df2: Double) -> MultivariateTest {
        // Same validity rule as R: a NaN or negative F, or a non-positive df, leaves p undefined. An infinite F
        // (Pillai's trace at its bound) has p = 0, as R's pf.
        let defined = f >= 0 && df1 > 0 && df2 > 0
        let p = defined ? FisherF(numeratorDF: df1, denominatorDF: df2).sf(f) : .nan
        return MultivariateTest(statistic: statistic, approximateF: f, numeratorDF: df1, denominatorDF: df2,
                                p: p.isNaN ? nil : p)
    }
}
