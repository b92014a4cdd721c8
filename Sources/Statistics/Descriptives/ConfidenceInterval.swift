/// A two-sided confidence interval with its confidence level (e.g. 0.95).
public struct ConfidenceInterval: Codable, Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var level: Double

    /// Method: two-sided interval (Neyman 1937).
    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// estimate ± quantile·standardError. Method: Wald-type interval with a t (or normal) quantile.
    init(estimate: Double, halfWidth: Double, level: Double) {
        self.init(lower: estimate - halfWidth, upper: estimate + halfWidth, level: level)
    }
}

/// Checks a confidence level lies strictly inside (0, 1).
func validatedConfidenceLevel(_ level: Double) throws -> Double {
    guard level > 0, level < 1 else { throw StatisticsError.invalidArgument("confidence level \(level) outside (0, 1)") }
    return level
}

/// Rejects NaN and infinities: missing values are left out by the caller, never encoded as NaN.
func validatedFinite(_ values: [Double], what: String) throws -> [Double] {
    if let bad = values.firstIndex(where: { !$0.isFinite }) { throw StatisticsError.nonFiniteValue(what: what, index: bad) }
    return values
}
