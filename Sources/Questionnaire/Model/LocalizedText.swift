import Support

/// A text of the questionnaire in its main language, with its translations and easy-to-read (FALC) variants.
public struct LocalizedText: Hashable, Sendable {
    /// The text in the questionnaire's main language (for a built-in text, the French one: see `isBuiltIn`).
    public var main: String
    /// Translations by language code.
    public var translations: [String: String]
    /// Easy-to-read variants by language code (the main language included).
    public var easyRead: [String: String]
    public var location: SourceLocation
    /// Octant's own text (yes/no, the default scale's anchors), not the author's: it has no main language but one
    /// text per interface language, so it must follow the questionnaire's language instead of showing its French.
    public private(set) var isBuiltIn = false

    public init(_ main: String, translations: [String: String] = [:], easyRead: [String: String] = [:],
                location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.main = main
        self.translations = translations
        self.easyRead = easyRead
        self.location = location
    }

    /// A built-in text: every interface language is a translation, so that imports recognise each of them.
    public init(builtIn text: Localized) {
        self.init(text.fr, translations: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, text[$0]) }))
        isBuiltIn = true
    }

    /// The text to show in a language, falling back to the main text; `easy` prefers the FALC variant.
    /// A built-in text shows the language asked when Octant speaks it, otherwise the one nearest the questionnaire's.
    public func text(in language: String, mainLanguage: String, easy: Bool = false) -> String {
        if easy, let simple = easyRead[language] { return simple }
        if isBuiltIn { return translations[(Language(rawValue: language) ?? Language(forCode: mainLanguage)).rawValue] ?? main }
        if language == mainLanguage { return main }
        return translations[language] ?? main
    }
}
