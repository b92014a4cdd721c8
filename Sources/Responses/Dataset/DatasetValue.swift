import Foundation
import Support

/// Why a cell holds no answer. Reports count each reason apart: a skip is the respondent's choice,
/// "not asked" is the questionnaire's, "not reached" is an interruption, "invalid" is bad imported data.
public enum MissingReason: UInt8, Hashable, Sendable, CaseIterable {
    /// The respondent was asked and declined (an explicit skip in the journal).
    case skipped = 255
    /// A condition hid the question (recorded as "not asked", or its `when` is false for this row).
    case notAsked = 254
    /// The question was due but no answer was recorded: the session stopped before it.
    case notReached = 253
    /// An imported value that does not fit the questionnaire (kept aside as raw text).
    case invalid = 252
    /// A score with fewer answered items than its `minimum`.
    case tooFewItems = 251

    public func name(_ french: Bool) -> String { localized[french ? .fr : .en] }

    public var localized: Localized { ResponsesMessage.missingReason(self).localized }
}

/// One cell of a dataset, typed by its variable's kind.
public enum DatasetValue: Hashable, Sendable {
    /// A scale point, 1...points.
    case point(Int)
    /// An option code of a choice or grid row.
    case option(String)
    /// A multiple-choice option: chosen or not.
    case indicator(Bool)
    /// A number as typed (exact), or a computed score.
    case number(Decimal)
    case text(String)
    /// An escape answer, by its code ("nsp"): statistics exclude it, reports count it.
    case escape(String)
    case missing(MissingReason)

    public var isMissing: Bool { if case .missing = self { return true } else { return false } }
}

/// Whether a session ran to its end.
public enum RowStatus: UInt8, Hashable, Sendable {
    case complete
    /// In progress, paused or abandoned: answers after the interruption are "not reached".
    case partial

    public var name: String { self == .complete ? "complete" : "partial" }

    public init?(name: String) {
        switch name.lowercased() {
        case "complete", "completed", "complet", "complète", "terminée", "1", "true": self = .complete
        case "partial", "partiel", "partielle", "incomplete", "0", "false": self = .partial
        default: return nil
        }
    }
}
