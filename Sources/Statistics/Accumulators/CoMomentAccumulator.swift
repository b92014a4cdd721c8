/// Streaming means and co-moments Σ (xᵢ − x̄ᵢ)(xⱼ − x̄ⱼ) of several variables observed together, mergeable across shards.
/// Method: multivariate Welford updates and the Chan, Golub & LeVeque (1979) merge, as in Pébay (2008), SAND2008-6212.
public struct CoMomentAccumulator: Codable, Sendable, Equatable {
    public let dimension: Int
    public private(set) var count: Int = 0
    public private(set) var means: [Double]
    /// Row-major dimension × dimension matrix of co-moments.
    public private(set) var coMoments: [Double]

    /// An empty accumulator of `dimension` variables. Method: Pébay (2008) co-moment state.
    public init(dimension: Int) throws {
        guard dimension >= 1 else { throw StatisticsError.invalidArgument("co-moments need at least one variable") }
        self.dimension = dimension
        means = Array(repeating: 0, count: dimension)
        coMoments = Array(repeating: 0, count: dimension * dimension)
    }

    /// Adds one joint observation. Method: multivariate Welford update (Pébay 2008, eq. 3.12).
    public mutating func add(_ observation: [Double]) throws {
        guard observation.count == dimension else {
            throw StatisticsError.mismatchedLengths(what: "observation", expected: dimension, actual: observation.count)
        }
        if let bad = observation.firstIndex(where: { !$0.isFinite }) {
            throw StatisticsError.nonFiniteValue(what: "observation", index: bad)
        }
        count += 1
        let n = Double(count)
        var deltaBefore = [Double](repeating: 0, count: dimension)
        for i in 0..<dimension {
            deltaBefore[i] = observation[i] - means[i]
            means[i] += deltaBefore[i] / n
        }
        for i in 0..<dimension {
            let deltaAfter = observation[i] - means[i]
            for j in 0..<dimension { coMoments[i * dimension + j] += deltaBefore[j] * deltaAfter }
        }
    }

    /// Merges another shard of the same variables. Method: Chan, Golub & LeVeque (1979), multivariate form (Pébay 2008).
    public mutating func merge(_ other: CoMomentAccumulator) throws {
        guard other.dimension == dimension else {
            throw StatisticsError.mismatchedLengths(what: "merged co-moments", expected: dimension, actual: other.dimension)
        }
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let total = Double(count + other.count)
        let factor = Double(count) * Double(other.count) / total
        let delta = (0..<dimension).map { other.means[$0] - means[$0] }
        for i in 0..<dimension {
            for j in 0..<dimension {
                coMoments[i * dimension + j] += other.coMoments[i * dimension + j] + factor * delta[i] * delta[j]
            }
            means[i] += delta[i] * Double(other.count) / total
        }
        count += other.count
    }

    /// Sample covariance (n − 1) of variables i and j; nil when fewer than two observations. Method: co-moment / (n − 1).
    public func covariance(_ i: Int, _ j: Int) -> Double? {
        guard count > 1, (0..<dimension).contains(i), (0..<dimension).contains(j) else { return nil }
        return coMoments[i * dimension + j] / Double(count - 1)
    }

    /// Pearson correlation of variables i and j; nil when undefined (fewer than two observations or no spread).
    /// Method: Pearson (1896) product-moment correlation from co-moments.
    public func correlation(_ i: Int, _ j: Int) -> Double? {
        guard count > 1, (0..<dimension).contains(i), (0..<dimension).contains(j) else { return nil }
        let denominator = (coMoments[i * dimension + i] * coMoments[j * dimension + j]).squareRoot()
        guard denominator > 0 else { return nil }
        return Swift.max(-1, Swift.min(1, coMoments[i * dimension + j] / denominator))
    }
}
