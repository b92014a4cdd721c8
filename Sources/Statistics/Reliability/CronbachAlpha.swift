/// Item statistics of a reliability analysis; every field is nil for an item without variance.
public struct ItemReliability: Codable, Sendable, Equatable {
    public init(itemRestCorrelation: Double? = nil, alphaIfDeleted: Double? = nil,
                standardizedAlphaIfDeleted: Double? = nil) {
        self.itemRestCorrelation = itemRestCorrelation
        self.alphaIfDeleted = alphaIfDeleted
        self.standardizedAlphaIfDeleted = standardizedAlphaIfDeleted
    }

    /// Correlation of the item with the sum of the other items (psych's `r.drop`); nil when the item or the
    /// rest score has no variance.
    public var itemRestCorrelation: Double?
    /// Raw α of the scale without this item (psych's `alpha.drop$raw_alpha`).
    public var alphaIfDeleted: Double?
    /// Standardized α of the scale without this item (psych's `alpha.drop$std.alpha`); nil when an item has no variance.
    public var standardizedAlphaIfDeleted: Double?
}

/// Internal consistency of a block of items.
public struct ReliabilityResult: Codable, Sendable, Equatable {
    public var itemCount: Int
    /// Respondents with every item present (listwise deletion).
    public var observationCount: Int
    public var droppedRowCount: Int
    /// Items (0-based) that have no variance over the complete rows: left out of every statistic, as psych does.
    public var constantItems: [Int]
    /// Cronbach's α from the covariance matrix (psych's `raw_alpha`).
    public var alpha: Double
    /// α from the correlation matrix (psych's `std.alpha`).
    public var standardizedAlpha: Double
    /// Mean inter-item correlation.
    public var averageInterItemCorrelation: Double
    /// One entry per input item, in input order.
    public var items: [ItemReliability]
}

public enum Reliability {
    /// Cronbach's α with item statistics; `rows[respondent][item]`, rows with a NaN or infinite value dropped
    /// (listwise deletion, done here), constant items left out as psych does. Method: Cronbach (1951), computed
    /// as psych::alpha (raw_alpha, std.alpha, r.drop, alpha.drop), with psych's two-item convention for α if deleted.
    /// Throws when fewer than two items vary.
    public static func cronbachAlpha(rows: [[Double]]) throws -> ReliabilityResult {
        guard let itemCount = rows.first?.count else { throw StatisticsError.emptyInput(what: "reliability rows") }
        guard itemCount >= 2 else { throw StatisticsError.invalidArgument("reliability needs at least 2 items") }
        for row in rows where row.count != itemCount {
            throw StatisticsError.mismatchedLengths(what: "reliability row", expected: itemCount, actual: row.count)
        }
        let complete = rows.filter { $0.allSatisfy { $0.isFinite } }
        guard complete.count >= 2 else {
            throw StatisticsError.tooFewObservations(what: "reliability (complete rows)", required: 2,
                                                     actual: complete.count)
        }
        var covariance = covarianceMatrix(complete, itemCount: itemCount)
        // A constant item is detected exactly: its mean may round, leaving a variance of 1e-33 instead of 0.
        for item in 0..<itemCount where complete.allSatisfy({ $0[item] == complete[0][item] }) {
            for other in 0..<itemCount { covariance[item][other] = 0; covariance[other][item] = 0 }
        }
        return try cronbachAlpha(covariance: covariance, observationCount: complete.count,
                                 droppedRowCount: rows.count - complete.count)
    }

