import Questionnaire

/// A session as a dataset row needs it, read straight from journal lines: its latest answer per journal key, by the
/// key's index in a `JournalKeyTable`. The same rules as `SessionState.apply`, without a dictionary per session.
struct SessionRecord: Sendable {
    var sessionID: SessionID
    var questionnaireID: String
    var device: DeviceID
    var startedAt: JournalTimestamp?
    var wave: String?
    var participantCode: String?
    var status: SessionStatus = .inProgress
    var hasEnded = false
    var answers: [JournalAnswer?]
    var notAsked: [Bool]
    /// Keys the codebook does not read (a condition may still read them).
    var otherAnswers: [String: JournalAnswer] = [:]
    var otherNotAsked: Set<String> = []
    /// Offset of its start (or bind, or imported) line in the file: where a reader must start to read it again.
    var startOffset: Int?

    init(_ event: JournalEvent, keyCount: Int) {
        sessionID = event.sessionID
        questionnaireID = event.questionnaire.id
        device = event.deviceID
        answers = Array(repeating: nil, count: keyCount)
        notAsked = Array(repeating: false, count: keyCount)
    }

    mutating func record(_ answer: JournalAnswer, key: Int) {
        answers[key] = answer
        notAsked[key] = false
    }

    mutating func clear(key: Int) {
        answers[key] = nil
        notAsked[key] = true
    }

    /// Any event, by its kind (the frequent ones come through `record` and `clear` instead).
    mutating func apply(_ event: JournalEvent, keys: JournalKeyTable) {
        if event.questionnaire.id != questionnaireID { questionnaireID = event.questionnaire.id }
        switch event.kind {
        case .sessionStarted(let start):
            startedAt = event.timestamp
            wave = start.wave
            participantCode = start.participantCode
            if !hasEnded { status = .inProgress }
        case .answered(let item, let answer), .corrected(let item, let answer):
            if let key = keys.index(of: Array(item.utf8)[...]) {
                record(answer, key: key)
            } else {
                otherAnswers[item] = answer
                otherNotAsked.remove(item)
            }
        case .clearedNotAsked(let item):
            if let key = keys.index(of: Array(item.utf8)[...]) {
                clear(key: key)
            } else {
                otherAnswers[item] = nil
                otherNotAsked.insert(item)
            }
        case .warningConfirmed:
            break
        case .paused, .resumed, .completed, .abandoned:
            SessionState.transition(event.kind, status: &status, hasEnded: &hasEnded)
        }
    }

    /// Every given answer by its key, as conditions read them.
    func givenAnswers(_ keys: JournalKeyTable) -> [String: AnswerValue] {
        var given: [String: AnswerValue] = [:]
        for (index, answer) in answers.enumerated() { if case .value(let value)? = answer { given[keys.keys[index]] = value } }
        for (key, answer) in otherAnswers { if case .value(let value) = answer { given[key] = value } }
        return given
    }
}
