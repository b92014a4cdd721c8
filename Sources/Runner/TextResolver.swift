import Questionnaire
import Support

/// Picks the text of a questionnaire string for a session (language, easy-to-read) and makes it safe for a terminal.
public struct TextResolver: Hashable, Sendable {
    public var language: String
    public var mainLanguage: String
    public var easy: Bool

    public init(language: String, mainLanguage: String, easy: Bool) {
        self.language = language
        self.mainLanguage = mainLanguage
        self.easy = easy
    }

    public func callAsFunction(_ text: LocalizedText) -> String {
        TerminalText.printable(text.text(in: language, mainLanguage: mainLanguage, easy: easy))
    }
}
