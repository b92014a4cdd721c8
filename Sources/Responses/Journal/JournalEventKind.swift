import Foundation
import Support

/// How the questionnaire is administered.
public enum InterviewMode: String, Hashable, Sendable, Codable {
    /// A mediator reads the questions aloud.
    case interviewer
    /// The respondent reads the screen.
    case selfAdministered = "self"
}

/// Everything fixed when a session starts, recorded once so a resumed session is presented exactly as it began.
public struct SessionStart: Hashable, Sendable {
    /// Item ids in the order they are presented to this respondent (after any randomisation).
    public var presentedOrder: [String]
    /// Seed of the randomisation, so the order can be reproduced and audited.
    public var seed: UInt64
    /// Survey wave ("T0", "T1"…), when the study has several.
    public var wave: String?
    public var mode: InterviewMode
    /// Language of the questionnaire shown ("fr", "en"…).
    public var language: String
    /// True when the mediator types the respondent's answers.
    public var mediatorEntersAnswers: Bool
    /// A code chosen by the programme to link the waves of one participant; never the person's name.
    public var participantCode: String?
    /// The easy-to-read (FALC) texts were shown: a resumed session keeps the wording it started with.
    public var easy: Bool

    public init(presentedOrder: [String], seed: UInt64, wave: String? = nil, mode: InterviewMode, language: String,
                mediatorEntersAnswers: Bool, participantCode: String? = nil, easy: Bool = false) {
        self.presentedOrder = presentedOrder
        self.seed = seed
        self.wave = wave
        self.mode = mode
        self.language = language
        self.mediatorEntersAnswers = mediatorEntersAnswers
        self.participantCode = participantCode
        self.easy = easy
    }
}

/// What happened in a session. Answers are never edited in place: a correction is a new event and the latest wins.
public enum JournalEventKind: Hashable, Sendable {
    case sessionStarted(SessionStart)
    /// First answer (or explicit skip) to an item.
    case answered(item: String, answer: JournalAnswer)
    /// A new answer to an item already answered.
    case corrected(item: String, answer: JournalAnswer)
    /// A changed earlier answer now hides this item: its answer no longer counts, and it was "not asked".
    case clearedNotAsked(item: String)
    /// The respondent confirmed an answer despite a soft warning.
    case warningConfirmed(item: String, warning: String)
    case paused
    case resumed
    case completed
    case abandoned

    /// The name written in the `event` field of a journal line.
    public var name: String {
        switch self {
        case .sessionStarted: return "session-started"
        case .answered: return "answer"
        case .corrected: return "correction"
        case .clearedNotAsked: return "not-asked"
        case .warningConfirmed: return "warning-confirmed"
        case .paused: return "paused"
        case .resumed: return "resumed"
        case .completed: return "completed"
        case .abandoned: return "abandoned"
        }
    }
}
