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
    /// Nil until chosen: a questionnaire that declares waves asks for one before the session starts.
    public var wave: String?

    public init(language: String, easy: Bool = false, mode: InterviewMode = .interviewer, wave: String? = nil) {
        self.language = language
        self.easy = easy
        self.mode = mode
        self.wave = wave
    }

    /// The runner's own messages: French for a French session, English otherwise.
    public var interfaceLanguage: Language { Language(forCode: language) }

    /// Easy-to-read words whenever the person reads the screen alone or asked for easy texts.
    public var wording: Wording { easy || mode == .selfAdministered ? .easyRead : .standard }
}

/// How the runner's own messages speak: to a mediator, or to a person with little practice of computers (FALC).
public enum Wording: Hashable, Sendable {
    case standard
    case easyRead
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
    /// Asking the measurement wave, before anything else, when the questionnaire declares waves and none was given.
    case wave
    /// Asking one element of the participant code, before the session starts.
    case participantCode(element: Int)
    /// The code typed is shown back element by element; the session starts only once it is confirmed.
    case confirmCode
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
    /// One key answers: digits up to 9 points or options, letters for escape answers and commands. An Enter typed
    /// right after such a key is a habit, not an answer: the keypress display drops it.
    case singleKey
    /// Digits toggle options, Enter validates.
    case toggles
    /// Digits typed as a line and validated with Enter; commands and escape letters too.
    case numberLine
    /// A line of text, validated with Enter.
    case line
}

/// Everything a display needs to draw one screen.
public struct InterviewScreen: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case wave
        case participantCode(element: Int)
        /// The elements typed, to read back to the person.
        case confirmCode(elements: [String])
        /// `position` counts from 1 among the steps the conditions will ask, out of `total`.
        case step(index: Int, position: Int, total: Int)
        case otherText(index: Int)
        case warning(index: Int, message: LocalizedText, answer: AnswerValue)
        case confirmPause
        /// Leaving before the session started: nothing is in the journal.
        case confirmLeave
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
