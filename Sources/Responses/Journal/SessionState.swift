import Foundation
import Support

public enum SessionStatus: String, Hashable, Sendable {
    case inProgress = "in-progress"
    case paused
    case completed
    case abandoned

    public var localized: Localized { ResponsesMessage.sessionStatus(self).localized }
}

/// How far a session went among the items presented to the respondent.
public struct SessionProgress: Hashable, Sendable {
    public init(answeredCount: Int, notAskedCount: Int, presentedCount: Int) {
        self.answeredCount = answeredCount
        self.notAskedCount = notAskedCount
        self.presentedCount = presentedCount
    }

    /// Presented items with an answer or an explicit skip.
    public var answeredCount: Int
    /// Presented items cleared as "not asked".
    public var notAskedCount: Int
    public var presentedCount: Int
}

/// A session as its events describe it: the latest answer of each item wins, "not asked" clears it.
public struct SessionState: Hashable, Sendable {
    public let sessionID: SessionID
    /// Questionnaire of the latest event (a resumed session may move to a new version of the same source).
    public private(set) var questionnaire: QuestionnaireIdentity
    public private(set) var start: SessionStart?
    public private(set) var startedAt: JournalTimestamp?
    public private(set) var lastEventAt: JournalTimestamp
    public private(set) var status: SessionStatus = .inProgress
    public private(set) var answers: [String: JournalAnswer] = [:]
    public private(set) var notAsked: Set<String> = []
    /// Warning ids the respondent confirmed, by item.
    public private(set) var confirmedWarnings: [String: Set<String>] = [:]
    /// Devices whose journals hold events of this session (one, unless journals were merged).
    public private(set) var devices: Set<DeviceID> = []
    /// Once completed or abandoned, always so: a later "resumed" does not reopen a session.
    public private(set) var hasEnded = false

    /// A state from the first event seen for the session.
    public init(first event: JournalEvent) {
        sessionID = event.sessionID
        questionnaire = event.questionnaire
        lastEventAt = event.timestamp
        apply(event)
    }

    public var code: String { sessionID.code }
    public var presentedOrder: [String] { start?.presentedOrder ?? [] }
    public var seed: UInt64? { start?.seed }
    public var wave: String? { start?.wave }
    public var isResumable: Bool { !hasEnded }

    public var progress: SessionProgress {
        let presented = presentedOrder
        return SessionProgress(answeredCount: presented.filter { answers[$0] != nil }.count,
                               notAskedCount: presented.filter { notAsked.contains($0) }.count,
                               presentedCount: presented.count)
    }

    /// Where a resumed session continues: the first presented item neither answered nor cleared as "not asked".
    public var firstUnansweredItem: String? {
        presentedOrder.first { answers[$0] == nil && !notAsked.contains($0) }
    }

    /// Applies one more event of this session (events of other sessions are ignored).
    public mutating func apply(_ event: JournalEvent) {
        guard event.sessionID == sessionID else { return }
        if event.questionnaire != questionnaire { questionnaire = event.questionnaire }
        lastEventAt = event.timestamp
        // Nearly every event comes from the device already known: test before hashing into the set.
        if devices.count != 1 || devices.first != event.deviceID { devices.insert(event.deviceID) }
        switch event.kind {
        case .sessionStarted(let start):
            self.start = start
            startedAt = event.timestamp
            if !hasEnded { status = .inProgress }
        case .answered(let item, let answer), .corrected(let item, let answer):
            answers[item] = answer
            if !notAsked.isEmpty { notAsked.remove(item) }
        case .clearedNotAsked(let item):
            answers[item] = nil
            confirmedWarnings[item] = nil
            notAsked.insert(item)
        case .warningConfirmed(let item, let warning):
            confirmedWarnings[item, default: []].insert(warning)
        case .paused, .resumed, .completed, .abandoned:
            Self.transition(event.kind, status: &status, hasEnded: &hasEnded)
        }
    }

    /// Where a session's status goes on a pause, resume, completion or abandonment.
    static func transition(_ kind: JournalEventKind, status: inout SessionStatus, hasEnded: inout Bool) {
        switch kind {
        case .paused:
            if !hasEnded { status = .paused }
        case .resumed:
            if !hasEnded { status = .inProgress }
        case .completed:
            status = .completed
            hasEnded = true
        case .abandoned:
            // Completion is final: an "abandoned" recorded after it does not undo the respondent's answers.
            if status != .completed { status = .abandoned }
            hasEnded = true
        default:
            break
        }
    }

    /// Folds events, in the order given, into one state per session, in order of first appearance.
    public static func fold<Events: Sequence>(_ events: Events) -> [SessionState] where Events.Element == JournalEvent {
        var order: [SessionID] = []
        var states: [SessionID: SessionState] = [:]
        for event in events {
            if states[event.sessionID] == nil {
                order.append(event.sessionID)
                states[event.sessionID] = SessionState(first: event)
            } else {
                states[event.sessionID]!.apply(event)
            }
        }
        return order.map { states[$0]! }
    }
}

/// How the questionnaire used to resume a session relates to the one it started with.
public enum ResumeCompatibility: Hashable, Sendable {
    case sameQuestionnaire
    /// The version label changed but the source text is identical: safe.
    case sameSourceNewVersion
    /// Same version label, different source text: allowed by the version rule, but the runner should check the items.
    case sameVersionEditedSource
}

extension SessionState {
    /// Whether this session may be resumed with `current`: it must not have ended, and it must be the same questionnaire,
    /// in the same version unless the source text (its hash) is identical.
    public func checkResume(with current: QuestionnaireIdentity) throws(JournalError) -> ResumeCompatibility {
        guard !hasEnded else { throw .sessionEnded(code: code, status: status) }
        guard current.id == questionnaire.id else {
            throw .differentQuestionnaire(code: code, sessionQuestionnaire: questionnaire.id,
                                          currentQuestionnaire: current.id)
        }
        let sameSource = current.sourceHash == questionnaire.sourceHash
        if current.version == questionnaire.version {
            return sameSource ? .sameQuestionnaire : .sameVersionEditedSource
        }
        guard sameSource else {
            throw .questionnaireVersionChanged(code: code, sessionVersion: questionnaire.version,
                                               currentVersion: current.version)
        }
        return .sameSourceNewVersion
    }
}
