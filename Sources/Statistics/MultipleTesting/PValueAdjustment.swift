/// Adjusted p-values for a family of tests, as R's `p.adjust`.
public enum PValueAdjustment: String, Codable, Sendable, CaseIterable {
    case none
    case bonferroni
    case holm
    case benjaminiHochberg

    /// Adjusts a family of p-values; the result keeps the input order. Methods: Bonferroni; Holm (1979)
    /// step-down; Benjamini & Hochberg (1995) step-up — each computed as R's `p.adjust`.
    /// NaN p-values are rejected (R would leave them out of the family size; here a family must be complete).
    public func adjust(_ pValues: [Double]) throws -> [Double] {
        if let index = pValues.firstIndex(where: { $0.isNaN }) {
            throw StatisticsError.nonFiniteValue(what: "p-values", index: index)
        }
        if let bad = pValues.first(where: { $0 < 0 || $0 > 1 }) {
            throw StatisticsError.invalidArgument("p-values must lie in [0, 1], got \(bad)")
        }
        let n = Double(pValues.count)
        switch self {
        case .none:
            return pValues
        case .bonferroni:
            return pValues.map { min(1, n * $0) }
        case .holm:
            // Ascending p; multiplier n − i + 1 for the i-th smallest; running maximum keeps monotonicity.
            let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
            var adjusted = pValues
            var runningMax = 0.0
            for (rank, index) in order.enumerated() {
                runningMax = max(runningMax, (n - Double(rank)) * pValues[index])
                adjusted[index] = min(1, runningMax)
            }
            return adjusted
        case .benjaminiHochberg:
            // Descending p; multiplier n / i for the i-th smallest; running minimum from the largest down.
            let order = pValues.indices.sorted { (pValues[$0], $1) > (pValues[$1], $0) }
            var adjusted = pValues
            var runningMin = Double.infinity
            for (offset, index) in order.enumerated() {
                let rankFromSmallest = n - Double(offset)
                runningMin = min(runningMin, n / rankFromSmallest * pValues[index])
                adjusted[index] = min(1, runningMin)
            }
            return adjusted
        }
    }
}
