import Support

extension Problem {
    /// What the parser wanted at a spot, for "expected …" messages.
    public enum Expectation: Hashable, Sendable, MessageCatalogue {
        case identifier(Role)
        case string(Role)
        case integer(Role)
        case number
        case value
        case condition
        case closingParenthesis
        case colon
        case range
        case keyword(String)
        case endOfLine

        public var localized: Localized {
            switch self {
            case .identifier(let role):
                return Localized(fr: "un identifiant (\(role.localized.fr))", en: "an identifier (\(role.localized.en))")
            case .string(let role):
                return Localized(fr: "un texte entre guillemets (\(role.localized.fr))", en: "a quoted text (\(role.localized.en))")
            case .integer(let role):
                return Localized(fr: "un nombre entier (\(role.localized.fr))", en: "a whole number (\(role.localized.en))")
            case .number: return Localized(fr: "un nombre", en: "a number")
            case .value: return Localized(fr: "une valeur (code, nombre ou texte)", en: "a value (code, number or text)")
            case .condition: return Localized(fr: "une condition", en: "a condition")
            case .closingParenthesis: return Localized(fr: "« ) »", en: "')'")
            case .colon: return Localized(fr: "« : »", en: "':'")
            case .range: return Localized(fr: "un intervalle min..max", en: "a range min..max")
            case .keyword(let word): return Localized(fr: "« \(word) »", en: "'\(word)'")
            case .endOfLine: return Localized(fr: "la fin de la ligne", en: "the end of the line")
            }
        }

        public static let samples: [Expectation] = [
            .identifier(.questionId), .string(.questionText), .integer(.points), .number, .value, .condition,
            .closingParenthesis, .colon, .range, .keyword("version"), .endOfLine,
        ]
    }
}
