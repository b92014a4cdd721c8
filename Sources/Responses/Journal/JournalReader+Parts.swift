import Dispatch
import Foundation
import Support

/// A large journal read in parts, one per core: each part folds the sessions that start in it, and hands back the lines
/// of sessions started in an earlier part, decoded once the parts are joined in order. The same checks as reading it
/// line after line: every line's CRC, sequence numbers contiguous across the parts, torn last line.
extension JournalReader {
    /// Below this size one part is faster than starting threads.
    static let partMinimumBytes = 1 << 22

    /// `keepsOrder: false` skips each session's item order, which reports do not need.
    public static func sessions(_ bytes: [UInt8], device: DeviceID? = nil, keepsOrder: Bool,
                                parts requested: Int? = nil) throws(JournalError) -> FoldedJournal {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let count = requested ?? (bytes.count < partMinimumBytes ? 1 : cores)
        guard let first = bytes.first, first != UInt8(ascii: "{"), count > 1,
              let headerEnd = bytes.firstIndex(of: JournalLine.newline) else {
            return try sessions(bytes, device: device)
        }
        var header = JournalDecoder()
        guard case .success(.setup) = header.decode(bytes[..<headerEnd]), let found = header.device else {
            return try sessions(bytes, device: device)
        }
        if let device, found != device { throw .corruptLine(line: 1, problem: .otherDevice(expected: device, found: found)) }
        let ranges = partRanges(bytes, from: headerEnd + 1, count: count)
        let results = ParallelSlots<PartFold?>(count: ranges.count, empty: nil)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            var decoder = JournalDecoder(part: found)
            decoder.keepsOrder = keepsOrder
            results.set(index, foldPart(bytes, ranges[index], decoder: decoder))
        }
        return try join((0..<ranges.count).map { results.get($0)! }, bytes: bytes, device: found)
    }

    /// Cuts `bytes[start...]` into about `count` parts that end after a newline (the last one at the end of the bytes).
    static func partRanges(_ bytes: [UInt8], from start: Int, count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lower = start
        let size = max(1, (bytes.count - start) / count)
        while lower < bytes.count {
            var upper = min(bytes.count, lower + size)
            if ranges.count == count - 1 { upper = bytes.count }
            while upper < bytes.count, bytes[upper - 1] != JournalLine.newline { upper += 1 }
            ranges.append(lower..<upper)
            lower = upper
        }
        return ranges
    }

    /// What one part found: its sessions, the lines it deferred, and where it stopped if a line failed.
    struct PartFold {
        var states: [SessionState] = []
        var positions: [SessionID: Int] = [:]
        var deferred: [(line: Int, range: Range<Int>)] = []
        var decoder: JournalDecoder
        var firstSequence: UInt64?
        var lineCount = 0
        var eventCount = 0
        var failure: (line: Int, range: Range<Int>, problem: LineProblem)?
        /// A last line without its newline (the file's end only).
        var unterminated: Range<Int>?
    }

    static func foldPart(_ bytes: [UInt8], _ range: Range<Int>, decoder: JournalDecoder) -> PartFold {
        var part = PartFold(decoder: decoder)
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            part.lineCount += 1
            guard let lineEnd = bytes[lineStart..<range.upperBound].firstIndex(of: JournalLine.newline) else {
                part.unterminated = lineStart..<range.upperBound
                return part
            }
            let line = bytes[lineStart..<lineEnd]
            if part.firstSequence == nil, let end = line.firstIndex(of: JournalLine.tab) {
                part.firstSequence = JournalLine.decimal(line[..<end])
            }
            switch part.decoder.decode(line) {
            case .success(.event(let event)): part.fold(event)
            case .success(.record(let record)): record.forEach { part.fold($0) }
            case .success(.deferred): part.deferred.append((part.lineCount, lineStart..<lineEnd))
            case .success(.setup): break
            case .failure(let problem):
                part.failure = (part.lineCount, lineStart..<lineEnd, problem)
                return part
            }
            lineStart = lineEnd + 1
        }
        return part
    }

    /// The parts in order: numbering checked across them, deferred lines decoded, sessions in order of their start.
    static func join(_ parts: [PartFold], bytes: [UInt8], device: DeviceID) throws(JournalError) -> FoldedJournal {
        var states: [SessionState] = []
        var positions: [SessionID: Int] = [:]
        var anchors: [SessionID: SessionAnchor] = [:]
        var references: [UInt64: SessionID] = [:]
        var lastSequence: UInt64 = 1
        var linesBefore = 1
        var eventCount = 0
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            if let first = part.firstSequence, first != lastSequence + 1 {
                throw .corruptLine(line: linesBefore + 1, problem: first <= lastSequence
                    ? .sequenceNotIncreasing(previous: lastSequence, found: first) : .sequenceGap(expected: lastSequence + 1, found: first))
            }
            anchors.merge(part.decoder.anchors) { _, new in new }
            references.merge(part.decoder.sessionsByReference) { _, new in new }
            for deferred in part.deferred {
                var decoder = JournalDecoder(device: device, anchors: anchors, sessionsByReference: references,
                                             after: JournalLine.decimal(bytes[deferred.range].prefix { $0 != JournalLine.tab }).map { $0 - 1 } ?? 0)
                switch decoder.decode(bytes[deferred.range]) {
                case .success(.event(let event)):
                    guard let position = positions[event.sessionID] else { throw .corruptLine(line: linesBefore + deferred.line, problem: .unknownSessionReference(0)) }
                    states[position].apply(event)
                    eventCount += 1
                    if case .resumed = event.kind { anchors = decoder.anchors }
                case .failure(let problem):
                    throw .corruptLine(line: linesBefore + deferred.line, problem: problem)
                default:
                    throw .corruptLine(line: linesBefore + deferred.line, problem: .malformed("kind"))
                }
            }
            for state in part.states {
                positions[state.sessionID] = states.count
                states.append(state)
            }
            eventCount += part.eventCount
            if let failure = part.failure {
                // Only the file's last line can be torn (see `parseLines`).
                let line = bytes[failure.range]
                let couldBeTorn = isNotALine(line)
                guard isLast, failure.range.upperBound == bytes.count - 1, couldBeTorn else {
                    throw .corruptLine(line: linesBefore + failure.line, problem: failure.problem)
                }
                let torn = TornTail(lineNumber: linesBefore + failure.line, byteOffset: failure.range.lowerBound,
                                    byteCount: bytes.count - failure.range.lowerBound, reason: .unreadable(failure.problem))
                return FoldedJournal(device: device, sessions: states, eventCount: eventCount, tornTail: torn, format: .lines)
            }
            if let unterminated = part.unterminated {
                let torn = TornTail(lineNumber: linesBefore + part.lineCount, byteOffset: unterminated.lowerBound,
                                    byteCount: unterminated.count, reason: .missingNewline)
                return FoldedJournal(device: device, sessions: states, eventCount: eventCount, tornTail: torn, format: .lines)
            }
            lastSequence = part.decoder.lastSequence
            linesBefore += part.lineCount
        }
        return FoldedJournal(device: device, sessions: states, eventCount: eventCount, tornTail: nil, format: .lines)
    }
}

extension JournalReader.PartFold {
    mutating func fold(_ event: JournalEvent) {
        eventCount += 1
        if let position = positions[event.sessionID] {
            states[position].apply(event)
        } else {
            positions[event.sessionID] = states.count
            states.append(SessionState(first: event))
        }
    }
}
