import Support

/// How to fix a problem, shown under it as "hint: …".
public enum ProblemHint: Hashable, Sendable, MessageCatalogue {
    case didYouMean(String)
    case closeTheString
    case asciiIdentifier(String)
    case sameIndentation
    case headerExample
    case moveTheQuestion
    case evenScale
    case addTranslation(language: String)
    case checkIndentation
    case stableAnswers
    case manyGroups
    case straightQuotes
    case uniqueColumnName
    case groupOptions
    case freeKey
    case declareValue
    case missingCodeOutside

    public var localized: Localized {
        switch self {
        case .didYouMean(let name):
            return Localized(fr: "vouliez-vous dire « \(name) » ?", en: "did you mean '\(name)'?")
        case .closeTheString:
            return Localized(fr: "fermez le texte par \" sur la même ligne ; écrivez \\\" pour un guillemet dans le texte",
                             en: "close the text with \" on the same line; write \\\" for a quote inside the text")
        case .asciiIdentifier(let suggestion):
            return Localized(fr: "les identifiants deviennent des noms de colonnes : écrivez « \(suggestion) »",
                             en: "identifiers become column names: write '\(suggestion)'")
        case .sameIndentation:
            return Localized(fr: "indentez les lignes d'un même niveau avec le même nombre d'espaces",
                             en: "indent lines of one level with the same number of spaces")
        case .headerExample:
            return Localized(fr: "par exemple : survey mon-questionnaire version 1 language fr",
                             en: "for example: survey my-questionnaire version 1 language en")
        case .moveTheQuestion:
            return Localized(fr: "déplacez la question plus haut, ou la condition plus bas", en: "move the question up, or the condition down")
        case .evenScale:
            return Localized(fr: "une échelle paire (comme 8 points) oblige à prendre position",
                             en: "an even scale (such as 8 points) asks people to take a side")
        case .addTranslation(let language):
            return Localized(fr: "ajoutez une ligne « \(language): \"…\" » sous ce texte", en: "add a line '\(language): \"…\"' under this text")
        case .checkIndentation:
            return Localized(fr: "vérifiez l'indentation de cette ligne", en: "check this line's indentation")
        case .stableAnswers:
            return Localized(fr: "choisissez des réponses qui ne changent pas d'une vague à l'autre (tranche d'âge, lieu)",
                             en: "choose answers that do not change between waves (age band, site)")
        case .manyGroups:
            return Localized(fr: "« letters » ou « asterisk » conviennent à plus de deux groupes",
                             en: "'letters' or 'asterisk' suit more than two groups")
        case .straightQuotes:
            return Localized(fr: "les textes s'écrivent entre guillemets droits \"…\"", en: "texts are written between straight quotes \"…\"")
        case .uniqueColumnName:
            return Localized(fr: "chaque identifiant devient un nom de colonne : il doit être unique",
                             en: "each identifier becomes a column name: it must be unique")
        case .groupOptions:
            return Localized(fr: "regroupez les options (par exemple les communes par intercommunalité), ou posez une question ouverte",
                             en: "group the options (communes by district, say), or ask an open question")
        case .declareValue:
            return Localized(fr: "donnez une « value » à chaque option de la liste, ou à aucune (leur rang sert alors de valeur)",
                             en: "give every option of the list a 'value', or none (their rank is then their value)")
        case .missingCodeOutside:
            return Localized(fr: "choisissez pour la réponse d'échappement une « value » qu'aucune question ne peut recevoir (par exemple 97, 98, 99)",
                             en: "give the escape answer a 'value' no question can take (for example 97, 98, 99)")
        case .freeKey:
            let keys = CommandKey.all.map(String.init).joined(separator: " ")
            return Localized(fr: "\(keys) servent à revenir, répéter, mettre en pause, sauter et demander l'aide : choisissez une autre lettre",
                             en: "\(keys) go back, repeat, pause, skip and ask for help: choose another letter")
        }
    }

    public static let samples: [ProblemHint] = [
        .didYouMean("formation"), .closeTheString, .asciiIdentifier("apres"), .sameIndentation, .headerExample,
        .moveTheQuestion, .evenScale, .addTranslation(language: "en"), .checkIndentation, .stableAnswers, .manyGroups,
        .straightQuotes, .uniqueColumnName, .groupOptions, .freeKey, .declareValue, .missingCodeOutside,
    ]
}

extension Problem {
    /// The hint for this problem, if it has one; built from `quotable`, like the message.
    public var hint: ProblemHint? {
        switch quotable {
        case .unterminatedString: return .closeTheString
        case .nonASCIIIdentifier(_, let suggestion): return .asciiIdentifier(suggestion)
        case .mixedIndentation, .inconsistentIndentation: return .sameIndentation
        case .missingHeader: return .headerExample
        case .unknownDeclaration(_, let s), .unknownModifier(_, let s), .unknownProperty(_, let s),
             .unknownReference(_, let s), .unknownOption(_, _, let s), .unknownScale(_, let s),
             .unknownEscape(_, let s), .unknownOptionSet(_, let s), .unknownPosthoc(_, let s):
            return s.map(ProblemHint.didYouMean)
        case .forwardReference: return .moveTheQuestion
        case .oddScale: return .evenScale
        case .missingTranslation(let language): return .addTranslation(language: language)
        case .notAllowedHere: return .checkIndentation
        case .confirmNotComparable: return .stableAnswers
        case .groupingNotChoice, .differenceNeedsTwoGroups: return .manyGroups
        case .expected(.string, _): return .straightQuotes
        case .duplicateId, .reservedColumnName: return .uniqueColumnName
        case .tooManyOptions: return .groupOptions
        case .reservedKey: return .freeKey
        case .optionWithoutValue: return .declareValue
        case .escapeValueIsAnAnswer: return .missingCodeOutside
        default: return nil
        }
    }
}
