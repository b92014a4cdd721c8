import Foundation
import Questionnaire
import Statistics
import Support
import Responses

/// Descriptives for every question, in questionnaire order, and the scale scores with their reliability.
extension ReportBuilder {
    func questionSummaries() -> [Report.QuestionSummary] {
        codebook.variables.compactMap { variable -> Report.QuestionSummary? in
            if case .score = variable.kind { return nil }
            // "Autre, précisez" texts have no line of their own: their option is counted with its question.
            if case .otherText = variable.kind { return nil }
            var summary = Report.QuestionSummary(variable: variable.name, question: variable.questionId, label: text(variable.label),
                                                 kind: .text, scale: nil, choice: nil, number: nil, textAnswers: nil,
                                                 missing: data.missing(variable.name))
            switch variable.kind {
            case .scale(let points):
                summary.kind = .scale
                summary.scale = scaleSummary(variable, points: points, scale: likertScale(of: variable)?.id ?? Scale.agreement.id)
            case .choice:
                summary.kind = .choice
                summary.choice = choiceSummary(variable)
            case .indicator:
                summary.kind = .multiple
                summary.choice = choiceSummary(variable)
            case .integer, .decimal:
                summary.kind = .number
                let values = (data.numbers(variable.name) ?? []).filter { !$0.isNaN }
                let unit: String? = {
                    guard case .number(let format)? = survey.question(variable.questionId)?.kind else { return nil }
                    return format.unit.map(text)
                }()
                summary.number = Report.NumberSummary(descriptives: try? Descriptives(values: values, confidenceLevel: options.confidenceLevel),
                                                      unit: unit)
            case .text:
                summary.kind = .text
                summary.textAnswers = data.answeredCount(variable.name)
            case .score, .otherText:
                return nil
            }
            return summary
        }
    }

    func scaleSummary(_ variable: Variable, points: Int, scale: String) -> Report.ScaleSummary {
        let histogram = data.scalePoints(variable.name).map(ByteHistogram.counts) ?? []
        let counts = (0..<points).map { $0 + 1 < histogram.count ? histogram[$0 + 1] : 0 }
        let scaleCounts = (try? ScaleCounts(points: points, counts: counts)) ?? (try! ScaleCounts(points: points))
        let midpoint = Double(1 + points) / 2
        let total = counts.reduce(0, +)
        var summary = Report.ScaleSummary(scale: scale, points: points, descriptives: nil, counts: counts, midpoint: midpoint,
                                          percentBelowMidpoint: nil, percentAboveMidpoint: nil, position: nil,
                                          midpointTest: nil, reversed: variable.isReversed)
        guard total > 0 else { return summary }
        summary.descriptives = try? Descriptives(counts: scaleCounts, confidenceLevel: options.confidenceLevel)
        let below = counts.enumerated().filter { Double($0.offset + 1) < midpoint }.reduce(0) { $0 + $1.element }
        let above = counts.enumerated().filter { Double($0.offset + 1) > midpoint }.reduce(0) { $0 + $1.element }
        summary.percentBelowMidpoint = 100 * Double(below) / Double(total)
        summary.percentAboveMidpoint = 100 * Double(above) / Double(total)
        if let mean = scaleCounts.mean {
            // As the evaluation report reads its scale (midpoint 4.5: 1–4.4 disagreement, 4.6 and up agreement): a tenth
            // of a point either side of the declared scale's midpoint is neutral.
            summary.position = mean <= midpoint - 0.1 ? .low : (mean >= midpoint + 0.1 ? .high : .neutral)
        }
        summary.midpointTest = try? OneSampleTTest.test(scaleCounts, against: midpoint, confidenceLevel: options.confidenceLevel)
        return summary
    }

    func choiceSummary(_ variable: Variable) -> Report.ChoiceSummary {
        var counts = [Int](repeating: 0, count: variable.valueLabels.count)
        for index in data.optionIndices(variable.name) ?? [] where index >= 0 && Int(index) < counts.count { counts[Int(index)] += 1 }
        let answered = counts.reduce(0, +)
        // Counts are attributes of people: small ones are hidden (see SmallCells).
        let visible = SmallCells.shown(counts, minimum: minimum)
        let options = variable.valueLabels.enumerated().map { offset, value in
            Report.OptionCount(code: value.code, label: text(value.label), count: visible[offset] ? counts[offset] : nil,
                               percent: answered > 0 && visible[offset] ? 100 * Double(counts[offset]) / Double(answered) : nil)
        }
        let missing = data.missing(variable.name)
        let escapes = variable.missingCodes.map { code in
            Report.OptionCount(code: code.code, label: text(code.label), count: missing.escapes[code.code] ?? 0, percent: nil)
        }
        return Report.ChoiceSummary(answered: answered, options: options, escapes: escapes)
    }

