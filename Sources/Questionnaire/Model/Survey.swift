/// A section: a title, a text to read aloud, and its questions and subsections.
public struct Section: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var intro: LocalizedText?
    public var note: LocalizedText?
    public var shuffle: Bool
    public var condition: Condition?
    public var elements: [SurveyElement]
    public var location: SourceLocation
}

public indirect enum SurveyElement: Hashable, Sendable {
    case section(Section)
    case question(Question)
}

/// A named scale score: the mean of answered items, reverse keys applied.
public struct Score: Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
    public var items: [Reference]
    /// Computed when at least this many items are answered.
    public var minimumAnswered: Int
    public var location: SourceLocation
}

public struct Wave: Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
}

/// The anonymous participant code that links a person's sessions across waves.
public struct ParticipantCode: Hashable, Sendable {
    public enum ElementKind: String, Hashable, Sendable { case letters, digits }
    /// An element is typed and read back aloud: longer than this, it is a password, not a memorable piece of a code.
    public static let elementLengths = 1...8
    public struct Element: Hashable, Sendable {
        public var id: String
        public var prompt: LocalizedText
        public var kind: ElementKind
        public var length: Int
    }
    public var id: String
    public var label: LocalizedText
    public var elements: [Element]
    /// Questions whose answers do not change between waves (age band, site): a code that differs from another by one
    /// element is linked to it only when these answers agree (`confirm: age_tranche site`).
    public var confirmingQuestions: [String] = []
    /// Where `confirm:` was written, and each of its names (for diagnostics).
    public var confirmLocation: SourceLocation?
    public var confirmingQuestionLocations: [SourceLocation] = []

    public init(id: String, label: LocalizedText, elements: [Element], confirmingQuestions: [String] = []) {
        self.id = id
        self.label = label
        self.elements = elements
        self.confirmingQuestions = confirmingQuestions
    }

    /// Splits a stored code into its elements by their lengths; nil when the length does not add up.
    public func split(_ code: String) -> [String]? {
        let characters = Array(code)
        guard characters.count == elements.reduce(0, { $0 + $1.length }) else { return nil }
        var start = 0
        return elements.map { element in
            defer { start += element.length }
            return String(characters[start..<start + element.length])
        }
    }
}

/// How the report compares groups: the report's three displays.
public struct AnalysisPlan: Hashable, Sendable {
    public enum Display: String, Codable, Hashable, Sendable, CaseIterable {
        /// Means with compact letters a/b/c (several groups).
        case letters
        /// Two means and "Différence Oui/Non".
        case difference
        /// An asterisk on items whose omnibus test is significant or tendential (many groups).
        case asterisk
    }

    public enum PostHoc: String, Codable, Hashable, Sendable, CaseIterable {
        case lsd, tukey, bonferroni, holm
        case gamesHowell = "games-howell"
    }

    public struct Comparison: Hashable, Sendable {
        public var variable: String
        public var display: Display
        /// Only these groups, when given; the others are left out and said so.
        public var only: [String]?
        public var location: SourceLocation

        public init(variable: String, display: Display, only: [String]? = nil,
                    location: SourceLocation = SourceLocation(line: 0, column: 0)) {
            self.variable = variable
            self.display = display
            self.only = only
            self.location = location
        }
    }

    public var minimumGroupSize: Int = 5
    public var significant: Double = 0.05
    public var tendential: Double = 0.10
    public var postHoc: PostHoc = .lsd
    /// How the p-values of the items of one comparison are corrected for their number (`correction: holm`).
    public var correction: Correction = .none
    /// Show the rank tests (Mann–Whitney, Kruskal–Wallis) beside the means (`ordinal: yes`); JSON and CSV always have them.
    public var showsRankTests = false
    public var comparisons: [Comparison] = []

    /// `none` keeps the evaluation report's method (each item at its thresholds; the report then says how many
    /// differences chance alone would give); `holm` controls the family-wise error (Holm 1979), `fdr` the false
    /// discovery rate (Benjamini & Hochberg 1995), over the items of a comparison.
    public enum Correction: String, Codable, Hashable, Sendable, CaseIterable {
        case none, holm, fdr
    }

    public init() {}
}

public struct Metadata: Hashable, Sendable {
    public var title: LocalizedText?
    public var description: LocalizedText?
    public var author: String?
    public var licence: String?
}

/// A questionnaire, as the language defines it: what the runner asks, what the data columns are,
/// and how the report analyses them.
public struct Survey: Hashable, Sendable {
    public var id: String
    public var version: String
    /// The main language of its texts.
    public var language: String
    /// Every language it provides, the main one first.
    public var languages: [String]
    public var metadata: Metadata
    public var scales: [Scale]
    public var escapes: [EscapeAnswer]
    public var elements: [SurveyElement]
    public var scores: [Score]
    public var waves: [Wave]
    /// Conditions read the session's wave under this name (`when wave = apres`), when the questionnaire declares waves.
    public static let waveKey = "wave"
    public var participantCode: ParticipantCode?
    public var analysis: AnalysisPlan
    /// The file's text as read, whose hash identifies the exact version in journals.
    public var source: String

    /// Every question in file order, with the conditions of its enclosing sections.
    public var questions: [Question] {
        var result: [Question] = []
        func walk(_ elements: [SurveyElement]) {
            for element in elements {
                switch element {
                case .question(let q): result.append(q)
                case .section(let s): walk(s.elements)
                }
            }
        }
        walk(elements)
        return result
    }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
    public func escape(_ id: String) -> EscapeAnswer? { escapes.first { $0.id == id } }
}
