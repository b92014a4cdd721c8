import Foundation
import Questionnaire

/// Writes journal lines byte for byte as `JournalLineCodec` does (sorted keys, unescaped slashes), without going through
/// `JSONEncoder`: a million synthetic respondents are a hundred million lines, and `JSONEncoder` costs microseconds each.
/// The parts shared by every line of a session (code, device, questionnaire, session id) are encoded once.
struct JournalLineEncoder {
    private let device: [UInt8]
    private let questionnaire: [UInt8]
    private var sessionCode: [UInt8] = []
    private var sessionHex: [UInt8] = []
    private var cachedDay: Int64 = .min
    private var cachedDate: [UInt8] = []

    init(device: DeviceID, questionnaire: QuestionnaireIdentity) {
        self.device = Self.quoted(device.rawValue)
        self.questionnaire = Array("{\"id\":".utf8) + Self.quoted(questionnaire.id) + Array(",\"sha256\":".utf8)
            + Self.quoted(questionnaire.sourceHash) + Array(",\"version\":".utf8) + Self.quoted(questionnaire.version) + [0x7D]
    }

    mutating func begin(session: SessionID) {
        sessionCode = Self.quoted(session.code)
        sessionHex = Self.quoted(session.hex)
    }

    mutating func sessionStarted(_ start: SessionStart, sequence: UInt64, at time: JournalTimestamp, into out: inout [UInt8]) {
        out.append(0x7B)
        head(event: "session-started", at: time, into: &out)
        out += Array(",\"language\":".utf8); Self.appendQuoted(start.language, to: &out)
        out += Array(",\"mediatorEnters\":".utf8); out += Array((start.mediatorEntersAnswers ? "true" : "false").utf8)
        out += Array(",\"mode\":".utf8); Self.appendQuoted(start.mode.rawValue, to: &out)
        out += Array(",\"order\":[".utf8)
        for (index, item) in start.presentedOrder.enumerated() {
            if index > 0 { out.append(0x2C) }
            Self.appendQuoted(item, to: &out)
        }
        out.append(0x5D)
        if let code = start.participantCode { out += Array(",\"participant\":".utf8); Self.appendQuoted(code, to: &out) }
        out += Array(",\"questionnaire\":".utf8); out += questionnaire
        out += Array(",\"seed\":".utf8); Self.appendQuoted(String(start.seed), to: &out)
        tail(sequence: sequence, into: &out)
        if let wave = start.wave { out += Array(",\"wave\":".utf8); Self.appendQuoted(wave, to: &out) }
        out += [0x7D, 0x0A]
    }

    mutating func answer(_ answer: JournalAnswer, item: String, sequence: UInt64, at time: JournalTimestamp,
                         into out: inout [UInt8]) {
        out += Array("{\"answer\":{".utf8)
        switch answer {
        case .skipped: out += Array("\"skipped\":true".utf8)
        case .value(.scalePoint(let point)): out += Array("\"point\":".utf8); Self.appendInteger(Int64(point), to: &out)
        case .value(.choice(let code, let other)):
            out += Array("\"choice\":".utf8); Self.appendQuoted(code, to: &out)
            if let other { out += Array(",\"other\":".utf8); Self.appendQuoted(other, to: &out) }
        case .value(.choices(let codes, let other)):
            out += Array("\"choices\":[".utf8)
            for (index, code) in codes.enumerated() {
                if index > 0 { out.append(0x2C) }
                Self.appendQuoted(code, to: &out)
            }
            out.append(0x5D)
            if let other { out += Array(",\"other\":".utf8); Self.appendQuoted(other, to: &out) }
        case .value(.number(let number)):
            out += Array("\"number\":".utf8); Self.appendQuoted(ExactDecimalText.text(of: number) ?? "0", to: &out)
        case .value(.text(let text)): out += Array("\"text\":".utf8); Self.appendQuoted(text, to: &out)
        case .value(.escape(let code)): out += Array("\"escape\":".utf8); Self.appendQuoted(code, to: &out)
        }
        out.append(0x7D)
        out.append(0x2C)
        head(event: "answer", at: time, into: &out)
        out += Array(",\"item\":".utf8); Self.appendQuoted(item, to: &out)
        out += Array(",\"questionnaire\":".utf8); out += questionnaire
        tail(sequence: sequence, into: &out)
        out += [0x7D, 0x0A]
    }

    mutating func warningConfirmed(_ warning: String, item: String, sequence: UInt64, at time: JournalTimestamp,
                                   into out: inout [UInt8]) {
        out.append(0x7B)
        head(event: "warning-confirmed", at: time, into: &out)
        out += Array(",\"item\":".utf8); Self.appendQuoted(item, to: &out)
        out += Array(",\"questionnaire\":".utf8); out += questionnaire
        tail(sequence: sequence, into: &out)
        out += Array(",\"warning\":".utf8); Self.appendQuoted(warning, to: &out)
        out += [0x7D, 0x0A]
    }

    mutating func completed(sequence: UInt64, at time: JournalTimestamp, into out: inout [UInt8]) {
        out.append(0x7B)
        head(event: "completed", at: time, into: &out)
        out += Array(",\"questionnaire\":".utf8); out += questionnaire
        tail(sequence: sequence, into: &out)
        out += [0x7D, 0x0A]
    }

    /// `"at":…,"code":…,"device":…,"event":…` — the keys that sort before the event-specific ones.
    private mutating func head(event: String, at time: JournalTimestamp, into out: inout [UInt8]) {
        out += Array("\"at\":\"".utf8)
        appendTimestamp(time, to: &out)
        out += Array("\",\"code\":".utf8); out += sessionCode
        out += Array(",\"device\":".utf8); out += device
        out += Array(",\"event\":\"".utf8); out += Array(event.utf8); out.append(0x22)
    }

    /// `,"seq":…,"session":…,"v":1`.
    private func tail(sequence: UInt64, into out: inout [UInt8]) {
        out += Array(",\"seq\":".utf8); Self.appendInteger(Int64(sequence), to: &out)
        out += Array(",\"session\":".utf8); out += sessionHex
        out += Array(",\"v\":".utf8); Self.appendInteger(Int64(JournalEvent.currentFormatVersion), to: &out)
    }

    private mutating func appendTimestamp(_ time: JournalTimestamp, to out: inout [UInt8]) {
        let milliseconds = time.millisecondsSinceEpoch
        var day = milliseconds / 86_400_000
        var ofDay = milliseconds - day * 86_400_000
        if ofDay < 0 { day -= 1; ofDay += 86_400_000 }
        if day != cachedDay {
            cachedDay = day
            // The day part, computed once per day by the journal's own formatting.
            cachedDate = Array(JournalTimestamp(millisecondsSinceEpoch: day * 86_400_000).iso8601.utf8.prefix(11))
        }
        out += cachedDate
        func two(_ value: Int64) { out.append(0x30 + UInt8(value / 10)); out.append(0x30 + UInt8(value % 10)) }
        two(ofDay / 3_600_000); out.append(0x3A)
        two(ofDay / 60_000 % 60); out.append(0x3A)
        two(ofDay / 1000 % 60); out.append(0x2E)
        let millisecond = ofDay % 1000
        out.append(0x30 + UInt8(millisecond / 100)); out.append(0x30 + UInt8(millisecond / 10 % 10))
        out.append(0x30 + UInt8(millisecond % 10)); out.append(0x5A)
    }

    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        repeat { digits.append(0x30 + UInt8(magnitude % 10)); magnitude /= 10 } while magnitude > 0
        out += digits.reversed()
    }

    static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return out
    }

    /// A JSON string as `JSONEncoder` writes it: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
