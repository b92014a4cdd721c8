import Foundation

/// One line of a journal. Carries everything needed to interpret it alone, so journals from several devices can be merged.
public struct JournalEvent: Hashable, Sendable {
    /// Version of the line format written by this code.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    /// Strictly increasing within one journal (one device).
    public var sequence: UInt64
    public var sessionID: SessionID
    public var deviceID: DeviceID
    public var questionnaire: QuestionnaireIdentity
    public var timestamp: JournalTimestamp
    public var kind: JournalEventKind

    public init(formatVersion: Int = JournalEvent.currentFormatVersion, sequence: UInt64, sessionID: SessionID,
                deviceID: DeviceID, questionnaire: QuestionnaireIdentity, timestamp: JournalTimestamp,
                kind: JournalEventKind) {
        self.formatVersion = formatVersion
        self.sequence = sequence
        self.sessionID = sessionID
        self.deviceID = deviceID
        self.questionnaire = questionnaire
        self.timestamp = timestamp
        self.kind = kind
    }

    /// The mediator's short code of the session (derived from `sessionID`).
    public var sessionCode: String { sessionID.code }

    /// The same event without what only locates it in one journal (device, sequence, time): what a session "says".
    var content: EventContent { EventContent(sessionID: sessionID, questionnaire: questionnaire, kind: kind) }
}

struct EventContent: Hashable {
    var sessionID: SessionID
    var questionnaire: QuestionnaireIdentity
    var kind: JournalEventKind
}
