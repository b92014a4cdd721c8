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

    public init(report: Report) {
        self.report = report
        self.l = Language(rawValue: report.language) ?? .fr
    }

    func n(_ value: Double?, _ decimals: Int = 2) -> String { value.map { Format.number($0, decimals: decimals, language: l) } ?? "—" }
    func pct(_ value: Double?) -> String { Format.percent(value, language: l) }

    public func build() -> Document {
        var blocks: [Document.Block] = []
        if report.synthetic {
            blocks.append(.banner(l.pick(fr: "DONNÉES SYNTHÉTIQUES — générées pour la démonstration, ce ne sont pas des réponses réelles.",
                                         en: "SYNTHETIC DATA — generated for demonstration, these are not real answers.")))
        }
        if let wave = report.sample.wave {
            let label = report.sample.waveLabel.map { " (\($0))" } ?? ""
            blocks.append(.paragraph(l.pick(fr: "Vague « \(wave) »\(label) : l'échantillon, les réponses, les comparaisons et les scores portent sur les sessions de cette vague.",
                                            en: "Wave \"\(wave)\"\(label): the sample, answers, comparisons and scores cover the sessions of this wave.")))
        }
        blocks.append(.paragraph(l.pick(
            fr: "Questionnaire « \(report.survey.id) », version \(report.survey.version). \(report.sample.respondents) répondants. Échelle d'accord en 8 points : de 1 à 4,4 la moyenne se lit comme un désaccord, de 4,6 à 8 comme un accord (position neutre : 4,5).",
            en: "Questionnaire \"\(report.survey.id)\", version \(report.survey.version). \(report.sample.respondents) respondents. 8-point agreement scale: a mean from 1 to 4.4 reads as disagreement, from 4.6 to 8 as agreement (neutral point: 4.5).")))
        blocks += sampleBlocks()
        blocks += descriptiveBlocks()
        blocks += comparisonBlocks()
        blocks += scoreBlocks()
        blocks += retrospectiveBlocks()
        blocks += changeBlocks()
        return Document(title: report.survey.title.isEmpty ? report.survey.id : report.survey.title, language: report.language, blocks: blocks)
    }

    // MARK: Sample

    func sampleBlocks() -> [Document.Block] {
        var blocks: [Document.Block] = [.heading(level: 2, text: l.pick(fr: "Échantillon", en: "Sample"), id: "sample")]
        for grouping in report.sample.groupings {
            var rows: [[Document.Cell]] = []
            let shownTotal = grouping.groups.compactMap(\.count).reduce(0, +)
            for group in grouping.groups where group.count != 0 {
                let status = group.included ? "" : (group.leftOutReason == "too-small"
                    ? l.pick(fr: "non comparé (moins de \(report.settings.minimumGroupSize))", en: "not compared (fewer than \(report.settings.minimumGroupSize))")
                    : l.pick(fr: "non comparé (hors du plan)", en: "not compared (outside the plan)"))
                let count = group.count.map(String.init) ?? l.pick(fr: "masqué", en: "hidden")
                let percent = group.count.map { pct(100 * Double($0) / Double(max(1, report.sample.respondents))) } ?? "—"
                rows.append([.init(group.label), .init(count), .init(percent), .init(status)])
            }
            if let unanswered = grouping.unanswered, unanswered > 0 {
                rows.append([.init(l.pick(fr: "Sans réponse", en: "No answer")), .init(String(unanswered)), .init(""), .init("")])
            } else if grouping.unanswered == nil {
                let rest = report.sample.respondents - shownTotal
                if rest > 0 {
                    rows.append([.init(l.pick(fr: "Autres groupes masqués et sans réponse", en: "Other hidden groups and no answer")),
                                 .init(String(rest)), .init(""), .init("")])
                }
            }
            let leftOut = grouping.groups.filter { $0.leftOutReason == "too-small" && $0.count != 0 }.map(\.label)
            var notes: [String] = []
            if !leftOut.isEmpty {
                notes.append(l.pick(
                    fr: "\(leftOut.joined(separator: ", ")) : trop peu de répondants (moins de \(report.settings.minimumGroupSize)) pour un traitement statistique ; ces groupes ne sont ni comparés ni détaillés.",
                    en: "\(leftOut.joined(separator: ", ")): too few respondents (fewer than \(report.settings.minimumGroupSize)) for statistics; these groups are neither compared nor detailed."))
            }
            if grouping.groups.contains(where: { $0.count == nil && $0.leftOutReason == nil }) {
                notes.append(l.pick(fr: "Un effectif est masqué pour que celui d'un petit groupe ne puisse pas être retrouvé par soustraction.",
                                    en: "One count is hidden so that a small group's cannot be recovered by subtraction."))
            }
            blocks.append(.table(Document.Table(caption: grouping.label, header: [.init(l.pick(fr: "Groupe", en: "Group")), .init("N"), .init("%"), .init("")],
                                                rows: rows, numeric: [false, true, true, false], notes: notes)))
        }
        return blocks
    }

    // MARK: Descriptives

    func descriptiveBlocks() -> [Document.Block] {
        var blocks: [Document.Block] = [.heading(level: 2, text: l.pick(fr: "Réponses aux questions", en: "Answers to the questions"), id: "questions")]
        var index = 0
        let questions = report.questions
        while index < questions.count {
            let question = questions[index]
            if question.kind == "scale" {
                // One table for the consecutive items of a block.
                var end = index
                while end < questions.count, questions[end].kind == "scale", questions[end].question == question.question { end += 1 }
                blocks += likertBlocks(Array(questions[index..<end]))
                index = end
                continue
            }
            if question.kind == "multiple" {
                var end = index
                while end < questions.count, questions[end].kind == "multiple", questions[end].question == question.question { end += 1 }
                blocks.append(multipleTable(Array(questions[index..<end])))
                index = end
                continue
            }
            switch question.kind {
            case "choice": if let choice = question.choice { blocks.append(choiceTable(question, choice)) }
            case "number":
                let d = question.number?.descriptives
                let unit = question.number?.unit.map { " " + $0 } ?? ""
                blocks.append(.paragraph(d.map { d in l.pick(
                    fr: "\(question.label) : moyenne \(n(d.mean))\(unit), écart type \(n(d.standardDeviation)), médiane \(n(d.median)) (N = \(d.count)).",
                    en: "\(question.label): mean \(n(d.mean))\(unit), SD \(n(d.standardDeviation)), median \(n(d.median)) (N = \(d.count)).") }
                    ?? l.pick(fr: "\(question.label) : aucune réponse.", en: "\(question.label): no answer.")))
            case "text":
                blocks.append(.paragraph(l.pick(fr: "\(question.label) : \(question.textAnswers ?? 0) réponses libres (non reproduites dans le rapport).",
                                                en: "\(question.label): \(question.textAnswers ?? 0) open answers (not reproduced in the report).")))
            default: break
            }
            index += 1
        }
        return blocks
    }

    func likertBlocks(_ items: [Report.QuestionSummary]) -> [Document.Block] {
        guard let first = items.first, let points = first.scale?.points else { return [] }
        let stem = first.label.components(separatedBy: " — ").first ?? first.label
        let header: [Document.Cell] = [.init(l.pick(fr: "Item", en: "Item")), .init("N"), .init(l.pick(fr: "Moyenne", en: "Mean")),
                                       .init(l.pick(fr: "Écart type", en: "SD")), .init(l.pick(fr: "% désaccord", en: "% disagree")),
                                       .init(l.pick(fr: "% accord", en: "% agree")), .init(l.pick(fr: "Lecture", en: "Reading"))]
        var rows: [[Document.Cell]] = []
        var chartItems: [(label: String, counts: [Int])] = []
        for item in items {
            guard let scale = item.scale else { continue }
            let label = itemLabel(item)
            let d = scale.descriptives
            rows.append([.init(label + (scale.reversed ? " (R)" : "")), .init(String(d?.count ?? 0)), .init(n(d?.mean)),
                         .init(n(d?.standardDeviation)), .init(pct(scale.percentBelowMidpoint)), .init(pct(scale.percentAboveMidpoint)),
                         .init(positionText(scale))])
            chartItems.append((label, scale.counts))
        }
        var notes: [String] = []
        if rows.contains(where: { $0.last?.text.hasSuffix("(n.s.)") ?? false }) {
            notes.append(l.pick(fr: "n.s. : moyenne non significativement différente du point neutre \(n(first.scale?.midpoint, 1)) (test t à un échantillon).",
                                en: "n.s.: mean not significantly different from the neutral point \(n(first.scale?.midpoint, 1)) (one-sample t test)."))
        }
        let escapes = items.flatMap { $0.missing.escapes.map { ($0.key, $0.value) } }.reduce(into: [String: Int]()) { $0[$1.0, default: 0] += $1.1 }
        if !escapes.isEmpty {
            notes.append(l.pick(fr: "Réponses hors échelle, exclues des moyennes : ", en: "Answers outside the scale, excluded from means: ")
                         + escapes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        return [.table(Document.Table(caption: stem, header: header, rows: rows, numeric: [false, true, true, true, true, true, false], notes: notes)),
                .chart(.likertBars(title: stem, points: points, items: chartItems,
                                   anchors: (l.pick(fr: "Pas du tout d'accord", en: "Strongly disagree"), l.pick(fr: "Tout à fait d'accord", en: "Strongly agree"))))]
    }

    func itemLabel(_ item: Report.QuestionSummary) -> String {
        let parts = item.label.components(separatedBy: " — ")
        return parts.count > 1 ? parts.dropFirst().joined(separator: " — ") : item.label
    }

    func positionText(_ scale: Report.ScaleSummary) -> String {
        let base: String
        switch scale.position {
        case "agreement": base = l.pick(fr: "accord", en: "agreement")
        case "disagreement": base = l.pick(fr: "désaccord", en: "disagreement")
        case "neutral": base = l.pick(fr: "neutre", en: "neutral")
        default: return "—"
        }
        if let test = scale.midpointTest, SignificanceClass(p: test.pValue, thresholds: .init(significant: report.settings.significant, tendential: report.settings.tendential)) == .none {
            return base + " (n.s.)"
        }
        return base
    }

    func choiceTable(_ question: Report.QuestionSummary, _ choice: Report.ChoiceSummary) -> Document.Block {
        var rows = choice.options.map { [Document.Cell($0.label), .init(count($0.count)), .init(pct($0.percent))] }
        for escape in choice.escapes where (escape.count ?? 0) > 0 { rows.append([.init(escape.label), .init(count(escape.count)), .init("")]) }
        let notes = choice.escapes.contains { ($0.count ?? 0) > 0 }
            ? [l.pick(fr: "Pourcentages sur les \(choice.answered) répondants à la question ; réponses hors choix comptées à part.",
                      en: "Percentages of the \(choice.answered) respondents to the question; answers outside the options counted apart.")]
            : [l.pick(fr: "Pourcentages sur les \(choice.answered) répondants à la question.", en: "Percentages of the \(choice.answered) respondents to the question.")]
        return .table(Document.Table(caption: question.label, header: [.init(l.pick(fr: "Réponse", en: "Answer")), .init("N"), .init("%")],
                                     rows: rows, numeric: [false, true, true], notes: notes + smallCellNote(choice.options.map(\.count))))
    }

    func count(_ value: Int?) -> String {
        value.map(String.init) ?? l.pick(fr: "masqué*", en: "hidden*")
    }

    func smallCellNote(_ counts: [Int?]) -> [String] {
        guard counts.contains(where: { $0 == nil }) else { return [] }
        return [l.pick(fr: "* effectif masqué (moins de \(report.settings.minimumGroupSize), ou masqué pour qu'un petit effectif ne puisse pas être retrouvé par soustraction).",
                       en: "* count hidden (fewer than \(report.settings.minimumGroupSize), or hidden so that a small count cannot be recovered by subtraction).")]
    }

    func multipleTable(_ options: [Report.QuestionSummary]) -> Document.Block {
        let stem = options.first.map { $0.label.components(separatedBy: " — ").first ?? $0.label } ?? ""
        let respondents = options.first?.choice?.answered ?? 0
        let rows = options.map { option -> [Document.Cell] in
            let chosen = option.choice?.options.first { $0.code == "1" }
            return [.init(itemLabel(option)), .init(count(chosen?.count)), .init(pct(chosen?.percent))]
        }
        let hidden = options.contains { $0.choice?.options.contains { $0.count == nil } ?? false }
        return .table(Document.Table(caption: stem, header: [.init(l.pick(fr: "Réponse", en: "Answer")), .init("N"), .init("%")], rows: rows,
                                     numeric: [false, true, true],
                                     notes: [l.pick(fr: "Plusieurs réponses possibles ; pourcentages sur les \(respondents) répondants à la question.",
                                                    en: "Several answers possible; percentages of the \(respondents) respondents to the question.")]
                                        + (hidden ? smallCellNote([nil]) : [])))
    }
}
