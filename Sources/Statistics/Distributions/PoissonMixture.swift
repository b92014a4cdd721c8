import Foundation

/// Poisson weights e^{−μ} μʲ / j! with full relative accuracy for large μ and j, and the mixture sums of the
/// noncentral distributions taken outward from the mode until the remaining Poisson mass cannot matter.
enum PoissonMixture {
    /// log(e^{−μ} μʲ / j!) by the deviance form j·log1pmx(μ/j − 1) − ½ log(2πj) − δ(j) for j ≥ 10
    /// (Loader 2000), so no large terms cancel. Method: Stirling's series for log Γ(j + 1).
    static func logWeight(_ j: Double, mean mu: Double) -> Double {
        if j == 0 { return -mu }
        if j < 10 { return j * log(mu) - mu - SpecialFunctions.logGamma(j + 1) }
        return j * SpecialFunctions.log1pMinusX(mu / j - 1) - 0.5 * log(2 * Double.pi * j)
            - SpecialFunctions.stirlingCorrection(j)
    }

    /// Σⱼ w(j; μ)·term(j), summed from the mode outward until the Poisson mass left on a side is below 1e-17 of
    /// the sum so far (terms are bounded by `bound`, 1 for probabilities). Method: Poisson mixture, two-sided sweep.
    static func sum(mean mu: Double, bound: Double = 1, _ term: (Double) -> Double) -> Double {
        if mu == 0 { return term(0) }
        guard mu < 1e15 else { return .nan }  // j + 1 would no longer move
        let mode = mu.rounded(.down)
        var total = 0.0
        var mass = 0.0
        // Upward from the mode.
        var j = mode
        while true {
            let w = exp(logWeight(j, mean: mu))
            total += w * term(j)
            mass += w
            // The mass above j is below w·μ/(j + 1 − μ) once j + 1 > μ (geometric bound).
            let remaining = w * mu / max(j + 1 - mu, 1)
            if remaining * bound <= 1e-17 * max(abs(total), 1e-300) || w == 0 && j > mu { break }
            j += 1
        }
        // Downward from the mode.
        j = mode - 1
        while j >= 0 {
            let w = exp(logWeight(j, mean: mu))
            total += w * term(j)
            mass += w
            // The mass below j is below w·j/(μ − j + 1).
            let remaining = w * j / max(mu - j + 1, 1)
            if remaining * bound <= 1e-17 * max(abs(total), 1e-300) { break }
            j -= 1
        }
        return total
    }
}
