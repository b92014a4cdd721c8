import Analysis
import Foundation
import Questionnaire
import Statistics

extension DocumentBuilder {
    func comparisonBlocks() -> [Document.Block] {
        guard !report.comparisons.isEmpty else { return [] }
        var blocks: [Document.Block] = [.heading(level: 2, text: t(.comparisonsHeading), id: "comparisons")]
        if let multiplicity = report.multiplicity {
            blocks.append(.paragraph(t(.multiplicity(multiplicity, tendential: report.settings.tendential))))
        }
        var currentVariable: String?
        for comparison in report.comparisons {
            if comparison.variable != currentVariable {
                currentVariable = comparison.variable
                blocks.append(.heading(level: 3, text: t(.byGrouping(label: comparison.variableLabel)), id: "by-\(comparison.variable)"))
            }
            blocks += comparisonTable(comparison)
        }
        return blocks
    }

    func comparisonTable(_ comparison: Report.Comparison) -> [Document.Block] {
        let blockLabel = comparison.blockLabel ?? t(.scoresLabel)
        var header: [Document.Cell] = [.init(blockLabel)]
        var numeric = [false]
        var rows: [[Document.Cell]] = []
        switch comparison.display {
        case .difference:
            header.append(.init(t(.differenceHeader)))
            numeric.append(false)
            header += comparison.groups.map { .init($0.label) }
            numeric += comparison.groups.map { _ in true }
            header.append(.init("p"))
            numeric.append(true)
            header.append(.init(t(.cohensDHeader)))
            numeric.append(true)
            for row in comparison.rows {
                rows.append([.init(row.label), .init(row.note == nil ? t(.differenceMark(row.significance)) : "—")]
                            + row.cells.map { .init(style.mean($0.mean)) }
                            + [.init(style.p(row.p).replacingOccurrences(of: "p = ", with: "")),
                               .init(effectCell(row.twoGroup?.cohensD, row.twoGroup?.cohensDInterval))])
            }
        case .asterisk:
            header += comparison.groups.map { .init(String($0.number)) } + [.init(t(.etaSquaredHeader)), .init(t(.equalVariancesHeader))]
            numeric += comparison.groups.map { _ in true } + [true, true]
            for row in comparison.rows {
                rows.append([.init(row.label + asteriskMark(row.significance) + welchMark(row, comparison))]
                            + row.cells.map { .init(style.mean($0.mean)) } + [etaCell(row), varianceCell(row)])
            }
        case .letters:
            header += comparison.groups.map { .init($0.label) } + [.init(t(.etaSquaredHeader)), .init(t(.equalVariancesHeader))]
            numeric += comparison.groups.map { _ in true } + [true, true]
            for row in comparison.rows {
                rows.append([.init(row.label + welchMark(row, comparison))]
                            + row.cells.map { .init(style.mean($0.mean), superscript: $0.mean == nil ? nil : $0.letters) }
                            + [etaCell(row), varianceCell(row)])
            }
        }
        var notes: [String] = []
        if report.settings.showsRankTests { notes += rankColumns(comparison, header: &header, numeric: &numeric, rows: &rows) }
        if let manova = comparison.manova, let tests = manova.tests {
            notes.append(t(.manovaLine(wilks: tests.wilks.statistic, numeratorDF: tests.wilks.numeratorDF, denominatorDF: tests.wilks.denominatorDF,
                                       f: tests.wilks.approximateF, wilksP: tests.wilks.p, pillai: tests.pillai.statistic, pillaiP: tests.pillai.p,
                                       count: manova.observationCount)))
        }
        if !comparison.manovaNotes.isEmpty { notes.append(comparison.manovaNotes.map { t(.note($0)) }.joined(separator: " ")) }
        notes.append(t(.method(comparison.method, significant: report.settings.significant, tendential: report.settings.tendential,
                               minimum: report.settings.minimumGroupSize)))
        let level = report.settings.confidenceLevel
        if comparison.display != .difference {
            notes.append(t(.etaSquaredNote(level: level)))
        } else if comparison.groups.count == 2 {
            notes.append(t(.cohensDNote(first: comparison.groups[0].label, second: comparison.groups[1].label, level: level)))
        }
        if comparison.display != .difference { notes.append(t(.equalVariancesNote(significant: report.settings.significant))) }
        if comparison.display == .asterisk {
            notes.append(t(.groupCodes(comparison.groups.map { "\($0.number) = \($0.label)" }.joined(separator: " ; "))))
        }
        let leftOut = comparison.leftOut.filter { $0.count != 0 }.map(\.label)
        if !leftOut.isEmpty { notes.append(t(.groupsNotCompared(leftOut))) }
        for row in comparison.rows { if let note = row.note { notes.append(rowNote(row.label, note)) } }
        if comparison.rows.contains(where: { $0.cells.contains { $0.mean == nil } }) {
            notes.append(t(.meanHiddenTooFewAnswers(minimum: report.settings.minimumGroupSize)))
        }
        var blocks: [Document.Block] = [.table(Document.Table(caption: nil, header: header, rows: rows, numeric: numeric, notes: notes))]
        // Every display gets the means chart, the two-group "Différence" included: its CIs show what Oui/Non summarises.
        let items = comparison.rows.map { row in
            (label: row.label, means: row.cells.map(\.mean),
             lower: row.cells.map { $0.mean == nil ? nil : $0.confidenceInterval?.lower },
             upper: row.cells.map { $0.mean == nil ? nil : $0.confidenceInterval?.upper })
        }
        blocks.append(.chart(.means(title: "\(blockLabel) — \(comparison.variableLabel)", groups: comparison.groups.map(\.label),
                                    items: items, scale: axis(comparison))))
        return blocks
    }

