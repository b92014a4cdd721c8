import Foundation

/// Writes the lines of one device's version 2 journal. What never changes within a session (questionnaire, device,
/// mode, language, wave, participant code, item order) is written once, on its start line; every later line names
/// the session by the sequence number of that line and its time by the milliseconds since the session started.
package struct JournalEncoder {
    package static let formatName = "octant-journal"
    package static let formatVersion = 2

    package let device: DeviceID
    /// Sessions that have a start (or bind) line in this file: their reference and start time.
    private(set) var anchors: [SessionID: SessionAnchor] = [:]

    package init(device: DeviceID) { self.device = device }

    /// Resumes encoding after the lines already in the file.
    init(device: DeviceID, anchors: [SessionID: SessionAnchor]) {
        self.device = device
        self.anchors = anchors
    }

    /// The first line of a journal file.
    package func headerLine() -> [UInt8] {
        var out = Array("1\tJ\t\(Self.formatName)=\(Self.formatVersion)\tdevice=".utf8)
        out.append(contentsOf: device.rawValue.utf8)
        JournalLine.seal(&out, from: 0)
        return out
    }

    /// The line(s) of one event with sequence number `sequence`: a session known only from another file (a version 1
    /// journal) first gets a bind line, which takes `sequence`, and the event the next number.
    package mutating func lines(for event: JournalEvent) throws(JournalEncodingError) -> (bytes: [UInt8], lineCount: Int) {
        var out: [UInt8] = []
        var sequence = event.sequence
        var lineCount = 0
        if case .sessionStarted = event.kind {
            // A start always anchors the session here, even if an older file had one.
        } else if anchors[event.sessionID] == nil {
            let start = out.count
            JournalLine.appendDecimal(sequence, to: &out)
            out.append(contentsOf: Array("\tB\tsession=\(event.sessionID.hex)\tat=\(event.timestamp.iso8601)".utf8))
            appendQuestionnaire(event.questionnaire, to: &out)
            JournalLine.seal(&out, from: start)
            anchors[event.sessionID] = SessionAnchor(reference: sequence, startMilliseconds: event.timestamp.millisecondsSinceEpoch,
                                                     questionnaire: event.questionnaire)
            sequence += 1
            lineCount += 1
        }
        let start = out.count
        JournalLine.appendDecimal(sequence, to: &out)
        if case .sessionStarted(let session) = event.kind {
            out.append(contentsOf: Array("\tS\tsession=\(event.sessionID.hex)\tat=\(event.timestamp.iso8601)".utf8))
            appendQuestionnaire(event.questionnaire, to: &out)
            appendStart(session, to: &out)
            anchors[event.sessionID] = SessionAnchor(reference: sequence, startMilliseconds: event.timestamp.millisecondsSinceEpoch,
                                                     questionnaire: event.questionnaire)
        } else {
            guard let anchor = anchors[event.sessionID] else { throw .unknownSession }
            out.append(JournalLine.tab)
            out.append(Self.letter(of: event.kind))
            out.append(JournalLine.tab)
            JournalLine.appendDecimal(anchor.reference, to: &out)
            out.append(JournalLine.tab)
            JournalLine.appendDecimal(max(0, event.timestamp.millisecondsSinceEpoch - anchor.startMilliseconds), to: &out)
            try appendBody(of: event, anchor: anchor, to: &out)
            if case .resumed = event.kind, event.questionnaire != anchor.questionnaire {
                anchors[event.sessionID]?.questionnaire = event.questionnaire
            }
        }
        JournalLine.seal(&out, from: start)
        return (out, lineCount + 1)
    }

    /// One imported row, a whole session on one line: `I`, the session, its time, questionnaire, status, wave and
    /// language, then `key=answer` per recorded item (`key=*` for "not asked").
    static func recordLine(sequence: UInt64, session: SessionID, at time: JournalTimestamp, questionnaire: QuestionnaireIdentity,
                           completed: Bool, wave: String?, participantCode: String? = nil, language: String,
                           entries: [(key: String, answer: JournalAnswer?)]) throws(JournalEncodingError) -> [UInt8] {
        var out: [UInt8] = []
        JournalLine.appendDecimal(sequence, to: &out)
        out.append(contentsOf: Array("\tI\tsession=\(session.hex)\tat=\(time.iso8601)".utf8))
        out.append(contentsOf: Array("\tsurvey=".utf8))
        JournalLine.appendEscaped(questionnaire.id, to: &out)
        out.append(contentsOf: Array("\tversion=".utf8))
        JournalLine.appendEscaped(questionnaire.version, to: &out)
        out.append(contentsOf: Array("\tsha256=\(questionnaire.sourceHash)\tstatus=\(completed ? "complete" : "partial")".utf8))
        for (key, value) in [("wave", wave), ("code", participantCode)] {
            guard let value else { continue }
            out.append(contentsOf: Array("\t\(key)=".utf8))
            JournalLine.appendEscaped(value, to: &out)
        }
        out.append(contentsOf: Array("\tlanguage=".utf8))
        JournalLine.appendEscaped(language, to: &out)
        for (key, answer) in entries {
            out.append(JournalLine.tab)
            JournalLine.appendEscaped(key, to: &out)
            out.append(UInt8(ascii: "="))
            if let answer { try appendAnswer(answer, to: &out) } else { out.append(UInt8(ascii: "*")) }
        }
        JournalLine.seal(&out, from: 0)
        return out
    }

    /// Drops what is kept of an ended session: a bulk writer of millions of sessions never refers to them again.
    package mutating func forget(_ session: SessionID) { anchors[session] = nil }

    static func letter(of kind: JournalEventKind) -> UInt8 {
        switch kind {
        case .sessionStarted: return UInt8(ascii: "S")
        case .answered: return UInt8(ascii: "A")
        case .corrected: return UInt8(ascii: "C")
        case .clearedNotAsked: return UInt8(ascii: "N")
        case .warningConfirmed: return UInt8(ascii: "W")
        case .paused: return UInt8(ascii: "P")
        case .resumed: return UInt8(ascii: "R")
        case .completed: return UInt8(ascii: "E")
        case .abandoned: return UInt8(ascii: "X")
        }
    }

    private func appendQuestionnaire(_ questionnaire: QuestionnaireIdentity, to out: inout [UInt8]) {
        out.append(contentsOf: Array("\tsurvey=".utf8))
        JournalLine.appendEscaped(questionnaire.id, to: &out)
        out.append(contentsOf: Array("\tversion=".utf8))
        JournalLine.appendEscaped(questionnaire.version, to: &out)
        out.append(contentsOf: Array("\tsha256=\(questionnaire.sourceHash)".utf8))
    }

    private func appendStart(_ start: SessionStart, to out: inout [UInt8]) {
        out.append(contentsOf: Array("\tmode=\(start.mode.rawValue)\tlanguage=".utf8))
        JournalLine.appendEscaped(start.language, to: &out)
        out.append(contentsOf: Array("\tseed=\(start.seed)\tmediator=\(start.mediatorEntersAnswers ? 1 : 0)".utf8))
        if start.easy { out.append(contentsOf: Array("\teasy=1".utf8)) }
        for (key, value) in [("wave", start.wave), ("code", start.participantCode)] {
            guard let value else { continue }
            out.append(contentsOf: Array("\t\(key)=".utf8))
            JournalLine.appendEscaped(value, to: &out)
        }
        out.append(contentsOf: Array("\torder=".utf8))
        for (index, item) in start.presentedOrder.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JournalLine.appendEscaped(item, to: &out)
        }
    }

    private func appendBody(of event: JournalEvent, anchor: SessionAnchor, to out: inout [UInt8]) throws(JournalEncodingError) {
        switch event.kind {
        case .sessionStarted:
            preconditionFailure("start lines are written apart")
        case .answered(let item, let answer), .corrected(let item, let answer):
            out.append(JournalLine.tab)
            JournalLine.appendEscaped(item, to: &out)
            out.append(JournalLine.tab)
            try Self.appendAnswer(answer, to: &out)
        case .clearedNotAsked(let item):
            out.append(JournalLine.tab)
            JournalLine.appendEscaped(item, to: &out)
        case .warningConfirmed(let item, let warning):
            out.append(JournalLine.tab)
            JournalLine.appendEscaped(item, to: &out)
            out.append(JournalLine.tab)
            JournalLine.appendEscaped(warning, to: &out)
        case .resumed:
            if event.questionnaire != anchor.questionnaire { appendQuestionnaire(event.questionnaire, to: &out) }
        case .paused, .completed, .abandoned:
            break
        }
    }

    /// `p6`, `c=oui`, `c=autre=la médiathèque`, `m=mail,visio`, `m=autre=…`, `n=12.5`, `t=…`, `e=nsp`, `-` (skipped).
    static func appendAnswer(_ answer: JournalAnswer, to out: inout [UInt8]) throws(JournalEncodingError) {
        switch answer {
        case .skipped:
            out.append(UInt8(ascii: "-"))
        case .value(.scalePoint(let point)):
            out.append(UInt8(ascii: "p"))
            out.append(contentsOf: String(point).utf8)
        case .value(.choice(let code, let other)):
            out.append(contentsOf: Array("c=".utf8))
            JournalLine.appendEscaped(code, to: &out)
            if let other { out.append(UInt8(ascii: "=")); JournalLine.appendEscaped(other, to: &out) }
        case .value(.choices(let codes, let other)):
            out.append(contentsOf: Array("m=".utf8))
            JournalLine.appendEscaped(codes.joined(separator: ","), to: &out)
            if let other { out.append(UInt8(ascii: "=")); JournalLine.appendEscaped(other, to: &out) }
        case .value(.number(let number)):
            guard let text = ExactDecimalText.text(of: number) else { throw .nonFiniteNumber }
            out.append(contentsOf: Array("n=".utf8))
            out.append(contentsOf: text.utf8)
        case .value(.text(let text)):
            out.append(contentsOf: Array("t=".utf8))
            JournalLine.appendEscaped(text, to: &out)
        case .value(.escape(let code)):
            out.append(contentsOf: Array("e=".utf8))
            JournalLine.appendEscaped(code, to: &out)
        }
    }
}

/// Where a session's lines point: the sequence number of its start (or bind) line, and its start time.
struct SessionAnchor: Hashable, Sendable {
    var reference: UInt64
    var startMilliseconds: Int64
    var questionnaire: QuestionnaireIdentity
}

package enum JournalEncodingError: Error, Hashable {
    case unknownSession
    case nonFiniteNumber
}
