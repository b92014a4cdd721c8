import Statistics

extension Report {
    /// What the numbers say, first: the significant and tendential differences of the tables, largest effect first,
    /// each traced to its row; then the caution the design calls for. Facts only: `Reports` words them.
    public struct KeyFindings: Codable, Sendable, Equatable {
        /// Before/after (`--change`): the significant and tendential changes of the same people, largest |d_z| first.
        public var changes: [ChangeFinding] = []
        /// How many changes there were in all.
        public var changeCount: Int = 0
        /// Before/after: on how many baseline measures the people seen again differed from those lost.
        public var attrition: AttritionSummary? = nil
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

        /// One paired row of the before/after section, as its table prints it.
        public struct ChangeFinding: Codable, Sendable, Equatable {
            public var significance: SignificanceClass
            public var blockLabel: String?
            public var itemLabel: String
            /// Reverse-keyed: a decrease is an improvement.
            public var reversed: Bool
            public var pairCount: Int
            public var meanBefore: Double
            public var meanAfter: Double
            public var meanChange: Double
            public var changeInterval: ConfidenceInterval?
            public var p: Double
            public var effectSizeDz: Double?
            public var effectSizeDzInterval: ConfidenceInterval?
        }

        /// First-wave measures compared between the people seen again and those lost (`Change.attrition`).
        public struct AttritionSummary: Codable, Sendable, Equatable {
            public var compared: Int
            /// Those where the difference is significant or tendential.
            public var differing: Int

            public init(compared: Int, differing: Int) {
                self.compared = compared
                self.differing = differing
            }
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
                // d is the first group's mean minus the second's: read from the higher group, as the sentence is.
                let sign: Double = high.0.code == shown.first?.0.code ? 1 : -1
                let effect: Report.KeyFindings.Effect? = row.twoGroup.map { .cohensD(sign * $0.cohensD) } ?? row.anova.map { .etaSquared($0.etaSquared) }
                let interval = row.twoGroup.map { test in
                    test.cohensDInterval.map { sign > 0 ? $0 : ConfidenceInterval(lower: -$0.upper, upper: -$0.lower, level: $0.level) }
                } ?? (row.anova == nil ? nil : row.effectInterval?.etaSquared)
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
        var summary = Report.KeyFindings(findings: Array(ranked.prefix(limit)), differenceCount: findings.count, caution: caution)
        if let change {
            let changes = changeFindings(change)
            summary.changes = Array(changes.prefix(limit))
            summary.changeCount = changes.count
            let compared = change.attrition.filter { $0.test != nil }
            if !compared.isEmpty {
                summary.attrition = .init(compared: compared.count, differing: compared.filter { $0.significance != .none }.count)
            }
        }
        return summary
    }

    /// The before/after rows that changed (significant or tendential), largest |d_z| first, then the smallest p.
    func changeFindings(_ change: Report.Change) -> [Report.KeyFindings.ChangeFinding] {
        let findings = change.blocks.flatMap { block in
            block.rows.compactMap { row -> Report.KeyFindings.ChangeFinding? in
                guard row.significance != .none, let p = row.p, let before = row.meanBefore, let after = row.meanAfter,
                      let paired = row.paired else { return nil }
                return .init(significance: row.significance, blockLabel: block.blockLabel, itemLabel: row.label, reversed: row.reversed,
                             pairCount: row.pairCount, meanBefore: before, meanAfter: after, meanChange: paired.meanChange,
                             changeInterval: paired.tTest.map { ConfidenceInterval(lower: $0.lower, upper: $0.upper, level: $0.confidenceLevel) },
                             p: p, effectSizeDz: paired.effectSizeDz, effectSizeDzInterval: paired.effectSizeDzInterval)
            }
        }
        return findings.sorted { (abs($0.effectSizeDz ?? 0), -$0.p) > (abs($1.effectSizeDz ?? 0), -$1.p) }
    }
}
