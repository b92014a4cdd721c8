/// The languages Octant speaks to its users. Questionnaires may carry any language code for their texts;
/// the interface itself (messages, help, reports) exists in these two.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en

    /// The interface language for a questionnaire language code: French for French, English otherwise.
    public init(forCode code: String) {
        self = code.lowercased().hasPrefix("fr") ? .fr : .en
    }

    /// Picks the text of the language; every user-facing message is written as `language.pick(fr:en:)`
    /// so that the two versions always stand side by side in the source.
    public func pick(fr: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        switch self {
        case .fr: return fr()
        case .en: return en()
        }
    }

    /// CLDR plural rule for whole numbers.
    public func pluralCategory(_ count: Int) -> PluralCategory {
        switch self {
        case .fr: return count == 0 || count == 1 ? .one : .other
        case .en: return count == 1 ? .one : .other
        }
    }
}
