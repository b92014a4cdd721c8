import Foundation
import Questionnaire
import Statistics

/// Binds a questionnaire and a dataset to the statistics: computes every number of a report once.
public struct ReportBuilder: Sendable {
    public let survey: Survey
    public let codebook: Codebook
    public let data: any ReportDataSource
    public let options: ReportOptions

    public init(survey: Survey, data: any ReportDataSource, options: ReportOptions) {
        self.survey = survey
        self.codebook = Codebook(survey)
        self.data = data
        self.options = options
    }

    var language: String { options.language.rawValue }
    var minimum: Int { options.minimumGroupSize ?? survey.analysis.minimumGroupSize }
    var thresholds: SignificanceClass.Thresholds {
        .init(significant: survey.analysis.significant, tendential: survey.analysis.tendential)
    }
    var postHoc: AnalysisPlan.PostHoc { options.postHoc ?? survey.analysis.postHoc }

    func text(_ localized: LocalizedText?) -> String {
        guard let localized else { return "" }
        return localized.text(in: language, mainLanguage: survey.language)
    }

    public func build() -> Report { build(precomputedChange: nil) }

    /// The report of this builder's data (one wave) with a before/after section built on all waves (`buildChange`):
    /// the key findings read that section too.
    public func build(with change: Report.Change?) -> Report { build(precomputedChange: .some(change)) }

    /// `precomputedChange`: the before/after section when another builder made it, else nil to build it from the options.
    private func build(precomputedChange: Report.Change??) -> Report {
        var groupings: [Report.Grouping] = []
        var selections: [(variable: Variable, display: AnalysisPlan.Display, selection: GroupSelection)] = []
        for plan in comparisonPlans() {
            guard let variable = codebook.variable(plan.variable), let indices = data.optionIndices(plan.variable) else { continue }
            let selection = GroupSelection(variable: variable, optionIndices: indices, only: plan.only, minimum: minimum,
                                           language: language, mainLanguage: survey.language)
            groupings.append(Report.Grouping(variable: plan.variable, label: text(variable.label), display: plan.display,
                                             groups: selection.reportGroups,
                                             unanswered: selection.unansweredShown ? selection.unanswered : nil))
            selections.append((variable, plan.display, selection))
        }
        let planned = selections
        // Every part reads the data and writes only its result: they run side by side, then are put back in order.
        let blocks = survey.questions.filter { if case .likert = $0.kind { return true } else { return false } }
        enum Part: Sendable {
            case comparisons([Report.Comparison])
            case questions([Report.QuestionSummary])
            case scores([Report.ScoreSummary])
            case retrospective([Report.PairedBlock])
            case change(Report.Change?)
        }
        // Parts: the four whole sections, then one per block (every grouping, sharing the block's cross-products),
        // then one per grouping for the scores.
        let wholeParts = 4
        let parts = ParallelMap.map(wholeParts + blocks.count + planned.count) { index -> Part in
            switch index {
            case 0: return .questions(questionSummaries())
            case 1: return .scores(scoreSummaries())
            case 2: return .retrospective(retrospectiveBlocks())
            case 3: return .change(precomputedChange ?? options.change.map(change))
            case wholeParts..<(wholeParts + blocks.count):
                return .comparisons(compare(block: blocks[index - wholeParts], plans: planned))
            default:
                let (variable, display, selection) = planned[index - wholeParts - blocks.count]
                return .comparisons(compareScores(by: variable, display: display, selection: selection))
            }
        }
        var byBlock: [[Report.Comparison]] = [], byScores: [[Report.Comparison]] = []
        var questions: [Report.QuestionSummary] = [], scores: [Report.ScoreSummary] = []
        var retrospective: [Report.PairedBlock] = [], changeSection: Report.Change?
        for (index, part) in parts.enumerated() {
            switch part {
            case .comparisons(let some): if index < wholeParts + blocks.count { byBlock.append(some) } else { byScores.append(some) }
            case .questions(let all): questions = all
            case .scores(let all): scores = all
            case .retrospective(let all): retrospective = all
            case .change(let section): changeSection = section
            }
        }
        // In the report's order: grouping by grouping, its blocks then its scores.
        let comparisons = planned.indices.flatMap { plan in byBlock.map { $0[plan] } + byScores[plan] }.map(corrected)
        let settings = Report.Settings(minimumGroupSize: minimum, significant: thresholds.significant,
                                       tendential: thresholds.tendential, postHoc: postHoc,
                                       twoGroupTest: options.twoGroupTest, kGroupTest: options.kGroupTest,
                                       correction: correction, showsRankTests: options.showsRankTests || survey.analysis.showsRankTests,
                                       confidenceLevel: options.confidenceLevel)
        return Report(survey: .init(id: survey.id, version: survey.version, title: text(survey.metadata.title)),
                      language: options.language, synthetic: data.isSynthetic, settings: settings, scales: scaleInfos(),
                      sample: .init(respondents: data.respondentCount, groupings: groupings, wave: options.wave,
                                    waveLabel: options.wave.map { id in text(survey.waves.first { $0.id == id }?.label) }),
                      questions: questions, comparisons: comparisons, scores: scores,
                      retrospective: retrospective, change: changeSection, provenance: provenance(settings: settings),
                      multiplicity: multiplicity(comparisons), keyFindings: keyFindings(comparisons, change: changeSection))
    }

    /// The before/after section alone, on this builder's data (all waves): for a report whose other sections cover one wave.
    public func buildChange() -> Report.Change? { options.change.map(change) }


    /// The plan's comparisons, or those asked with `--by` (display chosen from the number of groups).
    func comparisonPlans() -> [AnalysisPlan.Comparison] {
        guard let variables = options.groupings else { return survey.analysis.comparisons }
        return variables.compactMap { name in
            guard let variable = codebook.variable(name), case .choice = variable.kind else { return nil }
            let count = variable.valueLabels.count
            let display: AnalysisPlan.Display = count == 2 ? .difference : (count <= 5 ? .letters : .asterisk)
            return AnalysisPlan.Comparison(variable: name, display: display, only: nil,
                                           location: SourceLocation(line: 0, column: 0))
        }
    }
}

extension ReportBuilder {
    /// The variables of a Likert block: its items (both moments of a retrospective block).
    func scaleVariables(of question: Question) -> [Variable] {
        codebook.variables.filter { $0.questionId == question.id && { if case .scale = $0.kind { return true } else { return false } }($0) }
    }

    /// Answers per group and point, in one pass over the column.
    static func groupCounts(_ points: [UInt8], membership: [Int32], groups: Int, scalePoints: Int) -> [ScaleCounts] {
        let limit = UInt8(clamping: scalePoints), discard = groups * scalePoints
        // Missing answers and ungrouped respondents go to one extra cell: no branch to mispredict on them.
        var cells = [Int](repeating: 0, count: discard + 1)
        cells.withUnsafeMutableBufferPointer { cells in
            points.withUnsafeBufferPointer { points in
                membership.withUnsafeBufferPointer { membership in
                    for respondent in 0..<min(points.count, membership.count) {
                        let point = points[respondent], group = membership[respondent]
                        let counted = group >= 0 && point &- 1 < limit
                        cells[counted ? Int(group) &* scalePoints &+ Int(point) &- 1 : discard] &+= 1
                    }
                }
            }
        }
        return (0..<groups).map { group in
            let row = Array(cells[(group * scalePoints)..<((group + 1) * scalePoints)])
            return (try? ScaleCounts(points: scalePoints, counts: row)) ?? (try! ScaleCounts(points: scalePoints))
        }
    }
}
