import Foundation

/// The JSON form of one journal line, flat so it stays readable with `grep` and `jq`:
/// `{"v":1,"seq":3,"session":"…32 hex…","code":"7K2M9QXA","device":"tab-07","questionnaire":{…},"at":"…Z",
///   "event":"answer","item":"q3","answer":{"point":6}}`.
extension JournalEvent: Codable {
    private enum CodingKeys: String, CodingKey {
        case formatVersion = "v", sequence = "seq", session, code, device, questionnaire, at, event
        case item, answer, warning
        case order, seed, wave, mode, language, mediatorEntersAnswers = "mediatorEnters", participantCode = "participant"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(formatVersion, forKey: .formatVersion)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(sessionID.hex, forKey: .session)
        try container.encode(sessionID.code, forKey: .code)
        try container.encode(deviceID.rawValue, forKey: .device)
        try container.encode(questionnaire, forKey: .questionnaire)
        try container.encode(timestamp.iso8601, forKey: .at)
        try container.encode(kind.name, forKey: .event)
        switch kind {
        case .sessionStarted(let start):
            try container.encode(start.presentedOrder, forKey: .order)
            // Text, because readers in other languages lose integer precision above 2^53.
            try container.encode(String(start.seed), forKey: .seed)
            try container.encodeIfPresent(start.wave, forKey: .wave)
            try container.encode(start.mode, forKey: .mode)
            try container.encode(start.language, forKey: .language)
            try container.encode(start.mediatorEntersAnswers, forKey: .mediatorEntersAnswers)
            try container.encodeIfPresent(start.participantCode, forKey: .participantCode)
        case .answered(let item, let answer), .corrected(let item, let answer):
            try container.encode(item, forKey: .item)
            try container.encode(answer, forKey: .answer)
        case .clearedNotAsked(let item):
            try container.encode(item, forKey: .item)
        case .warningConfirmed(let item, let warning):
            try container.encode(item, forKey: .item)
            try container.encode(warning, forKey: .warning)
        case .paused, .resumed, .completed, .abandoned:
            break
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        guard formatVersion == JournalEvent.currentFormatVersion else {
            throw UnsupportedFormatVersion(version: formatVersion)
        }
        sequence = try container.decode(UInt64.self, forKey: .sequence)
        let sessionText = try container.decode(String.self, forKey: .session)
        guard let sessionID = SessionID(hex: sessionText) else {
            throw DecodingError.dataCorruptedError(forKey: .session, in: container,
                                                   debugDescription: "session must be 32 lowercase hexadecimal digits")
        }
        self.sessionID = sessionID
        guard try container.decode(String.self, forKey: .code) == sessionID.code else {
            throw DecodingError.dataCorruptedError(forKey: .code, in: container,
                                                   debugDescription: "session code does not match the session id")
        }
        guard let deviceID = DeviceID(try container.decode(String.self, forKey: .device)) else {
            throw DecodingError.dataCorruptedError(forKey: .device, in: container, debugDescription: "invalid device id")
        }
        self.deviceID = deviceID
        questionnaire = try container.decode(QuestionnaireIdentity.self, forKey: .questionnaire)
        guard let timestamp = JournalTimestamp(iso8601: try container.decode(String.self, forKey: .at)) else {
            throw DecodingError.dataCorruptedError(forKey: .at, in: container,
                                                   debugDescription: "timestamp must be ISO 8601 UTC with milliseconds")
        }
        self.timestamp = timestamp
        kind = try Self.decodeKind(from: container)
    }

    private static func decodeKind(from container: KeyedDecodingContainer<CodingKeys>) throws -> JournalEventKind {
        let name = try container.decode(String.self, forKey: .event)
        switch name {
        case "session-started":
            guard let seed = UInt64(try container.decode(String.self, forKey: .seed)) else {
                throw DecodingError.dataCorruptedError(forKey: .seed, in: container,
                                                       debugDescription: "seed must be an unsigned integer as text")
            }
            return .sessionStarted(SessionStart(
                presentedOrder: try container.decode([String].self, forKey: .order), seed: seed,
                wave: try container.decodeIfPresent(String.self, forKey: .wave),
                mode: try container.decode(InterviewMode.self, forKey: .mode),
                language: try container.decode(String.self, forKey: .language),
                mediatorEntersAnswers: try container.decode(Bool.self, forKey: .mediatorEntersAnswers),
                participantCode: try container.decodeIfPresent(String.self, forKey: .participantCode)))
        case "answer":
            return .answered(item: try container.decode(String.self, forKey: .item),
                             answer: try container.decode(JournalAnswer.self, forKey: .answer))
        case "correction":
            return .corrected(item: try container.decode(String.self, forKey: .item),
                              answer: try container.decode(JournalAnswer.self, forKey: .answer))
        case "not-asked":
            return .clearedNotAsked(item: try container.decode(String.self, forKey: .item))
        case "warning-confirmed":
            return .warningConfirmed(item: try container.decode(String.self, forKey: .item),
                                     warning: try container.decode(String.self, forKey: .warning))
        case "paused": return .paused
        case "resumed": return .resumed
        case "completed": return .completed
        case "abandoned": return .abandoned
        default:
            throw DecodingError.dataCorruptedError(forKey: .event, in: container,
                                                   debugDescription: "unknown event \"\(name)\"")
        }
    }
}

/// One event as the bytes of one journal line, and back.
enum JournalLineCodec {
    static func line(for event: JournalEvent) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(event))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Decodes a line without its newline; the error's text says what was wrong, for the corruption report.
    static func event(from line: ArraySlice<UInt8>, decoder: JSONDecoder) -> Result<JournalEvent, LineProblem> {
        guard !line.isEmpty else { return .failure(.emptyLine) }
        do {
            return .success(try decoder.decode(JournalEvent.self, from: Data(line)))
        } catch let unsupported as UnsupportedFormatVersion {
            return .failure(.unsupportedFormatVersion(unsupported.version))
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            return .failure(.notJSON)
        } catch let DecodingError.dataCorrupted(context) {
            return .failure(.invalidEvent(context.debugDescription))
        } catch let DecodingError.keyNotFound(key, _) {
            return .failure(.invalidEvent("missing field \"\(key.stringValue)\""))
        } catch let DecodingError.typeMismatch(_, context) {
            return .failure(.invalidEvent("wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"))
        } catch {
            return .failure(.invalidEvent(String(describing: error)))
        }
    }
}

/// Thrown while decoding a line written by a newer Octant, so the report can say "update Octant" rather than "corrupt".
struct UnsupportedFormatVersion: Error {
    var version: Int
}
