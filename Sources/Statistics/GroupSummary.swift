/// The sufficient statistics of one group for mean comparisons: count, mean and sample variance (n − 1).
/// Every comparison of means (t tests, ANOVA, post hoc) can be computed from these alone,
/// so a dataset is read once and the tests run on summaries.
public struct GroupSummary: Codable, Sendable, Equatable {
    public var count: Int
    public var mean: Double
    /// Sample variance with n − 1 in the denominator; 0 when count < 2.
    public var variance: Double

    public init(count: Int, mean: Double, variance: Double) {
        self.count = count
        self.mean = mean
        self.variance = variance
    }

    public var standardDeviation: Double { variance.squareRoot() }
    /// Sum of squared deviations from the group mean, (n − 1)·s².
    public var sumOfSquares: Double { count > 1 ? Double(count - 1) * variance : 0 }
}