    /// Cronbach's α from the items' sample covariance matrix (n − 1) of `observationCount` complete rows, so that
    /// a million respondents are summarised once (sums and cross-products) instead of kept as rows. Items with zero
    /// variance are left out as psych does. Method: Cronbach (1951), as psych::alpha, as `cronbachAlpha(rows:)`.
    public static func cronbachAlpha(covariance full: [[Double]], observationCount: Int,
                                     droppedRowCount: Int = 0) throws -> ReliabilityResult {
        let itemCount = full.count
        guard itemCount >= 2 else { throw StatisticsError.invalidArgument("reliability needs at least 2 items") }
        for row in full where row.count != itemCount {
            throw StatisticsError.mismatchedLengths(what: "covariance row", expected: itemCount, actual: row.count)
        }
        guard observationCount >= 2 else {
            throw StatisticsError.tooFewObservations(what: "reliability (complete rows)", required: 2, actual: observationCount)
        }
        let constantItems = (0..<itemCount).filter { !(full[$0][$0] > 0) }
        let varying = (0..<itemCount).filter { !constantItems.contains($0) }
        guard varying.count >= 2 else {
            throw StatisticsError.zeroVariance(what: "reliability: fewer than two items vary")
        }
        let c = varying.map { i in varying.map { full[i][$0] } }
        let r = correlationMatrix(c)
        let all = Array(varying.indices)
        guard let alpha = rawAlpha(c, items: all), let standardized = standardizedAlpha(r, items: all) else {
            throw StatisticsError.zeroVariance(what: "reliability total score")
        }
        var items = Array(repeating: ItemReliability(), count: itemCount)
        for (position, item) in varying.enumerated() {
            items[item] = itemStatistics(position, covariance: c, correlation: r)
        }
        let k = Double(varying.count)
        return ReliabilityResult(
            itemCount: itemCount, observationCount: observationCount, droppedRowCount: droppedRowCount,
            constantItems: constantItems, alpha: alpha, standardizedAlpha: standardized,
            averageInterItemCorrelation: (sum(r, all) - k) / (k * (k - 1)), items: items)
    }

    private static func itemStatistics(_ item: Int, covariance c: [[Double]], correlation r: [[Double]])
        -> ItemReliability {
        let rest = c.indices.filter { $0 != item }
        if rest.count == 1 {
            // psych's convention for two items: "alpha" without item i is cov12 / var(other item),
            // the standardized one the correlation itself.
            let other = rest[0]
            return ItemReliability(itemRestCorrelation: r[item][other], alphaIfDeleted: c[item][other] / c[other][other],
                                   standardizedAlphaIfDeleted: r[item][other])
        }
        let restVariance = sum(c, rest)
        let covarianceWithRest = rest.reduce(0) { $0 + c[item][$1] }
        let denominator = (c[item][item] * restVariance).squareRoot()
        return ItemReliability(itemRestCorrelation: denominator > 0 ? covarianceWithRest / denominator : nil,
                               alphaIfDeleted: rawAlpha(c, items: rest),
                               standardizedAlphaIfDeleted: standardizedAlpha(r, items: rest))
    }

    /// k/(k−1) · (1 − Σ var / var(total)); nil when the total has no variance.
    /// Whether the total score varies: items that cancel out (a sum constant in exact arithmetic) leave a rounding
    /// residue of the order of 1e-16 of the items' variances, which would give an α of −10¹⁶.
    static func totalVaries(_ total: Double, trace: Double) -> Bool { total > 1e-12 * trace }

    private static func rawAlpha(_ c: [[Double]], items: [Int]) -> Double? {
        let total = sum(c, items)
        let trace = items.reduce(0) { $0 + c[$1][$1] }
        guard totalVaries(total, trace: trace) else { return nil }
        let k = Double(items.count)
        return (1 - trace / total) * k / (k - 1)
    }

    /// The same formula on correlations: k/(k−1) · (1 − k / Σ r).
    private static func standardizedAlpha(_ r: [[Double]], items: [Int]) -> Double? {
        let total = sum(r, items)
        guard total > 0, items.count >= 2 else { return nil }
        let k = Double(items.count)
        return (1 - k / total) * k / (k - 1)
    }

    private static func sum(_ m: [[Double]], _ items: [Int]) -> Double {
        items.reduce(0) { partial, i in items.reduce(partial) { $0 + m[i][$1] } }
    }

    /// Sample covariances (n − 1), centred on the column means first.
    static func covarianceMatrix(_ rows: [[Double]], itemCount p: Int) -> [[Double]] {
        let n = Double(rows.count)
        let means = (0..<p).map { item in rows.reduce(0) { $0 + $1[item] } / n }
        var c = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for row in rows {
            let centred = zip(row, means).map { $0 - $1 }
            for i in 0..<p { for j in i..<p { c[i][j] += centred[i] * centred[j] } }
        }
        for i in 0..<p { for j in i..<p {
            c[i][j] /= n - 1
            c[j][i] = c[i][j]
        } }
        return c
    }

    /// Correlations from covariances of items that all vary.
    private static func correlationMatrix(_ c: [[Double]]) -> [[Double]] {
        let sd = c.indices.map { c[$0][$0].squareRoot() }
        return c.indices.map { i in c.indices.map { j in i == j ? 1 : c[i][j] / (sd[i] * sd[j]) } }
    }
}
