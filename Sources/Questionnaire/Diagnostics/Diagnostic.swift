import Support
/// One problem found in a questionnaire file: where, how serious, what, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var problem: Problem
    public var location: SourceLocation
    /// How many scalars the caret underlines (at least 1).
    public var length: Int

    public init(_ severity: Severity, _ problem: Problem, at location: SourceLocation, length: Int = 1) {
        self.severity = severity
        self.problem = problem
        self.location = location
        self.length = max(1, length)
    }

    public func message(_ language: Language) -> String { problem.message(language) }
    public func hint(_ language: Language) -> String? { problem.hint(language) }
}

extension Diagnostic {
    static let maximumShownWidth = 150

    /// `file:line:column: error: message`, the source line, a caret under the spot, and the hint,
    /// in the form compilers use so that editors can jump to the spot.
    public func rendered(in source: SourceFile, language: Language) -> String {
        let word = (severity == .error ? QuestionnaireText.error : .warning).localized[language]
        var out = "\(source.name):\(location.line):\(location.column): \(word): \(message(language))"
        if location.line >= 1, location.line <= source.lineCount {
            let excerpt = SourceExcerpt(source, around: location, width: Self.maximumShownWidth)
            out += "\n" + String(String.UnicodeScalarView(excerpt.scalars))
            var pad = ""
            // Keep tabs as tabs so the caret lines up whatever the terminal's tab width.
            for scalar in excerpt.scalars.prefix(excerpt.caret) { pad += scalar == "\t" ? "\t" : " " }
            let available = max(1, excerpt.scalars.count - excerpt.caret)
            out += "\n" + pad + "^" + String(repeating: "~", count: max(0, min(length, available, Self.maximumShownWidth) - 1))
        }
        if let hint = hint(language) {
            out += "\n" + QuestionnaireText.hintLabel.localized[language] + hint
        }
        return out
    }
}
