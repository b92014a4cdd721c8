import Questionnaire
import Statistics

/// Many items compared at p < 0.10 give "tendential" differences by chance alone: the report counts its tests and
/// either says how many chance would give, or corrects the p-values over the items of each comparison.
extension ReportBuilder {
    var correction: AnalysisPlan.Correction { options.correction ?? survey.analysis.correction }

    /// The comparison with its rows' p corrected over its items (Holm 1979, or Benjamini & Hochberg 1995 for `fdr`,
    /// as R's `p.adjust`): the marks read the corrected p, and letters stay only on items whose corrected p is under
    /// the tendential threshold (the omnibus test first, as Fisher's protected LSD).
    func corrected(_ comparison: Report.Comparison) -> Report.Comparison {
        guard correction != .none else { return comparison }
        var comparison = comparison
        let tested = comparison.rows.indices.filter { comparison.rows[$0].p != nil }
        let method: PValueAdjustment = correction == .holm ? .holm : .benjaminiHochberg
        guard let adjusted = try? method.adjust(tested.map { comparison.rows[$0].p! }) else { return comparison }
        for (index, p) in zip(tested, adjusted) {
            comparison.rows[index].adjustedP = p
            comparison.rows[index].significance = SignificanceClass(p: p, thresholds: thresholds)
            if comparison.display == .letters, p >= thresholds.tendential {
                for cell in comparison.rows[index].cells.indices where comparison.rows[index].cells[cell].mean != nil {
                    comparison.rows[index].cells[cell].letters = "a"
                }
            }
        }
        return comparison
    }

    func multiplicity(_ comparisons: [Report.Comparison]) -> Report.Multiplicity? {
        let tests = comparisons.reduce(0) { $0 + $1.rows.filter { $0.p != nil }.count }
        guard tests > 0 else { return nil }
        return Report.Multiplicity(correction: correction, tests: tests,
                                   expectedByChance: correction == .none ? Double(tests) * thresholds.tendential : nil)
    }
}
