import Foundation

/// Paired t test of the change after − before.
public struct PairedTTest: Codable, Sendable, Equatable {
    public var t: Double
    public var degreesOfFreedom: Double
    public var p: Double
    public var confidenceLevel: Double
    /// Confidence interval of the mean change.
    public var lower: Double
    public var upper: Double
}

/// Wilcoxon signed-rank test of the change, normal approximation with continuity and tie corrections.
public struct SignedRankTest: Codable, Sendable, Equatable {
    /// Sum of the ranks of the positive changes (R's V).
    public var positiveRankSum: Double
    /// Non-zero changes, the ones ranked.
    public var nonZeroCount: Int
    public var z: Double
    public var p: Double
}

/// Before/after comparison of the same respondents.
public struct PairedComparisonResult: Codable, Sendable, Equatable {
    /// Respondents with both answers present.
    public var pairCount: Int
    /// Respondents dropped because an answer was NaN or infinite.
    public var droppedPairCount: Int
    /// Mean of after − before.
    public var meanChange: Double
    /// Sample SD (n − 1) of the change.
    public var changeStandardDeviation: Double
    /// nil when every change is the same (SD 0): t is then 0/0 or infinite, R returns NaN or refuses.
    public var tTest: PairedTTest?
    /// nil when every change is 0 (nothing to rank).
    public var signedRank: SignedRankTest?
    /// Cohen's d_z = mean change / SD of change; nil when the SD is 0.
    public var effectSizeDz: Double?
    /// The noncentral-t interval of d_z at the comparison's level (`StandardizedDifference.pairedInterval`).
    public var effectSizeDzInterval: ConfidenceInterval? = nil
    public var improved: Int
    public var unchanged: Int
    public var worsened: Int
}

public enum PairedComparison {
    /// Before/after analysis: paired t (Student 1908, as R's t.test(after, before, paired = TRUE)), Wilcoxon
    /// signed-rank (Wilcoxon 1945, as R's wilcox.test(paired = TRUE, exact = FALSE, correct = TRUE): zeros
    /// dropped, mid-ranks, tie-corrected variance), Cohen's d_z and the counts of improved/unchanged/worsened.
    /// Pairs with a NaN or infinite answer are dropped. Throws for unequal lengths or fewer than 2 complete pairs.
    public static func analyze(before: [Double], after: [Double], confidenceLevel: Double = 0.95) throws
        -> PairedComparisonResult {
        guard before.count == after.count else {
            throw StatisticsError.mismatchedLengths(what: "after (paired with before)", expected: before.count,
                                                    actual: after.count)
        }
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw StatisticsError.invalidArgument("confidence level must lie in (0, 1), got \(confidenceLevel)")
        }
        let changes = zip(before, after).filter { $0.0.isFinite && $0.1.isFinite }.map { $0.1 - $0.0 }
        guard changes.count >= 2 else {
            throw StatisticsError.tooFewObservations(what: "paired comparison (complete pairs)", required: 2,
                                                     actual: changes.count)
        }
        let n = Double(changes.count)
        let mean = changes.reduce(0, +) / n
        let sd = (changes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        return PairedComparisonResult(
            pairCount: changes.count, droppedPairCount: before.count - changes.count,
            meanChange: mean, changeStandardDeviation: sd,
            tTest: sd > 0 ? tTest(mean: mean, sd: sd, n: n, level: confidenceLevel) : nil,
            signedRank: signedRank(changes),
            effectSizeDz: sd > 0 ? mean / sd : nil,
            effectSizeDzInterval: sd > 0 ? try? StandardizedDifference.pairedInterval(dz: mean / sd, count: changes.count, level: confidenceLevel) : nil,
            improved: changes.filter { $0 > 0 }.count,
            unchanged: changes.filter { $0 == 0 }.count,
            worsened: changes.filter { $0 < 0 }.count)
    }

    private static func tTest(mean: Double, sd: Double, n: Double, level: Double) -> PairedTTest {
        let se = sd / n.squareRoot()
        let t = mean / se
        let distribution = StudentT(degreesOfFreedom: n - 1)
        let critical = distribution.quantile(1 - (1 - level) / 2)
        return PairedTTest(t: t, degreesOfFreedom: n - 1, p: distribution.twoSidedPValue(t),
                           confidenceLevel: level, lower: mean - critical * se, upper: mean + critical * se)
    }

    /// Signed-rank statistic and its normal approximation; nil when no change is non-zero.
    static func signedRank(_ changes: [Double]) -> SignedRankTest? {
        let nonZero = changes.filter { $0 != 0 }
        guard !nonZero.isEmpty else { return nil }
        let n = Double(nonZero.count)
        let (ranks, tieGroups) = midRanks(nonZero.map(abs))
        let v = zip(nonZero, ranks).reduce(0) { $1.0 > 0 ? $0 + $1.1 : $0 }
        let tieCorrection = tieGroups.reduce(0) { $0 + ($1 * $1 * $1 - $1) } / 48
        let sigma = (n * (n + 1) * (2 * n + 1) / 24 - tieCorrection).squareRoot()
        let centred = v - n * (n + 1) / 4
        // Continuity correction toward 0, as R's correct = TRUE (sign(0) = 0 leaves z = 0 alone).
        let correction = centred > 0 ? 0.5 : centred < 0 ? -0.5 : 0
        let z = (centred - correction) / sigma
        let standard = Normal()
        let p = min(1, 2 * min(standard.cdf(z), standard.sf(z)))
        return SignedRankTest(positiveRankSum: v, nonZeroCount: nonZero.count, z: z, p: p)
    }

    /// Mid-ranks (ties share their average rank, 1-based) and the sizes of the tie groups.
    static func midRanks(_ values: [Double]) -> (ranks: [Double], tieSizes: [Double]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = Array(repeating: 0.0, count: values.count)
        var tieSizes: [Double] = []
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let average = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = average }
            tieSizes.append(Double(end - start + 1))
            start = end + 1
        }
        return (ranks, tieSizes)
    }
}
