import Questionnaire
import Support

/// One problem of an imported CSV, located by file line and column name, with the offending value.
public struct ImportIssue: Hashable, Sendable {
    public enum Kind: Error, Hashable, Sendable {
        case unknownColumn
        case duplicatedColumn
        /// A scale point outside 1...points.
        case pointOutOfRange(points: Int)
        case notAScalePoint(points: Int)
        case unknownOption(known: [String])
        case notAnIndicator
        case notANumber
        case notAWholeNumber
        case numberOutOfRange(minimum: String?, maximum: String?)
        case unknownEscape(known: [String])
        case unknownWave(known: [String])
        case badSessionID
        case duplicatedSession
        case badStatus
        case badTimestamp
        /// A row with more or fewer cells than the header.
        case wrongCellCount(expected: Int, found: Int)
        case unterminatedQuote
        case textAfterQuote
        case emptyFile
        /// Bytes that are not UTF-8 in a file that is UTF-8 elsewhere; `value` shows them in hexadecimal.
        case invalidUTF8
    }

    public var kind: Kind
    /// File line (the header is line 1).
    public var line: Int
    /// The column name, empty for problems of the whole row or file.
    public var column: String
    public var value: String

    public init(kind: Kind, line: Int, column: String, value: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.value = value
    }

    /// `ligne 3, colonne « aise.materiel » : « 9 » n'est pas un point de l'échelle 1 à 5`
    public func message(_ language: Language) -> String { ResponsesMessage.importIssue(self).text(language) }
}

/// What to do with invalid cells.
public enum InvalidPolicy: String, Sendable, CaseIterable {
    /// Refuse the whole file when any cell is invalid (the default).
    case refuse
    /// Load invalid cells as missing values of the kind "invalid", counted in reports.
    case missing
}

extension ResponsesMessage {
    /// The message that says what an issue's kind found in `value`.
    init(_ kind: ImportIssue.Kind, value: String) {
        switch kind {
        case .unknownColumn: self = .unknownColumn
        case .duplicatedColumn: self = .duplicatedColumn
        case .pointOutOfRange(let points): self = .pointOutOfRange(value: value, points: points)
        case .notAScalePoint(let points): self = .notAScalePoint(value: value, points: points)
        case .unknownOption(let known): self = .unknownOption(value: value, known: known)
        case .notAnIndicator: self = .notAnIndicator(value: value)
        case .notANumber: self = .notANumber(value: value)
        case .notAWholeNumber: self = .notAWholeNumber(value: value)
        case .numberOutOfRange(let minimum, let maximum): self = .numberOutOfRange(value: value, minimum: minimum, maximum: maximum)
        case .unknownEscape(let known): self = .unknownEscape(value: value, known: known)
        case .unknownWave(let known): self = .unknownWave(value: value, known: known)
        case .badSessionID: self = .badSessionID(value: value)
        case .duplicatedSession: self = .duplicatedSession(value: value)
        case .badStatus: self = .badStatus(value: value)
        case .badTimestamp: self = .badTimestamp(value: value)
        case .wrongCellCount(let expected, let found): self = .wrongCellCount(expected: expected, found: found)
        case .unterminatedQuote: self = .unterminatedQuote
        case .textAfterQuote: self = .textAfterQuote
        case .emptyFile: self = .emptyFile
        case .invalidUTF8: self = .invalidUTF8(value: value)
        }
    }
}
