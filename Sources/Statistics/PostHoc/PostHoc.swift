import Foundation

/// Pairwise comparisons of k group means from their summaries.
public enum PostHoc {
    /// The pooled within-groups mean square Σ(nᵢ−1)sᵢ² / (N−k) and its df, as the ANOVA's MSE.
    /// Method: one-way ANOVA error term (also R's pairwise.t.test pooled SD).
    public static func pooledError(_ groups: [GroupSummary]) throws -> (meanSquare: Double, df: Double) {
        try validate(groups)
        let df = groups.reduce(0) { $0 + $1.count - 1 }
        guard df > 0 else {
            throw StatisticsError.tooFewObservations(what: "pooled error (N − k)", required: 1, actual: df)
        }
        return (groups.reduce(0) { $0 + $1.sumOfSquares } / Double(df), Double(df))
    }

    /// Fisher's least significant difference: unadjusted pairwise t on the pooled MSE (the evaluation report's
    /// method). Method: Fisher (1935) LSD; p as R's pairwise.t.test(pool.sd = TRUE, p.adjust.method = "none").
    public static func fisherLSD(_ groups: [GroupSummary], meanSquareError: Double? = nil, errorDF: Double? = nil,
                                 confidenceLevel: Double = 0.95) throws -> PostHocResult {
        try pooledT(groups, method: .fisherLSD, meanSquareError, errorDF, confidenceLevel)
    }

    /// Bonferroni-adjusted pairwise t on the pooled MSE with Bonferroni simultaneous intervals.
    /// Method: R's pairwise.t.test(pool.sd = TRUE, p.adjust.method = "bonferroni").
    public static func bonferroni(_ groups: [GroupSummary], meanSquareError: Double? = nil, errorDF: Double? = nil,
                                  confidenceLevel: Double = 0.95) throws -> PostHocResult {
        try pooledT(groups, method: .bonferroni, meanSquareError, errorDF, confidenceLevel)
    }

    /// Holm-adjusted pairwise t on the pooled MSE; intervals are the Bonferroni ones (Holm has no interval of
    /// its own). Method: Holm (1979), as R's pairwise.t.test(pool.sd = TRUE, p.adjust.method = "holm").
    public static func holm(_ groups: [GroupSummary], meanSquareError: Double? = nil, errorDF: Double? = nil,
                            confidenceLevel: Double = 0.95) throws -> PostHocResult {
        try pooledT(groups, method: .holm, meanSquareError, errorDF, confidenceLevel)
    }

    private static func pooledT(_ groups: [GroupSummary], method: PostHocMethod, _ mse: Double?, _ df: Double?,
                                _ level: Double) throws -> PostHocResult {
        let (mse, df) = try errorTerm(groups, mse, df)
        try validate(level: level)
        let pairCount = Double(groups.count * (groups.count - 1) / 2)
        let distribution = StudentT(degreesOfFreedom: df)
        let tailArea = method == .fisherLSD ? (1 - level) / 2 : (1 - level) / (2 * pairCount)
        let critical = distribution.quantile(1 - tailArea)
        var pairs = allPairs(groups) { i, j, difference in
            let se = (mse * (1 / Double(groups[i].count) + 1 / Double(groups[j].count))).squareRoot()
            let t = difference / se
            return PairwiseComparison(first: i, second: j, difference: difference, standardError: se, statistic: t,
                                      degreesOfFreedom: df, p: distribution.twoSidedPValue(t),
                                      lower: difference - critical * se, upper: difference + critical * se)
        }
        let adjustment: PValueAdjustment = method == .holm ? .holm : method == .bonferroni ? .bonferroni : .none
        let adjusted = try adjustment.adjust(pairs.map { $0.p ?? 1 })
        for index in pairs.indices { pairs[index].p = adjusted[index] }
        return PostHocResult(method: method, confidenceLevel: level, meanSquareError: mse, errorDF: df, pairs: pairs)
    }

    /// Tukey–Kramer honestly significant differences with simultaneous intervals on the pooled MSE.
    /// Method: Tukey (1953), Kramer (1956) for unequal sizes, as R's TukeyHSD (p from the studentized range).
    public static func tukeyKramer(_ groups: [GroupSummary], meanSquareError: Double? = nil, errorDF: Double? = nil,
                                   confidenceLevel: Double = 0.95) throws -> PostHocResult {
        let (mse, df) = try errorTerm(groups, meanSquareError, errorDF)
        try validate(level: confidenceLevel)
        let range = StudentizedRange(groups: Double(groups.count), degreesOfFreedom: df)
        let critical = range.quantile(confidenceLevel)
        let pairs = allPairs(groups) { i, j, difference in
            let se = (mse * (1 / Double(groups[i].count) + 1 / Double(groups[j].count))).squareRoot()
            let q = abs(difference) / (se / 2.0.squareRoot())
            let halfWidth = critical * se / 2.0.squareRoot()
            return PairwiseComparison(first: i, second: j, difference: difference, standardError: se, statistic: q,
                                      degreesOfFreedom: df, p: range.sf(q),
                                      lower: difference - halfWidth, upper: difference + halfWidth)
        }
        return PostHocResult(method: .tukeyKramer, confidenceLevel: confidenceLevel, meanSquareError: mse,
                             errorDF: df, pairs: pairs)
    }