    /// The ordinal companion: the rank test's p on every row, Cliff's δ with its interval for two groups, and
    /// Dunn's pairs that differ for more; returns the notes that explain them.
    func rankColumns(_ comparison: Report.Comparison, header: inout [Document.Cell], numeric: inout [Bool],
                     rows: inout [[Document.Cell]]) -> [String] {
        let twoGroups = comparison.groups.count == 2
        header.append(.init(t(.rankTestHeader)))
        numeric.append(true)
        if twoGroups {
            header.append(.init(t(.cliffDeltaHeader)))
            numeric.append(true)
        }
        for (index, row) in comparison.rows.enumerated() where index < rows.count {
            rows[index].append(.init(row.rankTest.map { style.p($0.pValue).replacingOccurrences(of: "p = ", with: "") } ?? "—"))
            if twoGroups {
                rows[index].append(.init(effectCell(row.cliffDelta?.delta, row.cliffDelta?.interval)))
            }
        }
        var notes = [t(.rankTestNote)]
        if twoGroups {
            notes.append(t(.cliffDeltaNote(first: comparison.groups[0].label, second: comparison.groups[1].label,
                                           level: report.settings.confidenceLevel)))
        } else if comparison.rows.contains(where: { $0.dunn != nil }) {
            notes.append(t(.dunnPairs(dunnPairs(comparison), significant: report.settings.significant)))
        }
        return notes
    }

    /// Per item whose Kruskal–Wallis test is significant, the pairs of groups whose ranks differ by Dunn's
    /// Holm-adjusted test, named as the table names them.
    func dunnPairs(_ comparison: Report.Comparison) -> [(item: String, pairs: [String])] {
        let significant = report.settings.significant
        return comparison.rows.compactMap { row in
            guard let dunn = row.dunn, let omnibus = row.rankTest?.pValue, omnibus < significant else { return nil }
            let pairs = dunn.pairs.filter { $0.adjustedPValue < significant }.compactMap { pair -> String? in
                guard let (first, second) = Report.testedPair(pair.first, pair.second, of: row, in: comparison) else { return nil }
                let name = { (group: Report.ComparedGroup) in comparison.display == .asterisk ? String(group.number) : group.label }
                return "\(name(first)) – \(name(second))"
            }
            return pairs.isEmpty ? nil : (item: row.label, pairs: pairs)
        }
    }

