import Foundation

/// Confidence limits for the proportion of variance explained by a one-way ANOVA (population η², equal to the
/// population ω²), from the noncentrality λ of the F test.
public struct VarianceExplainedInterval: Codable, Sendable, Equatable {
    /// How λ is turned into a proportion of variance.
    public enum Convention: String, Codable, Sendable {
        /// λ/(λ + N), N the total count: Steiger (2004), MBESS::ci.pvaf. The default.
        case steiger
        /// λ/(λ + df₂), what effectsize 0.8 computes (η² of the F = λ/df₁).
        case effectsize
    }

    public enum Alternative: String, Codable, Sendable {
        /// Both limits at (1 − level)/2.
        case twoSided
        /// Lower limit only (at 1 − level), the upper limit is 1: effectsize's default.
        case greater
    }

    public var level: Double
    public var alternative: Alternative
    public var convention: Convention
    /// Noncentrality limits; `noncentralityUpper` is nil for `greater`.
    public var noncentralityLower: Double
    public var noncentralityUpper: Double?
    /// Limits for η² (population proportion of variance).
    public var etaSquared: ConfidenceInterval
    /// Limits for ω². Steiger: the same λ/(λ + N), since η² and ω² estimate the same population proportion
    /// f²/(1 + f²) with λ = N f². effectsize: λ*/(λ* + df₂) with λ* the limits inverted at the F of the clamped ω²
    /// estimate, F* = max(0, (F − 1)·df₂/N) (see `interval`).
    public var omegaSquared: ConfidenceInterval
}

public enum VarianceExplained {
    /// η²/ω² limits from an observed F with df₁ = k − 1, df₂ = N − k: λ_L solves P(F′(λ) ≤ F) = 1 − α/2 (1 − α for
    /// `greater`), λ_U solves it = α/2, a limit being 0 when the central F already falls short.
    /// Method: noncentral-F interval inversion (Steiger & Fouladi 1997; Steiger 2004, Psych. Methods 9, 164–182).
    public static func interval(f: Double, numeratorDF d1: Int, denominatorDF d2: Int, level: Double = 0.95,
                                alternative: VarianceExplainedInterval.Alternative = .twoSided,
                                convention: VarianceExplainedInterval.Convention = .steiger) throws
        -> VarianceExplainedInterval {
        _ = try validatedConfidenceLevel(level)
        guard d1 >= 1, d2 >= 1 else { throw StatisticsError.tooFewObservations(what: "η² interval", required: 1, actual: min(d1, d2)) }
        guard f.isFinite, f >= 0 else { throw StatisticsError.invalidArgument("F \(f) is not a finite non-negative number") }
        let df1 = Double(d1), df2 = Double(d2), n = df1 + df2 + 1
        let tail = alternative == .twoSided ? (1 - level) / 2 : 1 - level
        func limits(at f: Double) -> (lower: Double, upper: Double?) {
            (NoncentralF.noncentrality(forCDF: 1 - tail, at: f, numeratorDF: df1, denominatorDF: df2),
             alternative == .twoSided ? NoncentralF.noncentrality(forCDF: tail, at: f, numeratorDF: df1, denominatorDF: df2) : nil)
        }
        let lambda = limits(at: f)
        func share(_ lambda: Double?, _ denominator: Double) -> Double {
            guard let lambda else { return 1 }
            return lambda / (lambda + denominator)
        }
        let eta = ConfidenceInterval(lower: share(lambda.lower, convention == .steiger ? n : df2),
                                     upper: share(lambda.upper, convention == .steiger ? n : df2), level: level)
        let omega: ConfidenceInterval
        switch convention {
        case .steiger:
            omega = eta
        case .effectsize:
            // Method: effectsize 0.8.3 `.es_aov_simple`: λ limits at the F of max(0, ω²), F* = max(0, (F − 1)·df₂/N), as λ/(λ + df₂).
            let star = limits(at: max(0, (f - 1) * df2 / n))
            omega = ConfidenceInterval(lower: share(star.lower, df2), upper: share(star.upper, df2), level: level)
        }
        return VarianceExplainedInterval(
            level: level, alternative: alternative, convention: convention,
            noncentralityLower: lambda.lower, noncentralityUpper: lambda.upper, etaSquared: eta, omegaSquared: omega)
    }

    /// The same limits for an ANOVA table. Method: as `interval(f:numeratorDF:denominatorDF:)` (Steiger 2004).
    public static func interval(_ anova: OneWayANOVAResult, level: Double = 0.95,
                                alternative: VarianceExplainedInterval.Alternative = .twoSided,
                                convention: VarianceExplainedInterval.Convention = .steiger) throws
        -> VarianceExplainedInterval {
        try interval(f: anova.f, numeratorDF: anova.betweenDegreesOfFreedom, denominatorDF: anova.withinDegreesOfFreedom,
                     level: level, alternative: alternative, convention: convention)
    }
}