    /// Games–Howell: Welch-type SE and df per pair, studentized range for p and simultaneous intervals. A pair
    /// with a group of n < 2 has only its difference; a pair whose two variances are 0 has SE 0 and nil statistic,
    /// df, p and interval.
    /// Method: Games & Howell (1976), as the usual R implementations (ptukey at the Welch df).
    public static func gamesHowell(_ groups: [GroupSummary], confidenceLevel: Double = 0.95) throws -> PostHocResult {
        try validate(groups)
        try validate(level: confidenceLevel)
        let pairs = allPairs(groups) { i, j, difference in
            var pair = PairwiseComparison(first: i, second: j, difference: difference)
            guard let welch = welchTerms(groups[i], groups[j]) else { return pair }
            pair.standardError = welch.standardError
            guard welch.standardError > 0 else { return pair }
            let q = abs(difference) / (welch.standardError / 2.0.squareRoot())
            let range = StudentizedRange(groups: Double(groups.count), degreesOfFreedom: welch.df)
            let halfWidth = range.quantile(confidenceLevel) * welch.standardError / 2.0.squareRoot()
            pair.statistic = q
            pair.degreesOfFreedom = welch.df
            pair.p = range.sf(q)
            pair.lower = difference - halfWidth
            pair.upper = difference + halfWidth
            return pair
        }
        return PostHocResult(method: .gamesHowell, confidenceLevel: confidenceLevel, meanSquareError: nil,
                             errorDF: nil, pairs: pairs)
    }

    /// Welch's SE of the difference √(s₁²/n₁ + s₂²/n₂) and its Welch–Satterthwaite df; nil when a group has
    /// n < 2; SE 0 (and df NaN, unused) when both variances are 0.
    static func welchTerms(_ a: GroupSummary, _ b: GroupSummary) -> (standardError: Double, df: Double)? {
        guard a.count >= 2, b.count >= 2 else { return nil }
        let va = a.variance / Double(a.count), vb = b.variance / Double(b.count)
        let df = (va + vb) * (va + vb) / (va * va / Double(a.count - 1) + vb * vb / Double(b.count - 1))
        return ((va + vb).squareRoot(), df)
    }

    // MARK: - Shared checks

    private static func allPairs(_ groups: [GroupSummary],
                                 _ compare: (Int, Int, Double) -> PairwiseComparison) -> [PairwiseComparison] {
        var pairs: [PairwiseComparison] = []
        for i in groups.indices {
            for j in groups.indices where j > i {
                pairs.append(compare(i, j, groups[j].mean - groups[i].mean))
            }
        }
        return pairs
    }

    private static func errorTerm(_ groups: [GroupSummary], _ mse: Double?, _ df: Double?) throws
        -> (Double, Double) {
        try validate(groups)
        let pooled: (meanSquare: Double, df: Double)
        switch (mse, df) {
        case let (mse?, df?): pooled = (mse, df)
        case (nil, nil): pooled = try pooledError(groups)
        default: throw StatisticsError.invalidArgument("give both the mean square error and its df, or neither")
        }
        guard pooled.df > 0, pooled.df.isFinite else {
            throw StatisticsError.invalidArgument("error df must be positive, got \(pooled.df)")
        }
        guard pooled.meanSquare.isFinite, pooled.meanSquare >= 0 else {
            throw StatisticsError.invalidArgument("mean square error must be finite and ≥ 0, got \(pooled.meanSquare)")
        }
        guard pooled.meanSquare > 0 else { throw StatisticsError.zeroVariance(what: "post hoc pooled error") }
        return pooled
    }

    private static func validate(_ groups: [GroupSummary]) throws {
        guard groups.count >= 2 else { throw StatisticsError.tooFewGroups(required: 2, actual: groups.count) }
        for (index, group) in groups.enumerated() {
            guard group.count >= 1 else { throw StatisticsError.emptyInput(what: "group \(index + 1)") }
            guard group.mean.isFinite, group.variance.isFinite, group.variance >= 0 else {
                throw StatisticsError.nonFiniteValue(what: "group summaries", index: index)
            }
        }
    }

    private static func validate(level: Double) throws {
        guard level > 0, level < 1 else {
            throw StatisticsError.invalidArgument("confidence level must lie in (0, 1), got \(level)")
        }
    }
}
