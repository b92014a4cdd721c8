import Foundation

/// A last line that was being written when the writer stopped (power cut, kill): it was never acknowledged.
public struct TornTail: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// The line has no final newline: its write never completed.
        case missingNewline
        /// The line ends with a newline but is not JSON (`.notJSON` or `.emptyLine`).
        case unreadable(LineProblem)
    }

    /// Line number of the torn line, counting from 1.
    public var lineNumber: Int
    /// Offset of its first byte in the file, which is also the length of the valid prefix.
    public var byteOffset: Int
    public var byteCount: Int
    public var reason: Reason
    /// The torn bytes hold zeros: blocks allocated but never written, as a crash or a copy still under way leaves them.
    public var isZeroFilled: Bool

    /// The torn bytes `tail`, which start at `byteOffset` in the file (a reader may hold only the end of the file).
    init(lineNumber: Int, byteOffset: Int, tail: ArraySlice<UInt8>, reason: Reason) {
        self.lineNumber = lineNumber
        self.byteOffset = byteOffset
        byteCount = tail.count
        self.reason = reason
        isZeroFilled = tail.contains(0)
    }

    init(lineNumber: Int, bytes: [UInt8], from offset: Int, reason: Reason) {
        self.lineNumber = lineNumber
        byteOffset = offset
        byteCount = bytes.count - offset
        self.reason = reason
        isZeroFilled = bytes[offset...].contains(0)
    }
}

/// The events of a journal, and the torn last line if there is one (reported, never hidden).
public struct JournalContents: Hashable, Sendable {
    public var events: [JournalEvent]
    public var tornTail: TornTail?
    /// Bytes of the valid prefix: the whole file unless there is a torn tail.
    public var validByteCount: Int
    public var format: JournalFormat
}

/// A journal read straight into its sessions.
public struct FoldedJournal: Sendable {
    public var device: DeviceID?
    /// In order of their first line.
    public var sessions: [SessionState]
    public var eventCount: Int
    public var tornTail: TornTail?
    public var format: JournalFormat
}

/// The two line formats a journal file may hold.
public enum JournalFormat: Hashable, Sendable {
    /// Version 1 (`journal-<device>.jsonl`): one JSON object per event. Read forever, never written any more.
    case json
    /// Version 2 (`journal-<device>.ojl`): compact tab-separated lines with a CRC-32C (`docs/journal-format.md`).
    case lines
}

/// Reads journals without locking or changing them, with the validation the writer applies when it opens one.
public enum JournalReader {
    /// Parses the journal file at `url`. A damaged line followed by good lines throws `JournalError.corruptLine`.
    public static func read(contentsOf url: URL) throws(JournalError) -> JournalContents {
        try parse(try FileIO.readAll(path: url.path))
    }

    /// Parses journal bytes. `device`, when given, is the device every line must belong to;
    /// otherwise every line must belong to the device of the first.
    public static func parse(_ bytes: [UInt8], device: DeviceID? = nil) throws(JournalError) -> JournalContents {
        if let first = bytes.first, first != UInt8(ascii: "{") { return try parseLines(bytes, device: device) }
        return try parseJSON(bytes, device: device)
    }

    /// Version 2: tab-separated lines, each with its sequence number and CRC-32C.
    static func parseLines(_ bytes: [UInt8], device: DeviceID?) throws(JournalError) -> JournalContents {
        try decodeLines(bytes, device: device).contents
    }

