/// A text of the questionnaire in its main language, with its translations and easy-to-read (FALC) variants.
public struct LocalizedText: Hashable, Sendable {
    /// The text in the questionnaire's main language.
    public var main: String
    /// Translations by language code.
    public var translations: [String: String]
    /// Easy-to-read variants by language code (the main language included).
    public var easyRead: [String: String]
    public var location: SourceLocation

    public init(_ main: String, translations: [String: String] = [:], easyRead: [String: String] = [:],
                location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.main = main
        self.translations = translations
        self.easyRead = easyRead
        self.location = location
    }

    /// The text to show in a language, falling back to the main text; `easy` prefers the FALC variant.
    public func text(in language: String, mainLanguage: String, easy: Bool = false) -> String {
        if easy, let simple = easyRead[language] { return simple }
        if language == mainLanguage { return main }
        return translations[language] ?? main
    }
}
