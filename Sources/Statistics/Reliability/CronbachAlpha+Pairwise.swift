import Foundation

/// Which answers enter the covariances of a reliability analysis.
public enum MissingAnswerRule: String, Codable, Sendable {
    /// Listwise deletion: rows with every item (psych::alpha(na.omit(x))).
    case completeRows
    /// psych::alpha's default use = "pairwise": each variance over all answers to the item, each covariance over the
    /// rows answering both items, correlations as cov2cor of that matrix.
    case pairwise
}

/// Cronbach's α under a missing-answer rule, with its Feldt interval.
public struct AlphaEstimate: Codable, Sendable, Equatable {
    public var rule: MissingAnswerRule
    public var itemCount: Int
    /// The n of Feldt's interval: all rows for `pairwise` (psych's nrow(x)), complete rows for `completeRows`.
    public var observationCount: Int
    public var alpha: Double
    public var standardizedAlpha: Double
    public var averageInterItemCorrelation: Double
    public var feldt: ConfidenceInterval
}

extension Reliability {
    /// α from `rows[respondent][item]` with NaN for a missing answer, under `rule`, with Feldt's interval at `level`.
    /// Throws when fewer than 2 items, fewer than 2 usable rows, or a total without variance.
    /// Method: Cronbach (1951) on pairwise or listwise covariances, as psych::alpha (use = "pairwise" is its default).
    public static func alpha(rows: [[Double]], rule: MissingAnswerRule, level: Double = 0.95) throws -> AlphaEstimate {
        guard let k = rows.first?.count else { throw StatisticsError.emptyInput(what: "reliability rows") }
        guard k >= 2 else { throw StatisticsError.invalidArgument("reliability needs at least 2 items") }
        for row in rows where row.count != k {
            throw StatisticsError.mismatchedLengths(what: "reliability row", expected: k, actual: row.count)
        }
        let covariance: [[Double]]
        let n: Int
        switch rule {
        case .completeRows:
            let complete = rows.filter { $0.allSatisfy(\.isFinite) }
            guard complete.count >= 2 else {
                throw StatisticsError.tooFewObservations(what: "reliability (complete rows)", required: 2, actual: complete.count)
            }
            covariance = covarianceMatrix(complete, itemCount: k)
            n = complete.count
        case .pairwise:
            covariance = try pairwiseCovariance(rows, itemCount: k)
            n = rows.count
        }
        return try alpha(covariance: covariance, observationCount: n, rule: rule, level: level)
    }

    /// α from an item covariance matrix already computed under `rule` (exact sums for a million rows), with Feldt's
    /// interval on `observationCount`. Throws when fewer than 2 items, an item or the total without variance.
    /// Method: Cronbach (1951) as psych::alpha (raw_alpha, std.alpha, average_r), Feldt (1965) as psych::alpha.ci.
    public static func alpha(covariance: [[Double]], observationCount n: Int, rule: MissingAnswerRule,
                             level: Double = 0.95) throws -> AlphaEstimate {
        let k = covariance.count
        guard k >= 2 else { throw StatisticsError.invalidArgument("reliability needs at least 2 items") }
        for row in covariance where row.count != k {
            throw StatisticsError.mismatchedLengths(what: "covariance row", expected: k, actual: row.count)
        }
        let total = covariance.reduce(0) { $0 + $1.reduce(0, +) }
        let trace = (0..<k).reduce(0) { $0 + covariance[$1][$1] }
        guard totalVaries(total, trace: trace), (0..<k).allSatisfy({ covariance[$0][$0] > 0 }) else {
            throw StatisticsError.zeroVariance(what: "reliability total score")
        }
        let kk = Double(k)
        let sd = (0..<k).map { covariance[$0][$0].squareRoot() }
        var correlationSum = 0.0
        for i in 0..<k { for j in 0..<k { correlationSum += i == j ? 1 : covariance[i][j] / (sd[i] * sd[j]) } }
        let alpha = kk / (kk - 1) * (1 - trace / total)
        return AlphaEstimate(rule: rule, itemCount: k, observationCount: n, alpha: alpha,
                             standardizedAlpha: kk / (kk - 1) * (1 - kk / correlationSum),
                             averageInterItemCorrelation: (correlationSum - kk) / (kk * (kk - 1)),
                             feldt: try feldtInterval(alpha: alpha, observationCount: n, itemCount: k, level: level))
    }

    /// Feldt's interval for α: 1 − (1 − α)·F_{1−a/2} … 1 − (1 − α)·F_{a/2} with F(n − 1, (n − 1)(k − 1)).
    /// Method: Feldt (1965), Psychometrika 30, 357–370, as psych::alpha.ci.
    public static func feldtInterval(alpha: Double, observationCount n: Int, itemCount k: Int,
                                     level: Double = 0.95) throws -> ConfidenceInterval {
        _ = try validatedConfidenceLevel(level)
        guard n >= 2, k >= 2 else { throw StatisticsError.tooFewObservations(what: "Feldt interval", required: 2, actual: min(n, k)) }
        let d1 = Double(n - 1), f = FisherF(numeratorDF: d1, denominatorDF: d1 * Double(k - 1))
        let tail = (1 - level) / 2
        return ConfidenceInterval(lower: 1 - (1 - alpha) * f.quantile(1 - tail), upper: 1 - (1 - alpha) * f.quantile(tail),
                                  level: level)
    }

    /// R's cov(x, use = "pairwise"): each entry over the rows where both items are present, centred on those rows'
    /// means, divided by (m − 1). Method: pairwise-complete covariance.
    static func pairwiseCovariance(_ rows: [[Double]], itemCount k: Int) throws -> [[Double]] {
        var c = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        for i in 0..<k {
            for j in i..<k {
                let both = rows.filter { $0[i].isFinite && $0[j].isFinite }
                guard both.count >= 2 else {
                    throw StatisticsError.tooFewObservations(what: "items \(i + 1) and \(j + 1) answered together",
                                                             required: 2, actual: both.count)
                }
                let m = Double(both.count)
                let meanI = both.reduce(0) { $0 + $1[i] } / m, meanJ = both.reduce(0) { $0 + $1[j] } / m
                let products = both.reduce(0) { $0 + ($1[i] - meanI) * ($1[j] - meanJ) }
                c[i][j] = products / (m - 1)
                c[j][i] = c[i][j]
            }
        }
        return c
    }
}
