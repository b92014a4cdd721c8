/// Counts and percentages of the answers to a categorical question. Escape answers ("don't know", "refused"…)
/// are counted apart and kept out of the denominator of the substantive percentages.
/// Method: frequency table with valid-percent denominators (SPSS FREQUENCIES "Valid Percent").
public struct CategoricalFrequencies: Codable, Sendable, Equatable {
    public struct Category: Codable, Sendable, Equatable {
        public var code: Int
        public var count: Int
        /// Percent (0–100) of the denominator named by the list holding the category; nil when that denominator is 0.
        public var percent: Double?
    }

    /// Substantive answers in ascending code order, percent over `answered`.
    public var categories: [Category]
    /// Escape answers in ascending code order, percent over `respondents`.
    public var escapes: [Category]
    /// Respondents who gave a substantive answer: the denominator of `categories`.
    public var answered: Int
    /// Respondents to the question, escapes included.
    public var respondents: Int

    /// Tabulates codes; `expectedCodes` are listed even when nobody chose them.
    /// Method: frequency table with valid-percent denominators.
    public init(codes: [Int], escapeCodes: Set<Int> = [], expectedCodes: [Int] = []) {
        var tally: [Int: Int] = [:]
        for code in expectedCodes where !escapeCodes.contains(code) { tally[code] = 0 }
        var escapeTally: [Int: Int] = [:]
        for code in codes {
            if escapeCodes.contains(code) { escapeTally[code, default: 0] += 1 } else { tally[code, default: 0] += 1 }
        }
        let answered = tally.values.reduce(0, +)
        let respondents = codes.count
        func percent(_ count: Int, of total: Int) -> Double? { total > 0 ? 100 * Double(count) / Double(total) : nil }
        categories = tally.keys.sorted().map { Category(code: $0, count: tally[$0]!, percent: percent(tally[$0]!, of: answered)) }
        escapes = escapeTally.keys.sorted().map {
            Category(code: $0, count: escapeTally[$0]!, percent: percent(escapeTally[$0]!, of: respondents))
        }
        self.answered = answered
        self.respondents = respondents
    }
}
