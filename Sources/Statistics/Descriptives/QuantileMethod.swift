/// How a sample quantile interpolates between order statistics.
/// Method: Hyndman, R. J. & Fan, Y. (1996), "Sample quantiles in statistical packages", Am. Stat. 50, 361–365.
public enum QuantileMethod: String, Codable, Sendable, CaseIterable {
    /// Type 7, p(n − 1) + 1: R's and NumPy's default.
    case type7
    /// Type 6, p(n + 1): SPSS's and Minitab's (weighted average at x_{(n+1)p}).
    case type6

    /// The quantile of probability p of n ordered values, reading the order statistics through `orderStatistic` (1-based).
    /// Method: Hyndman & Fan (1996) types 6 and 7, with R's fuzz on the position so that exact positions do not interpolate.
    public func quantile(_ probability: Double, count n: Int, orderStatistic: (Int) -> Double) throws -> Double {
        guard n > 0 else { throw StatisticsError.emptyInput(what: "quantile") }
        guard probability >= 0, probability <= 1 else {
            throw StatisticsError.invalidArgument("quantile probability \(probability) outside [0, 1]")
        }
        let position: Double
        switch self {
        case .type7: position = 1 + Double(n - 1) * probability
        case .type6: position = Double(n + 1) * probability
        }
        let fuzz = 4 * Double.ulpOfOne
        var lower = (position + fuzz).rounded(.down)
        var fraction = position - lower
        if abs(fraction) < fuzz { fraction = 0 }
        if lower < 1 { lower = 1; fraction = 0 }
        if lower >= Double(n) { lower = Double(n); fraction = 0 }
        let low = orderStatistic(Int(lower))
        guard fraction > 0 else { return low }
        let high = orderStatistic(Int(lower) + 1)
        return low == high ? low : (1 - fraction) * low + fraction * high
    }

    /// The quantile of unsorted values. Method: Hyndman & Fan (1996).
    public func quantile(_ probability: Double, of values: [Double]) throws -> Double {
        try quantile(probability, ofSorted: values.sorted())
    }

    /// The quantile of values already sorted ascending. Method: Hyndman & Fan (1996).
    public func quantile(_ probability: Double, ofSorted sorted: [Double]) throws -> Double {
        try quantile(probability, count: sorted.count) { sorted[$0 - 1] }
    }
}
