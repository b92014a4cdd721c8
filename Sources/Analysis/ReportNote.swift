import Statistics

/// Why a number is missing from a report, or what a reader must know about it: a fact with its values, never a
/// sentence. `Reports` words it in the reader's language.
public enum ReportNote: Codable, Hashable, Sendable {
    /// Every answer is the same: no test is defined.
    case noVariation
    case tooFewAnswersToTest
    /// A test the statistics module refused, with its own technical reason.
    case testNotPossible(reason: String)
    case fewerThanTwoGroups(minimum: Int)
    case fewerThanTwoGroupsForMANOVA(minimum: Int)
    /// Groups left out of a block's MANOVA: fewer complete answers to the block than the minimum.
    case manovaWithout(groups: [String], minimum: Int)
    case manovaSingular
    /// Fewer complete answers than the MANOVA needs: residual degrees of freedom (N − groups) under the items' count.
    case manovaTooFewRespondents(residualDF: Int, items: Int)
    /// Before/after: too few people linked to compute anything.
    case tooFewLinkedPeople(linked: Int, minimum: Int)
    case tooFewPairs(minimum: Int)
    case tooFewAnswersOnOneSide(minimum: Int)
    case groupWithTooFewPairs(minimum: Int)
    case everyoneChangedEqually

    /// The note for a test the statistics module could not run.
    public init(explaining error: Error) {
        guard let error = error as? StatisticsError else {
            self = .testNotPossible(reason: "\(error)")
            return
        }
        switch error {
        case .zeroVariance: self = .noVariation
        case .tooFewObservations, .emptyInput, .tooFewGroups: self = .tooFewAnswersToTest
        default: self = .testNotPossible(reason: "\(error)")
        }
    }
}
