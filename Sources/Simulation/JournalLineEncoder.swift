import Foundation
import Questionnaire
import Responses

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
        out.append(literal: ",\"language\":"); Self.appendQuoted(start.language, to: &out)
        out.append(literal: ",\"mediatorEnters\":"); out.append(literal: start.mediatorEntersAnswers ? "true" : "false")
        out.append(literal: ",\"mode\":"); Self.appendQuoted(start.mode.rawValue, to: &out)
        out.append(literal: ",\"order\":[")
        for (index, item) in start.presentedOrder.enumerated() {
            if index > 0 { out.append(0x2C) }
            Self.appendQuoted(item, to: &out)
        }
        out.append(0x5D)
        if let code = start.participantCode { out.append(literal: ",\"participant\":"); Self.appendQuoted(code, to: &out) }
        out.append(literal: ",\"questionnaire\":"); out += questionnaire
        out.append(literal: ",\"seed\":"); Self.appendQuoted(String(start.seed), to: &out)
        tail(sequence: sequence, into: &out)
        if let wave = start.wave { out.append(literal: ",\"wave\":"); Self.appendQuoted(wave, to: &out) }
        out += [0x7D, 0x0A]
    }

    mutating func answer(_ answer: JournalAnswer, item: String, sequence: UInt64, at time: JournalTimestamp,
                         into out: inout [UInt8]) {
        out.append(literal: "{\"answer\":{")
        switch answer {
        case .skipped: out.append(literal: "\"skipped\":true")
        case .value(.scalePoint(let point)): out.append(literal: "\"point\":"); Self.appendInteger(Int64(point), to: &out)
        case .value(.choice(let code, let other)):
            out.append(literal: "\"choice\":"); Self.appendQuoted(code, to: &out)
            if let other { out.append(literal: ",\"other\":"); Self.appendQuoted(other, to: &out) }
        case .value(.choices(let codes, let other)):
            out.append(literal: "\"choices\":[")
            for (index, code) in codes.enumerated() {
                if index > 0 { out.append(0x2C) }
                Self.appendQuoted(code, to: &out)
            }
            out.append(0x5D)
            if let other { out.append(literal: ",\"other\":"); Self.appendQuoted(other, to: &out) }
        case .value(.number(let number)):
            out.append(literal: "\"number\":"); Self.appendQuoted(ExactDecimalText.text(of: number) ?? "0", to: &out)
        case .value(.text(let text)): out.append(literal: "\"text\":"); Self.appendQuoted(text, to: &out)
        case .value(.escape(let code)): out.append(literal: "\"escape\":"); Self.appendQuoted(code, to: &out)
        }
        out.append(0x7D)
        out.append(0x2C)
        head(event: "answer", at: time, into: &out)
        out.append(literal: ",\"item\":"); Self.appendQuoted(item, to: &out)
        out.append(literal: ",\"questionnaire\":"); out += questionnaire
        tail(sequence: sequence, into: &out)
        out += [0x7D, 0x0A]
    }

    mutating func warningConfirmed(_ warning: String, item: String, sequence: UInt64, at time: JournalTimestamp,
                                   into out: inout [UInt8]) {
        out.append(0x7B)
        head(event: "warning-confirmed", at: time, into: &out)
        out.append(literal: ",\"item\":"); Self.appendQuoted(item, to: &out)
        out.append(literal: ",\"questionnaire\":"); out += questionnaire
        tail(sequence: sequence, into: &out)
        out.append(literal: ",\"warning\":"); Self.appendQuoted(warning, to: &out)
        out += [0x7D, 0x0A]
    }

    mutating func completed(sequence: UInt64, at time: JournalTimestamp, into out: inout [UInt8]) {
        out.append(0x7B)
        head(event: "completed", at: time, into: &out)
        out.append(literal: ",\"questionnaire\":"); out += questionnaire
        tail(sequence: sequence, into: &out)
        out += [0x7D, 0x0A]
    }

    /// `"at":…,"code":…,"device":…,"event":…` — the keys that sort before the event-specific ones.
    private mutating func head(event: StaticString, at time: JournalTimestamp, into out: inout [UInt8]) {
        out.append(literal: "\"at\":\"")
        appendTimestamp(time, to: &out)
        out.append(literal: "\",\"code\":"); out += sessionCode
        out.append(literal: ",\"device\":"); out += device
        out.append(literal: ",\"event\":\""); out.append(literal: event); out.append(0x22)
    }

    /// `,"seq":…,"session":…,"v":1`.
    private func tail(sequence: UInt64, into out: inout [UInt8]) {
        out.append(literal: ",\"seq\":"); Self.appendInteger(Int64(sequence), to: &out)
        out.append(literal: ",\"session\":"); out += sessionHex
        out.append(literal: ",\"v\":"); Self.appendInteger(Int64(JournalEvent.currentFormatVersion), to: &out)
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
        var divisor: UInt64 = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            out.append(0x30 + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return out
    }

    /// A JSON string as `JSONEncoder` writes it: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        // Fast path: keys and codes never need escaping, so copy them whole.
        let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(0x22)
            return
        }
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
                func hex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }
                out += [0x5C, 0x75, 0x30, 0x30, hex(byte >> 4), hex(byte & 0x0F)]
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}

extension Array where Element == UInt8 {
    /// Appends a literal's UTF-8 bytes without building an intermediate array.
    @inline(__always)
    mutating func append(literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
