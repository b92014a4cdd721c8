import Analysis
import Foundation
import Questionnaire
import Statistics

extension DocumentBuilder {
    func comparisonBlocks() -> [Document.Block] {
        guard !report.comparisons.isEmpty else { return [] }
        var blocks: [Document.Block] = [.heading(level: 2, text: l.pick(fr: "Comparaisons entre groupes", en: "Comparisons between groups"), id: "comparisons")]
        var currentVariable: String?
        for comparison in report.comparisons {
            if comparison.variable != currentVariable {
                currentVariable = comparison.variable
                blocks.append(.heading(level: 3, text: l.pick(fr: "Selon « \(comparison.variableLabel) »", en: "By \"\(comparison.variableLabel)\""),
                                       id: "by-\(comparison.variable)"))
            }
            blocks += comparisonTable(comparison)
        }
        return blocks
    }

    func comparisonTable(_ comparison: Report.Comparison) -> [Document.Block] {
        var header: [Document.Cell] = [.init(comparison.blockLabel)]
        var numeric = [false]
        var rows: [[Document.Cell]] = []
        switch comparison.display {
        case "difference":
            header.append(.init(l.pick(fr: "Différence", en: "Difference")))
            numeric.append(false)
            header += comparison.groups.map { .init($0.label) }
            numeric += comparison.groups.map { _ in true }
            header.append(.init("p"))
            numeric.append(true)
            header.append(.init(l.pick(fr: "d de Cohen", en: "Cohen's d")))
            numeric.append(true)
            for row in comparison.rows {
                rows.append([.init(row.label), .init(row.note == nil ? row.mark : "—")]
                            + row.cells.map { .init(Format.mean($0.mean, language: l)) }
                            + [.init(Format.p(row.p, language: l).replacingOccurrences(of: "p = ", with: "")),
                               .init(row.twoGroup.map { n($0.cohensD) } ?? "—")])
            }
        case "asterisk":
            header += comparison.groups.map { .init(String($0.number)) }
            numeric += comparison.groups.map { _ in true }
            for row in comparison.rows {
                rows.append([.init(row.label + (row.mark.isEmpty ? "" : " " + row.mark))] + row.cells.map { .init(Format.mean($0.mean, language: l)) })
            }
        default:
            header += comparison.groups.map { .init($0.label) }
            numeric += comparison.groups.map { _ in true }
            for row in comparison.rows {
                rows.append([.init(row.label)] + row.cells.map { .init(Format.mean($0.mean, language: l), superscript: $0.mean == nil ? nil : $0.letters) })
            }
        }
        var notes: [String] = []
        if let manova = comparison.manova, let tests = manova.tests {
            notes.append(l.pick(fr: "MANOVA du bloc : Λ de Wilks = \(n(tests.wilks.statistic, 3)), F(\(n(tests.wilks.numeratorDF, 0)), \(n(tests.wilks.denominatorDF, 0))) = \(n(tests.wilks.approximateF)), \(Format.p(tests.wilks.p, language: l)) ; trace de Pillai = \(n(tests.pillai.statistic, 3)), \(Format.p(tests.pillai.p, language: l)) (N = \(manova.observationCount), réponses complètes au bloc).",
                                en: "MANOVA of the block: Wilks' Λ = \(n(tests.wilks.statistic, 3)), F(\(n(tests.wilks.numeratorDF, 0)), \(n(tests.wilks.denominatorDF, 0))) = \(n(tests.wilks.approximateF)), \(Format.p(tests.wilks.p, language: l)); Pillai's trace = \(n(tests.pillai.statistic, 3)), \(Format.p(tests.pillai.p, language: l)) (N = \(manova.observationCount), complete answers to the block)."))
        }
        if let note = comparison.manovaNote { notes.append(note) }
        notes.append(comparison.method)
        if comparison.display == "asterisk" {
            notes.append(l.pick(fr: "Codes des groupes : ", en: "Group codes: ") + comparison.groups.map { "\($0.number) = \($0.label)" }.joined(separator: " ; "))
        }
        let leftOut = comparison.leftOut.filter { $0.count != 0 }.map(\.label)
        if !leftOut.isEmpty {
            notes.append(l.pick(fr: "Groupes non comparés : \(leftOut.joined(separator: ", ")).", en: "Groups not compared: \(leftOut.joined(separator: ", ")).") )
        }
        let untested = comparison.rows.filter { $0.note != nil }
        for row in untested { notes.append("\(row.label) : \(row.note ?? "")") }
        if comparison.rows.contains(where: { $0.cells.contains { $0.mean == nil } }) {
            notes.append(l.pick(fr: "— : moins de \(report.settings.minimumGroupSize) réponses dans le groupe, moyenne non montrée.",
                                en: "—: fewer than \(report.settings.minimumGroupSize) answers in the group, mean not shown."))
        }
        var blocks: [Document.Block] = [.table(Document.Table(caption: nil, header: header, rows: rows, numeric: numeric, notes: notes))]
        // Every display gets the means chart, the two-group "Différence" included: its CIs show what Oui/Non summarises.
        let items = comparison.rows.map { row in
            (label: row.label, means: row.cells.map(\.mean),
             lower: row.cells.map { $0.mean == nil ? nil : $0.confidenceInterval?.lower },
             upper: row.cells.map { $0.mean == nil ? nil : $0.confidenceInterval?.upper })
        }
        blocks.append(.chart(.means(title: "\(comparison.blockLabel) — \(comparison.variableLabel)", groups: comparison.groups.map(\.label),
                                    items: items, scale: 1...8)))
        return blocks
    }

