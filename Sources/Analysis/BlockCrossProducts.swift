/// A block's listwise counts, sums and cross-products per group of one grouping (see `ReportBuilder.crossProducts`).
struct GroupCrossProducts: Sendable, Equatable {
    var counts: [Int]
    /// Per group, stride p + p²: the p sums, then the cross-products (upper triangle, row-major).
    var totals: [Int]
    /// Compared respondents left out for an unanswered item.
    var dropped: Int
}

extension ReportBuilder {
    /// A block's cross-products for every grouping of the plan from one pass over its answers, when the groupings'
    /// joint cells fit the gathering's byte labels: each respondent's cell combines its group in every grouping,
    /// and a grouping's group is the sum of its cells, exactly, the totals being integers. Otherwise one pass per
    /// grouping. Either way the result is the per-grouping computation's, integer for integer.
    static func crossProducts(_ columns: [[UInt8]], memberships: [[Int32]], groupCounts: [Int]) -> [GroupCrossProducts] {
        precondition(memberships.count == groupCounts.count, "one group count per grouping")
        // Joint code: Σ (group + 1) × radix, 0 for a respondent compared in no grouping.
        var codeCount = 1
        for count in groupCounts {
            let (product, overflow) = codeCount.multipliedReportingOverflow(by: count + 1)
            codeCount = overflow ? Int.max : product
        }
        guard memberships.count > 1, codeCount - 1 < Int(UInt8.max) else {
            return zip(memberships, groupCounts).map { membership, groups in
                let one = crossProducts(columns, membership: membership, groups: groups)
                return GroupCrossProducts(counts: one.counts, totals: one.totals, dropped: one.dropped)
            }
        }
        let n = memberships.first?.count ?? 0
        var code = [Int32](repeating: 0, count: n)
        var radix: Int32 = 1
        for (membership, groups) in zip(memberships, groupCounts) {
            precondition(membership.count == n, "a block's groupings come from one dataset")
            for k in 0..<n { code[k] += (membership[k] + 1) * radix }
            radix *= Int32(groups + 1)
        }
        let jointCells = codeCount - 1
        let joint = crossProducts(columns, membership: code.map { $0 - 1 }, groups: jointCells)
        let stride = columns.count + columns.count * columns.count
        var before = 1
        return zip(memberships, groupCounts).map { membership, groups in
            defer { before *= groups + 1 }
            var counts = [Int](repeating: 0, count: groups), totals = [Int](repeating: 0, count: groups * stride)
            for cell in 0..<jointCells where joint.counts[cell] > 0 {
                let group = (cell + 1) / before % (groups + 1) - 1
                guard group >= 0 else { continue }
                counts[group] += joint.counts[cell]
                for t in 0..<stride { totals[group * stride + t] += joint.totals[cell * stride + t] }
            }
            let compared = membership.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
            return GroupCrossProducts(counts: counts, totals: totals, dropped: compared - counts.reduce(0, +))
        }
    }
}
