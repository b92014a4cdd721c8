import Statistics

extension Report {
    /// What the numbers say, first: the significant and tendential differences of the tables, largest effect first,
    /// each traced to its row; then the caution the design calls for. Facts only: `Reports` words them.
    public struct KeyFindings: Codable, Sendable, Equatable {
        public var findings: [Finding]
        /// How many differences there were in all (the summary shows the largest `findings.count`).
        public var differenceCount: Int
        public var caution: Caution

        public struct Finding: Codable, Sendable, Equatable {
            public var significance: SignificanceClass
            public var groupingLabel: String
            public var blockLabel: String?
            public var itemLabel: String
            /// The groups with the highest and the lowest mean of the row, and their means as the table shows them.
            public var higherGroup: String
            public var higherMean: Double
            public var lowerGroup: String
            public var lowerMean: Double
            /// The p the table's mark reads (corrected when the report corrects).
            public var p: Double
            /// Cohen's d for two groups, η² beyond (nil when the test gives none, as Welch's ANOVA).
            public var effect: Effect?
            /// The effect's confidence interval, as its table row gives it.
            public var effectInterval: ConfidenceInterval? = nil
        }

        public enum Effect: Codable, Sendable, Equatable {
            case cohensD(Double)
            case etaSquared(Double)

            var size: Double {
                switch self {
                case .cohensD(let d): return abs(d)
                // η² on the d scale (Cohen 1988: f = √(η²/(1−η²)), d ≈ 2f), so that both kinds rank together.
                case .etaSquared(let eta): return 2 * (eta / max(1e-12, 1 - eta)).squareRoot()
                }
            }
        }

        public enum Caution: Codable, Sendable, Equatable {
            /// Groups compared at one time: differences between people, not effects of the support.
            case noBeforeAfter
            /// Before/after of the same people: how many were linked, of how many at the first wave.
            case beforeAfter(linked: Int, firstWave: Int)
        }
    }
}

extension ReportBuilder {
    /// At most `limit` findings, the largest effects first (then the smallest p).
    func keyFindings(_ comparisons: [Report.Comparison], change: Report.Change?, limit: Int = 8) -> Report.KeyFindings {
        var findings: [Report.KeyFindings.Finding] = []
        for comparison in comparisons {
            for row in comparison.rows where row.significance != .none {
                guard let p = row.adjustedP ?? row.p else { continue }
                let shown = zip(comparison.groups, row.cells).filter { $0.1.mean != nil }
                guard let high = shown.max(by: { $0.1.mean! < $1.1.mean! }), let low = shown.min(by: { $0.1.mean! < $1.1.mean! }),
                      high.0.code != low.0.code else { continue }
                let effect: Report.KeyFindings.Effect? = row.twoGroup.map { .cohensD($0.cohensD) } ?? row.anova.map { .etaSquared($0.etaSquared) }
                let interval = row.twoGroup.map { $0.cohensDInterval } ?? (row.anova == nil ? nil : row.effectInterval?.etaSquared)
                findings.append(Report.KeyFindings.Finding(
                    significance: row.significance, groupingLabel: comparison.variableLabel, blockLabel: comparison.blockLabel,
                    itemLabel: row.label, higherGroup: high.0.label, higherMean: high.1.mean!, lowerGroup: low.0.label,
                    lowerMean: low.1.mean!, p: p, effect: effect, effectInterval: interval))
            }
        }
        let ranked = findings.sorted { ($0.effect?.size ?? -1, -$0.p) > ($1.effect?.size ?? -1, -$1.p) }
        let caution: Report.KeyFindings.Caution
        if let change {
            let first = change.linking.waves.first { $0.wave == change.from }
            caution = .beforeAfter(linked: change.pairCount, firstWave: first?.sessions ?? change.pairCount)
        } else {
            caution = .noBeforeAfter
        }
        return Report.KeyFindings(findings: Array(ranked.prefix(limit)), differenceCount: findings.count, caution: caution)
    }
}
