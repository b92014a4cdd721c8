import Support

/// What a word on a line stands for, named in "expected …" messages.
public enum Role: String, Hashable, Sendable, CaseIterable, MessageCatalogue {
    case surveyId, version, language, questionId, questionText, optionCode, optionLabel, itemId, itemText
    case scaleId, points, anchor, escapeId, escapeLabel, key, sectionId, sectionTitle, optionSet
    case scoreId, scoreLabel, reference, waveId, waveLabel, codeId, codeLabel, length, unit, minimum, maximum, message, text, value

    public var localized: Localized {
        switch self {
        case .surveyId: return Localized(fr: "nom du questionnaire", en: "questionnaire name")
        case .version: return Localized(fr: "version", en: "version")
        case .language: return Localized(fr: "langue", en: "language")
        case .questionId: return Localized(fr: "nom de la question", en: "question name")
        case .questionText: return Localized(fr: "texte de la question", en: "question text")
        case .optionCode: return Localized(fr: "code de l'option", en: "option code")
        case .optionLabel: return Localized(fr: "libellé de l'option", en: "option label")
        case .itemId: return Localized(fr: "nom de l'item", en: "item name")
        case .itemText: return Localized(fr: "texte de l'item", en: "item text")
        case .scaleId: return Localized(fr: "nom de l'échelle", en: "scale name")
        case .points: return Localized(fr: "nombre de points", en: "number of points")
        case .anchor: return Localized(fr: "libellé d'extrémité", en: "anchor label")
        case .escapeId: return Localized(fr: "nom de la réponse d'échappement", en: "escape answer name")
        case .escapeLabel: return Localized(fr: "libellé de la réponse", en: "answer label")
        case .key: return Localized(fr: "touche", en: "key")
        case .sectionId: return Localized(fr: "nom de la section", en: "section name")
        case .sectionTitle: return Localized(fr: "titre de la section", en: "section title")
        case .optionSet: return Localized(fr: "nom de la liste d'options", en: "option set name")
        case .scoreId: return Localized(fr: "nom du score", en: "score name")
        case .scoreLabel: return Localized(fr: "libellé du score", en: "score label")
        case .reference: return Localized(fr: "question ou item", en: "question or item")
        case .waveId: return Localized(fr: "nom de la vague", en: "wave name")
        case .waveLabel: return Localized(fr: "libellé de la vague", en: "wave label")
        case .codeId: return Localized(fr: "nom du code", en: "code name")
        case .codeLabel: return Localized(fr: "libellé", en: "label")
        case .length: return Localized(fr: "longueur", en: "length")
        case .unit: return Localized(fr: "unité", en: "unit")
        case .minimum: return Localized(fr: "minimum", en: "minimum")
        case .value: return Localized(fr: "valeur numérique", en: "numeric value")
        case .maximum: return Localized(fr: "maximum", en: "maximum")
        case .message: return Localized(fr: "message", en: "message")
        case .text: return Localized(fr: "texte", en: "text")
        }
    }

    public static var samples: [Role] { allCases }
}
