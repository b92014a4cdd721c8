/// Answers of one group to one item on an integer scale 1...P, kept as counts per scale point.
/// Every statistic of the module that depends only on the multiset of values (mean, variance, quantiles, ranks)
/// is computed from these counts exactly, in O(P), and merging shards gives the counts of the concatenated data.
/// Method: frequency-table (grouped data) formulas; exact integer moments.
public struct ScaleCounts: Codable, Sendable, Equatable {
    /// The number of scale points P; answers are 1...P.
    public let points: Int
    /// counts[k − 1] is the number of answers k.
    public private(set) var counts: [Int]

    /// An empty frequency table of a scale 1...points. Method: frequency table.
    public init(points: Int) throws {
        guard points >= 1 else { throw StatisticsError.invalidArgument("a scale needs at least one point, got \(points)") }
        self.points = points
        counts = Array(repeating: 0, count: points)
    }

    /// A frequency table from its counts per point (counts[k − 1] answers k). Method: frequency table.
    public init(points: Int, counts: [Int]) throws {
        try self.init(points: points)
        guard counts.count == points else {
            throw StatisticsError.mismatchedLengths(what: "counts per scale point", expected: points, actual: counts.count)
        }
        guard counts.allSatisfy({ $0 >= 0 }) else { throw StatisticsError.invalidArgument("negative count") }
        self.counts = counts
    }

    /// Tabulates a sequence of answers 1...P. Method: frequency table.
    public init<S: Sequence>(points: Int, answers: S) throws where S.Element == Int {
        try self.init(points: points)
        for answer in answers { try add(answer) }
    }

    /// Counts `times` more answers `answer`. Method: frequency table.
    public mutating func add(_ answer: Int, times: Int = 1) throws {
        guard (1...points).contains(answer) else { throw StatisticsError.valueOutsideScale(value: answer, points: points) }
        guard times >= 0 else { throw StatisticsError.invalidArgument("negative count") }
        counts[answer - 1] += times
    }

    /// Adds the counts of another shard of the same scale. Method: sum of frequency tables.
    public mutating func merge(_ other: ScaleCounts) throws {
        guard other.points == points else {
            throw StatisticsError.mismatchedLengths(what: "merged scale", expected: points, actual: other.points)
        }
        for index in counts.indices { counts[index] += other.counts[index] }
    }

    /// Method: sum of frequency tables.
    public func merged(with other: ScaleCounts) throws -> ScaleCounts {
        var copy = self
        try copy.merge(other)
        return copy
    }

    public var total: Int { counts.reduce(0, +) }
    /// Σ k·c_k, exact.
    public var sum: Int { counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element } }
    /// Σ k²·c_k, exact.
    public var sumOfSquares: Int { counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * ($1.offset + 1) * $1.element } }

    /// Mean, exact up to one rounding; nil when there is no answer.
    public var mean: Double? { total > 0 ? Double(sum) / Double(total) : nil }

    /// Σ c_k (k − mean)², from the integer identity n·Σk² − (Σk)² (one rounding) when it fits in 64 bits.
    public var sumOfSquaredDeviations: Double {
        let n = total
        guard n > 1 else { return 0 }
        let (a, overflowA) = n.multipliedReportingOverflow(by: sumOfSquares)
        let (b, overflowB) = sum.multipliedReportingOverflow(by: sum)
        if !overflowA && !overflowB { return Double(a - b) / Double(n) }
        let m = Double(sum) / Double(n)
        return counts.enumerated().reduce(0.0) { $0 + Double($1.element) * (Double($1.offset + 1) - m) * (Double($1.offset + 1) - m) }
    }

    /// Sample variance (n − 1); 0 when fewer than two answers, as `GroupSummary` documents.
    public var variance: Double { total > 1 ? sumOfSquaredDeviations / Double(total - 1) : 0 }

    /// Count, mean and variance for the mean comparisons; mean 0 when empty. Method: exact integer moments.
    public var summary: GroupSummary { GroupSummary(count: total, mean: mean ?? 0, variance: variance) }

    public var minimum: Int? { counts.firstIndex(where: { $0 > 0 }).map { $0 + 1 } }
    public var maximum: Int? { counts.lastIndex(where: { $0 > 0 }).map { $0 + 1 } }

    /// The answer of 1-based rank `rank` in ascending order (rank clamped to 1...total); nil when empty.
    /// Method: cumulative frequencies.
    public func orderStatistic(_ rank: Int) -> Int? {
        let n = total
        guard n > 0 else { return nil }
        let wanted = Swift.min(Swift.max(rank, 1), n)
        var cumulative = 0
        for (index, count) in counts.enumerated() {
            cumulative += count
            if cumulative >= wanted { return index + 1 }
        }
        return points
    }

    /// Sample quantile of the answers. Method: Hyndman & Fan (1996) definitions, as R's quantile(type = 6 or 7).
    public func quantile(_ probability: Double, method: QuantileMethod = .type7) throws -> Double {
        let n = total
        guard n > 0 else { throw StatisticsError.emptyInput(what: "scale counts") }
        return try method.quantile(probability, count: n) { Double(orderStatistic($0)!) }
    }

    /// Midrank of each scale point within these counts (ties share the mean of their ranks); 0 for an empty point.
    /// Method: midranks from cumulative frequencies (Kruskal & Wallis 1952).
    public var midranks: [Double] {
        var below = 0
        return counts.map { count in
            defer { below += count }
            return count > 0 ? Double(below) + Double(count + 1) / 2 : 0
        }
    }

    /// Count, mean and variance of |k − center| over the answers, the transformed data of Levene-type tests.
    /// Method: Levene (1960) absolute deviations on a frequency table.
    public func absoluteDeviationSummary(from center: Double) -> GroupSummary {
        let n = total
        guard n > 0 else { return GroupSummary(count: 0, mean: 0, variance: 0) }
        var sum = 0.0
        for (index, count) in counts.enumerated() where count > 0 { sum += Double(count) * abs(Double(index + 1) - center) }
        let mean = sum / Double(n)
        var squares = 0.0
        for (index, count) in counts.enumerated() where count > 0 {
            let d = abs(Double(index + 1) - center) - mean
            squares += Double(count) * d * d
        }
        return GroupSummary(count: n, mean: mean, variance: n > 1 ? squares / Double(n - 1) : 0)
    }
}
