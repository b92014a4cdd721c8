import Foundation

/// Cliff's dominance statistic δ = P(X > Y) − P(X < Y) of two groups, with its confidence interval.
public struct CliffDeltaResult: Codable, Sendable, Equatable {
    public enum Variance: String, Codable, Sendable {
        /// Cliff (1993) unbiased estimator: effsize's default (use.unbiased = TRUE).
        case unbiased
        /// The consistent estimator (use.unbiased = FALSE).
        case consistent
    }

    public enum Quantile: String, Codable, Sendable {
        /// t(n₁ + n₂ − 2) (Feng & Cliff 2004): effsize's default.
        case studentT
        case normal
    }

    public var counts: [Int]
    /// P(X > Y) − P(X < Y), X the first group.
    public var delta: Double
    public var probabilityGreater: Double
    public var probabilityLess: Double
    public var probabilityEqual: Double
    /// δ·(n₁n₂ − 1)/(n₁n₂) when |δ| = 1, else δ: the centre of the variance and interval.
    public var rescaledDelta: Double
    public var variance: Variance
    public var quantile: Quantile
    /// The estimated variance of δ.
    public var varianceEstimate: Double
    /// nil when the variance is negative (tiny samples) or undefined (a group of one).
    public var interval: ConfidenceInterval?
}

public enum CliffDelta {
    /// δ and its asymmetric interval; O((n₁ + n₂) log(n₁ + n₂)) by sorting. Throws for an empty group.
    /// Method: Cliff (1993, 1996), as effsize::cliff.delta (defaults: unbiased variance, t quantile, rescaling at |δ| = 1).
    public static func estimate(_ first: [Double], _ second: [Double], level: Double = 0.95,
                                variance: CliffDeltaResult.Variance = .unbiased,
                                quantile: CliffDeltaResult.Quantile = .studentT) throws -> CliffDeltaResult {
        _ = try validatedConfidenceLevel(level)
        let x = try validatedFinite(first, what: "group 1"), y = try validatedFinite(second, what: "group 2")
        guard !x.isEmpty, !y.isEmpty else {
            throw StatisticsError.tooFewObservations(what: "Cliff's delta", required: 1, actual: min(x.count, y.count))
        }
        let n1 = Double(x.count), n2 = Double(y.count), pairs = n1 * n2
        // Row sums Σⱼ sign(xᵢ − yⱼ) and column sums Σᵢ sign(xᵢ − yⱼ), by counting in the sorted other group.
        let rows = dominance(x, over: y.sorted())
        let columns = dominance(y, over: x.sorted()).map { Double($0.less - $0.greater) }
        let greater = rows.reduce(0) { $0 + $1.greater }, less = rows.reduce(0) { $0 + $1.less }
        let delta = Double(greater - less) / pairs
        let centre = abs(delta) == 1 ? delta * (pairs - 1) / pairs : delta
        let rowSquares = rows.reduce(0.0) { sum, row in
            let deviation = Double(row.greater - row.less) / n2 - centre
            return sum + deviation * deviation
        }
        let columnSquares = columns.reduce(0.0) { sum, score in
            let deviation = score / n1 - centre
            return sum + deviation * deviation
        }
        // Σ(dᵢⱼ − d.)² = #(dᵢⱼ ≠ 0) − 2 d. Σ dᵢⱼ + n₁n₂ d.².
        let nonzero = Double(greater + less)
        let residual = nonzero - 2 * centre * Double(greater - less) + pairs * centre * centre
        let s: Double
        switch variance {
        case .unbiased:
            s = (n2 * n2 * rowSquares + n1 * n1 * columnSquares - residual) / (pairs * (n1 - 1) * (n2 - 1))
        case .consistent:
            s = ((n2 - 1) * rowSquares / (n1 - 1) + (n1 - 1) * columnSquares / (n2 - 1)
                 + residual / ((n1 - 1) * (n2 - 1))) / pairs
        }
        var interval: ConfidenceInterval?
        if s.isFinite, s >= 0 {
            let z = quantile == .studentT
                ? StudentT(degreesOfFreedom: n1 + n2 - 2).quantile(1 - (1 - level) / 2)
                : Normal.standardQuantile(1 - (1 - level) / 2)
            let d = centre, spread = 1 - d * d
            let root = s.squareRoot() * (spread * spread + z * z * s).squareRoot()
            let denominator = spread + z * z * s
            var lower = (d - d * d * d - z * root) / denominator
            var upper = (d - d * d * d + z * root) / denominator
            if delta == 1 { upper = 1 }
            if delta == -1 { lower = -1 }
            interval = ConfidenceInterval(lower: lower, upper: upper, level: level)
        }
        return CliffDeltaResult(counts: [x.count, y.count], delta: delta, probabilityGreater: Double(greater) / pairs,
                                probabilityLess: Double(less) / pairs, probabilityEqual: (pairs - nonzero) / pairs,
                                rescaledDelta: centre, variance: variance, quantile: quantile, varianceEstimate: s,
                                interval: interval)
    }

    /// For each value v: how many of `sorted` lie below v and above v.
    private static func dominance(_ values: [Double], over sorted: [Double]) -> [(greater: Int, less: Int)] {
        values.map { v in
            (greater: firstIndex(in: sorted) { $0 >= v }, less: sorted.count - firstIndex(in: sorted) { $0 > v })
        }
    }

    /// The first index where the monotone predicate holds (binary search).
    private static func firstIndex(in sorted: [Double], where predicate: (Double) -> Bool) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
