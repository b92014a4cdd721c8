import Statistics

/// Cronbach's α of a score's items, from exact integer sums over keyed points (0 = no answer): one pass per item or
/// pair of items, and p² counters whatever the number of respondents.
extension ReportBuilder {
    /// Item statistics and α, listwise (complete rows), constant items left out as psych::alpha does; then α with
    /// Feldt's interval under both missing-answer rules: complete rows (psych::alpha(na.omit(x))) and pairwise
    /// covariances (psych::alpha's default), over the items that vary (nil when fewer than two vary).
    func reliability(_ columns: [[UInt8]]) -> (result: Result<ReliabilityResult, Error>, completeRows: AlphaEstimate?,
                                               pairwise: AlphaEstimate?) {
        let level = options.confidenceLevel
        let (count, complete, dropped) = completeRowsCovariance(columns)
        let result = Result { try Reliability.cronbachAlpha(covariance: complete, observationCount: count, droppedRowCount: dropped) }
        let completeRows = try? Reliability.alpha(covariance: Self.varying(complete), observationCount: count,
                                                  rule: .completeRows, level: level)
        // An item answered fewer than twice has no variance to pair: psych leaves it out, so does this.
        let answered = columns.filter { column in column.lazy.filter { $0 != 0 }.prefix(2).count == 2 }
        guard answered.count >= 2, let (answering, pairwise) = Self.pairwiseCovariance(answered) else { return (result, completeRows, nil) }
        return (result, completeRows, try? Reliability.alpha(covariance: Self.varying(pairwise), observationCount: answering,
                                                             rule: .pairwise, level: level))
    }

    /// The covariances of the rows with every item answered, as n·Σxy − Σx·Σy over n(n − 1) (exact until the division).
    func completeRowsCovariance(_ columns: [[UInt8]]) -> (count: Int, covariance: [[Double]], dropped: Int) {
        let p = columns.count
        let (counts, totals, dropped) = Self.crossProducts(columns, membership: [Int32](repeating: 0, count: data.respondentCount), groups: 1)
        let count = counts[0], sums = Array(totals[..<p]), products = Array(totals[p...])
        let n = Double(count)
        let covariance: [[Double]] = (0..<p).map { i in
            (0..<p).map { j in
                let (a, b) = (min(i, j), max(i, j))
                let centred = count * products[a * p + b] - sums[a] * sums[b]
                return count > 1 ? Double(centred) / (n * (n - 1)) : 0
            }
        }
        return (count, covariance, dropped)
    }

    /// R's cov(x, use = "pairwise"): each entry over the rows answering both items (a variance over the item's own
    /// answers), centred on those rows' means; and the rows answering at least one item, the n of Feldt's interval
    /// (psych's nrow(x) once the rows that answered none are set aside). A missing point is 0, so Σxᵢxⱼ over all
    /// rows is the sum over the rows answering both. Nil when two items were answered together fewer than twice.
    static func pairwiseCovariance(_ columns: [[UInt8]]) -> (answering: Int, covariance: [[Double]])? {
        let p = columns.count, n = columns.first?.count ?? 0
        var covariance = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for i in 0..<p {
            for j in i..<p {
                var both = 0, sumI = 0, sumJ = 0, products = 0
                columns[i].withUnsafeBufferPointer { a in
                    columns[j].withUnsafeBufferPointer { b in
                        // 32-bit lanes vectorise; a block of 65,536 rows cannot overflow them (255² · 2¹⁶ < 2³²).
                        var start = 0
                        while start < n {
                            let end = min(n, start + 65_536)
                            var blockBoth: UInt32 = 0, blockI: UInt32 = 0, blockJ: UInt32 = 0, blockProducts: UInt32 = 0
                            for k in start..<end {
                                let x = UInt32(a[k]), y = UInt32(b[k]), hasX = min(x, 1), hasY = min(y, 1)
                                blockBoth &+= hasX &* hasY
                                blockI &+= x &* hasY
                                blockJ &+= y &* hasX
                                blockProducts &+= x &* y
                            }
                            both += Int(blockBoth); sumI += Int(blockI); sumJ += Int(blockJ); products += Int(blockProducts)
                            start = end
                        }
                    }
                }
                guard both > 1 else { return nil }
                let m = Double(both)
                covariance[i][j] = Double(both * products - sumI * sumJ) / (m * (m - 1))
                covariance[j][i] = covariance[i][j]
            }
        }
        var anyAnswer = [UInt8](repeating: 0, count: n)
        for column in columns { for k in 0..<n { anyAnswer[k] |= column[k] } }
        return (anyAnswer.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }, covariance)
    }

    /// The matrix without its constant items (zero variance), which psych::alpha leaves out.
    static func varying(_ covariance: [[Double]]) -> [[Double]] {
        let kept = covariance.indices.filter { covariance[$0][$0] > 0 }
        return kept.map { i in kept.map { covariance[i][$0] } }
    }
}
