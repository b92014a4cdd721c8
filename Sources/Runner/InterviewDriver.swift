import Foundation
import Questionnaire
import Responses

/// What a display gives back when asked for input.
public enum DisplayInput: Hashable, Sendable {
    case input(InterviewInput)
    /// ↑ or ↓ on a list shown a window at a time: the same screen, other answers in view.
    case scroll(Int)
    /// No more input (standard input closed).
    case endOfInput
    /// Ctrl-C: the terminal is restored by the display; the command exits with status 130.
    case interrupt
}

/// A way to show screens and read answers: the full-screen keypress display or the plain line display.
public protocol InterviewDisplay {
    /// The screen's size when it is limited (a full-screen terminal); nil for a display that scrolls.
    var size: TerminalSize? { get }
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
    /// The exact command that takes the session up again, shown on pause.
    public var resumeCommand = "octant run --resume"

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
                       sessionCode: sessionID.code, participantCode: interview.participantCode, resumeCommand: resumeCommand)
    }

    public mutating func run<Display: InterviewDisplay>(on display: inout Display) -> InterviewEnding {
        var outcome = started ? InterviewOutcome(actions: [], screen: interview.screen) : interview.start()
        var offset: Int?
        while true {
            do throws(JournalError) {
                try apply(outcome.actions)
            } catch {
                return .journalFailed(error)
            }
            if outcome.screen.isFinal {
                display.finish(renderer.lines(for: outcome.screen))
                switch interview.phase {
                case .finished: return .completed
                case .leftBeforeStart: return .leftBeforeStart
                default: return .paused
                }
            }
            let laidOut = renderer.lines(for: outcome.screen, fitting: display.size, offset: offset)
            display.show(laidOut.lines, screen: outcome.screen)
            switch display.read(outcome.screen.entry) {
            case .scroll(let step):
                // The same screen again, other answers in view; nothing reaches the interview.
                if let window = laidOut.window {
                    offset = max(0, min(window.total - window.count, window.first + step * max(1, window.count - 1)))
                }
                outcome = InterviewOutcome(actions: [], screen: outcome.screen)
            case .input(let input):
                offset = nil
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