    func scoreBlocks() -> [Document.Block] {
        guard !report.scores.isEmpty else { return [] }
        let header: [Document.Cell] = [.init(l.pick(fr: "Score", en: "Score")), .init(l.pick(fr: "Items", en: "Items")), .init("N"),
                                       .init(l.pick(fr: "Moyenne", en: "Mean")), .init(l.pick(fr: "Écart type", en: "SD")),
                                       .init("α"), .init(l.pick(fr: "α standardisé", en: "Standardized α"))]
        var rows: [[Document.Cell]] = []
        var blocks: [Document.Block] = [.heading(level: 2, text: l.pick(fr: "Scores et fidélité", en: "Scores and reliability"), id: "scores")]
        for score in report.scores {
            rows.append([.init(score.label), .init(String(score.items.count)), .init(String(score.descriptives?.count ?? 0)),
                         .init(n(score.descriptives?.mean)), .init(n(score.descriptives?.standardDeviation)),
                         .init(n(score.reliability?.alpha)), .init(n(score.reliability?.standardizedAlpha))])
        }
        blocks.append(.table(Document.Table(caption: nil, header: header, rows: rows, numeric: [false, true, true, true, true, true, true],
                                            notes: [l.pick(fr: "Score : moyenne des items répondus, items inversés (R) recodés ; α de Cronbach sur les réponses complètes.",
                                                           en: "Score: mean of the answered items, reversed items (R) recoded; Cronbach's α on complete answers.")])))
        for score in report.scores {
            guard let reliability = score.reliability, reliability.items.count == score.items.count else { continue }
            let rows = zip(score.items, reliability.items).map { item, stats in
                [Document.Cell(item), .init(n(stats.itemRestCorrelation)), .init(n(stats.alphaIfDeleted))]
            }
            blocks.append(.table(Document.Table(caption: score.label, header: [.init("Item"), .init(l.pick(fr: "Corrélation item–reste", en: "Item–rest correlation")),
                                                                               .init(l.pick(fr: "α sans l'item", en: "α if deleted"))],
                                                rows: rows, numeric: [false, true, true], notes: [])))
        }
        return blocks
    }
}
