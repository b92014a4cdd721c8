/// Streaming count, mean and sum of squared deviations of one variable, mergeable across shards.
/// Method: Welford (1962) updates; Chan, Golub & LeVeque (1979) pairwise merge.
public struct MomentAccumulator: Codable, Sendable, Equatable {
    public private(set) var count: Int = 0
    public private(set) var mean: Double = 0
    /// Σ (x − mean)², the second central co-moment of the variable with itself.
    public private(set) var sumOfSquaredDeviations: Double = 0
    /// nil while empty (an infinite sentinel would not survive JSON encoding).
    public private(set) var minimum: Double?
    public private(set) var maximum: Double?

    /// An empty accumulator. Method: Welford (1962) state.
    public init() {}

    /// Accumulates all values of a sequence; throws on NaN or infinity (missing values are left out by the caller).
    /// Method: Welford (1962) updates.
    public init<S: Sequence>(_ values: S) throws where S.Element == Double {
        for value in values { try add(value) }
    }

    /// Adds one observation. Method: Welford (1962), Technometrics 4, 419–420.
    public mutating func add(_ value: Double) throws {
        guard value.isFinite else { throw StatisticsError.nonFiniteValue(what: "accumulated values", index: count) }
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        sumOfSquaredDeviations += delta * (value - mean)
        minimum = Swift.min(minimum ?? value, value)
        maximum = Swift.max(maximum ?? value, value)
    }

    /// Merges another shard so that the result describes the concatenated data.
    /// Method: Chan, Golub & LeVeque (1979) pairwise update of mean and M2.
    public mutating func merge(_ other: MomentAccumulator) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let total = count + other.count
        let delta = other.mean - mean
        let weightOther = Double(other.count) / Double(total)
        mean += delta * weightOther
        sumOfSquaredDeviations += other.sumOfSquaredDeviations
            + delta * delta * Double(count) * weightOther
        count = total
        if let low = other.minimum { minimum = Swift.min(minimum ?? low, low) }
        if let high = other.maximum { maximum = Swift.max(maximum ?? high, high) }
    }

    /// The shard that describes `self` followed by `other`. Method: Chan, Golub & LeVeque (1979).
    public func merged(with other: MomentAccumulator) -> MomentAccumulator {
        var copy = self
        copy.merge(other)
        return copy
    }

    public var sum: Double { mean * Double(count) }
    /// Sample variance (n − 1); 0 when fewer than two values, as `GroupSummary` documents.
    public var variance: Double { count > 1 ? sumOfSquaredDeviations / Double(count - 1) : 0 }

    /// The sufficient statistics for mean comparisons. Method: Welford (1962) moments.
    public var summary: GroupSummary { GroupSummary(count: count, mean: mean, variance: variance) }
}
