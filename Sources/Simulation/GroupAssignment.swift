import Foundation
import Questionnaire
import Responses

/// Who belongs to which group of each grouping question, so that the group sizes are the report's.
///
/// The report's counts do not always add up to its sample: its mission and training counts include the 5 We Ker / CAF
/// respondents it later set aside (143 and 140 for 136). Printed counts are kept exactly where possible: an excess is
/// taken off the largest group, one respondent at a time; a shortfall is added to the largest group when the question
/// is required, otherwise left as respondents who skip it.
///
/// An optional grouping question (the report's `formation`) is left unanswered by `optionalNonResponse` of the
/// respondents, taken off its largest group too ("53 trained of those who answered"). The report's tables need it: each
/// was computed on whoever answered both the item and the grouping question, so its training means are not averages
/// over the same people as its service and mission means, and for some items no single set of respondents all
/// answering `formation` can reproduce the three tables (ecran.deplace: training means 3.11 and 3.17, yet every
/// mission mean of the people asked is at least 3.35).
///
/// Each grouping question is assigned by an independent seeded shuffle, so the joint composition (e.g. CCAS × trained ×
/// encadrement) is what chance gives.
struct GroupAssignment: Sendable {
    /// Forced answers of respondent i: the grouping questions only.
    var forced: [[String: JournalAnswer]]
    /// The adjusted size of each group, by question, in the targets' order.
    var sizes: [String: [(group: String, count: Int)]]

    static let optionalNonResponse = 0.10

    init(survey: Survey, targets: ReportTargets, respondents: Int, seed: UInt64) throws(SimulationError) {
        forced = Array(repeating: [:], count: respondents)
        sizes = [:]
        for (index, comparison) in survey.analysis.comparisons.enumerated() {
            let published = targets.groupCounts(of: comparison.variable)
            guard !published.isEmpty, let question = survey.question(comparison.variable) else { continue }
            for (group, _) in published where !question.options.contains(where: { $0.code == group }) {
                throw .unknownGroup(question: question.id, group: group)
            }
            let answering = question.isRequired ? respondents
                : respondents - Int((Double(respondents) * Self.optionalNonResponse).rounded())
            let counts = Self.adjusted(published.map(\.count), to: answering, fillShortfall: question.isRequired)
            sizes[question.id] = zip(published.map(\.group), counts).map { (group: $0, count: $1) }
            var answers: [JournalAnswer] = []
            for (group, count) in zip(published.map(\.group), counts) {
                answers += Array(repeating: .value(.choice(group)), count: count)
            }
            answers += Array(repeating: .skipped, count: respondents - answers.count)
            var random = SimulationRandom(seed: seed, stream: 0xA55_1600, substream: UInt64(index))
            for position in stride(from: answers.count - 1, to: 0, by: -1) { answers.swapAt(position, random.index(position + 1)) }
            for respondent in 0..<respondents { forced[respondent][question.id] = answers[respondent] }
        }
    }

    static func adjusted(_ counts: [Int], to total: Int, fillShortfall: Bool) -> [Int] {
        var result = counts.map { max(0, $0) }
        while result.reduce(0, +) > total, let largest = result.indices.max(by: { result[$0] < result[$1] }) {
            result[largest] -= 1
        }
        if fillShortfall, !result.isEmpty {
            let largest = result.indices.max(by: { result[$0] < result[$1] })!
            result[largest] += total - result.reduce(0, +)
        }
        return result
    }
}
