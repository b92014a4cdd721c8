import Support

/// The diagnostics of one file as `octant check` prints them: the first `limit` rendered, then one line saying how
/// many more there are. A file of junk holds millions of problems; the first hundred say what is wrong, the rest
/// would only bury the terminal (and take as long to print as to find).
public struct DiagnosticListing: Sendable {
    public static let defaultLimit = 100

    /// The rendered diagnostics, in file order, at most `limit` of them.
    public let shown: [String]
    /// How many were left out.
    public let omitted: Int
    public let language: Language

    public init(_ diagnostics: [Diagnostic], in source: SourceFile, language: Language, limit: Int = defaultLimit) {
        let limit = max(0, limit)
        shown = diagnostics.prefix(limit).map { $0.rendered(in: source, language: language) }
        omitted = max(0, diagnostics.count - limit)
        self.language = language
    }

    /// The blocks to print, one per diagnostic, then "… and N more problems" when some were left out.
    public var blocks: [String] {
        omitted > 0 ? shown + [QuestionnaireText.moreProblems(omitted).localized[language]] : shown
    }
}
