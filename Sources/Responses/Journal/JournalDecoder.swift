import Foundation

/// Reads a version 2 journal, line by line, into events. Every line must carry a valid CRC-32C and the next sequence
/// number, so that a missing, altered, duplicated or reordered line is found with its line number.
struct JournalDecoder {
    /// The device named by the file's header line, once read.
    private(set) var device: DeviceID?
    private(set) var anchors: [SessionID: SessionAnchor] = [:]
    private(set) var sessionsByReference: [UInt64: SessionID] = [:]
    private(set) var lastSequence: UInt64 = 0
    /// Whom lines belong to while no header has been read: a verifier still reads a file whose header is lost.
    private let fallbackDevice: DeviceID?

    init(fallbackDevice: DeviceID? = nil) { self.fallbackDevice = fallbackDevice }

    /// One decoded line: an event, or a line that only sets up what follows (the file header, a bind line).
    enum Decoded {
        case event(JournalEvent)
        /// An imported row: the events of a whole session, on one line (they share its sequence number).
        case record([JournalEvent])
        case setup
    }

    /// Decodes the line `lineNumber` (without its newline); the sequence must follow the previous line's.
    mutating func decode(_ line: ArraySlice<UInt8>) -> Result<Decoded, LineProblem> {
        guard !line.isEmpty else { return .failure(.emptyLine) }
        guard let body = JournalLine.verifiedBody(line) else { return .failure(.checksumMismatch) }
        var fields = FieldCursor(body)
        guard let sequence = fields.next().flatMap(JournalLine.decimal) else { return .failure(.malformed("seq")) }
        guard sequence == lastSequence + 1 else {
            return .failure(sequence <= lastSequence ? .sequenceNotIncreasing(previous: lastSequence, found: sequence)
                                                     : .sequenceGap(expected: lastSequence + 1, found: sequence))
        }
        return decodeFields(&fields, sequence: sequence)
    }

    /// Decodes a line whose CRC has been checked, at the sequence number its first field holds, whatever the lines
    /// before it: what a verifier needs to read on past missing or misplaced lines.
    mutating func decode(verifiedBody body: ArraySlice<UInt8>, sequence: UInt64) -> Result<Decoded, LineProblem> {
        var fields = FieldCursor(body)
        _ = fields.next()
        return decodeFields(&fields, sequence: sequence)
    }

    private mutating func decodeFields(_ fields: inout FieldCursor, sequence: UInt64) -> Result<Decoded, LineProblem> {
        guard let kind = fields.next(), kind.count == 1 else { return .failure(.malformed("kind")) }
        let result: Result<Decoded, LineProblem>
        switch kind.first! {
        case UInt8(ascii: "J"): result = header(&fields, sequence: sequence)
        case UInt8(ascii: "S"), UInt8(ascii: "B"): result = anchor(&fields, sequence: sequence, isStart: kind.first == UInt8(ascii: "S"))
        case UInt8(ascii: "I"): result = record(&fields, sequence: sequence)
        default: result = event(kind.first!, &fields, sequence: sequence)
        }
        if case .success = result { lastSequence = sequence }
        return result
    }

    private mutating func header(_ fields: inout FieldCursor, sequence: UInt64) -> Result<Decoded, LineProblem> {
        guard sequence == 1, device == nil else { return .failure(.malformed("J")) }
        guard let format = fields.next(), let (name, version) = FieldCursor.keyValue(format),
              String(decoding: name, as: UTF8.self) == JournalEncoder.formatName else { return .failure(.malformed("J")) }
        guard let number = JournalLine.decimal(version), number == UInt64(JournalEncoder.formatVersion) else {
            return .failure(.unsupportedFormatVersion(Int(JournalLine.decimal(version) ?? 0)))
        }
        guard let deviceField = fields.next(), let (key, value) = FieldCursor.keyValue(deviceField),
              key.elementsEqual("device".utf8), let id = DeviceID(String(decoding: value, as: UTF8.self)) else {
            return .failure(.malformed("device"))
        }
        device = id
        return .success(.setup)
    }

