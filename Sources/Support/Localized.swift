/// A text in every interface language, side by side. Catalogues build these and nothing else chooses a language:
/// a third language is one more stored property here, then its text in each catalogue, which the compiler lists.
public struct Localized: Sendable, Hashable {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The same text in every language (a symbol, a number, a name).
    public init(invariant text: String) {
        self.init(fr: text, en: text)
    }

    public subscript(_ language: Language) -> String {
        switch language {
        case .fr: return fr
        case .en: return en
        }
    }

    /// Each language's own plural rule chooses between its forms (CLDR: French takes the singular for 0 and 1,
    /// English for 1 only). The forms already hold the number where they show it.
    public static func plural(_ count: Int, fr: (one: String, other: String), en: (one: String, other: String)) -> Localized {
        Localized(fr: Language.fr.pluralCategory(count) == .one ? fr.one : fr.other,
                  en: Language.en.pluralCategory(count) == .one ? en.one : en.other)
    }

    /// Texts joined language by language.
    public static func + (lhs: Localized, rhs: Localized) -> Localized {
        Localized(fr: lhs.fr + rhs.fr, en: lhs.en + rhs.en)
    }
}

/// The plural categories Octant's languages use (CLDR).
public enum PluralCategory: Sendable {
    case one, other
}

/// One module's user-facing messages: an enum whose cases are messages and whose `localized` gives each in every
/// language. `samples` holds at least one value of every case, so that a test can prove each exists in each language.
public protocol MessageCatalogue: Sendable {
    var localized: Localized { get }
    static var samples: [Self] { get }
}

extension MessageCatalogue {
    public func text(_ language: Language) -> String { localized[language] }

    /// The case's name, without its values: what the completeness test matches against the catalogue's source.
    public var caseName: String {
        let described = String(describing: self)
        return String(described.prefix { $0 != "(" })
    }
}
