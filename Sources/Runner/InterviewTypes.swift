import Questionnaire
import Responses
import Support

/// How a session is presented, fixed when it starts.
public struct InterviewSettings: Hashable, Sendable {
    /// Language of the questionnaire texts shown ("fr", "en").
    public var language: String
    /// Show the easy-to-read (FALC) texts.
    public var easy: Bool
    public var mode: InterviewMode
    public var wave: String?

    public init(language: String, easy: Bool = false, mode: InterviewMode = .interviewer, wave: String? = nil) {
        self.language = language
        self.easy = easy
        self.mode = mode
        self.wave = wave
    }

    /// The runner's own messages: French for a French session, English otherwise.
    public var interfaceLanguage: Language { Language(forCode: language) }
}

/// What the person or the mediator did: a typed line (Enter included), a toggled option (keypress display of a
/// multiple choice), or "go back" (the ← key).
public enum InterviewInput: Hashable, Sendable {
    case line(String)
    case toggle(Int)
    case back
}

/// What the driver must write to the journal, in order, before it shows the next screen.
public enum JournalAction: Hashable, Sendable {
    case startSession(SessionStart)
    case record(item: String, answer: JournalAnswer)
    case clearNotAsked(item: String)
    case confirmWarning(warning: String, item: String)
    case pause
    /// Leaving before any answer: an empty session is not left in the resume list.
    case abandon
    case complete
}

/// Where the interview stands.
public enum InterviewPhase: Hashable, Sendable {
    /// Asking one element of the participant code, before the session starts.
    case participantCode(element: Int)
    case step(Int)
    /// Every question has been seen: Enter completes the session.
    case review
    case finished
    case paused
    /// Left before any answer (while the participant code was asked, or at the first question): nothing was recorded.
    case leftBeforeStart
}

/// How the keypress display collects input for the current screen.
public enum EntryKind: Hashable, Sendable {
    /// One key answers: digits up to 9 points or options, letters for escape answers and commands.
    case singleKey
    /// Digits toggle options, Enter validates.
    case toggles
    /// Digits typed as a line and validated with Enter; a letter typed first (command or escape answer) acts at once.
    case numberLine
    /// A line of text, validated with Enter.
    case line
}

/// Everything a display needs to draw one screen.
public struct InterviewScreen: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case participantCode(element: Int)
        /// `position` counts from 1 among the steps the conditions will ask, out of `total`.
        case step(index: Int, position: Int, total: Int)
        case otherText(index: Int)
        case warning(index: Int, message: LocalizedText, answer: AnswerValue)
        case confirmPause
        case review
        case finished
        case paused
        case leftBeforeStart
    }

    public var content: Content
    /// A validation or information message, in the session language.
    public var message: String?
    public var showsHelp: Bool
    public var entry: EntryKind
    /// The answer recorded for the step shown, if any (shown, and kept with Enter).
    public var currentAnswer: JournalAnswer?
    /// Options toggled so far on a multiple choice.
    public var selection: [String]
    /// Show the section's title and introduction as the first step of a section.
    public var entersSection: Bool
    /// Show the question's introduction (first step of a question).
    public var entersQuestion: Bool
    public var isFinal: Bool {
        switch content {
        case .finished, .paused, .leftBeforeStart: return true
        default: return false
        }
    }
}

/// The result of one input: the journal actions to apply, then the screen to draw.
public struct InterviewOutcome: Hashable, Sendable {
    public var actions: [JournalAction]
    public var screen: InterviewScreen
}
