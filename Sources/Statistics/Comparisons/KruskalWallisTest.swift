/// Kruskal–Wallis rank test of k groups.
public struct KruskalWallisResult: Codable, Sendable, Equatable {
    public var method: String
    public var groupCount: Int
    public var totalCount: Int
    public var rankSums: [Double]
    /// Tie-corrected H.
    public var h: Double
    public var degreesOfFreedom: Int
    /// Upper tail of χ²(k − 1) at H.
    public var pValue: Double
    /// 1 − Σ(t³ − t)/(N³ − N), the divisor applied to H.
    public var tieCorrection: Double
    /// H/(N − 1), the rank analogue of η² (Tomczak & Tomczak 2014).
    public var epsilonSquared: Double
}

public enum KruskalWallisTest {
    /// Throws `tooFewGroups` below 2 groups, `tooFewObservations` for an empty group or N < 3,
    /// `zeroVariance` when every value is tied.
    /// Method: Kruskal & Wallis (1952) with tie correction, as R's kruskal.test; H from Σ nᵢ(R̄ᵢ − (N+1)/2)².
    public static func test(groups: [[Double]]) throws -> KruskalWallisResult {
        try test(RankSums(groups: groups))
    }

    /// The same test from frequency tables of an integer scale, in O(groups × points).
    /// Method: Kruskal & Wallis (1952), midranks from counts.
    public static func test(counts: [ScaleCounts]) throws -> KruskalWallisResult {
        try test(RankSums(counts: counts))
    }

    static func test(_ ranks: RankSums) throws -> KruskalWallisResult {
        let k = ranks.counts.count
        guard k >= 2 else { throw StatisticsError.tooFewGroups(required: 2, actual: k) }
        for (index, count) in ranks.counts.enumerated() where count < 1 {
            throw StatisticsError.tooFewObservations(what: "group \(index + 1) of the Kruskal–Wallis test", required: 1, actual: count)
        }
        let total = ranks.total
        guard total >= 3 else { throw StatisticsError.tooFewObservations(what: "Kruskal–Wallis test", required: 3, actual: total) }
        let n = Double(total)
        let tieCorrection = 1 - ranks.tieTerm / (n * n * n - n)
        guard tieCorrection > 0 else { throw StatisticsError.zeroVariance(what: "Kruskal–Wallis test") }
        let centre = (n + 1) / 2
        let spread = compensatedSum(zip(ranks.rankSums, ranks.counts).map { sum, count in
            let deviation = sum / Double(count) - centre
            return Double(count) * deviation * deviation
        })
        let h = 12 * spread / (n * (n + 1)) / tieCorrection
        return KruskalWallisResult(method: "Kruskal–Wallis rank sum test", groupCount: k, totalCount: total,
                                   rankSums: ranks.rankSums, h: h, degreesOfFreedom: k - 1,
                                   pValue: ChiSquared(degreesOfFreedom: Double(k - 1)).sf(h),
                                   tieCorrection: tieCorrection, epsilonSquared: h / (n - 1))
    }
}
