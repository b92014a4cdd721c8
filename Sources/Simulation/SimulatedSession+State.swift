import Foundation
import Responses

extension SimulatedSession {
    /// The session as folding its journal lines gives it back: the same events (started, answers, confirmed warnings,
    /// completed) applied by `SessionState` itself, so that a dataset row built from it is the one built from the journal
    /// (`SimulatedJournalWriterTests` checks that the journal holds exactly these events).
    ///
    /// Sequence numbers are left at 0: they only place an event in a journal file, and `SessionState` never reads them.
    func state(device: DeviceID, questionnaire: QuestionnaireIdentity) -> SessionState {
        func event(_ kind: JournalEventKind, at time: JournalTimestamp) -> JournalEvent {
            JournalEvent(sequence: 0, sessionID: id, deviceID: device, questionnaire: questionnaire, timestamp: time, kind: kind)
        }
        var state = SessionState(first: event(.sessionStarted(start), at: startedAt))
        for (happened, time) in events {
            switch happened {
            case .answer(let item, let answer): state.apply(event(.answered(item: item, answer: answer), at: time))
            case .warningConfirmed(let item, let warning): state.apply(event(.warningConfirmed(item: item, warning: warning), at: time))
            }
        }
        state.apply(event(.completed, at: completedAt))
        return state
    }
}