    private mutating func anchor(_ fields: inout FieldCursor, sequence: UInt64, isStart: Bool) -> Result<Decoded, LineProblem> {
        guard let device = device ?? fallbackDevice else { return .failure(.malformed("J")) }
        var values: [String: String] = [:]
        while let field = fields.next() {
            guard let (key, value) = FieldCursor.keyValue(field), let text = JournalLine.unescaped(value) else {
                return .failure(.malformed("S"))
            }
            values[String(decoding: key, as: UTF8.self)] = text
        }
        guard let session = values["session"].flatMap(SessionID.init(hex:)),
              let at = values["at"].flatMap(JournalTimestamp.init(iso8601:)),
              let survey = values["survey"], let version = values["version"], let hash = values["sha256"],
              hash.utf8.count == 64, hash.utf8.allSatisfy({ JournalLine.hexValue($0) != nil }) else {
            return .failure(.malformed(isStart ? "S" : "B"))
        }
        let questionnaire = QuestionnaireIdentity(id: survey, version: version, sourceHash: hash)
        anchors[session] = SessionAnchor(reference: sequence, startMilliseconds: at.millisecondsSinceEpoch, questionnaire: questionnaire)
        sessionsByReference[sequence] = session
        guard isStart else { return .success(.setup) }
        guard let mode = values["mode"].flatMap(InterviewMode.init(rawValue:)), let language = values["language"],
              let seed = values["seed"].flatMap({ UInt64($0) }), let mediator = values["mediator"], mediator == "0" || mediator == "1",
              let order = values["order"] else {
            return .failure(.malformed("S"))
        }
        let start = SessionStart(presentedOrder: order.isEmpty ? [] : order.split(separator: ",", omittingEmptySubsequences: false).map(String.init),
                                 seed: seed, wave: values["wave"], mode: mode, language: language,
                                 mediatorEntersAnswers: mediator == "1", participantCode: values["code"])
        return .success(.event(JournalEvent(formatVersion: JournalEncoder.formatVersion, sequence: sequence, sessionID: session,
                                            deviceID: device, questionnaire: questionnaire, timestamp: at, kind: .sessionStarted(start))))
    }

    private func record(_ fields: inout FieldCursor, sequence: UInt64) -> Result<Decoded, LineProblem> {
        guard let device = device ?? fallbackDevice else { return .failure(.malformed("J")) }
        var values: [String: String] = [:]
        var kinds: [JournalEventKind] = []
        var keys: [String] = []
        // The fixed fields come first; the answers follow the language.
        while let field = fields.next() {
            guard let (keyBytes, value) = FieldCursor.keyValue(field), let key = JournalLine.unescaped(keyBytes) else {
                return .failure(.malformed("I"))
            }
            if values["language"] == nil {
                guard let text = JournalLine.unescaped(value) else { return .failure(.malformed("I")) }
                values[key] = text
                continue
            }
            keys.append(key)
            if value.count == 1, value.first == UInt8(ascii: "*") {
                kinds.append(.clearedNotAsked(item: key))
            } else {
                guard let answer = Self.answer(value) else { return .failure(.malformed(key)) }
                kinds.append(.answered(item: key, answer: answer))
            }
        }
        guard let session = values["session"].flatMap(SessionID.init(hex:)),
              let at = values["at"].flatMap(JournalTimestamp.init(iso8601:)),
              let survey = values["survey"], let version = values["version"], let hash = values["sha256"],
              let status = values["status"], status == "complete" || status == "partial", let language = values["language"] else {
            return .failure(.malformed("I"))
        }
        let questionnaire = QuestionnaireIdentity(id: survey, version: version, sourceHash: hash)
        let start = SessionStart(presentedOrder: keys, seed: 0, wave: values["wave"], mode: .selfAdministered, language: language,
                                 mediatorEntersAnswers: false)
        let all: [JournalEventKind] = [.sessionStarted(start)] + kinds + [status == "complete" ? .completed : .abandoned]
        return .success(.record(all.map {
            JournalEvent(formatVersion: JournalEncoder.formatVersion, sequence: sequence, sessionID: session, deviceID: device,
                         questionnaire: questionnaire, timestamp: at, kind: $0)
        }))
    }

