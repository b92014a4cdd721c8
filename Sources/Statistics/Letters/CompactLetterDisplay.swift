/// A compact letter display: groups that share a letter do not differ significantly.
///
/// Built by Piepho's (2004) insert-and-absorb algorithm, without the sweeping step, with
/// columns ordered and labelled exactly as R's `multcompView::multcompLetters` does, so that
/// the first group always carries "a".
public struct CompactLetterDisplay: Codable, Sendable, Equatable {
    /// Group names in the order given by the caller.
    public var groups: [String]
    /// The letters of each group, concatenated (e.g. "ab").
    public var letters: [String]
    /// The label of each letter column ("a", …, "z", "A", …, "Z", ".a", …).
    public var columnLabels: [String]
    /// `membership[group][column]`: whether the group carries that column's letter.
    public var membership: [[Bool]]

    /// Letters from a k×k matrix of p-values (only the lower triangle is read, as multcompView does);
    /// a pair differs when p < alpha. Method: Piepho (2004), as multcompView::multcompLetters.
    public init(groups: [String], pValueMatrix: [[Double]], alpha: Double = 0.05) throws {
        let k = groups.count
        guard pValueMatrix.count == k else {
            throw StatisticsError.mismatchedLengths(what: "p-value matrix", expected: k, actual: pValueMatrix.count)
        }
        if let row = pValueMatrix.first(where: { $0.count != k }) {
            throw StatisticsError.mismatchedLengths(what: "p-value matrix rows", expected: k, actual: row.count)
        }
        var pairwise: [Double] = []
        for first in 0..<k {
            for second in (first + 1)..<max(k, first + 1) { pairwise.append(pValueMatrix[second][first]) }
        }
        try self.init(groups: groups, pairwisePValues: pairwise, alpha: alpha)
    }

    /// Letters from the p-values of all pairs in the order (1,2),(1,3),…,(1,k),(2,3),…,(k−1,k);
    /// a pair differs when p < alpha. Method: Piepho (2004), as multcompView::multcompLetters.
    public init(groups: [String], pairwisePValues: [Double], alpha: Double = 0.05) throws {
        guard alpha.isFinite, alpha > 0, alpha < 1 else {
            throw StatisticsError.invalidArgument("alpha must lie in (0, 1), got \(alpha)")
        }
        if let index = pairwisePValues.firstIndex(where: { $0.isNaN }) {
            throw StatisticsError.nonFiniteValue(what: "pairwise p-values", index: index)
        }
        try self.init(groups: groups, pairwiseDifferent: pairwisePValues.map { $0 < alpha })
    }

    /// Letters from pairwise decisions (true = the pair differs), pairs in the order (1,2),(1,3),…,(k−1,k).
    /// Method: Piepho (2004) insert-and-absorb, columns sorted and labelled as multcompView::multcompLetters.
    public init(groups: [String], pairwiseDifferent: [Bool]) throws {
        let k = groups.count
        guard k >= 1 else { throw StatisticsError.tooFewGroups(required: 1, actual: k) }
        guard pairwiseDifferent.count == k * (k - 1) / 2 else {
            throw StatisticsError.mismatchedLengths(
                what: "pairwise decisions", expected: k * (k - 1) / 2, actual: pairwiseDifferent.count)
        }
        var pairs: [(Int, Int)] = []
        var index = 0
        for first in 0..<k {
            for second in (first + 1)..<max(k, first + 1) {
                if pairwiseDifferent[index] { pairs.append((first, second)) }
                index += 1
            }
        }
        let columns = LetterColumns.insertAndAbsorb(groupCount: k, differingPairs: pairs)
        let sorted = LetterColumns.sortedForDisplay(columns)
        let labels = LetterColumns.labels(count: sorted.count)
        self.groups = groups
        self.columnLabels = labels
        self.membership = (0..<k).map { group in sorted.map { $0[group] } }
        self.letters = membership.map { row in
            zip(row, labels).filter { $0.0 }.map { $0.1 }.joined()
        }
    }
}
