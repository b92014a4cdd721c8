/// Welch's heteroscedastic one-way ANOVA.
public struct WelchANOVAResult: Codable, Sendable, Equatable {
    public var method: String
    public var groupCount: Int
    public var f: Double
    public var numeratorDegreesOfFreedom: Double
    /// Fractional denominator df, 1/(3·Λ).
    public var denominatorDegreesOfFreedom: Double
    public var pValue: Double
}

public enum WelchANOVA {
    /// Throws `tooFewGroups` below 2 groups, `tooFewObservations` when a group has fewer than 2 values,
    /// `zeroVariance` when a group is constant (its weight nᵢ/sᵢ² is infinite).
    /// Method: Welch (1951), Biometrika 38, 330–336, as R's oneway.test(var.equal = FALSE).
    public static func test(_ groups: [GroupSummary]) throws -> WelchANOVAResult {
        let k = groups.count
        guard k >= 2 else { throw StatisticsError.tooFewGroups(required: 2, actual: k) }
        for (index, group) in groups.enumerated() {
            guard group.count >= 2 else {
                throw StatisticsError.tooFewObservations(what: "group \(index + 1) of Welch's ANOVA", required: 2, actual: group.count)
            }
            guard group.mean.isFinite, group.variance.isFinite else {
                throw StatisticsError.nonFiniteValue(what: "group summaries", index: index)
            }
            guard group.variance > 0 else { throw StatisticsError.zeroVariance(what: "group \(index + 1) of Welch's ANOVA") }
        }
        let weights = groups.map { Double($0.count) / $0.variance }
        let totalWeight = compensatedSum(weights)
        let origin = groups[0].mean
        let weightedMean = origin + compensatedSum(zip(weights, groups).map { $0 * ($1.mean - origin) }) / totalWeight
        let lambda = compensatedSum(zip(weights, groups).map { weight, group in
            let share = 1 - weight / totalWeight
            return share * share / Double(group.count - 1)
        }) / Double(k * k - 1)
        let between = compensatedSum(zip(weights, groups).map { $0 * ($1.mean - weightedMean) * ($1.mean - weightedMean) })
        let f = between / (Double(k - 1) * (1 + 2 * Double(k - 2) * lambda))
        let df1 = Double(k - 1)
        let df2 = 1 / (3 * lambda)
        return WelchANOVAResult(method: "Welch's heteroscedastic one-way ANOVA", groupCount: k, f: f,
                                numeratorDegreesOfFreedom: df1, denominatorDegreesOfFreedom: df2,
                                pValue: FisherF(numeratorDF: df1, denominatorDF: df2).sf(f))
    }

    /// Method: Welch (1951), as R's oneway.test(var.equal = FALSE).
    public static func test(groups: [[Double]]) throws -> WelchANOVAResult {
        try test(groups.enumerated().map { try GroupSummary(values: $0.element, what: "group \($0.offset + 1)") })
    }

    /// Method: Welch (1951) on exact frequency-table moments.
    public static func test(counts: [ScaleCounts]) throws -> WelchANOVAResult {
        try test(counts.map(\.summary))
    }
}
