import Foundation
import Questionnaire
import Statistics

/// Paired rows shared by the before/after report and the retrospective (then-test) blocks.
extension ReportBuilder {
    /// One item or score measured twice on the same people. `before`/`after` are aligned (NaN where missing).
    func pairedRow(variable: String, label: String, reversed: Bool, before: [Double], after: [Double]) -> Report.PairedRow {
        let complete = zip(before, after).filter { $0.0.isFinite && $0.1.isFinite }
        var row = Report.PairedRow(variable: variable, label: label, reversed: reversed, pairCount: complete.count,
                                   meanBefore: nil, meanAfter: nil, standardDeviationBefore: nil, standardDeviationAfter: nil,
                                   paired: nil, percentImproved: nil, percentUnchanged: nil, percentWorsened: nil,
                                   p: nil, significance: .none, note: nil)
        // Fewer pairs than the minimum: an aggregate of so few people is not shown (as a small group is not).
        guard complete.count >= max(minimum, 2) else {
            row.note = .tooFewPairs(minimum: max(minimum, 2))
            return row
        }
        let first = try? Descriptives(values: complete.map(\.0), confidenceLevel: options.confidenceLevel)
        let second = try? Descriptives(values: complete.map(\.1), confidenceLevel: options.confidenceLevel)
        row.meanBefore = first?.mean
        row.meanAfter = second?.mean
        row.standardDeviationBefore = first?.standardDeviation
        row.standardDeviationAfter = second?.standardDeviation
        do {
            var result = try PairedComparison.analyze(before: before, after: after, confidenceLevel: options.confidenceLevel)
            // A reverse-keyed item improves when it goes down.
            if reversed { swap(&result.improved, &result.worsened) }
            row.paired = result
            let n = Double(result.pairCount)
            row.percentImproved = 100 * Double(result.improved) / n
            row.percentUnchanged = 100 * Double(result.unchanged) / n
            row.percentWorsened = 100 * Double(result.worsened) / n
            if let t = result.tTest {
                row.p = t.p
                row.significance = SignificanceClass(p: t.p, thresholds: thresholds)
            } else {
                row.note = .everyoneChangedEqually
            }
        } catch {
            row.note = ReportNote(explaining: error)
        }
        return row
    }

    /// Scale answers of a column as numbers, NaN where there is none.
    func scaleValues(_ name: String) -> [Double]? {
        data.scalePoints(name).map { points in points.map { $0 == 0 ? Double.nan : Double($0) } }
    }

    func itemLabel(_ variable: Variable, of question: Question) -> String {
        variable.itemId.map { id in text(question.items.first { $0.id == id }?.text) } ?? text(question.text)
    }

    var likertBlocks: [Question] {
        survey.questions.filter { if case .likert = $0.kind { return true } else { return false } }
    }

    /// Retrospective blocks: each item's "before" and "now" columns of the same session, as pairs.
    func retrospectiveBlocks() -> [Report.PairedBlock] {
        likertBlocks.compactMap { question -> Report.PairedBlock? in
            guard case .likert(_, _, let retrospective?) = question.kind else { return nil }
            let variables = scaleVariables(of: question)
            let thens = variables.filter { $0.moment == Retrospective.thenSuffix }
            let rows = thens.compactMap { then -> Report.PairedRow? in
                let base = String(then.name.dropLast(Retrospective.thenSuffix.count + 1))
                guard let before = scaleValues(then.name), let now = scaleValues("\(base).\(Retrospective.nowSuffix)") else { return nil }
                // Sessions that were asked the block (one answer at least): the others are not dropped pairs.
                let asked = before.indices.filter { before[$0].isFinite || now[$0].isFinite }
                return pairedRow(variable: base, label: itemLabel(then, of: question), reversed: then.isReversed,
                                 before: asked.map { before[$0] }, after: asked.map { now[$0] })
            }
            return Report.PairedBlock(block: question.id, blockLabel: text(question.text), rows: rows,
                                      retrospective: .init(then: text(retrospective.then), now: text(retrospective.now)))
        }
    }
}
