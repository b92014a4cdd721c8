/// Wilcoxon rank-sum / Mann–Whitney U test of two groups.
public struct MannWhitneyUResult: Codable, Sendable, Equatable {
    public var method: String
    public var counts: [Int]
    /// Sum of the midranks of each group in the pooled sample.
    public var rankSums: [Double]
    /// U of the first group, R₁ − n₁(n₁ + 1)/2: R's statistic W.
    public var u: Double
    /// Standardised U (continuity-corrected if asked); nil for the exact test.
    public var z: Double?
    /// Two-sided p-value.
    public var pValue: Double
    public var exact: Bool
    public var continuityCorrection: Bool
    /// 2U/(n₁n₂) − 1, in [−1, 1], positive when the first group tends to be larger.
    public var rankBiserialCorrelation: Double
}

public enum MannWhitneyUTest {
    /// Two-sided test. `exact` nil chooses as R's wilcox.test: exact when both groups have fewer than 50 values and
    /// there is no tie; the normal approximation uses the tie-corrected variance and, if `continuityCorrection`, a ½ shift.
    /// `exact: true` with ties falls back to the approximation (`exact` false in the result), as R does; it throws
    /// `invalidArgument` when min(n₁, n₂)·n₁·n₂ exceeds 10⁹ (the exact count would take minutes).
    /// Throws `tooFewObservations` for an empty group, `zeroVariance` when every value is tied (U carries no information).
    /// Method: Mann & Whitney (1947); Wilcoxon (1945); tie-corrected variance (Lehmann 1975, eq. 1.55), as R's wilcox.test.
    public static func test(_ first: [Double], _ second: [Double], exact: Bool? = nil,
                            continuityCorrection: Bool = true) throws -> MannWhitneyUResult {
        try test(RankSums(groups: [first, second]), exact: exact, continuityCorrection: continuityCorrection)
    }

    /// The same test from frequency tables of an integer scale, in O(points). Method: as above, midranks from counts.
    public static func test(_ first: ScaleCounts, _ second: ScaleCounts, exact: Bool? = nil,
                            continuityCorrection: Bool = true) throws -> MannWhitneyUResult {
        try test(RankSums(counts: [first, second]), exact: exact, continuityCorrection: continuityCorrection)
    }

    static func test(_ ranks: RankSums, exact: Bool?, continuityCorrection: Bool) throws -> MannWhitneyUResult {
        let (m, n) = (ranks.counts[0], ranks.counts[1])
        for (index, count) in [m, n].enumerated() where count < 1 {
            throw StatisticsError.tooFewObservations(what: "group \(index + 1) of the Mann–Whitney test", required: 1, actual: count)
        }
        let total = Double(m + n)
        guard ranks.tieTerm < total * total * total - total else { throw StatisticsError.zeroVariance(what: "Mann–Whitney test") }
        let u = ranks.rankSums[0] - Double(m) * Double(m + 1) / 2
        let product = Double(m) * Double(n)
        let useExact = (exact ?? (m < 50 && n < 50)) && ranks.tieTerm == 0
        if useExact && Double(Swift.min(m, n)) * product > 1e9 {
            throw StatisticsError.invalidArgument("exact Mann–Whitney distribution for \(m) × \(n) values is too costly")
        }
        let effect = 2 * u / product - 1
        if useExact {
            let distribution = WilcoxonRankSumDistribution(m: m, n: n)
            let tail = u > product / 2 ? distribution.sf(u) : distribution.cdf(u)
            return MannWhitneyUResult(method: "Wilcoxon rank-sum (Mann–Whitney U) test, exact", counts: [m, n],
                                      rankSums: ranks.rankSums, u: u, z: nil, pValue: Swift.min(1, 2 * tail), exact: true,
                                      continuityCorrection: false, rankBiserialCorrelation: effect)
        }
        let centred = u - product / 2
        let sigma = (product / 12 * ((total + 1) - ranks.tieTerm / (total * (total - 1)))).squareRoot()
        let correction = continuityCorrection ? (centred > 0 ? 0.5 : (centred < 0 ? -0.5 : 0)) : 0
        let z = (centred - correction) / sigma
        let normal = Normal()
        let p = Swift.min(1, 2 * Swift.min(normal.cdf(z), normal.sf(z)))
        let name = "Wilcoxon rank-sum (Mann–Whitney U) test, normal approximation"
            + (continuityCorrection ? " with continuity correction" : "")
        return MannWhitneyUResult(method: name, counts: [m, n], rankSums: ranks.rankSums, u: u, z: z, pValue: p,
                                  exact: false, continuityCorrection: continuityCorrection, rankBiserialCorrelation: effect)
    }
}
