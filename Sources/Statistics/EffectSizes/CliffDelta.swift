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
    /// δ and its asymmetric interval from two samples of values; O(n) by tabulating the distinct values.
    /// Throws for an empty group or a value that is not finite.
    /// Method: Cliff (1993, 1996), as effsize::cliff.delta (defaults: unbiased variance, t quantile, rescaling at |δ| = 1).
    public static func estimate(_ first: [Double], _ second: [Double], level: Double = 0.95,
                                variance: CliffDeltaResult.Variance = .unbiased,
                                quantile: CliffDeltaResult.Quantile = .studentT) throws -> CliffDeltaResult {
        let x = try validatedFinite(first, what: "group 1"), y = try validatedFinite(second, what: "group 2")
        return try estimate(frequencies: ValueFrequencies(x), ValueFrequencies(y), level: level, variance: variance,
                            quantile: quantile)
    }

    /// δ from the two groups' value frequencies: what a report holds for a million answers.
    /// Method: Cliff (1993, 1996) on the groups' common ordinal scale, as effsize::cliff.delta.
    public static func estimate(frequencies first: ValueFrequencies, _ second: ValueFrequencies, level: Double = 0.95,
                                variance: CliffDeltaResult.Variance = .unbiased,
                                quantile: CliffDeltaResult.Quantile = .studentT) throws -> CliffDeltaResult {
        let scale = try ValueFrequencies.commonScale([first, second])
        return try estimate(tallies: scale[0].counts, scale[1].counts, level: level, variance: variance, quantile: quantile)
    }

    /// δ from the counts per point of two groups answering the same scale.
    /// Method: Cliff (1993, 1996) on frequency tables, as effsize::cliff.delta.
    public static func estimate(_ first: ScaleCounts, _ second: ScaleCounts, level: Double = 0.95,
                                variance: CliffDeltaResult.Variance = .unbiased,
                                quantile: CliffDeltaResult.Quantile = .studentT) throws -> CliffDeltaResult {
        guard first.points == second.points else {
            throw StatisticsError.mismatchedLengths(what: "scale of group 2", expected: first.points, actual: second.points)
        }
        return try estimate(tallies: first.counts, second.counts, level: level, variance: variance, quantile: quantile)
    }

    /// `a[v]`, `b[v]`: how many of each group took the v-th value in increasing order. Every member of a group who
    /// took the same value has the same dominance row, so the sums run over the d values: O(d).
    private static func estimate(tallies a: [Int], _ b: [Int], level: Double, variance: CliffDeltaResult.Variance,
                                 quantile: CliffDeltaResult.Quantile) throws -> CliffDeltaResult {
        _ = try validatedConfidenceLevel(level)
        let count1 = a.reduce(0, +), count2 = b.reduce(0, +)
        guard count1 > 0, count2 > 0 else {
            throw StatisticsError.tooFewObservations(what: "Cliff's delta", required: 1, actual: min(count1, count2))
        }
        let n1 = Double(count1), n2 = Double(count2), pairs = n1 * n2
        // below[v] / above[v]: members of the other group strictly under / over the v-th value.
        func belowAndAbove(_ other: [Int]) -> (below: [Int], above: [Int]) {
            var below = [Int](repeating: 0, count: other.count), running = 0
            for v in other.indices { below[v] = running; running += other[v] }
            return (below, other.indices.map { running - below[$0] - other[$0] })
        }
        let (yBelow, yAbove) = belowAndAbove(b), (xBelow, xAbove) = belowAndAbove(a)
        var greater = 0, less = 0
        for v in a.indices { greater += a[v] * yBelow[v]; less += a[v] * yAbove[v] }
        let delta = Double(greater - less) / pairs
        let centre = abs(delta) == 1 ? delta * (pairs - 1) / pairs : delta
        var rowSquares = 0.0, columnSquares = 0.0
        for v in a.indices {
            // Row of an x at v: Σⱼ sign(x − yⱼ) / n₂; column of a y at v: Σᵢ sign(xᵢ − y) / n₁.
            let row = Double(yBelow[v] - yAbove[v]) / n2 - centre
            let column = Double(xAbove[v] - xBelow[v]) / n1 - centre
            rowSquares += Double(a[v]) * row * row
            columnSquares += Double(b[v]) * column * column
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
        return CliffDeltaResult(counts: [count1, count2], delta: delta, probabilityGreater: Double(greater) / pairs,
                                probabilityLess: Double(less) / pairs, probabilityEqual: (pairs - nonzero) / pairs,
                                rescaledDelta: centre, variance: variance, quantile: quantile, varianceEstimate: s,
                                interval: interval)
    }
}
