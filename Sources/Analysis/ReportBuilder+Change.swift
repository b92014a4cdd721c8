import Foundation
import Questionnaire
import Responses
import Statistics

/// `--change from:to`: the same people in two waves (paired), attrition at baseline, and difference-in-differences.
extension ReportBuilder {
    func change(_ design: ChangeDesign) -> Report.Change {
        let pairs = design.links.pairs(from: design.from, to: design.to)
        let label = { (id: String) in text(survey.waves.first { $0.id == id }?.label) }
        var change = Report.Change(from: design.from, to: design.to, fromLabel: label(design.from), toLabel: label(design.to),
                                   linking: design.links.report.anonymised, pairCount: pairs.count, note: nil, blocks: [], attrition: [],
                                   differences: [])
        guard pairs.count >= max(minimum, 2) else {
            change.note = .tooFewLinkedPeople(linked: pairs.count, minimum: max(minimum, 2))
            return change
        }
        // Items and scores asked at one wave only (a "since the support" block) have no pair: left out everywhere.
        let units = pairedUnits().map { block in
            var block = block
            block.items = block.items.filter { unit in pairs.contains { unit.values[$0.before].isFinite && unit.values[$0.after].isFinite } }
            return block
        }.filter { !$0.items.isEmpty }
        for block in units {
            let rows = block.items.map { unit in
                pairedRow(variable: unit.name, label: unit.label, reversed: unit.reversed,
                          before: pairs.map { unit.values[$0.before] }, after: pairs.map { unit.values[$0.after] })
            }
            change.blocks.append(Report.PairedBlock(block: block.id, blockLabel: block.label, rows: rows, retrospective: nil))
        }
        change.attrition = attrition(units, linked: pairs.map(\.before), baseline: design.baselineRows)
        change.differences = comparisonPlans().filter { $0.display == .difference }.compactMap { plan in
            differenceInDifferences(plan, units: units, pairs: pairs)
        }
        return change
    }

    struct PairedUnit {
        var name: String
        var label: String
        var reversed: Bool
        var values: [Double]
    }

    struct PairedUnitBlock {
        var id: String
        /// Nil for the scores, which have no stem.
        var label: String?
        var items: [PairedUnit]
    }

    /// Every Likert item (the retrospective ones have their own section), then the scores.
    func pairedUnits() -> [PairedUnitBlock] {
        var blocks: [PairedUnitBlock] = likertBlocks.compactMap { question in
            guard case .likert(_, _, nil) = question.kind else { return nil }
            let items = scaleVariables(of: question).compactMap { variable -> PairedUnit? in
                scaleValues(variable.name).map { PairedUnit(name: variable.name, label: itemLabel(variable, of: question),
                                                            reversed: variable.isReversed, values: $0) }
            }
            return PairedUnitBlock(id: question.id, label: text(question.text), items: items)
        }
        if !survey.scores.isEmpty {
            blocks.append(PairedUnitBlock(id: "scores", label: nil,
                                          items: survey.scores.map { PairedUnit(name: $0.id, label: text($0.label), reversed: false,
                                                                                values: scoreValues($0)) }))
        }
        return blocks
    }

    /// First-wave answers of the people seen again against those not seen again: scores when declared, else items.
    func attrition(_ units: [PairedUnitBlock], linked: [Int], baseline: [Int]) -> [Report.AttritionRow] {
        let linkedSet = Set(linked)
        let unlinked = baseline.filter { !linkedSet.contains($0) }
        let compared = units.last?.id == "scores" ? [units[units.count - 1]] : units
        return compared.flatMap(\.items).compactMap { unit in
            let a = linked.map { unit.values[$0] }.filter(\.isFinite), b = unlinked.map { unit.values[$0] }.filter(\.isFinite)
            // Not asked at the first wave (a "since the support" score): nothing to compare.
            guard !a.isEmpty || !b.isEmpty else { return nil }
            let showA = a.count >= minimum, showB = b.count >= minimum
            var row = Report.AttritionRow(variable: unit.name, label: unit.label, linkedCount: a.count,
                                          linkedMean: showA ? a.reduce(0, +) / Double(a.count) : nil, unlinkedCount: b.count,
                                          unlinkedMean: showB ? b.reduce(0, +) / Double(b.count) : nil, test: nil,
                                          significance: .none, note: nil)
            guard showA, showB else {
                row.note = .tooFewAnswersOnOneSide(minimum: minimum)
                return row
            }
            do {
                let test = try TwoSampleTTest.welch(a, b, confidenceLevel: options.confidenceLevel)
                row.test = test
                row.significance = SignificanceClass(p: test.pValue, thresholds: thresholds)
            } catch {
                row.note = ReportNote(explaining: error)
            }
            return row
        }
    }

    /// Change of the two groups of a grouping compared: Welch t on change scores, with the 2 × 2 table of means.
    /// A person's group is their answer in the second wave, or in the first when they did not answer it again.
    func differenceInDifferences(_ plan: AnalysisPlan.Comparison, units: [PairedUnitBlock],
                                 pairs: [(before: Int, after: Int)]) -> Report.DifferenceInDifferences? {
        guard let variable = codebook.variable(plan.variable), let indices = data.optionIndices(plan.variable) else { return nil }
        let personGroup = pairs.map { indices[$0.after] >= 0 ? indices[$0.after] : indices[$0.before] }
        let selection = GroupSelection(variable: variable, optionIndices: personGroup, only: plan.only, minimum: minimum,
                                       language: language, mainLanguage: survey.language)
        let compared = selection.compared
        var result = Report.DifferenceInDifferences(
            variable: variable.name, variableLabel: text(variable.label), groups: comparedGroups(selection),
            leftOut: selection.reportGroups.filter { !$0.included }, rows: [])
        guard compared.count == 2 else { return result }
        for unit in units.flatMap(\.items) {
            var side: [(before: [Double], after: [Double])] = [([], []), ([], [])]
            for (pair, group) in zip(pairs, selection.membership) where group >= 0 {
                side[Int(group)].before.append(unit.values[pair.before])
                side[Int(group)].after.append(unit.values[pair.after])
            }
            var row = Report.DifferenceRow(variable: unit.name, label: unit.label, counts: [nil, nil], meansBefore: [nil, nil],
                                           meansAfter: [nil, nil], meanChanges: [nil, nil], result: nil, p: nil,
                                           significance: .none, note: nil)
            do {
                let test = try DifferenceInDifferences.test(before: side[0].before, after: side[0].after,
                                                            comparedWith: side[1].before, after: side[1].after,
                                                            confidenceLevel: options.confidenceLevel)
                guard test.counts.allSatisfy({ $0 >= minimum }) else {
                    row.note = .groupWithTooFewPairs(minimum: minimum)
                    result.rows.append(row)
                    continue
                }
                row.counts = test.counts.map(Optional.some)
                row.meansBefore = test.meansBefore.map(Optional.some)
                row.meansAfter = test.meansAfter.map(Optional.some)
                row.meanChanges = test.meanChanges.map(Optional.some)
                row.result = test
                row.p = test.welch.pValue
                row.significance = SignificanceClass(p: test.welch.pValue, thresholds: thresholds)
            } catch {
                row.note = ReportNote(explaining: error)
            }
            result.rows.append(row)
        }
        return result
    }
}
