/// Counts per item × group × scale point for a block of integer-scale items, filled in one pass over the
/// respondents and mergeable across shards; every test of an item then runs on its `tables(item:)` in O(points).
/// Method: contingency tabulation (frequency tables per group), summed across shards.
public struct GroupedScaleCounts: Codable, Sendable, Equatable {
    public let items: Int
    public let groups: Int
    public let points: Int
    /// Flat counts, index (item · groups + group) · points + answer − 1.
    public private(set) var counts: [Int]

    /// Empty tables. Method: contingency tabulation.
    public init(items: Int, groups: Int, points: Int) throws {
        guard items >= 1, groups >= 1, points >= 1 else {
            throw StatisticsError.invalidArgument("grouped counts need at least one item, group and point")
        }
        self.items = items
        self.groups = groups
        self.points = points
        counts = Array(repeating: 0, count: items * groups * points)
    }

    /// Adds one respondent's answers (one per item, nil when missing) in `group` (0-based).
    public mutating func add(answers: [Int?], group: Int) throws {
        guard answers.count == items else {
            throw StatisticsError.mismatchedLengths(what: "answers of a respondent", expected: items, actual: answers.count)
        }
        guard (0..<groups).contains(group) else { throw StatisticsError.invalidArgument("group index \(group) outside 0..<\(groups)") }
        for answer in answers.compactMap({ $0 }) where !(1...points).contains(answer) {
            throw StatisticsError.valueOutsideScale(value: answer, points: points)
        }
        for (item, answer) in answers.enumerated() {
            if let answer { counts[(item * groups + group) * points + answer - 1] += 1 }
        }
    }

    /// Adds one answer of one item in one group (all 0-based but the answer, 1...points).
    public mutating func add(item: Int, group: Int, answer: Int) throws {
        guard (0..<items).contains(item), (0..<groups).contains(group) else {
            throw StatisticsError.invalidArgument("item \(item) or group \(group) out of range")
        }
        guard (1...points).contains(answer) else { throw StatisticsError.valueOutsideScale(value: answer, points: points) }
        counts[(item * groups + group) * points + answer - 1] += 1
    }

    /// Adds another shard with the same items, groups and points. Method: sum of contingency tables.
    public mutating func merge(_ other: GroupedScaleCounts) throws {
        guard other.items == items, other.groups == groups, other.points == points else {
            throw StatisticsError.mismatchedLengths(what: "merged grouped counts", expected: counts.count, actual: other.counts.count)
        }
        for index in counts.indices { counts[index] += other.counts[index] }
    }

    /// The frequency table of one item in each group, in group order.
    public func tables(item: Int) throws -> [ScaleCounts] {
        guard (0..<items).contains(item) else { throw StatisticsError.invalidArgument("item \(item) outside 0..<\(items)") }
        return try (0..<groups).map { group in
            let start = (item * groups + group) * points
            return try ScaleCounts(points: points, counts: Array(counts[start..<(start + points)]))
        }
    }
}
