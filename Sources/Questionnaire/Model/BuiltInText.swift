import Support

/// The texts Octant supplies when the author writes none: they exist in every interface language, and a
/// questionnaire shows them in its own (see `LocalizedText.init(builtIn:)`).
public enum BuiltInText: Hashable, Sendable, CaseIterable, MessageCatalogue {
    case yes
    case no
    case stronglyDisagree
    case stronglyAgree
    case before
    case today

    public var localized: Localized {
        switch self {
        case .yes: return Localized(fr: "Oui", en: "Yes")
        case .no: return Localized(fr: "Non", en: "No")
        case .stronglyDisagree: return Localized(fr: "Pas du tout d'accord", en: "Strongly disagree")
        case .stronglyAgree: return Localized(fr: "Tout à fait d'accord", en: "Strongly agree")
        case .before: return Localized(fr: "Avant", en: "Before")
        case .today: return Localized(fr: "Aujourd'hui", en: "Today")
        }
    }

    public static var samples: [BuiltInText] { allCases }

    /// The text as a questionnaire text that follows the questionnaire's language.
    public var label: LocalizedText { LocalizedText(builtIn: localized) }
}