    private mutating func event(_ letter: UInt8, _ fields: inout FieldCursor, sequence: UInt64) -> Result<Decoded, LineProblem> {
        guard let device = device ?? fallbackDevice else { return .failure(.malformed("J")) }
        guard let reference = fields.next().flatMap(JournalLine.decimal) else { return .failure(.malformed("ref")) }
        guard let session = sessionsByReference[reference], var anchor = anchors[session] else {
            return .failure(.unknownSessionReference(reference))
        }
        guard let elapsed = fields.next().flatMap(JournalLine.decimal) else { return .failure(.malformed("time")) }
        let kind: JournalEventKind
        switch letter {
        case UInt8(ascii: "A"), UInt8(ascii: "C"):
            guard let item = fields.next().flatMap(JournalLine.unescaped), let field = fields.next(),
                  let answer = Self.answer(field) else { return .failure(.malformed("answer")) }
            kind = letter == UInt8(ascii: "A") ? .answered(item: item, answer: answer) : .corrected(item: item, answer: answer)
        case UInt8(ascii: "N"):
            guard let item = fields.next().flatMap(JournalLine.unescaped) else { return .failure(.malformed("item")) }
            kind = .clearedNotAsked(item: item)
        case UInt8(ascii: "W"):
            guard let item = fields.next().flatMap(JournalLine.unescaped),
                  let warning = fields.next().flatMap(JournalLine.unescaped) else { return .failure(.malformed("warning")) }
            kind = .warningConfirmed(item: item, warning: warning)
        case UInt8(ascii: "P"): kind = .paused
        case UInt8(ascii: "R"):
            kind = .resumed
            var values: [String: String] = [:]
            while let field = fields.next() {
                guard let (key, value) = FieldCursor.keyValue(field), let text = JournalLine.unescaped(value) else {
                    return .failure(.malformed("R"))
                }
                values[String(decoding: key, as: UTF8.self)] = text
            }
            if let survey = values["survey"], let version = values["version"], let hash = values["sha256"] {
                anchor.questionnaire = QuestionnaireIdentity(id: survey, version: version, sourceHash: hash)
                anchors[session] = anchor
            }
        case UInt8(ascii: "E"): kind = .completed
        case UInt8(ascii: "X"): kind = .abandoned
        default: return .failure(.malformed("kind"))
        }
        guard fields.isAtEnd else { return .failure(.malformed("extra field")) }
        let time = JournalTimestamp(millisecondsSinceEpoch: anchor.startMilliseconds + Int64(elapsed))
        return .success(.event(JournalEvent(formatVersion: JournalEncoder.formatVersion, sequence: sequence, sessionID: session,
                                            deviceID: device, questionnaire: anchor.questionnaire, timestamp: time, kind: kind)))
    }

    static func answer(_ field: ArraySlice<UInt8>) -> JournalAnswer? {
        guard let first = field.first else { return nil }
        if first == UInt8(ascii: "-") { return field.count == 1 ? .skipped : nil }
        if first == UInt8(ascii: "p") {
            guard let point = JournalLine.decimal(field.dropFirst()), point <= 1_000 else { return nil }
            return .value(.scalePoint(Int(point)))
        }
        guard field.count >= 2, field[field.startIndex + 1] == UInt8(ascii: "=") else { return nil }
        let rest = field.dropFirst(2)
        switch first {
        case UInt8(ascii: "c"), UInt8(ascii: "m"):
            let split = rest.firstIndex(of: UInt8(ascii: "="))
            guard let codes = JournalLine.unescaped(rest[..<(split ?? rest.endIndex)]) else { return nil }
            var other: String?
            if let split {
                guard let text = JournalLine.unescaped(rest[(split + 1)...]) else { return nil }
                other = text
            }
            if first == UInt8(ascii: "c") { return codes.isEmpty ? nil : .value(.choice(codes, other: other)) }
            return .value(.choices(codes.isEmpty ? [] : codes.split(separator: ",", omittingEmptySubsequences: false).map(String.init), other: other))
        case UInt8(ascii: "n"):
            return ExactDecimalText.decimal(from: String(decoding: rest, as: UTF8.self)).map { .value(.number($0)) }
        case UInt8(ascii: "t"):
            return JournalLine.unescaped(rest).map { .value(.text($0)) }
        case UInt8(ascii: "e"):
            return JournalLine.unescaped(rest).flatMap { $0.isEmpty ? nil : .value(.escape($0)) }
        default:
            return nil
        }
    }
}

/// The tab-separated fields of a line body, one at a time.
struct FieldCursor {
    private let body: ArraySlice<UInt8>
    private var position: Int
    private var finished = false

    init(_ body: ArraySlice<UInt8>) {
        self.body = body
        position = body.startIndex
    }

    var isAtEnd: Bool { finished }

    mutating func next() -> ArraySlice<UInt8>? {
        guard !finished else { return nil }
        let end = body[position...].firstIndex(of: JournalLine.tab) ?? body.endIndex
        let field = body[position..<end]
        if end == body.endIndex { finished = true } else { position = end + 1 }
        return field
    }

    /// `key=value`, split at the first `=`.
    static func keyValue(_ field: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, ArraySlice<UInt8>)? {
        guard let equals = field.firstIndex(of: UInt8(ascii: "=")) else { return nil }
        return (field[..<equals], field[(equals + 1)...])
    }
}
