import Analysis
import Foundation
import Questionnaire
import Statistics

/// Before/after content: the retrospective (then-test) blocks, and `--change` (linking counts, paired blocks,
/// attrition at baseline, difference-in-differences). Counts only from the linking: never a code or a session id.
extension DocumentBuilder {
    // MARK: Retrospective

    func retrospectiveBlocks() -> [Document.Block] {
        guard !report.retrospective.isEmpty else { return [] }
        var blocks: [Document.Block] = [
            .heading(level: 2, text: t(.retrospectiveHeading), id: "retrospective"),
            .paragraph(t(.retrospectiveIntro)),
        ]
        for block in report.retrospective { blocks += pairedBlocks(block, before: t(.then), after: t(.now)) }
        return blocks
    }

    // MARK: Paired tables

    /// "+1,25": a change reads with its sign.
    func signed(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let text = n(value)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "," && $0 != "." }) ? "+" + text : text
    }

    /// A confidence interval, "[0,80 ; 1,70]" in French (the comma is the decimal mark), "[0.80, 1.70]" in English.
    func interval(_ lower: Double?, _ upper: Double?) -> String {
        guard let lower, let upper, lower.isFinite, upper.isFinite else { return "—" }
        return t(.interval(lower: lower, upper: upper))
    }

    func pCell(_ value: Double?) -> String { style.pCell(value) }

    /// "84,2 / 15,8 / 0,0": improved, unchanged and worsened, in percent of the pairs.
    func shares(_ row: Report.PairedRow) -> String {
        guard let improved = row.percentImproved, let unchanged = row.percentUnchanged, let worsened = row.percentWorsened else { return "—" }
        return [improved, unchanged, worsened].map { n($0, 1) }.joined(separator: " / ")
    }

    /// The scale of a block's items, as declared: the chart's axis; for the scores, the widest scale.
    func scale(ofBlock block: String) -> ClosedRange<Double> {
        let points = report.questions.first { $0.question == block && $0.scale != nil }?.scale?.points
            ?? report.scales.map(\.points).max() ?? 8
        return 1...Double(max(2, points))
    }

    /// One paired block: the table (item × N, means before and after, change and its interval, paired t,
    /// signed-rank, d_z, shares improved/unchanged/worsened), then its dumbbell chart.
    func pairedBlocks(_ block: Report.PairedBlock, before: String, after: String) -> [Document.Block] {
        let header: [Document.Cell] = [
            .init(t(.itemHeader)), .init("N"), .init(before), .init(after),
            .init(t(.changeHeader)), .init(t(.confidenceIntervalHeader(level: report.settings.confidenceLevel))),
            .init("p"), .init(t(.signedRankHeader)), .init(t(.dzHeader)), .init(t(.sharesHeader)),
        ]
        var rows: [[Document.Cell]] = []
        var chartItems: [(label: String, before: Double?, after: Double?)] = []
        for row in block.rows {
            let label = row.label + (row.reversed ? " (R)" : "")
            let paired = row.paired
            rows.append([.init(label + asteriskMark(row.significance)), .init(style.count(row.pairCount)),
                         .init(style.mean(row.meanBefore)), .init(style.mean(row.meanAfter)),
                         .init(signed(paired?.meanChange)), .init(interval(paired?.tTest?.lower, paired?.tTest?.upper)),
                         .init(pCell(row.p)), .init(pCell(paired?.signedRank?.p)), .init(effectCell(paired?.effectSizeDz, paired?.effectSizeDzInterval, signed: true)),
                         .init(shares(row))])
            chartItems.append((label, row.meanBefore, row.meanAfter))
        }
        let level = report.settings.confidenceLevel
        var notes = [block.retrospective.map { t(.retrospectiveMethod(then: $0.then, now: $0.now, level: level)) } ?? t(.pairedMethod(level: level))]
        notes.append(t(.changeExplanation(before: before, after: after)))
        notes.append(t(.pairedSignificance(significant: report.settings.significant, tendential: report.settings.tendential)))
        for row in block.rows { if let note = row.note { notes.append(rowNote(row.label, note)) } }
        if block.rows.contains(where: { $0.meanBefore == nil || $0.meanAfter == nil }) {
            notes.append(t(.pairValueHidden(minimum: max(report.settings.minimumGroupSize, 2))))
        }
        let blockLabel = block.blockLabel ?? t(.scoresLabel)
        return [.table(Document.Table(caption: blockLabel, header: header, rows: rows,
                                      numeric: [false] + Array(repeating: true, count: header.count - 1), notes: notes)),
                .chart(.dumbbell(title: blockLabel, items: chartItems, scale: scale(ofBlock: block.block),
                                 beforeLabel: before, afterLabel: after))]
    }

    func rowNote(_ label: String, _ note: ReportNote) -> String {
        t(.labelled(label: label, text: t(.note(note))))
    }

    // MARK: Before/after across waves

    func changeBlocks() -> [Document.Block] {
        guard let change = report.change else { return [] }
        var blocks: [Document.Block] = [
            .heading(level: 2, text: t(.changeHeading(from: change.fromLabel, to: change.toLabel)), id: "change"),
            .paragraph(linkingText(change)),
        ]
        if let note = change.note { blocks.append(.paragraph(t(.note(note)))) }
        if !change.blocks.isEmpty {
            blocks.append(.heading(level: 3, text: t(.samePeopleHeading), id: "change-paired"))
            for block in change.blocks { blocks += pairedBlocks(block, before: t(.before), after: t(.after)) }
        }
        if !change.attrition.isEmpty { blocks += attritionBlocks(change) }
        for did in change.differences { blocks += differenceBlocks(did) }
        return blocks
    }

    /// The linking in counts: sessions per wave, people linked and how, and what was left unlinked.
    func linkingText(_ change: Report.Change) -> String {
        let linking = change.linking
        let waveLabel = { (id: String) in id == change.from ? change.fromLabel : (id == change.to ? change.toLabel : id) }
        let sessions = linking.waves.map { "\(waveLabel($0.wave)) \($0.sessions)" }.joined(separator: ", ")
        let ambiguousSessions = linking.ambiguous.reduce(0) { $0 + $1.count }
        let duplicateSessions = linking.duplicates.reduce(0) { $0 + $1.count }
        return t(.linking(sessions: sessions, pairs: change.pairCount,
                          seenInTwoWaves: linking.linkedPeople != change.pairCount ? linking.linkedPeople : nil,
                          exact: linking.exactLinks, near: linking.nearMatchCount, unconfirmed: linking.nearMatchesUnconfirmed,
                          ambiguous: linking.ambiguous.count, ambiguousSessions: ambiguousSessions, duplicates: linking.duplicates.count,
                          duplicateSessions: duplicateSessions, withoutCode: linking.sessionsWithoutCode, malformed: linking.malformedCodes,
                          outsideWaves: linking.sessionsOutsideWaves))
    }

    /// Attrition and difference rows do not say which items are reverse-keyed; the paired rows of the same variables do.
    var reversedVariables: Set<String> {
        Set((report.change?.blocks ?? []).flatMap(\.rows).filter(\.reversed).map(\.variable))
    }

    // MARK: Attrition

    func attritionBlocks(_ change: Report.Change) -> [Document.Block] {
        let header: [Document.Cell] = [
            .init(t(.variableHeader)), .init(t(.seenAgainCountHeader)), .init(t(.seenAgainMeanHeader)),
            .init(t(.lostCountHeader)), .init(t(.lostMeanHeader)), .init(t(.welchPHeader)), .init(t(.readingHeader)),
        ]
        let reversed = reversedVariables
        let rows = change.attrition.map { row -> [Document.Cell] in
            [.init(row.label + (reversed.contains(row.variable) ? " (R)" : "")), .init(style.count(row.linkedCount)), .init(style.mean(row.linkedMean)),
             .init(style.count(row.unlinkedCount)), .init(style.mean(row.unlinkedMean)),
             .init(pCell(row.test?.pValue)), .init(attritionReading(row))]
        }
        var notes = [t(.attritionExplanation(from: change.fromLabel))]
        for row in change.attrition { if let note = row.note { notes.append(rowNote(row.label, note)) } }
        if change.attrition.contains(where: { $0.linkedMean == nil || $0.unlinkedMean == nil }) {
            notes.append(t(.answersMeanHidden(minimum: report.settings.minimumGroupSize)))
        }
        return [.heading(level: 3, text: t(.attritionHeading), id: "attrition"),
                .table(Document.Table(caption: t(.atBaseline(from: change.fromLabel)),
                                      header: header, rows: rows, numeric: [false, true, true, true, true, true, false], notes: notes))]
    }

    func attritionReading(_ row: Report.AttritionRow) -> String {
        guard let test = row.test else { return "—" }
        let trend = row.significance == .tendential ? t(.trendMark) : ""
        switch row.significance {
        case .significant, .tendential:
            return t(test.meanDifference > 0 ? .higherAmongSeenAgain : .lowerAmongSeenAgain) + trend
        case .none:
            return t(.noDifference)
        }
    }

    // MARK: Difference-in-differences

    func differenceBlocks(_ did: Report.DifferenceInDifferences) -> [Document.Block] {
        var blocks: [Document.Block] = [
            .heading(level: 3, text: t(.differenceInDifferencesHeading(label: did.variableLabel)), id: "did-\(did.variable)"),
        ]
        let leftOut = did.leftOut.filter { $0.count != 0 }.map(\.label)
        let leftOutNote = leftOut.isEmpty ? nil : t(.groupsNotCompared(leftOut))
        guard did.groups.count == 2 else {
            blocks.append(.paragraph((t(.noComparisonWithoutTwoGroups(minimum: report.settings.minimumGroupSize)) + (leftOutNote ?? "")).trimmingTrailingSpaces))
            return blocks
        }
        let (a, b) = (did.groups[0].label, did.groups[1].label)
        let header: [Document.Cell] = [
            .init(t(.itemHeader)), .init(t(.beforeAfterOf(group: a))), .init(t(.beforeAfterOf(group: b))),
            .init(t(.changeOf(group: a))), .init(t(.changeOf(group: b))), .init(t(.differenceHeader)),
            .init(t(.confidenceIntervalHeader(level: report.settings.confidenceLevel))), .init("p"), .init("F"), .init(t(.readingHeader)),
        ]
        let reversed = reversedVariables
        let rows = did.rows.map { row -> [Document.Cell] in
            // The 2 × 2 table of means, one group per cell: "3,57 → 4,43".
            let means = { (index: Int) -> Document.Cell in
                let before = row.meansBefore[safe: index] ?? nil, after = row.meansAfter[safe: index] ?? nil
                if before == nil && after == nil { return .init("—") }
                return .init(self.style.mean(before) + " → " + self.style.mean(after))
            }
            return [.init(row.label + (reversed.contains(row.variable) ? " (R)" : "")), means(0), means(1),
                    .init(signed(row.meanChanges[safe: 0] ?? nil)), .init(signed(row.meanChanges[safe: 1] ?? nil)),
                    .init(signed(row.result?.welch.meanDifference)),
                    .init(interval(row.result?.welch.confidenceInterval.lower, row.result?.welch.confidenceInterval.upper)),
                    .init(pCell(row.p)), .init(n(row.result?.interactionF)), .init(differenceReading(row, did))]
        }
        var notes = [t(.differenceMethod),
                     t(.differenceExplanation(a: a, b: b, countA: count(did.groups[0].count), countB: count(did.groups[1].count)))]
        if let leftOutNote { notes.append(leftOutNote) }
        for row in did.rows { if let note = row.note { notes.append(rowNote(row.label, note)) } }
        if did.rows.contains(where: { row in row.meansBefore.contains { $0 == nil } || row.meansAfter.contains { $0 == nil } }) {
            notes.append(t(.groupPairValuesHidden(minimum: report.settings.minimumGroupSize)))
        }
        notes += smallCellNote(did.groups.map(\.count))
        blocks.append(.table(Document.Table(caption: t(.changesCompared(a: a, b: b)),
                                            header: header, rows: rows,
                                            numeric: [false] + Array(repeating: true, count: 8) + [false], notes: notes)))
        return blocks
    }

    func differenceReading(_ row: Report.DifferenceRow, _ did: Report.DifferenceInDifferences) -> String {
        guard let result = row.result else { return "—" }
        switch row.significance {
        case .significant, .tendential:
            let larger = result.welch.meanDifference > 0 ? did.groups[0].label : did.groups[1].label
            return t(.largerChange(group: larger)) + (row.significance == .tendential ? t(.trendMark) : "")
        case .none:
            return t(.noDifference)
        }
    }
}
