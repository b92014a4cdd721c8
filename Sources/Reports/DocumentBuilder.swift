import Analysis
import Foundation
import Questionnaire
import Statistics
import Support

/// Lays a report out as the evaluation report does: sample, descriptives in questionnaire order,
/// comparisons per block and grouping (letters, difference, asterisk), scores, then the before/after
/// content: retrospective blocks and the change across waves (`DocumentBuilder+Change.swift`).
public struct DocumentBuilder {
    public let report: Report
    let l: Language
    let style: NumberStyle

    public init(report: Report) {
        self.report = report
        self.l = report.language
        self.style = NumberStyle(report.language)
    }

    func t(_ message: ReportText) -> String { message.text(l) }
    func n(_ value: Double?, _ decimals: Int = 2) -> String { style.number(value, decimals: decimals) }
    func pct(_ value: Double?) -> String { style.percent(value) }

    /// The declared scale of a Likert question, or of a comparison's block.
    func scaleInfo(_ id: String?) -> Report.ScaleInfo? {
        report.scales.first { $0.id == id }
    }

    public func build() -> Document {
        var blocks: [Document.Block] = []
        if report.synthetic { blocks.append(.banner(t(.syntheticBanner))) }
        if let wave = report.sample.wave {
            blocks.append(.paragraph(t(.waveScope(wave: wave, label: report.sample.waveLabel))))
        }
        let intro = [t(.surveyIntro(id: report.survey.id, version: report.survey.version, respondents: report.sample.respondents))]
            + report.scales.map { t(.scaleReading($0)) }
        blocks.append(.paragraph(intro.joined(separator: " ")))
        blocks += keyFindingBlocks()
        blocks += sampleBlocks()
        blocks += descriptiveBlocks()
        blocks += comparisonBlocks()
        blocks += scoreBlocks()
        blocks += retrospectiveBlocks()
        blocks += changeBlocks()
        blocks += provenanceBlocks()
        return Document(title: report.survey.title.isEmpty ? report.survey.id : report.survey.title, language: report.language, blocks: blocks)
    }

    // MARK: Key findings

    /// First, what the tables say: each sentence repeats numbers of a table row, as the table prints them.
    func keyFindingBlocks() -> [Document.Block] {
        guard let summary = report.keyFindings else { return [] }
        var lines: [String] = []
        if let change = report.change {
            for finding in summary.changes {
                let effect = finding.effectSizeDz.map { dz in
                    t(.effectSize(name: "d_z", value: effectCell(dz, finding.effectSizeDzInterval, signed: true),
                                  magnitude: Self.magnitude(abs(dz), thresholds: (0.2, 0.5, 0.8))))
                }
                lines.append(t(.changeFinding(significant: finding.significance == .significant, item: finding.itemLabel,
                                              block: finding.blockLabel, from: change.fromLabel, to: change.toLabel,
                                              before: style.mean(finding.meanBefore), after: style.mean(finding.meanAfter),
                                              change: signed(finding.meanChange),
                                              interval: interval(finding.changeInterval?.lower, finding.changeInterval?.upper),
                                              pairs: finding.pairCount, p: style.p(finding.p), effect: effect, reversed: finding.reversed)))
            }
            if summary.changes.isEmpty, change.note == nil { lines.append(t(.noChangeInTables)) }
            if summary.changeCount > summary.changes.count { lines.append(t(.moreChanges(summary.changeCount - summary.changes.count))) }
            if let attrition = summary.attrition {
                lines.append(t(.attritionFinding(compared: attrition.compared, differing: attrition.differing)))
            }
        }
        for finding in summary.findings {
            let effect = finding.effect.map { effect -> String in
                switch effect {
                case .cohensD(let d):
                    return t(.effectSize(name: "d", value: effectCell(d, finding.effectInterval),
                                         magnitude: Self.magnitude(abs(d), thresholds: (0.2, 0.5, 0.8))))
                case .etaSquared(let eta):
                    return t(.effectSize(name: "η²", value: effectCell(eta, finding.effectInterval, decimals: 3),
                                         magnitude: Self.magnitude(eta, thresholds: (0.01, 0.06, 0.14))))
                }
            }
            lines.append(t(.finding(significant: finding.significance == .significant, item: finding.itemLabel, block: finding.blockLabel,
                                    grouping: finding.groupingLabel, higher: finding.higherGroup, higherMean: style.mean(finding.higherMean),
                                    lower: finding.lowerGroup, lowerMean: style.mean(finding.lowerMean), p: style.p(finding.p),
                                    effect: effect)))
        }
        if summary.findings.isEmpty { lines.append(t(.noDifferenceInTables)) }
        if summary.differenceCount > summary.findings.count { lines.append(t(.moreDifferences(summary.differenceCount - summary.findings.count))) }
        // Without a correction, the count of differences is read against what chance alone gives (the same number as
        // the comparisons' multiplicity paragraph).
        if summary.differenceCount > 0, let multiplicity = report.multiplicity, let expected = multiplicity.expectedByChance {
            lines.append(t(.differencesAgainstChance(differences: summary.differenceCount, tests: multiplicity.tests, expected: expected)))
        }
        switch summary.caution {
        case .noBeforeAfter: lines.append(t(.cautionNoBeforeAfter))
        case .beforeAfter(let linked, let first):
            lines.append(t(.cautionBeforeAfter(linked: linked, firstWave: first, percent: pct(100 * Double(linked) / Double(max(1, first))))))
        }
        return [.heading(level: 2, text: t(.keyFindingsHeading), id: "key-findings")] + lines.map { .paragraph($0) }
    }

