import Questionnaire

/// Why a variable has no usable value for some respondents. Reports count these apart: a question the
/// conditions did not ask is not a refusal, and an escape answer ("Je ne sais pas") is an answer.
public struct MissingBreakdown: Codable, Sendable, Equatable {
    /// The person passed the question.
    public var skipped: Int = 0
    /// A condition hid the question.
    public var notAsked: Int = 0
    /// The interview stopped before the question.
    public var notReached: Int = 0
    /// A value that failed validation on import, kept as missing.
    public var invalid: Int = 0
    /// Escape answers by code ("nsp", "nc").
    public var escapes: [String: Int] = [:]

    public init(skipped: Int = 0, notAsked: Int = 0, notReached: Int = 0, invalid: Int = 0, escapes: [String: Int] = [:]) {
        self.skipped = skipped
        self.notAsked = notAsked
        self.notReached = notReached
        self.invalid = invalid
        self.escapes = escapes
    }

    public var escapeTotal: Int { escapes.values.reduce(0, +) }
}

/// What a report reads from a dataset, column by column, one entry per respondent in a fixed order.
/// Columns are named as in the codebook (`aise.materiel`). Arrays rather than cells, so that a million
/// respondents are read in one pass per column.
public protocol ReportDataSource: Sendable {
    var respondentCount: Int { get }
    /// A hash identifying the sessions read (the provenance block's data fingerprint), when the source has one.
    var fingerprint: String? { get }
    /// True when the data were generated (`octant simulate`): every report says so.
    var isSynthetic: Bool { get }
    /// Scale answers: 1...points, or 0 where there is none (missing of any kind, or an escape answer).
    func scalePoints(_ variable: String) -> [UInt8]?
    /// Choice answers: the index of the option in the variable's value labels, or -1 where there is none.
    func optionIndices(_ variable: String) -> [Int32]?
    /// Numbers (and scores), NaN where there is none.
    func numbers(_ variable: String) -> [Double]?
    /// How many respondents gave an answer (for open text, which reports count but never print).
    func answeredCount(_ variable: String) -> Int
    func missing(_ variable: String) -> MissingBreakdown
}
