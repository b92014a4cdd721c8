/// Descriptive statistics of one item or numeric variable over the respondents who answered it.
/// `scale` is present for integer-scale items (built from `ScaleCounts`).
public struct Descriptives: Codable, Sendable, Equatable {
    /// Number of answers (missing values excluded).
    public var count: Int
    public var mean: Double
    /// Sample standard deviation (n − 1); nil when fewer than two answers.
    public var standardDeviation: Double?
    /// Standard error of the mean, s/√n; nil when fewer than two answers.
    public var standardError: Double?
    /// t interval of the mean (n − 1 df); nil when fewer than two answers.
    public var confidenceInterval: ConfidenceInterval?
    public var median: Double
    public var firstQuartile: Double
    public var thirdQuartile: Double
    public var quantileMethod: QuantileMethod
    public var minimum: Double
    public var maximum: Double
    public var scale: ScaleDistribution?

    /// The distribution of answers over the points of an integer scale.
    public struct ScaleDistribution: Codable, Sendable, Equatable {
        public var points: Int
        /// counts[k − 1] answers at point k.
        public var counts: [Int]
        /// (1 + P)/2, e.g. 4.5 on an 8-point scale.
        public var midpoint: Double
        /// Percent (0–100) of answers ≤ midpoint.
        public var percentAtOrBelowMidpoint: Double
        /// Percent (0–100) of answers > midpoint.
        public var percentAboveMidpoint: Double
    }

    /// Descriptives of numeric values; throws `emptyInput` when there is none.
    /// Method: corrected two-pass moments (Chan, Golub & LeVeque 1983); quantiles per Hyndman & Fan (1996) by selection (`PartialOrder`); t interval (Student 1908).
    public init(values: [Double], confidenceLevel: Double = 0.95, quantileMethod: QuantileMethod = .type7) throws {
        guard !values.isEmpty else { throw StatisticsError.emptyInput(what: "descriptives") }
        let summary = try GroupSummary(values: values, what: "descriptives")
        var order = PartialOrder(values)
        try self.init(summary: summary, minimum: values.min()!, maximum: values.max()!,
                      confidenceLevel: confidenceLevel, quantileMethod: quantileMethod) { p in
            try quantileMethod.quantile(p, count: values.count) { order.value(atRank: $0 - 1) }
        }
    }

    /// Descriptives of values given as their distinct values and counts (scores repeat a few values many times):
    /// O(distinct values) once tabulated; throws `emptyInput` when there is none.
    /// Method: frequency-table moments (two passes over the distinct values) and quantiles (Hyndman & Fan 1996); t interval (Student 1908).
    public init(frequencies table: ValueFrequencies, confidenceLevel: Double = 0.95, quantileMethod: QuantileMethod = .type7) throws {
        let n = table.total
        guard n > 0 else { throw StatisticsError.emptyInput(what: "descriptives") }
        try self.init(summary: table.summary, minimum: table.values[0], maximum: table.values[table.values.count - 1],
                      confidenceLevel: confidenceLevel, quantileMethod: quantileMethod) { p in
            try quantileMethod.quantile(p, count: n) { table.value(at: $0 - 1) }
        }
    }

    /// Descriptives of an integer-scale item from its counts per point, exact and in O(P); throws `emptyInput` when no answer.
    /// Method: frequency-table moments and quantiles (Hyndman & Fan 1996); t interval (Student 1908).
    public init(counts: ScaleCounts, confidenceLevel: Double = 0.95, quantileMethod: QuantileMethod = .type7) throws {
        let n = counts.total
        guard n > 0 else { throw StatisticsError.emptyInput(what: "scale item descriptives") }
        try self.init(summary: counts.summary, minimum: Double(counts.minimum!), maximum: Double(counts.maximum!),
                      confidenceLevel: confidenceLevel, quantileMethod: quantileMethod) { p in
            try counts.quantile(p, method: quantileMethod)
        }
        let midpoint = Double(1 + counts.points) / 2
        let atOrBelow = counts.counts.enumerated().filter { Double($0.offset + 1) <= midpoint }.reduce(0) { $0 + $1.element }
        scale = ScaleDistribution(points: counts.points, counts: counts.counts, midpoint: midpoint,
                                  percentAtOrBelowMidpoint: 100 * Double(atOrBelow) / Double(n),
                                  percentAboveMidpoint: 100 * Double(n - atOrBelow) / Double(n))
    }

    private init(summary: GroupSummary, minimum: Double, maximum: Double, confidenceLevel: Double,
                 quantileMethod: QuantileMethod, quantile: (Double) throws -> Double) throws {
        let estimate = try MeanEstimate(summary: summary, confidenceLevel: confidenceLevel)
        count = estimate.count
        mean = estimate.mean
        standardDeviation = estimate.standardDeviation
        standardError = estimate.standardError
        confidenceInterval = estimate.confidenceInterval
        median = try quantile(0.5)
        firstQuartile = try quantile(0.25)
        thirdQuartile = try quantile(0.75)
        self.quantileMethod = quantileMethod
        self.minimum = minimum
        self.maximum = maximum
    }
}
