import Foundation

/// One answer as it is collected, before any statistics: typed by the kind of question that asked it.
/// A missing answer is not a value: the journal records skips and "not asked" apart (see `Responses`).
public enum AnswerValue: Hashable, Sendable {
    /// A point of a Likert scale, 1...points.
    case scalePoint(Int)
    /// One option code (single choice, yes/no, a grid row), with the text of "autre, précisez" when that option is chosen.
    case choice(String, other: String? = nil)
    /// Several option codes (multiple choice), in questionnaire order, with the "autre" text when chosen.
    case choices([String], other: String? = nil)
    /// A number, kept exact as the person typed it (integers and decimals alike).
    case number(Decimal)
    /// Open text, one line.
    case text(String)
    /// An escape answer outside the scale ("Je ne sais pas", "Non concerné"), by its code; statistics exclude it.
    case escape(String)
}
