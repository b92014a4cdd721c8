/// A Levene-type test of equal variances: a one-way ANOVA of absolute deviations from each group's centre.
public struct VarianceHomogeneityTestResult: Codable, Sendable, Equatable {
    public enum Center: String, Codable, Sendable {
        /// Deviations from group means: Levene's original test, as SPSS reports it.
        case mean
        /// Deviations from group medians: the Brown–Forsythe test, default of R's car::leveneTest and SciPy's levene.
        case median
    }
    /// "Levene's test (mean-centred)" or "Brown–Forsythe test (median-centred Levene)".
    public var method: String
    public var center: Center
    public var f: Double
    public var numeratorDegreesOfFreedom: Int
    public var denominatorDegreesOfFreedom: Int
    public var pValue: Double
}

public enum VarianceHomogeneityTest {
    /// Levene's test with mean-centred absolute deviations. Throws as `OneWayANOVA.test` on the deviations
    /// (`zeroVariance` when every deviation is the same within each group, e.g. all groups constant).
    /// Method: Levene (1960), as SPSS's ONEWAY /STATISTICS HOMOGENEITY and car::leveneTest(center = mean).
    public static func levene(groups: [[Double]]) throws -> VarianceHomogeneityTestResult {
        try test(groups: groups, center: .mean)
    }

    /// Brown–Forsythe test: Levene's test with median-centred absolute deviations.
    /// Method: Brown & Forsythe (1974), JASA 69, 364–367, as car::leveneTest() and scipy.stats.levene() defaults.
    public static func brownForsythe(groups: [[Double]]) throws -> VarianceHomogeneityTestResult {
        try test(groups: groups, center: .median)
    }

    /// Method: Levene (1960) / Brown & Forsythe (1974) on raw values.
    public static func test(groups: [[Double]], center: VarianceHomogeneityTestResult.Center) throws -> VarianceHomogeneityTestResult {
        let deviations = try groups.enumerated().map { index, group -> [Double] in
            let values = try validatedFinite(group, what: "group \(index + 1)")
            guard !values.isEmpty else {
                throw StatisticsError.tooFewObservations(what: "group \(index + 1)", required: 1, actual: 0)
            }
            let centre: Double
            switch center {
            case .mean: centre = try GroupSummary(values: values, what: "group \(index + 1)").mean
            case .median: centre = try QuantileMethod.type7.quantile(0.5, of: values)
            }
            return values.map { abs($0 - centre) }
        }
        return try result(OneWayANOVA.test(groups: deviations), center: center)
    }

    /// Method: Levene (1960) / Brown & Forsythe (1974) on frequency tables, O(groups × points).
    public static func test(counts: [ScaleCounts], center: VarianceHomogeneityTestResult.Center) throws -> VarianceHomogeneityTestResult {
        let deviations = try counts.enumerated().map { index, table -> GroupSummary in
            guard let mean = table.mean else {
                throw StatisticsError.tooFewObservations(what: "group \(index + 1)", required: 1, actual: 0)
            }
            let centre = center == .mean ? mean : try table.quantile(0.5)
            return table.absoluteDeviationSummary(from: centre)
        }
        return try result(OneWayANOVA.test(deviations), center: center)
    }

    static func result(_ anova: OneWayANOVAResult, center: VarianceHomogeneityTestResult.Center) -> VarianceHomogeneityTestResult {
        VarianceHomogeneityTestResult(
            method: center == .mean ? "Levene's test (mean-centred)" : "Brown–Forsythe test (median-centred Levene)",
            center: center, f: anova.f, numeratorDegreesOfFreedom: anova.betweenDegreesOfFreedom,
            denominatorDegreesOfFreedom: anova.withinDegreesOfFreedom, pValue: anova.pValue)
    }
}
