/// A sample as its distinct values and how often each occurs, sorted: scores and answers repeat a few values many
/// times, so that order statistics and rank tests cost O(distinct values) once the table is built (one hashing pass).
public struct ValueFrequencies: Sendable, Equatable {
    /// Distinct values in increasing order.
    public let values: [Double]
    public let counts: [Int]

    /// Throws for a NaN or infinite value. Method: counting by hashing, then sorting the distinct values.
    public init(_ sample: [Double]) throws {
        // Few distinct values (scores, answers): a small open-addressing table on the values' bits, cheaper than the
        // general dictionary; past 64 distinct values the dictionary takes over.
        var distinct: [Double] = [], tally: [Int] = []
        var slots = [Int32](repeating: -1, count: 256)
        var table: [Double: Int]?
        for (index, raw) in sample.enumerated() {
            guard raw.isFinite else { throw StatisticsError.nonFiniteValue(what: "values", index: index) }
            let value = raw == 0 ? 0 : raw
            if table != nil { table![value, default: 0] += 1; continue }
            var slot = Int(truncatingIfNeeded: (value.bitPattern &* 0x9E37_79B9_7F4A_7C15) >> 56)
            while true {
                let found = Int(slots[slot])
                if found < 0 {
                    slots[slot] = Int32(distinct.count)
                    distinct.append(value)
                    tally.append(1)
                    break
                }
                if distinct[found] == value { tally[found] += 1; break }
                slot = (slot + 1) & 255
            }
            if distinct.count > 64 { table = Dictionary(uniqueKeysWithValues: zip(distinct, tally)) }
        }
        if let table {
            let sorted = table.keys.sorted()
            values = sorted
            counts = sorted.map { table[$0]! }
        } else {
            let order = distinct.indices.sorted { distinct[$0] < distinct[$1] }
            values = order.map { distinct[$0] }
            counts = order.map { tally[$0] }
        }
    }

    public var total: Int { counts.reduce(0, +) }

    /// The sample quantile of type 7 (R's default), read from the cumulative counts. Method: Hyndman & Fan (1996) type 7.
    public func quantile(_ probability: Double) throws -> Double {
        let n = total
        guard n > 0 else { throw StatisticsError.tooFewObservations(what: "values", required: 1, actual: 0) }
        let position = Double(n - 1) * probability
        let lower = Int(position.rounded(.down)), fraction = position - Double(lower)
        let below = value(at: lower), above = fraction > 0 ? value(at: min(n - 1, lower + 1)) : below
        return below + fraction * (above - below)
    }

    /// The value of rank `index` (from 0) in the sorted sample.
    func value(at index: Int) -> Double {
        var seen = 0
        for (value, count) in zip(values, counts) {
            seen += count
            if index < seen { return value }
        }
        return values[values.count - 1]
    }

    /// Count, mean and variance (n − 1). Method: two passes over the distinct values, weighted by their counts.
    public var summary: GroupSummary {
        let n = Double(total)
        var sum = 0.0
        for (value, count) in zip(values, counts) { sum += Double(count) * value }
        let mean = n > 0 ? sum / n : 0
        var squares = 0.0
        for (value, count) in zip(values, counts) { squares += Double(count) * (value - mean) * (value - mean) }
        return GroupSummary(count: total, mean: mean, variance: total > 1 ? squares / (n - 1) : 0)
    }

    /// Count, mean and variance of |x − centre|. Method: sums over the distinct values, weighted by their counts.
    public func absoluteDeviationSummary(from centre: Double) -> GroupSummary {
        let n = Double(total)
        var sum = 0.0
        for (value, count) in zip(values, counts) { sum += Double(count) * abs(value - centre) }
        let mean = n > 0 ? sum / n : 0
        var squares = 0.0
        for (value, count) in zip(values, counts) {
            let deviation = abs(value - centre) - mean
            squares += Double(count) * deviation * deviation
        }
        return GroupSummary(count: total, mean: mean, variance: total > 1 ? squares / (n - 1) : 0)
    }

    /// The groups on one common ordinal scale: each distinct value of any group becomes its rank among all distinct
    /// values (1…d). Rank tests read only the order and the ties, so their results are those of the values.
    public static func commonScale(_ groups: [ValueFrequencies]) throws -> [ScaleCounts] {
        let all = Array(Set(groups.flatMap(\.values))).sorted()
        var point: [Double: Int] = [:]
        for (index, value) in all.enumerated() { point[value] = index }
        return try groups.map { group in
            var counts = [Int](repeating: 0, count: max(1, all.count))
            for (value, count) in zip(group.values, group.counts) { counts[point[value]!] += count }
            return try ScaleCounts(points: max(1, all.count), counts: counts)
        }
    }
}

extension VarianceHomogeneityTest {
    /// Method: Levene (1960) / Brown & Forsythe (1974) on the groups' value frequencies, O(distinct values).
    public static func test(frequencies groups: [ValueFrequencies], center: VarianceHomogeneityTestResult.Center) throws
        -> VarianceHomogeneityTestResult {
        let deviations = try groups.enumerated().map { index, table -> GroupSummary in
            guard table.total > 0 else { throw StatisticsError.tooFewObservations(what: "group \(index + 1)", required: 1, actual: 0) }
            let weighted = zip(table.values, table.counts).reduce(0.0) { $0 + $1.0 * Double($1.1) }
            let centre = center == .mean ? weighted / Double(table.total) : try table.quantile(0.5)
            return table.absoluteDeviationSummary(from: centre)
        }
        return try result(OneWayANOVA.test(deviations), center: center)
    }
}

extension KruskalWallisTest {
    /// Method: Kruskal & Wallis (1952), tie-corrected, on the groups' value frequencies (ranks from the common scale).
    public static func test(frequencies groups: [ValueFrequencies]) throws -> KruskalWallisResult {
        try test(counts: ValueFrequencies.commonScale(groups))
    }
}

extension MannWhitneyUTest {
    /// Method: Mann & Whitney (1947), tie-corrected normal approximation with continuity correction, on value
    /// frequencies (ranks from the common scale).
    public static func test(frequencies first: ValueFrequencies, _ second: ValueFrequencies) throws -> MannWhitneyUResult {
        let scale = try ValueFrequencies.commonScale([first, second])
        return try test(scale[0], scale[1])
    }
}
