/// A group's mean with its spread and t interval: what a cell of a comparison table shows, without the
/// order statistics (median, quartiles) that `Descriptives` also computes.
public struct MeanEstimate: Codable, Sendable, Equatable {
    public var count: Int
    public var mean: Double
    /// Sample standard deviation (n − 1); nil when fewer than two values.
    public var standardDeviation: Double?
    /// Standard error of the mean, s/√n; nil when fewer than two values.
    public var standardError: Double?
    /// t interval of the mean (n − 1 df); nil when fewer than two values.
    public var confidenceInterval: ConfidenceInterval?

    /// From a group's count, mean and variance. Method: t interval of a mean (Student 1908).
    public init(summary: GroupSummary, confidenceLevel: Double = 0.95) throws {
        let level = try validatedConfidenceLevel(confidenceLevel)
        count = summary.count
        mean = summary.mean
        guard summary.count > 1 else { return }
        let sd = summary.standardDeviation
        let se = sd / Double(summary.count).squareRoot()
        standardDeviation = sd
        standardError = se
        let t = StudentT(degreesOfFreedom: Double(summary.count - 1)).quantile(0.5 + level / 2)
        confidenceInterval = ConfidenceInterval(estimate: summary.mean, halfWidth: t * se, level: level)
    }

    /// From values; throws `emptyInput` when there is none. Method: corrected two-pass moments (Chan, Golub &
    /// LeVeque 1983), as `Descriptives(values:)`; t interval (Student 1908).
    public init(values: [Double], confidenceLevel: Double = 0.95) throws {
        guard !values.isEmpty else { throw StatisticsError.emptyInput(what: "mean") }
        try self.init(summary: try GroupSummary(values: values, what: "mean"), confidenceLevel: confidenceLevel)
    }
}
