/// Rank sums per group over the pooled sample, with midranks for ties, and the tie term Σ(t³ − t).
/// Method: midranks (Kendall 1945); tie correction of Kruskal & Wallis (1952).
struct RankSums {
    var counts: [Int]
    var rankSums: [Double]
    /// Σ over tied blocks of t³ − t.
    var tieTerm: Double
    var total: Int { counts.reduce(0, +) }

    init(groups: [[Double]]) throws {
        var pooled: [(value: Double, group: Int)] = []
        for (index, group) in groups.enumerated() {
            for value in try validatedFinite(group, what: "group \(index + 1)") { pooled.append((value, index)) }
        }
        pooled.sort { $0.value < $1.value }
        counts = groups.map(\.count)
        rankSums = Array(repeating: 0, count: groups.count)
        tieTerm = 0
        var start = 0
        while start < pooled.count {
            var end = start
            while end + 1 < pooled.count && pooled[end + 1].value == pooled[start].value { end += 1 }
            let midrank = Double(start + end + 2) / 2
            for position in start...end { rankSums[pooled[position].group] += midrank }
            let tied = Double(end - start + 1)
            tieTerm += tied * tied * tied - tied
            start = end + 1
        }
    }

    init(counts tables: [ScaleCounts]) throws {
        guard let points = tables.first?.points else { throw StatisticsError.tooFewGroups(required: 2, actual: 0) }
        var pooled = try ScaleCounts(points: points)
        for table in tables { try pooled.merge(table) }
        let midranks = pooled.midranks
        counts = tables.map(\.total)
        rankSums = tables.map { table in compensatedSum(zip(table.counts, midranks).map { Double($0) * $1 }) }
        tieTerm = pooled.counts.reduce(0.0) { sum, count in
            let tied = Double(count)
            return sum + tied * tied * tied - tied
        }
    }
}
