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
}

/// The events of a journal, and the torn last line if there is one (reported, never hidden).
public struct JournalContents: Hashable, Sendable {
    public var events: [JournalEvent]
    public var tornTail: TornTail?
    /// Bytes of the valid prefix: the whole file unless there is a torn tail.
    public var validByteCount: Int
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
        var events: [JournalEvent] = []
        var expectedDevice = device
        var lineStart = 0
        var lineNumber = 0
        let newline = UInt8(ascii: "\n")
        let decoder = JSONDecoder()
        while lineStart < bytes.count {
            lineNumber += 1
            guard let lineEnd = bytes[lineStart...].firstIndex(of: newline) else {
                let torn = TornTail(lineNumber: lineNumber, byteOffset: lineStart, byteCount: bytes.count - lineStart,
                                    reason: .missingNewline)
                return JournalContents(events: events, tornTail: torn, validByteCount: lineStart)
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
                let torn = TornTail(lineNumber: lineNumber, byteOffset: lineStart, byteCount: bytes.count - lineStart,
                                    reason: .unreadable(problem))
                return JournalContents(events: events, tornTail: torn, validByteCount: lineStart)
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
        return JournalContents(events: events, tornTail: nil, validByteCount: bytes.count)
    }
}
