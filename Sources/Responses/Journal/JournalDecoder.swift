import Foundation

/// Reads a version 2 journal, line by line, into events. Every line must carry a valid CRC-32C and the next sequence
/// number, so that a missing, altered, duplicated or reordered line is found with its line number.
struct JournalDecoder {
    /// The device named by the file's header line, once read.
    private(set) var device: DeviceID?
    private(set) var anchors: [SessionID: SessionAnchor] = [:]
    private(set) var sessionsByReference: [UInt64: SessionID] = [:]
    private(set) var lastSequence: UInt64 = 0
    /// Reports read sessions, not how they were presented: they skip the item order (the longest field of a start).
    var keepsOrder = true
    /// A part of a file read apart from the lines before it: its first line may have any sequence number, and a line
    /// of a session started before the part is handed back (`deferred`) to be decoded once the parts are joined.
    private var partStart = false
    private var isPart = false
    private var firstSequenceOfPart: UInt64 = 0

    /// Whom lines belong to while no header has been read: a verifier still reads a file whose header is lost.
    private var fallbackDevice: DeviceID?

    init(fallbackDevice: DeviceID? = nil) { self.fallbackDevice = fallbackDevice }

    /// Decodes a part of a file that starts after its header, for the device that header names.
    init(part device: DeviceID) {
        self.device = device
        partStart = true
        isPart = true
    }

    /// Decodes lines left over by the parts, knowing every session of the file.
    init(device: DeviceID, anchors: [SessionID: SessionAnchor], sessionsByReference: [UInt64: SessionID], after sequence: UInt64) {
        self.device = device
        self.anchors = anchors
        self.sessionsByReference = sessionsByReference
        lastSequence = sequence
    }

    /// One decoded line: an event, or a line that only sets up what follows (the file header, a bind line).
    enum Decoded {
        case event(JournalEvent)
        /// A line of a session whose start is in an earlier part of the file (parts only).
        case deferred
        /// An imported row: the events of a whole session, on one line (they share its sequence number).
        case record([JournalEvent])
        case setup
    }

    /// Decodes the line `lineNumber` (without its newline); the sequence must follow the previous line's.
    mutating func decode(_ line: ArraySlice<UInt8>) -> Result<Decoded, LineProblem> {
        guard !line.isEmpty else { return .failure(.emptyLine) }
        guard let body = JournalLine.verifiedBody(line) else { return .failure(.checksumMismatch) }
        return decode(body: body)
    }

    /// The next line is `sequence`: a reader that handled the lines before it itself tells the decoder where it is.
    mutating func expect(_ sequence: UInt64) {
        if partStart {
            partStart = false
            firstSequenceOfPart = sequence
        }
        lastSequence = sequence - 1
    }

    /// Decodes a line whose CRC was already checked.
    mutating func decode(body: ArraySlice<UInt8>) -> Result<Decoded, LineProblem> {
        var fields = FieldCursor(body)
        guard let sequence = fields.next().flatMap(JournalLine.decimal) else { return .failure(.malformed("seq")) }
        if partStart {
            partStart = false
            lastSequence = sequence - 1
            firstSequenceOfPart = sequence
        }
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
        var session: SessionID?, at: JournalTimestamp?, survey: String?, version: String?, hash: String?
        var mode: InterviewMode?, language: String?, seed: UInt64?, mediator: Bool?, wave: String?, code: String?
        var easy = false
        var order: [String]?
        let malformed = LineProblem.malformed(isStart ? "S" : "B")
        while let field = fields.next() {
            guard let (key, value) = FieldCursor.keyValue(field) else { return .failure(malformed) }
            switch Self.anchorKey(key) {
            case .session: session = SessionID(hex: String(decoding: value, as: UTF8.self))
            case .at: at = JournalTimestamp(iso8601: String(decoding: value, as: UTF8.self))
            case .survey: survey = JournalLine.unescaped(value)
            case .version: version = JournalLine.unescaped(value)
            case .sha256:
                guard value.count == 64, value.allSatisfy({ JournalLine.hexValue($0) != nil }) else { return .failure(malformed) }
                hash = String(decoding: value, as: UTF8.self)
            case .mode: mode = InterviewMode(rawValue: String(decoding: value, as: UTF8.self))
            case .language: language = JournalLine.unescaped(value)
            case .seed: seed = UInt64(String(decoding: value, as: UTF8.self))
            case .mediator: mediator = value.elementsEqual("1".utf8) ? true : (value.elementsEqual("0".utf8) ? false : nil)
            case .wave: wave = JournalLine.unescaped(value)
            case .code: code = JournalLine.unescaped(value)
            case .easy:
                guard value.elementsEqual("1".utf8) || value.elementsEqual("0".utf8) else { return .failure(malformed) }
                easy = value.elementsEqual("1".utf8)
            case .order:
                guard keepsOrder else { order = []; continue }
                var items: [String] = []
                for item in value.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) where !value.isEmpty {
                    guard let text = JournalLine.unescaped(item) else { return .failure(malformed) }
                    items.append(text)
                }
                order = items
            case nil: continue  // a key of a later build: ignored, the line's CRC already vouches for it
            }
        }
        guard let session, let at, let survey, let version, let hash else { return .failure(malformed) }
        let questionnaire = QuestionnaireIdentity(id: survey, version: version, sourceHash: hash)
        anchors[session] = SessionAnchor(reference: sequence, startMilliseconds: at.millisecondsSinceEpoch, questionnaire: questionnaire)
        sessionsByReference[sequence] = session
        guard isStart else { return .success(.setup) }
        guard let mode, let language, let seed, let mediator, let order else { return .failure(malformed) }
        let start = SessionStart(presentedOrder: order, seed: seed, wave: wave, mode: mode, language: language,
                                 mediatorEntersAnswers: mediator, participantCode: code, easy: easy)
        return .success(.event(JournalEvent(formatVersion: JournalEncoder.formatVersion, sequence: sequence, sessionID: session,
                                            deviceID: device, questionnaire: questionnaire, timestamp: at, kind: .sessionStarted(start))))
    }

    private enum AnchorKey {
        case session, at, survey, version, sha256, mode, language, seed, mediator, wave, code, order, easy
    }

    private static func anchorKey(_ key: ArraySlice<UInt8>) -> AnchorKey? {
        switch key.count {
        case 2: return key.elementsEqual("at".utf8) ? .at : nil
        case 4: return key.elementsEqual("mode".utf8) ? .mode : key.elementsEqual("seed".utf8) ? .seed
            : key.elementsEqual("wave".utf8) ? .wave : key.elementsEqual("code".utf8) ? .code
            : key.elementsEqual("easy".utf8) ? .easy : nil
        case 5: return key.elementsEqual("order".utf8) ? .order : nil
        case 6: return key.elementsEqual("survey".utf8) ? .survey : key.elementsEqual("sha256".utf8) ? .sha256 : nil
        case 7: return key.elementsEqual("session".utf8) ? .session : key.elementsEqual("version".utf8) ? .version : nil
        case 8: return key.elementsEqual("language".utf8) ? .language : key.elementsEqual("mediator".utf8) ? .mediator : nil
        default: return nil
        }
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
                                 mediatorEntersAnswers: false, participantCode: values["code"])
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
            if isPart, reference < firstSequenceOfPart { return .success(.deferred) }
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