    func scoreSummaries() -> [Report.ScoreSummary] {
        survey.scores.map { score in
            var summary = Report.ScoreSummary(id: score.id, label: text(score.label), items: score.items.map(\.key),
                                              minimumAnswered: score.minimumAnswered, descriptives: nil, reliability: nil, note: nil)
            let values = scoreValues(score)
            // Scores repeat a few values (means of a few points): tabulated, the quantiles need no selection.
            summary.descriptives = try? Descriptives(frequencies: ValueFrequencies(values.filter { !$0.isNaN }),
                                                     confidenceLevel: options.confidenceLevel)
            // Cronbach's α on the raw answers with reverse keys applied, listwise, as psych::alpha with keys.
            let columns = score.items.compactMap { reference -> [UInt8]? in
                guard let variable = codebook.variable(reference.key), case .scale(let points) = variable.kind,
                      let raw = data.scalePoints(reference.key) else { return nil }
                return variable.isReversed ? raw.map { $0 == 0 ? 0 : UInt8(points + 1) - $0 } : raw
            }
            if columns.count >= 2 {
                let reliability = reliability(columns)
                switch reliability.result {
                case .success(let result): summary.reliability = result
                case .failure(let error): summary.note = ReportNote(explaining: error)
                }
                (summary.alphaCompleteRows, summary.alphaPairwise) = (reliability.completeRows, reliability.pairwise)
            }
            return summary
        }
    }

    /// The score per respondent: the dataset's own column when it has one, else computed from the items.
    func scoreValues(_ score: Score) -> [Double] {
        if let stored = data.numbers(score.id), stored.contains(where: { !$0.isNaN }) { return stored }
        let columns: [(points: Int, reversed: Bool, values: [UInt8])] = score.items.compactMap { reference in
            guard let variable = codebook.variable(reference.key), case .scale(let points) = variable.kind,
                  let raw = data.scalePoints(reference.key) else { return nil }
            return (points, variable.isReversed, raw)
        }
        return (0..<data.respondentCount).map { row in
            var sum = 0.0, answered = 0
            for column in columns where column.values[row] > 0 {
                let value = Int(column.values[row])
                sum += Double(column.reversed ? column.points + 1 - value : value)
                answered += 1
            }
            return answered >= score.minimumAnswered && answered > 0 ? sum / Double(answered) : .nan
        }
    }

    /// Scores compared across groups like a Likert block, one row per score.
    func compareScores(by variable: Variable, display: AnalysisPlan.Display, selection: GroupSelection) -> [Report.Comparison] {
        guard !survey.scores.isEmpty else { return [] }
        let rows: [Report.Row] = survey.scores.map { score in
            let values = scoreValues(score)
            var groups = [[Double]](repeating: [], count: selection.compared.count)
            for (value, group) in zip(values, selection.membership) where group >= 0 && !value.isNaN { groups[Int(group)].append(value) }
            let hidden = Set(selection.compared.indices.filter { !selection.entries[selection.compared[$0]].countShown })
            return compareRow(variable: score.id, label: text(score.label), samples: groups.map(GroupSample.values), display: display,
                              groupNames: selection.compared.map { selection.entries[$0].code }, hiddenCounts: hidden)
        }
        return [Report.Comparison(block: "scores", blockLabel: nil, variable: variable.name,
                                  variableLabel: text(variable.label), display: display, groups: comparedGroups(selection),
                                  rows: rows, leftOut: selection.reportGroups.filter { !$0.included }, method: method(display),
                                  scale: nil, manova: nil, manovaNotes: [])]
    }
}

extension ReportBuilder {
    /// Every scale of the questionnaire's Likert questions, once each, in questionnaire order.
    func scaleInfos() -> [Report.ScaleInfo] {
        var seen = Set<String>(), infos: [Report.ScaleInfo] = []
        for question in survey.questions {
            guard let scale = question.likertScale, seen.insert(scale.id).inserted else { continue }
            infos.append(Report.ScaleInfo(
                id: scale.id, points: scale.points, midpoint: scale.midpoint,
                lowAnchor: scale.lowAnchor.map(text), highAnchor: scale.highAnchor.map(text),
                pointLabels: (1...scale.points).map { point in scale.pointLabels[point].map(text) },
                measuresAgreement: Self.isAgreement(scale.lowAnchor.map(text), Scale.agreement.lowAnchor)
                    && Self.isAgreement(scale.highAnchor.map(text), Scale.agreement.highAnchor)))
        }
        return infos
    }

    /// An anchor that reads as the built-in agreement scale's, in any interface language: its scale measures agreement.
    static func isAgreement(_ anchor: String?, _ builtIn: LocalizedText?) -> Bool {
        guard let anchor, let builtIn else { return false }
        return Language.allCases.contains { builtIn.text(in: $0.rawValue, mainLanguage: Language.fr.rawValue) == anchor }
    }

    /// The scale of the Likert question a variable belongs to.
    func likertScale(of variable: Variable) -> Scale? {
        survey.question(variable.questionId)?.likertScale
    }
}

extension Question {
    /// The scale of a Likert question; nil for any other kind.
    var likertScale: Scale? {
        if case .likert(let scale, _, _) = kind { return scale }
        return nil
    }
}
