import Statistics

/// A block's listwise counts, sums and cross-products per group of one grouping (see `ReportBuilder.crossProducts`).
struct GroupCrossProducts: Sendable, Equatable {
    var counts: [Int]
    /// Per group, stride p + p²: the p sums, then the cross-products (upper triangle, row-major).
    var totals: [Int]
    /// Compared respondents left out for an unanswered item.
    var dropped: Int
}

/// The plan's groupings combined: each respondent's joint cell names its group in every grouping, so that a block
/// is counted once for all groupings and each grouping's groups are sums of cells — exact, the counts being
/// integers. Only when the joint cells fit the gathering's byte labels (254); otherwise `code` is nil and every
/// grouping is counted on its own.
struct JointGroups: Sendable {
    let memberships: [[Int32]]
    let groupCounts: [Int]
    /// Per respondent, the joint cell (Σ (group + 1) × radix) − 1; −1 for a respondent compared in no grouping.
    let code: [Int32]?
    let cellCount: Int
    private let radices: [Int]

    init(memberships: [[Int32]], groupCounts: [Int]) {
        precondition(memberships.count == groupCounts.count, "one group count per grouping")
        self.memberships = memberships
        self.groupCounts = groupCounts
        var radices: [Int] = [], codeCount = 1
        for count in groupCounts {
            radices.append(codeCount)
            let (product, overflow) = codeCount.multipliedReportingOverflow(by: count + 1)
            codeCount = overflow ? Int.max : product
        }
        self.radices = radices
        cellCount = codeCount &- 1
        guard memberships.count > 1, cellCount < Int(UInt8.max) else {
            code = nil
            return
        }
        let n = memberships[0].count
        var code = [Int32](repeating: -1, count: n)
        for (membership, radix) in zip(memberships, radices) {
            precondition(membership.count == n, "the groupings come from one dataset")
            let step = Int32(radix)
            for k in 0..<n { code[k] &+= (membership[k] &+ 1) &* step }
        }
        self.code = code
    }

    /// The group of joint cell `cell` in grouping `grouping`, −1 when that grouping does not compare it.
    func group(of cell: Int, in grouping: Int) -> Int {
        (cell + 1) / radices[grouping] % (groupCounts[grouping] + 1) - 1
    }
}

extension ReportBuilder {
    /// A block's cross-products for every grouping: one pass on the joint cells when there is `code`, else one pass
    /// per grouping. Either way, integer for integer, the per-grouping computation's result.
    static func crossProducts(_ columns: [[UInt8]], joint: JointGroups) -> [GroupCrossProducts] {
        guard let code = joint.code else {
            return zip(joint.memberships, joint.groupCounts).map { membership, groups in
                let one = crossProducts(columns, membership: membership, groups: groups)
                return GroupCrossProducts(counts: one.counts, totals: one.totals, dropped: one.dropped)
            }
        }
        let cells = crossProducts(columns, membership: code, groups: joint.cellCount)
        let stride = columns.count + columns.count * columns.count
        return joint.groupCounts.indices.map { grouping in
            let groups = joint.groupCounts[grouping]
            var counts = [Int](repeating: 0, count: groups), totals = [Int](repeating: 0, count: groups * stride)
            for cell in 0..<joint.cellCount where cells.counts[cell] > 0 {
                let group = joint.group(of: cell, in: grouping)
                guard group >= 0 else { continue }
                counts[group] += cells.counts[cell]
                for t in 0..<stride { totals[group * stride + t] += cells.totals[cell * stride + t] }
            }
            let compared = joint.memberships[grouping].reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
            return GroupCrossProducts(counts: counts, totals: totals, dropped: compared - counts.reduce(0, +))
        }
    }

    /// An item's answers per point in each group of every grouping: one count on the joint cells when there is
    /// `code`, else one per grouping; the same counts either way.
    static func groupCounts(_ points: [UInt8], joint: JointGroups, scalePoints: Int) -> [[ScaleCounts]] {
        guard let code = joint.code else {
            return zip(joint.memberships, joint.groupCounts).map { membership, groups in
                groupCounts(points, membership: membership, groups: groups, scalePoints: scalePoints)
            }
        }
        let cells = groupCounts(points, membership: code, groups: joint.cellCount, scalePoints: scalePoints)
        return joint.groupCounts.indices.map { grouping in
            var perGroup = [[Int]](repeating: [Int](repeating: 0, count: scalePoints), count: joint.groupCounts[grouping])
            for cell in 0..<joint.cellCount where cells[cell].total > 0 {
                let group = joint.group(of: cell, in: grouping)
                guard group >= 0 else { continue }
                for point in 0..<scalePoints { perGroup[group][point] += cells[cell].counts[point] }
            }
            return perGroup.map { (try? ScaleCounts(points: scalePoints, counts: $0)) ?? (try! ScaleCounts(points: scalePoints)) }
        }
    }
}
