import Questionnaire

/// The byte layout of code columns and of the status bytes of number and text columns:
/// values below 200, escape answers 200..<240 (index in the variable's `missingCodes`), missing reasons 251...255.
public enum ColumnCode {
    /// First escape code: escape `i` of a variable is `escapeBase + i`.
    public static let escapeBase: UInt8 = 200
    public static let maximumEscapes = 40
    /// Largest value code: scale points, 1-based option indexes, 0/1 indicators (`Question.maximumOptions`, which the
    /// questionnaire's checks enforce).
    public static let maximumValue = UInt8(Question.maximumOptions)
    /// Status byte of a number or text cell that holds a value.
    public static let present: UInt8 = 0

    @inline(__always) public static func isValue(_ code: UInt8) -> Bool { code < escapeBase }
    @inline(__always) public static func isEscape(_ code: UInt8) -> Bool { code >= escapeBase && code < escapeBase + UInt8(maximumEscapes) }
    @inline(__always) public static func missing(_ reason: MissingReason) -> UInt8 { reason.rawValue }
    @inline(__always) public static func reason(_ code: UInt8) -> MissingReason? { MissingReason(rawValue: code) }
}
