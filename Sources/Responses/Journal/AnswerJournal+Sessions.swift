import Foundation

/// The operations the runner calls during an interview, each checking the session before appending.
extension AnswerJournal {
    /// Starts a new session with a fresh random identifier and records how it is presented.
    @discardableResult
    public func startSession(questionnaire: QuestionnaireIdentity, start: SessionStart, id: SessionID = .random(),
                             at timestamp: JournalTimestamp = .now) throws(JournalError) -> SessionState {
        try append(.sessionStarted(start), session: id, questionnaire: questionnaire, at: timestamp)
        return sessions[id]!
    }

    /// Records an answer (or a skip): an `answered` event the first time, a `corrected` event when the item already has one.
    @discardableResult
    public func record(_ answer: JournalAnswer, item: String, session: SessionID,
                       at timestamp: JournalTimestamp = .now) throws(JournalError) -> JournalEvent {
        let state = try openSession(session)
        let kind: JournalEventKind = state.answers[item] == nil
            ? .answered(item: item, answer: answer) : .corrected(item: item, answer: answer)
        return try append(kind, session: session, questionnaire: state.questionnaire, at: timestamp)
    }

    /// Records that a changed earlier answer hides `item`, which therefore counts as "not asked".
    @discardableResult
    public func clearNotAsked(item: String, session: SessionID,
                              at timestamp: JournalTimestamp = .now) throws(JournalError) -> JournalEvent {
        let state = try openSession(session)
        return try append(.clearedNotAsked(item: item), session: session, questionnaire: state.questionnaire, at: timestamp)
    }

    @discardableResult
    public func confirmWarning(_ warning: String, item: String, session: SessionID,
                               at timestamp: JournalTimestamp = .now) throws(JournalError) -> JournalEvent {
        let state = try openSession(session)
        return try append(.warningConfirmed(item: item, warning: warning), session: session,
                          questionnaire: state.questionnaire, at: timestamp)
    }

    @discardableResult
    public func pause(session: SessionID, at timestamp: JournalTimestamp = .now) throws(JournalError) -> JournalEvent {
        try append(.paused, session: session, questionnaire: try openSession(session).questionnaire, at: timestamp)
    }

    /// Resumes a session (paused, or interrupted by a crash) with the questionnaire now loaded; refuses an ended session
    /// or a different version of the questionnaire unless its source hash is the same (see `SessionState.checkResume`).
    @discardableResult
    public func resume(session: SessionID, with questionnaire: QuestionnaireIdentity,
                       at timestamp: JournalTimestamp = .now) throws(JournalError) -> ResumeCompatibility {
        let compatibility = try openSession(session).checkResume(with: questionnaire)
        try append(.resumed, session: session, questionnaire: questionnaire, at: timestamp)
        return compatibility
    }

    @discardableResult
    public func complete(session: SessionID, at timestamp: JournalTimestamp = .now) throws(JournalError) -> JournalEvent {
        try append(.completed, session: session, questionnaire: try openSession(session).questionnaire, at: timestamp)
    }

    @discardableResult
    public func abandon(session: SessionID, at timestamp: JournalTimestamp = .now) throws(JournalError) -> JournalEvent {
        try append(.abandoned, session: session, questionnaire: try openSession(session).questionnaire, at: timestamp)
    }

    /// Sessions that can still be resumed, oldest first.
    public var resumableSessions: [SessionState] {
        sessions.values.filter(\.isResumable).sorted { ($0.startedAt ?? $0.lastEventAt) < ($1.startedAt ?? $1.lastEventAt) }
    }

    /// The session with this mediator code, if any (codes are what the mediator types to resume).
    public func session(code: String) -> SessionState? {
        sessions.values.first { $0.code == code.uppercased() }
    }

    private func openSession(_ session: SessionID) throws(JournalError) -> SessionState {
        guard let state = sessions[session] else { throw .unknownSession(code: session.code) }
        guard !state.hasEnded else { throw .sessionEnded(code: state.code, status: state.status) }
        return state
    }
}