    /// Cohen's (1988) conventions: negligible, small, medium, large.
    static func magnitude(_ value: Double, thresholds: (Double, Double, Double)) -> Int {
        value < thresholds.0 ? 0 : value < thresholds.1 ? 1 : value < thresholds.2 ? 2 : 3
    }

    // MARK: Provenance

    /// Last, in small print: enough to trace every number to its program, questionnaire, data and options.
    func provenanceBlocks() -> [Document.Block] {
        guard let provenance = report.provenance else { return [] }
        var lines = [t(.provenanceProducer(provenance.producer, date: provenance.generatedAt)),
                     t(.provenanceQuestionnaire(id: provenance.questionnaireID, version: provenance.questionnaireVersion,
                                                sha256: provenance.questionnaireSHA256)),
                     t(.provenanceData(sessions: provenance.sessions, fingerprint: provenance.dataFingerprint))]
        lines.append(t(.provenanceOptions(provenance.options.map { "\($0.name) = \($0.value)" }.joined(separator: " ; "))))
        return [.heading(level: 2, text: t(.provenanceHeading), id: "provenance")] + lines.map { .paragraph($0) }
    }

    // MARK: Sample

    func sampleBlocks() -> [Document.Block] {
        var blocks: [Document.Block] = [.heading(level: 2, text: t(.sampleHeading), id: "sample")]
        for grouping in report.sample.groupings {
            var rows: [[Document.Cell]] = []
            let shownTotal = grouping.groups.compactMap(\.count).reduce(0, +)
            for group in grouping.groups where group.count != 0 {
                let status: String
                switch group.leftOutReason {
                case nil: status = ""
                case .tooSmall?: status = t(.notComparedTooSmall(minimum: report.settings.minimumGroupSize))
                case .notSelected?: status = t(.notComparedOutsidePlan)
                case .protectsSmallerGroup?: status = t(.notComparedProtectsSmallerGroup)
                }
                let count = group.count.map(style.count) ?? t(.hidden)
                let percent = group.count.map { pct(100 * Double($0) / Double(max(1, report.sample.respondents))) } ?? "—"
                rows.append([.init(group.label), .init(count), .init(percent), .init(status)])
            }
            if let unanswered = grouping.unanswered, unanswered > 0 {
                rows.append([.init(t(.noAnswer)), .init(style.count(unanswered)), .init(""), .init("")])
            } else if grouping.unanswered == nil {
                let rest = report.sample.respondents - shownTotal
                if rest > 0 {
                    rows.append([.init(t(.otherHiddenGroupsAndNoAnswer)), .init(style.count(rest)), .init(""), .init("")])
                }
            }
            let leftOut = grouping.groups.filter { $0.leftOutReason == .tooSmall && $0.count != 0 }.map(\.label)
            var notes: [String] = []
            if !leftOut.isEmpty { notes.append(t(.tooFewForStatistics(groups: leftOut, minimum: report.settings.minimumGroupSize))) }
            if grouping.groups.contains(where: { $0.count == nil && $0.leftOutReason != .tooSmall }) { notes.append(t(.countHiddenAgainstSubtraction)) }
            blocks.append(.table(Document.Table(caption: grouping.label, header: [.init(t(.groupHeader)), .init("N"), .init("%"), .init("")],
                                                rows: rows, numeric: [false, true, true, false], notes: notes)))
        }
        return blocks
    }

