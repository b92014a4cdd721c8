/// Exact null distribution of the Mann–Whitney U statistic for samples of sizes m and n without ties.
/// Method: counting the m-subsets of ranks 1...m+n by their U value (Mann & Whitney 1947, recursion of eq. 2),
/// by dynamic programming over ranks; the same distribution as R's pwilcox.
struct WilcoxonRankSumDistribution {
    let m: Int
    let n: Int
    /// lower[u] = P(U ≤ u) and upper[u] = P(U ≥ u), each summed from its own tail so small p-values keep their digits.
    private let lower: [Double]
    private let upper: [Double]

    init(m: Int, n: Int) {
        self.m = m
        self.n = n
        let chosenSize = Swift.min(m, n)
        let maximumU = m * n
        let ranks = m + n
        // ways[j][u]: subsets of j ranks among those seen so far whose U contribution is u.
        var ways = Array(repeating: Array(repeating: 0.0, count: maximumU + 1), count: chosenSize + 1)
        ways[0][0] = 1
        for rank in 1...ranks {
            for j in stride(from: Swift.min(rank, chosenSize), through: 1, by: -1) {
                let step = rank - j
                guard step <= maximumU else { continue }
                for u in stride(from: maximumU - step, through: 0, by: -1) where ways[j - 1][u] != 0 {
                    ways[j][u + step] += ways[j - 1][u]
                }
            }
        }
        let counts = ways[chosenSize]
        let total = counts.reduce(0, +)
        var running = 0.0
        lower = counts.map { running += $0; return running / total }
        running = 0
        upper = counts.reversed().map { running += $0; return running / total }.reversed()
    }

    /// P(U ≤ u).
    func cdf(_ u: Double) -> Double {
        let index = Int(u.rounded(.down))
        if index < 0 { return 0 }
        if index >= lower.count { return 1 }
        return Swift.min(1, lower[index])
    }

    /// P(U ≥ u).
    func sf(_ u: Double) -> Double {
        let index = Int(u.rounded(.up))
        if index <= 0 { return 1 }
        if index >= upper.count { return 0 }
        return Swift.min(1, upper[index])
    }
}