    /// "0,53 [0,12 ; 0,94]": an effect size and its interval ("+" before a positive change when `signed`).
    func effectCell(_ value: Double?, _ interval: ConfidenceInterval?, signed isSigned: Bool = false, decimals: Int = 2) -> String {
        guard let value, value.isFinite else { return "—" }
        let text = isSigned ? signed(value) : n(value, decimals)
        guard let interval else { return text }
        return text + " " + t(.interval(lower: interval.lower, upper: interval.upper, decimals: decimals))
    }

    /// η² of the classic ANOVA with its noncentral-F interval; "—" for a row that Welch's ANOVA tested.
    func etaCell(_ row: Report.Row) -> Document.Cell {
        .init(effectCell(row.anova?.etaSquared, row.effectInterval?.etaSquared, decimals: 3))
    }

    /// "0,84 [0,80 ; 0,87]": α and its Feldt interval.
    func alphaCell(_ estimate: AlphaEstimate?) -> String {
        effectCell(estimate?.alpha, estimate?.feldt)
    }

    /// The Brown–Forsythe p of a k-group row: whether its groups' variances may be taken as equal.
    func varianceCell(_ row: Report.Row) -> Document.Cell {
        .init(row.varianceTest.map { style.p($0.pValue).replacingOccurrences(of: "p = ", with: "") } ?? "—")
    }

    /// "(W)" after an item that `auto` tested with Welch's ANOVA.
    func welchMark(_ row: Report.Row, _ comparison: Report.Comparison) -> String {
        guard case .welchANOVA(.auto, _) = comparison.method, row.welchANOVA != nil else { return "" }
        return " (W)"
    }

    func scoreBlocks() -> [Document.Block] {
        guard !report.scores.isEmpty else { return [] }
        let header: [Document.Cell] = [.init(t(.scoreHeader)), .init(t(.itemsHeader)), .init("N"), .init(t(.meanHeader)),
                                       .init(t(.standardDeviationHeader)), .init(t(.alphaHeader)), .init(t(.pairwiseAlphaHeader)),
                                       .init(t(.standardizedAlphaHeader))]
        var rows: [[Document.Cell]] = []
        var blocks: [Document.Block] = [.heading(level: 2, text: t(.scoresHeading), id: "scores")]
        for score in report.scores {
            rows.append([.init(score.label), .init(String(score.items.count)), .init(style.count(score.descriptives?.count ?? 0)),
                         .init(n(score.descriptives?.mean)), .init(n(score.descriptives?.standardDeviation)),
                         .init(alphaCell(score.alphaCompleteRows)), .init(alphaCell(score.alphaPairwise)),
                         .init(n(score.reliability?.standardizedAlpha))])
        }
        blocks.append(.table(Document.Table(caption: nil, header: header, rows: rows,
                                            numeric: [false, true, true, true, true, true, true, true],
                                            notes: [t(.scoresMethod(level: report.settings.confidenceLevel))])))
        for score in report.scores {
            guard let reliability = score.reliability, reliability.items.count == score.items.count else { continue }
            let rows = zip(score.items, reliability.items).map { item, stats in
                [Document.Cell(item), .init(n(stats.itemRestCorrelation)), .init(n(stats.alphaIfDeleted))]
            }
            blocks.append(.table(Document.Table(caption: score.label, header: [.init("Item"), .init(t(.itemRestHeader)), .init(t(.alphaIfDeletedHeader))],
                                                rows: rows, numeric: [false, true, true], notes: [])))
        }
        return blocks
    }
}

extension DocumentBuilder {
    /// "*" or "(*)" after an item of the asterisk display.
    func asteriskMark(_ significance: SignificanceClass) -> String {
        switch significance {
        case .significant: return " *"
        case .tendential: return " (*)"
        case .none: return ""
        }
    }

    /// The means chart's axis: the block's declared scale, or the range the scores can take.
    func axis(_ comparison: Report.Comparison) -> ClosedRange<Double> {
        if let scale = scaleInfo(comparison.scale) { return 1...Double(scale.points) }
        let points = report.scales.map(\.points).max() ?? 8
        return 1...Double(max(2, points))
    }
}