    /// The contents, and the decoder's state after the last good line (what a writer continues from).
    static func decodeLines(_ bytes: [UInt8], device: DeviceID?) throws(JournalError) -> (contents: JournalContents, decoder: JournalDecoder) {
        var events: [JournalEvent] = []
        events.reserveCapacity(bytes.count / 48)
        var decoder = JournalDecoder()
        var lineStart = 0, lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            guard let lineEnd = bytes[lineStart...].firstIndex(of: JournalLine.newline) else {
                let torn = TornTail(lineNumber: lineNumber, bytes: bytes, from: lineStart, reason: .missingNewline)
                return (JournalContents(events: events, tornTail: torn, validByteCount: lineStart, format: .lines), decoder)
            }
            switch decoder.decode(bytes[lineStart..<lineEnd]) {
            case .success(.event(let event)):
                events.append(event)
            case .success(.record(let record)):
                events += record
            case .success(.deferred):
                break  // only a decoder of a part defers
            case .success(.setup):
                if lineNumber == 1, let expected = device, let found = decoder.device, found != expected {
                    throw .corruptLine(line: lineNumber, problem: .otherDevice(expected: expected, found: found))
                }
            case .failure(let problem):
                guard lineEnd == bytes.count - 1, couldBeTorn(bytes[lineStart..<lineEnd]) else {
                    throw .corruptLine(line: lineNumber, problem: problem)
                }
                let torn = TornTail(lineNumber: lineNumber, bytes: bytes, from: lineStart, reason: .unreadable(problem))
                return (JournalContents(events: events, tornTail: torn, validByteCount: lineStart, format: .lines), decoder)
            }
            lineStart = lineEnd + 1
        }
        return (JournalContents(events: events, tornTail: nil, validByteCount: bytes.count, format: .lines), decoder)
    }

    /// The sessions of a journal's bytes, with the same checks as `parse`.
    public static func sessions(_ bytes: [UInt8], device: DeviceID? = nil) throws(JournalError) -> FoldedJournal {
        let contents = try parse(bytes, device: device)
        return FoldedJournal(device: contents.events.first?.deviceID, sessions: SessionState.fold(contents.events),
                             eventCount: contents.events.count, tornTail: contents.tornTail, format: contents.format)
    }

    /// Whether a version 2 line that fails its checks, newline included, may be the last write cut short. Bytes that
    /// are not a line at all can only come from an interrupted write (or blocks a crash left unwritten); a line of the
    /// journal's shape that fails its checks was damaged after it was written.
    static func couldBeTorn(_ line: ArraySlice<UInt8>) -> Bool {
        line.isEmpty || line.contains(0) || !(line.first.map { $0 >= 0x31 && $0 <= 0x39 } ?? false)
    }

    /// Version 1: one JSON object per line, everything repeated on every line.
    static func parseJSON(_ bytes: [UInt8], device: DeviceID?) throws(JournalError) -> JournalContents {
        var events: [JournalEvent] = []
        var expectedDevice = device
        var lineStart = 0
        var lineNumber = 0
        let newline = UInt8(ascii: "\n")
        let decoder = JSONDecoder()
        while lineStart < bytes.count {
            lineNumber += 1
            guard let lineEnd = bytes[lineStart...].firstIndex(of: newline) else {
                let torn = TornTail(lineNumber: lineNumber, bytes: bytes, from: lineStart, reason: .missingNewline)
                return JournalContents(events: events, tornTail: torn, validByteCount: lineStart, format: .json)
            }
            let event: JournalEvent
            switch JournalLineCodec.event(from: bytes[lineStart..<lineEnd], decoder: decoder) {
            case .success(let decoded):
                event = decoded
            case .failure(let problem):
                // Only bytes that are not JSON at all can come from an interrupted write; a complete JSON line that
                // is not a valid event (a newer format, say) was written on purpose and must not be cut away.
                let couldBeTorn = problem == .notJSON || problem == .emptyLine
                guard lineEnd == bytes.count - 1, couldBeTorn else { throw .corruptLine(line: lineNumber, problem: problem) }
                let torn = TornTail(lineNumber: lineNumber, bytes: bytes, from: lineStart, reason: .unreadable(problem))
                return JournalContents(events: events, tornTail: torn, validByteCount: lineStart, format: .json)
            }
            // A well-formed line with the wrong device or order cannot come from an interrupted write: it is corruption.
            if let expected = expectedDevice, event.deviceID != expected {
                throw .corruptLine(line: lineNumber, problem: .otherDevice(expected: expected, found: event.deviceID))
            }
            expectedDevice = event.deviceID
            if let previous = events.last, event.sequence <= previous.sequence {
                throw .corruptLine(line: lineNumber,
                                   problem: .sequenceNotIncreasing(previous: previous.sequence, found: event.sequence))
            }
            events.append(event)
            lineStart = lineEnd + 1
        }
        return JournalContents(events: events, tornTail: nil, validByteCount: bytes.count, format: bytes.isEmpty ? .lines : .json)
    }
}
