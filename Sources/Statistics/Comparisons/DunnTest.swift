/// One pair of Dunn's test: groups i < j (0-based positions in the input).
public struct DunnPair: Codable, Sendable, Equatable {
    public var first: Int
    public var second: Int
    /// Mean rank of group j − mean rank of group i ("B − A", as TukeyHSD).
    public var meanRankDifference: Double
    public var standardError: Double
    /// difference / standardError, signed as `meanRankDifference`.
    public var z: Double
    /// Two-sided 2·P(Z > |z|).
    public var pValue: Double
    /// Adjusted over all k(k − 1)/2 pairs by the chosen method.
    public var adjustedPValue: Double
}

/// Dunn's pairwise rank comparisons after a Kruskal–Wallis test.
public struct DunnTestResult: Codable, Sendable, Equatable {
    public var method: String
    public var adjustment: PValueAdjustment
    public var totalCount: Int
    public var meanRanks: [Double]
    /// Σ(t³ − t)/(12(N − 1)), subtracted from N(N + 1)/12.
    public var tieTerm: Double
    /// Pairs in the order (0,1), (0,2), …, (k−2,k−1).
    public var pairs: [DunnPair]
}

public enum DunnTest {
    /// Every pair of groups, midranks of the pooled sample, tie-corrected variance, two-sided normal p-values adjusted
    /// over all pairs (Holm by default). Throws as `KruskalWallisTest` (empty group, N < 3, all values tied).
    /// Method: Dunn (1964), Technometrics 6, 241–252, as FSA::dunnTest / rstatix::dunn_test.
    public static func test(groups: [[Double]], adjustment: PValueAdjustment = .holm) throws -> DunnTestResult {
        try test(RankSums(groups: groups), adjustment: adjustment)
    }

    /// The same test from frequency tables of an integer scale. Method: Dunn (1964), midranks from counts.
    public static func test(counts: [ScaleCounts], adjustment: PValueAdjustment = .holm) throws -> DunnTestResult {
        try test(RankSums(counts: counts), adjustment: adjustment)
    }

    static func test(_ ranks: RankSums, adjustment: PValueAdjustment) throws -> DunnTestResult {
        _ = try KruskalWallisTest.test(ranks)  // the same preconditions
        let n = Double(ranks.total)
        let tieTerm = ranks.tieTerm / (12 * (n - 1))
        let base = n * (n + 1) / 12 - tieTerm
        let meanRanks = zip(ranks.rankSums, ranks.counts).map { $0 / Double($1) }
        var pairs: [DunnPair] = []
        let normal = Normal()
        for i in 0..<meanRanks.count {
            for j in (i + 1)..<meanRanks.count {
                let difference = meanRanks[j] - meanRanks[i]
                let se = (base * (1 / Double(ranks.counts[i]) + 1 / Double(ranks.counts[j]))).squareRoot()
                let z = difference / se
                let p = Swift.min(1, 2 * normal.sf(abs(z)))
                pairs.append(DunnPair(first: i, second: j, meanRankDifference: difference, standardError: se, z: z,
                                      pValue: p, adjustedPValue: p))
            }
        }
        let adjusted = try adjustment.adjust(pairs.map(\.pValue))
        for index in pairs.indices { pairs[index].adjustedPValue = adjusted[index] }
        return DunnTestResult(method: "Dunn's test (tie-corrected, two-sided)", adjustment: adjustment,
                              totalCount: ranks.total, meanRanks: meanRanks, tieTerm: tieTerm, pairs: pairs)
    }
}
