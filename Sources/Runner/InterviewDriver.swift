import Foundation
import Questionnaire
import Responses

/// What a display gives back when asked for input.
public enum DisplayInput: Hashable, Sendable {
    case input(InterviewInput)
    /// No more input (standard input closed).
    case endOfInput
    /// Ctrl-C: the terminal is restored by the display; the command exits with status 130.
    case interrupt
}

/// A way to show screens and read answers: the full-screen keypress display or the plain line display.
public protocol InterviewDisplay {
    mutating func show(_ lines: [ScreenLine], screen: InterviewScreen)
    mutating func read(_ entry: EntryKind) -> DisplayInput
    /// The last screen, left on the terminal after the interview (thank-you, codes).
    mutating func finish(_ lines: [ScreenLine])
}

/// How an interview ended.
public enum InterviewEnding: Hashable, Sendable {
    case completed
    case paused
    case leftBeforeStart
    case inputEnded
    case interrupted
    case journalFailed(JournalError)
}

/// Applies the machine's journal actions to the journal, then draws the next screen: an answer is on disk
/// (written and fsynced) before the next question appears.
public struct InterviewDriver {
    public var interview: Interview
    public let journal: AnswerJournal
    public let sessionID: SessionID
    public let questionnaire: QuestionnaireIdentity
    /// True once the session-start event is in the journal.
    public private(set) var started: Bool

    public init(interview: Interview, journal: AnswerJournal, sessionID: SessionID, questionnaire: QuestionnaireIdentity,
                alreadyStarted: Bool) {
        self.interview = interview
        self.journal = journal
        self.sessionID = sessionID
        self.questionnaire = questionnaire
        started = alreadyStarted
    }

    var renderer: ScreenRenderer {
        ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings,
                       sessionCode: sessionID.code, participantCode: interview.participantCode)
    }

    public mutating func run<Display: InterviewDisplay>(on display: inout Display) -> InterviewEnding {
        var outcome = started ? InterviewOutcome(actions: [], screen: interview.screen) : interview.start()
        while true {
            do throws(JournalError) {
                try apply(outcome.actions)
            } catch {
                return .journalFailed(error)
            }
            let lines = renderer.lines(for: outcome.screen)
            if outcome.screen.isFinal {
                display.finish(lines)
                switch interview.phase {
                case .finished: return .completed
                case .leftBeforeStart: return .leftBeforeStart
                default: return .paused
                }
            }
            display.show(lines, screen: outcome.screen)
            switch display.read(outcome.screen.entry) {
            case .input(let input):
                outcome = interview.handle(input)
            case .interrupt:
                return .interrupted
            case .endOfInput:
                // Nothing answered: abandoned, so an empty session does not clutter the resume list.
                if started {
                    _ = interview.answers.isEmpty ? try? journal.abandon(session: sessionID) : try? journal.pause(session: sessionID)
                }
                return .inputEnded
            }
        }
    }

    mutating func apply(_ actions: [JournalAction]) throws(JournalError) {
        for action in actions {
            switch action {
            case .startSession(let start):
                try journal.startSession(questionnaire: questionnaire, start: start, id: sessionID)
                started = true
            case .record(let item, let answer):
                try journal.record(answer, item: item, session: sessionID)
            case .clearNotAsked(let item):
                try journal.clearNotAsked(item: item, session: sessionID)
            case .confirmWarning(let warning, let item):
                try journal.confirmWarning(warning, item: item, session: sessionID)
            case .pause:
                try journal.pause(session: sessionID)
            case .abandon:
                try journal.abandon(session: sessionID)
            case .complete:
                try journal.complete(session: sessionID)
            }
        }
    }
}
