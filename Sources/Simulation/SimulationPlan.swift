import Foundation
import Questionnaire
import Responses

/// A questionnaire flattened for fast simulation: every question in file order with every condition that decides
/// whether it is asked (its sections' and its own), its answer keys, and the fixed parts of the answer model.
struct SimulationPlan: Sendable {
    /// One answer key of a question: a Likert item (or one moment of a retrospective item), a grid row, or the question.
    struct Unit: Sendable {
        var key: String
        /// The item's own `when`, and whether it is reverse-keyed (what the generator needs of the `Item`, kept apart
        /// because copying whole items, texts and all, for every respondent dominated the simulation's time).
        var condition: Condition?
        var isReversed: Bool
        /// `before` or `now` for the two answers of a retrospective item.
        var moment: String?
        var escapes: [String]
        /// Latent level of a Likert item on the 1...points scale before group and person effects.
        var baseLevel: Double
    }

    /// Immutable and shared by reference: the generator reads it for every respondent without copying it.
    final class PlannedQuestion: Sendable {
        let question: Question
        let conditions: [Condition]
        let units: [Unit]
        let hasItemConditions: Bool
        let points: Int
        /// Group effect of this block, by comparison of the analysis plan, then by the group's option code.
        let groupEffects: [[String: Double]]

        init(question: Question, conditions: [Condition], units: [Unit], points: Int, groupEffects: [[String: Double]]) {
            self.question = question
            self.conditions = conditions
            self.units = units
            hasItemConditions = units.contains { $0.condition != nil }
            self.points = points
            self.groupEffects = groupEffects
        }
    }

    var survey: Survey
    var questions: [PlannedQuestion]
    /// The grouping questions of the analysis plan, in plan order.
    var groupingQuestions: [String]

    /// Spread of the per-group random effects on the 1–8 scale: large enough for ANOVAs to find something.
    static let groupEffectSD = 0.6

    init(survey: Survey, seed: UInt64) {
        self.survey = survey
        groupingQuestions = survey.analysis.comparisons.map(\.variable)
        var random = SimulationRandom(seed: seed, stream: 0xB10C)
        var planned: [PlannedQuestion] = []
        func walk(_ elements: [SurveyElement], _ inherited: [Condition]) {
            for element in elements {
                switch element {
                case .section(let section):
                    walk(section.elements, inherited + (section.condition.map { [$0] } ?? []))
                case .question(let question):
                    planned.append(Self.plan(question, conditions: inherited + (question.condition.map { [$0] } ?? []),
                                             survey: survey, random: &random))
                }
            }
        }
        walk(survey.elements, [])
        questions = planned
    }

    private static func plan(_ question: Question, conditions: [Condition], survey: Survey,
                             random: inout SimulationRandom) -> PlannedQuestion {
        var units: [Unit] = []
        var points = 0
        switch question.kind {
        case .likert(let scale, let items, let retrospective):
            points = scale.points
            let span = Double(scale.points - 1)
            let pairs: [(String, Item?)] = items.isEmpty ? [(question.id, nil)] : items.map { ("\(question.id).\($0.id)", $0) }
            for (key, item) in pairs {
                // Item levels between 30 % and 85 % of the scale: agreement scales lean positive.
                let level = 1 + span * (0.30 + 0.55 * random.unit())
                let escapes = question.escapes + (item?.escapes ?? [])
                if retrospective != nil {
                    units.append(Unit(key: key + "." + Retrospective.thenSuffix, condition: item?.condition, isReversed: item?.isReversed ?? false, moment: Retrospective.thenSuffix,
                                      escapes: escapes, baseLevel: level))
                    units.append(Unit(key: key + "." + Retrospective.nowSuffix, condition: item?.condition, isReversed: item?.isReversed ?? false, moment: Retrospective.nowSuffix,
                                      escapes: escapes, baseLevel: level))
                } else {
                    units.append(Unit(key: key, condition: item?.condition, isReversed: item?.isReversed ?? false, moment: nil, escapes: escapes, baseLevel: level))
                }
            }
        case .grid(_, let rows):
            units = rows.map { Unit(key: "\(question.id).\($0.id)", condition: $0.condition, isReversed: false, moment: nil,
                                    escapes: question.escapes + $0.escapes, baseLevel: 0) }
        default:
            units = [Unit(key: question.id, condition: nil, isReversed: false, moment: nil, escapes: question.escapes, baseLevel: 0)]
        }
        var effects: [[String: Double]] = []
        for comparison in survey.analysis.comparisons {
            var byGroup: [String: Double] = [:]
            for option in survey.question(comparison.variable)?.options ?? [] {
                byGroup[option.code] = points > 0 ? groupEffectSD * random.normal() : 0
            }
            effects.append(byGroup)
        }
        return PlannedQuestion(question: question, conditions: conditions, units: units, points: points, groupEffects: effects)
    }
}