    // MARK: Descriptives

    func descriptiveBlocks() -> [Document.Block] {
        var blocks: [Document.Block] = [.heading(level: 2, text: t(.answersHeading), id: "questions")]
        var index = 0
        let questions = report.questions
        while index < questions.count {
            let question = questions[index]
            if question.kind == .scale {
                // One table for the consecutive items of a block.
                var end = index
                while end < questions.count, questions[end].kind == .scale, questions[end].question == question.question { end += 1 }
                blocks += likertBlocks(Array(questions[index..<end]))
                index = end
                continue
            }
            if question.kind == .multiple {
                var end = index
                while end < questions.count, questions[end].kind == .multiple, questions[end].question == question.question { end += 1 }
                blocks.append(multipleTable(Array(questions[index..<end])))
                index = end
                continue
            }
            switch question.kind {
            case .choice: if let choice = question.choice { blocks.append(choiceTable(question, choice)) }
            case .number:
                let d = question.number?.descriptives
                blocks.append(.paragraph(d.map { d in
                    t(.numberSummary(label: question.label, mean: d.mean, standardDeviation: d.standardDeviation, median: d.median,
                                     count: d.count, unit: question.number?.unit))
                } ?? t(.numberWithoutAnswer(label: question.label))))
            case .text:
                blocks.append(.paragraph(t(.openAnswers(label: question.label, count: question.textAnswers ?? 0))))
            case .scale, .multiple: break
            }
            index += 1
        }
        return blocks
    }

    func likertBlocks(_ items: [Report.QuestionSummary]) -> [Document.Block] {
        guard let first = items.first, let points = first.scale?.points else { return [] }
        let scale = scaleInfo(first.scale?.scale)
        let agreement = scale?.measuresAgreement ?? false
        let stem = first.label.components(separatedBy: " — ").first ?? first.label
        let header: [Document.Cell] = [.init(t(.itemHeader)), .init("N"), .init(t(.meanHeader)), .init(t(.standardDeviationHeader)),
                                       .init(t(.percentLowSide(agreement: agreement))), .init(t(.percentHighSide(agreement: agreement))),
                                       .init(t(.readingHeader))]
        var rows: [[Document.Cell]] = []
        var chartItems: [(label: String, counts: [Int])] = []
        for item in items {
            guard let scale = item.scale else { continue }
            let label = itemLabel(item)
            let d = scale.descriptives
            rows.append([.init(label + (scale.reversed ? " (R)" : "")), .init(style.count(d?.count ?? 0)), .init(n(d?.mean)),
                         .init(n(d?.standardDeviation)), .init(pct(scale.percentBelowMidpoint)), .init(pct(scale.percentAboveMidpoint)),
                         .init(positionText(scale, agreement: agreement))])
            chartItems.append((label, scale.counts))
        }
        var notes: [String] = []
        if let midpoint = first.scale?.midpoint, items.contains(where: { $0.scale.map(isNotSignificant) ?? false }) {
            notes.append(t(.notSignificantlyFromMidpoint(midpoint: midpoint)))
        }
        let escapes = items.flatMap { $0.missing.escapes.map { ($0.key, $0.value) } }.reduce(into: [String: Int]()) { $0[$1.0, default: 0] += $1.1 }
        if !escapes.isEmpty {
            notes.append(t(.outsideTheScale(counts: escapes.sorted { $0.key < $1.key }.map { "\($0.key) \(style.count($0.value))" }.joined(separator: ", "))))
        }
        return [.table(Document.Table(caption: stem, header: header, rows: rows, numeric: [false, true, true, true, true, true, false], notes: notes)),
                .chart(.likertBars(title: stem, points: points, items: chartItems,
                                   anchors: (scale?.lowAnchor ?? "1", scale?.highAnchor ?? String(points)),
                                   sides: (t(.side(low: true, agreement: agreement)), t(.side(low: false, agreement: agreement)))))]
    }

