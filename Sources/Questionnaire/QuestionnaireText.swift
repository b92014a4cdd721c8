import Support

/// The module's words that are not problems: how a diagnostic is labelled, and what `octant show` prints around
/// the questionnaire's own texts.
public enum QuestionnaireText: Hashable, Sendable, MessageCatalogue {
    // Diagnostics
    case error
    case warning
    case hintLabel
    case moreProblems(Int)
    // The listing
    case languages
    case note(String)
    case required
    case randomOrder
    case when(String)
    case scale
    case reversed
    case specify
    case number
    case openText
    // The codebook
    case column
    case kind
    case label
    case values
    case scaleKind(points: Int)
    case choice
    case integer
    case decimal
    case textKind
    case score
    case manyOptions(Int)
    case missing

    public var localized: Localized {
        switch self {
        case .error: return Localized(fr: "erreur", en: "error")
        case .warning: return Localized(fr: "avertissement", en: "warning")
        case .hintLabel: return Localized(fr: "  conseil : ", en: "  hint: ")
        case .moreProblems(let n):
            return .plural(n, fr: ("… et \(n) autre problème", "… et \(n) autres problèmes"),
                           en: ("… and \(n) more problem", "… and \(n) more problems"))
        case .languages: return Localized(fr: "langues", en: "languages")
        case .note(let text): return Localized(fr: "[note : \(text)]", en: "[note: \(text)]")
        case .required: return Localized(fr: "obligatoire", en: "required")
        case .randomOrder: return Localized(fr: "ordre aléatoire", en: "random order")
        case .when(let condition): return Localized(fr: "  — si \(condition)", en: "  — when \(condition)")
        case .scale: return Localized(fr: "échelle", en: "scale")
        case .reversed: return Localized(fr: " (inversé)", en: " (reversed)")
        case .specify: return Localized(fr: " + précisez", en: " + specify")
        case .number: return Localized(fr: "nombre", en: "number")
        case .openText: return Localized(fr: "texte libre", en: "open text")
        case .column: return Localized(fr: "colonne", en: "column")
        case .kind: return Localized(fr: "type", en: "kind")
        case .label: return Localized(fr: "libellé", en: "label")
        case .values: return Localized(fr: "valeurs", en: "values")
        case .scaleKind(let points): return Localized(fr: "échelle 1–\(points)", en: "scale 1–\(points)")
        case .choice: return Localized(fr: "choix", en: "choice")
        case .integer: return Localized(fr: "entier", en: "integer")
        case .decimal: return Localized(fr: "décimal", en: "decimal")
        case .textKind: return Localized(fr: "texte", en: "text")
        case .score: return Localized(fr: "score", en: "score")
        case .manyOptions(let n): return Localized(fr: "\(n) options (voir le questionnaire)", en: "\(n) options (see the questionnaire)")
        case .missing: return Localized(fr: "manquant", en: "missing")
        }
    }

    public static let samples: [QuestionnaireText] = [
        .error, .warning, .hintLabel, .moreProblems(1), .moreProblems(2), .languages, .note("à lire"), .required, .randomOrder,
        .when("a = oui"), .scale, .reversed, .specify, .number, .openText, .column, .kind, .label, .values,
        .scaleKind(points: 8), .choice, .integer, .decimal, .textKind, .score, .manyOptions(12), .missing,
    ]
}
