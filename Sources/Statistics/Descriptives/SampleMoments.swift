/// Σ values with Neumaier's compensation, so that sums of many survey answers lose no digits.
/// Method: Neumaier (1974), improved Kahan–Babuška summation.
func compensatedSum<S: Sequence>(_ values: S) -> Double where S.Element == Double {
    var sum = 0.0
    var compensation = 0.0
    for value in values {
        let next = sum + value
        if abs(sum) >= abs(value) { compensation += (sum - next) + value } else { compensation += (value - next) + sum }
        sum = next
    }
    return sum + compensation
}

extension GroupSummary {
    /// Count, mean and n − 1 variance of finite values, by the corrected two-pass algorithm
    /// (mean, then Σ(x − m)² − (Σ(x − m))²/n). Method: Chan, Golub & LeVeque (1983), Am. Stat. 37, eq. 1.7.
    init(values: [Double], what: String) throws {
        _ = try validatedFinite(values, what: what)
        let n = values.count
        guard n > 0 else { self.init(count: 0, mean: 0, variance: 0); return }
        let firstMean = compensatedSum(values) / Double(n)
        let residualSum = compensatedSum(values.lazy.map { $0 - firstMean })
        let mean = firstMean + residualSum / Double(n)
        let squares = compensatedSum(values.lazy.map { ($0 - mean) * ($0 - mean) })
        self.init(count: n, mean: mean, variance: n > 1 ? Swift.max(0, squares) / Double(n - 1) : 0)
    }
}
