extension CompactLetterDisplay {
    /// Letters from a post hoc procedure's p-values at `alpha`; a pair whose p is undefined (Games–Howell with
    /// a group of one) is not shown as different. Method: Piepho (2004), as multcompView::multcompLetters.
    public init(groups: [String], postHoc: PostHocResult, alpha: Double = 0.05) throws {
        let k = groups.count
        guard postHoc.pairs.count == k * (k - 1) / 2 else {
            throw StatisticsError.mismatchedLengths(what: "post hoc pairs", expected: k * (k - 1) / 2,
                                                    actual: postHoc.pairs.count)
        }
        guard alpha.isFinite, alpha > 0, alpha < 1 else {
            throw StatisticsError.invalidArgument("alpha must lie in (0, 1), got \(alpha)")
        }
        try self.init(groups: groups, pairwiseDifferent: postHoc.pairs.map { ($0.p ?? 1) < alpha })
    }
}
