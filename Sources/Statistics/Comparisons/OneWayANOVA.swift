/// One-way analysis of variance table with its effect sizes.
public struct OneWayANOVAResult: Codable, Sendable, Equatable {
    public var method: String
    public var groupCount: Int
    public var totalCount: Int
    public var betweenSumOfSquares: Double
    public var withinSumOfSquares: Double
    public var totalSumOfSquares: Double
    public var betweenDegreesOfFreedom: Int
    public var withinDegreesOfFreedom: Int
    public var totalDegreesOfFreedom: Int
    public var betweenMeanSquare: Double
    public var withinMeanSquare: Double
    public var f: Double
    public var pValue: Double
    /// √(within mean square).
    public var residualStandardDeviation: Double
    /// SS between / SS total.
    public var etaSquared: Double
    /// (SS between − (k − 1)·MS within) / (SS total + MS within); may be negative, as the estimator is unbiased.
    public var omegaSquared: Double
}

public enum OneWayANOVA {
    /// The ANOVA table from group summaries. Throws `tooFewGroups` below 2 groups, `tooFewObservations` for an empty
    /// group or when N ≤ k, `zeroVariance` when every group is constant (F undefined).
    /// Method: Fisher (1925) one-way ANOVA, as R's anova(lm(y ~ g)); ω² per Hays (1963).
    public static func test(_ groups: [GroupSummary]) throws -> OneWayANOVAResult {
        guard groups.count >= 2 else { throw StatisticsError.tooFewGroups(required: 2, actual: groups.count) }
        for (index, group) in groups.enumerated() {
            guard group.count >= 1 else {
                throw StatisticsError.tooFewObservations(what: "group \(index + 1)", required: 1, actual: group.count)
            }
            guard group.mean.isFinite, group.variance.isFinite, group.variance >= 0 else {
                throw StatisticsError.nonFiniteValue(what: "group summaries", index: index)
            }
        }
        let n = groups.reduce(0) { $0 + $1.count }
        let k = groups.count
        guard n > k else { throw StatisticsError.tooFewObservations(what: "one-way ANOVA", required: k + 1, actual: n) }
        let grandMean = weightedGrandMean(groups)
        let between = compensatedSum(groups.map { Double($0.count) * ($0.mean - grandMean) * ($0.mean - grandMean) })
        let within = compensatedSum(groups.map(\.sumOfSquares))
        guard within > 0 else { throw StatisticsError.zeroVariance(what: "one-way ANOVA") }
        let dfBetween = k - 1
        let dfWithin = n - k
        let msBetween = between / Double(dfBetween)
        let msWithin = within / Double(dfWithin)
        let f = msBetween / msWithin
        let total = between + within
        return OneWayANOVAResult(
            method: "One-way ANOVA", groupCount: k, totalCount: n,
            betweenSumOfSquares: between, withinSumOfSquares: within, totalSumOfSquares: total,
            betweenDegreesOfFreedom: dfBetween, withinDegreesOfFreedom: dfWithin, totalDegreesOfFreedom: n - 1,
            betweenMeanSquare: msBetween, withinMeanSquare: msWithin, f: f,
            pValue: FisherF(numeratorDF: Double(dfBetween), denominatorDF: Double(dfWithin)).sf(f),
            residualStandardDeviation: msWithin.squareRoot(), etaSquared: between / total,
            omegaSquared: (between - Double(dfBetween) * msWithin) / (total + msWithin))
    }

    /// Method: Fisher (1925) one-way ANOVA on corrected two-pass group moments (Chan, Golub & LeVeque 1983).
    public static func test(groups: [[Double]]) throws -> OneWayANOVAResult {
        try test(groups.enumerated().map { try GroupSummary(values: $0.element, what: "group \($0.offset + 1)") })
    }

    /// Method: Fisher (1925) one-way ANOVA on exact frequency-table moments, O(groups × points).
    public static func test(counts: [ScaleCounts]) throws -> OneWayANOVAResult {
        try test(counts.map(\.summary))
    }

    /// Σ nᵢ·meanᵢ / N, computed around the first mean so that large common offsets cancel before summing.
    static func weightedGrandMean(_ groups: [GroupSummary]) -> Double {
        let origin = groups[0].mean
        let n = Double(groups.reduce(0) { $0 + $1.count })
        return origin + compensatedSum(groups.map { Double($0.count) * ($0.mean - origin) }) / n
    }
}
