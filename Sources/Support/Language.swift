/// The languages Octant speaks to its users. Questionnaires may carry any language code for their texts;
/// the interface itself (messages, help, reports) exists in these two.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en

    /// The interface language for a questionnaire language code: French for French, English otherwise.
    public init(forCode code: String) {
        self = code.lowercased().hasPrefix("fr") ? .fr : .en
    }

    /// CLDR plural rule for whole numbers.
    public func pluralCategory(_ count: Int) -> PluralCategory {
        switch self {
        case .fr: return count == 0 || count == 1 ? .one : .other
        case .en: return count == 1 ? .one : .other
        }
    }
}