    func itemLabel(_ item: Report.QuestionSummary) -> String {
        let parts = item.label.components(separatedBy: " — ")
        return parts.count > 1 ? parts.dropFirst().joined(separator: " — ") : item.label
    }

    func positionText(_ scale: Report.ScaleSummary, agreement: Bool) -> String {
        guard let position = scale.position else { return "—" }
        return t(.position(position, agreement: agreement)) + (isNotSignificant(scale) ? t(.notSignificantMark) : "")
    }

    /// A mean read on either side of the midpoint, although the one-sample test does not tell it from the midpoint.
    func isNotSignificant(_ scale: Report.ScaleSummary) -> Bool {
        guard scale.position != nil, let test = scale.midpointTest else { return false }
        let thresholds = SignificanceClass.Thresholds(significant: report.settings.significant, tendential: report.settings.tendential)
        return SignificanceClass(p: test.pValue, thresholds: thresholds) == .none
    }

    func choiceTable(_ question: Report.QuestionSummary, _ choice: Report.ChoiceSummary) -> Document.Block {
        var rows = choice.options.map { [Document.Cell($0.label), .init(count($0.count)), .init(pct($0.percent))] }
        for escape in choice.escapes where (escape.count ?? 0) > 0 { rows.append([.init(escape.label), .init(count(escape.count)), .init("")]) }
        let notes = [t(.percentOfRespondents(answered: choice.answered, withEscapes: choice.escapes.contains { ($0.count ?? 0) > 0 }))]
        return .table(Document.Table(caption: question.label, header: [.init(t(.answerHeader)), .init("N"), .init("%")],
                                     rows: rows, numeric: [false, true, true], notes: notes + smallCellNote(choice.options.map(\.count))))
    }

    func count(_ value: Int?) -> String {
        value.map(style.count) ?? t(.hiddenCountMark)
    }

    func smallCellNote(_ counts: [Int?]) -> [String] {
        guard counts.contains(where: { $0 == nil }) else { return [] }
        return [t(.smallCountHidden(minimum: report.settings.minimumGroupSize))]
    }

    func multipleTable(_ options: [Report.QuestionSummary]) -> Document.Block {
        let stem = options.first.map { $0.label.components(separatedBy: " — ").first ?? $0.label } ?? ""
        let respondents = options.first?.choice?.answered ?? 0
        let rows = options.map { option -> [Document.Cell] in
            let chosen = option.choice?.options.first { $0.code == "1" }
            return [.init(itemLabel(option)), .init(count(chosen?.count)), .init(pct(chosen?.percent))]
        }
        let hidden = options.contains { $0.choice?.options.contains { $0.count == nil } ?? false }
        return .table(Document.Table(caption: stem, header: [.init(t(.answerHeader)), .init("N"), .init("%")], rows: rows,
                                     numeric: [false, true, true],
                                     notes: [t(.severalAnswers(respondents: respondents))]
                                        + (hidden ? smallCellNote([nil]) : [])))
    }
}
