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

    /// `ligne 3, colonne « aise.materiel » : « 9 » n'est pas un point de l'échelle 1 à 8`
    public func message(_ l: Language) -> String {
        let place = column.isEmpty
            ? l.pick(fr: "ligne \(line)", en: "line \(line)")
            : l.pick(fr: "ligne \(line), colonne « \(column) »", en: "line \(line), column '\(column)'")
        let shown = value.count > 60 ? String(value.prefix(60)) + "…" : value
        let v = l.pick(fr: "« \(shown) »", en: "'\(shown)'")
        let text: String
        switch kind {
        case .unknownColumn:
            text = l.pick(fr: "colonne inconnue du questionnaire", en: "column unknown to the questionnaire")
        case .duplicatedColumn:
            text = l.pick(fr: "colonne en double", en: "duplicated column")
        case .pointOutOfRange(let points):
            text = l.pick(fr: "\(v) est hors de l'échelle 1 à \(points)", en: "\(v) is outside the scale 1 to \(points)")
        case .notAScalePoint(let points):
            text = l.pick(fr: "\(v) n'est pas un point de l'échelle 1 à \(points) ni une réponse hors échelle",
                          en: "\(v) is neither a point of the scale 1 to \(points) nor an escape answer")
        case .unknownOption(let known):
            text = l.pick(fr: "\(v) n'est pas un code de réponse (codes : \(known.joined(separator: ", ")))",
                          en: "\(v) is not an option code (codes: \(known.joined(separator: ", ")))")
        case .notAnIndicator:
            text = l.pick(fr: "\(v) n'est ni 0 ni 1", en: "\(v) is neither 0 nor 1")
        case .notANumber:
            text = l.pick(fr: "\(v) n'est pas un nombre", en: "\(v) is not a number")
        case .notAWholeNumber:
            text = l.pick(fr: "\(v) n'est pas un nombre entier", en: "\(v) is not a whole number")
        case .numberOutOfRange(let minimum, let maximum):
            let range = "\(minimum ?? "")..\(maximum ?? "")"
            text = l.pick(fr: "\(v) est hors de l'intervalle \(range)", en: "\(v) is outside the range \(range)")
        case .unknownEscape(let known):
            text = l.pick(fr: "\(v) n'est pas une réponse hors échelle permise ici (\(known.joined(separator: ", ")))",
                          en: "\(v) is not an escape answer allowed here (\(known.joined(separator: ", ")))")
        case .unknownWave(let known):
            text = l.pick(fr: "\(v) n'est pas une vague du questionnaire (\(known.joined(separator: ", ")))",
                          en: "\(v) is not a wave of the questionnaire (\(known.joined(separator: ", ")))")
        case .badSessionID:
            text = l.pick(fr: "\(v) n'est pas un identifiant de session (32 chiffres hexadécimaux)",
                          en: "\(v) is not a session id (32 hexadecimal digits)")
        case .duplicatedSession:
            text = l.pick(fr: "la session \(v) apparaît deux fois", en: "session \(v) appears twice")
        case .badStatus:
            text = l.pick(fr: "\(v) n'est pas un statut (complete ou partial)", en: "\(v) is not a status (complete or partial)")
        case .badTimestamp:
            text = l.pick(fr: "\(v) n'est pas une date ISO 8601 (2026-11-23T12:05:09.042Z)",
                          en: "\(v) is not an ISO 8601 time (2026-11-23T12:05:09.042Z)")
        case .wrongCellCount(let expected, let found):
            text = l.pick(fr: "\(found) cellule(s) au lieu de \(expected)", en: "\(found) cell(s) instead of \(expected)")
        case .unterminatedQuote:
            text = l.pick(fr: "guillemet ouvert jamais fermé", en: "quote opened and never closed")
        case .textAfterQuote:
            text = l.pick(fr: "texte après un guillemet fermant", en: "text after a closing quote")
        case .emptyFile:
            text = l.pick(fr: "fichier vide (pas de ligne d'en-tête)", en: "empty file (no header line)")
        }
        return "\(place) : \(text)".replacingOccurrences(of: " : ", with: l == .fr ? " : " : ": ")
    }
}

/// What to do with invalid cells.
public enum InvalidPolicy: String, Sendable, CaseIterable {
    /// Refuse the whole file when any cell is invalid (the default).
    case refuse
    /// Load invalid cells as missing values of the kind "invalid", counted in reports.
    case missing
}
