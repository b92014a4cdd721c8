import Dispatch
import Foundation
import Support

/// A version 2 journal read straight into `SessionRecord`s for a report: answers, corrections and "not asked" lines (nearly
/// every line) are decoded in place, their item found in the codebook's key table; the other lines go through
/// `JournalDecoder`. Read in parts, one per core, joined as `JournalReader` joins them: the same checks (every CRC,
/// numbering contiguous across parts, torn last line).
struct JournalRecords {
    /// Nil only when not even the header line is whole (a copy just begun).
    var device: DeviceID?
    var records: [SessionRecord]
    var eventCount: Int
    var tornTail: TornTail?
    /// End of the last good line, its sequence number and CRC field: what a snapshot of these records is checked against.
    var validEnd = 0
    var lastSequence: UInt64 = 0
    var lastCRC = ""

    static func read(_ bytes: [UInt8], keys: JournalKeyTable, parts requested: Int? = nil) throws(JournalError) -> JournalRecords {
        // A header cut short (a copy just begun, a crash right after creating the file) is a torn file of no session.
        let empty = { (reason: TornTail.Reason) in
            JournalRecords(device: nil, records: [], eventCount: 0, tornTail: TornTail(lineNumber: 1, bytes: bytes, from: 0, reason: reason))
        }
        guard let headerEnd = bytes.firstIndex(of: JournalLine.newline) else { return empty(.missingNewline) }
        var header = JournalDecoder()
        switch header.decode(bytes[..<headerEnd]) {
        case .success(.setup): break
        case .failure(let problem):
            guard headerEnd == bytes.count - 1, JournalReader.couldBeTorn(bytes[..<headerEnd]) else { throw .corruptLine(line: 1, problem: problem) }
            return empty(.unreadable(problem))
        default: throw .corruptLine(line: 1, problem: .malformed("J"))
        }
        guard let device = header.device else { throw .corruptLine(line: 1, problem: .malformed("J")) }
        let count = requested ?? (bytes.count < JournalReader.partMinimumBytes ? 1 : ProcessInfo.processInfo.activeProcessorCount)
        let ranges = JournalReader.partRanges(bytes, from: headerEnd + 1, count: max(1, count))
        let results = ParallelSlots<Part?>(count: ranges.count, empty: nil)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            var part = Part(decoder: JournalDecoder(part: device), keys: keys)
            part.read(bytes, ranges[index])
            results.set(index, part)
        }
        return try join((0..<ranges.count).map { results.get($0)! }, bytes: bytes, device: device, keys: keys)
    }

    /// One part's sessions, the lines it could not place (sessions started in an earlier part), and where it stopped.
    struct Part {
        var decoder: JournalDecoder
        let keys: JournalKeyTable
        var records: [SessionRecord] = []
        var positions: [SessionID: Int] = [:]
        /// Sequence number of a session's start (or bind, or imported) line → its record.
        var references: [UInt64: Int] = [:]
        var deferred: [(line: Int, range: Range<Int>)] = []
        var firstSequence: UInt64?
        var lastSequence: UInt64 = 0
        var lineCount = 0
        var eventCount = 0
        var failure: (line: Int, range: Range<Int>, problem: LineProblem)?
        var unterminated: Range<Int>?
        var lastGoodLine: Range<Int>?
        /// Where these bytes start in the file.
        var base = 0

        init(decoder: JournalDecoder, keys: JournalKeyTable) {
            self.decoder = decoder
            self.keys = keys
        }

        mutating func read(_ bytes: [UInt8], _ range: Range<Int>) {
            var lineStart = range.lowerBound
            while lineStart < range.upperBound {
                lineCount += 1
                guard let lineEnd = bytes[lineStart..<range.upperBound].firstIndex(of: JournalLine.newline) else {
                    unterminated = lineStart..<range.upperBound
                    return
                }
                if let problem = line(bytes, lineStart..<lineEnd) {
                    failure = (lineCount, lineStart..<lineEnd, problem)
                    return
                }
                lastGoodLine = lineStart..<lineEnd
                lineStart = lineEnd + 1
            }
        }

        /// Reads one line; the problem when it is not a good line.
        private mutating func line(_ bytes: [UInt8], _ range: Range<Int>) -> LineProblem? {
            let line = bytes[range]
            guard !line.isEmpty else { return .emptyLine }
            guard let body = JournalLine.verifiedBody(line) else { return .checksumMismatch }
            var fields = FieldCursor(body)
            guard let sequence = fields.next().flatMap(JournalLine.decimal) else { return .malformed("seq") }
            if firstSequence == nil {
                firstSequence = sequence
            } else if sequence != lastSequence + 1 {
                return sequence <= lastSequence ? .sequenceNotIncreasing(previous: lastSequence, found: sequence)
                                                : .sequenceGap(expected: lastSequence + 1, found: sequence)
            }
            guard let kind = fields.next(), kind.count == 1 else { return .malformed("kind") }
            let letter = kind.first!
            if letter == UInt8(ascii: "A") || letter == UInt8(ascii: "C") || letter == UInt8(ascii: "N") {
                guard let reference = fields.next().flatMap(JournalLine.decimal) else { return .malformed("ref") }
                guard fields.next().flatMap(JournalLine.decimal) != nil else { return .malformed("time") }
                guard let item = fields.next() else { return .malformed("item") }
                guard let position = references[reference] else {
                    guard let first = firstSequence, reference < first else { return .unknownSessionReference(reference) }
                    deferred.append((lineCount, range))
                    lastSequence = sequence
                    return nil
                }
                if letter == UInt8(ascii: "N") {
                    guard fields.isAtEnd else { return .malformed("extra field") }
                    if let key = keys.index(of: item) { records[position].clear(key: key) } else {
                        guard let text = JournalLine.unescaped(item) else { return .malformed("item") }
                        records[position].otherAnswers[text] = nil
                        records[position].otherNotAsked.insert(text)
                    }
                } else {
                    guard let field = fields.next(), fields.isAtEnd, let answer = JournalDecoder.answer(field) else {
                        return .malformed("answer")
                    }
                    if let key = keys.index(of: item) { records[position].record(answer, key: key) } else {
                        guard let text = JournalLine.unescaped(item) else { return .malformed("item") }
                        records[position].otherAnswers[text] = answer
                        records[position].otherNotAsked.remove(text)
                    }
                }
                eventCount += 1
                lastSequence = sequence
                return nil
            }
            decoder.expect(sequence)
            switch decoder.decode(body: body) {
            case .failure(let problem):
                return problem
            case .success(.deferred):
                deferred.append((lineCount, range))
            case .success(.setup):
                // A bind line: a session started in another file continues here.
                if let session = decoder.sessionsByReference[sequence], let anchor = decoder.anchors[session] {
                    let position = position(of: session, questionnaireID: anchor.questionnaire.id)
                    references[sequence] = position
                    records[position].startOffset = base + range.lowerBound
                }
            case .success(.event(let event)):
                let position = position(of: event.sessionID, questionnaireID: event.questionnaire.id)
                if case .sessionStarted = event.kind {
                    references[sequence] = position
                    records[position].startOffset = base + range.lowerBound
                }
                records[position].apply(event, keys: keys)
                eventCount += 1
            case .success(.record(let events)):
                guard let first = events.first else { break }
                let position = position(of: first.sessionID, questionnaireID: first.questionnaire.id)
                references[sequence] = position
                records[position].startOffset = base + range.lowerBound
                for event in events { records[position].apply(event, keys: keys) }
                eventCount += events.count
            }
            lastSequence = sequence
            return nil
        }

        private mutating func position(of session: SessionID, questionnaireID: String) -> Int {
            if let position = positions[session] { return position }
            positions[session] = records.count
            records.append(SessionRecord(session: session, questionnaireID: questionnaireID, device: decoder.device!, keyCount: keys.count))
            return records.count - 1
        }
    }

    static func join(_ parts: [Part], bytes: [UInt8], device: DeviceID, keys: JournalKeyTable) throws(JournalError) -> JournalRecords {
        var records: [SessionRecord] = []
        var positions: [SessionID: Int] = [:]
        var anchors: [SessionID: SessionAnchor] = [:]
        var references: [UInt64: SessionID] = [:]
        var lastSequence: UInt64 = 1
        var linesBefore = 1
        var eventCount = 0
        var lastGood: Range<Int>? = bytes.firstIndex(of: JournalLine.newline).map { 0..<$0 }
        func finished(_ torn: TornTail?) -> JournalRecords {
            var result = JournalRecords(device: device, records: records, eventCount: eventCount, tornTail: torn)
            if let lastGood {
                result.validEnd = lastGood.upperBound + 1
                result.lastSequence = JournalLine.decimal(bytes[lastGood].prefix { $0 != JournalLine.tab }) ?? 0
                result.lastCRC = String(decoding: bytes[lastGood].suffix(8), as: UTF8.self)
            }
            return result
        }
        for (index, part) in parts.enumerated() {
            if let first = part.firstSequence, first != lastSequence + 1 {
                throw .corruptLine(line: linesBefore + 1, problem: first <= lastSequence
                    ? .sequenceNotIncreasing(previous: lastSequence, found: first) : .sequenceGap(expected: lastSequence + 1, found: first))
            }
            anchors.merge(part.decoder.anchors) { _, new in new }
            references.merge(part.decoder.sessionsByReference) { _, new in new }
            for deferred in part.deferred {
                let sequence = JournalLine.decimal(bytes[deferred.range].prefix { $0 != JournalLine.tab }) ?? 1
                var decoder = JournalDecoder(device: device, anchors: anchors, sessionsByReference: references, after: sequence - 1)
                guard case .success(.event(let event)) = decoder.decode(bytes[deferred.range]),
                      let position = positions[event.sessionID] else {
                    let problem: LineProblem
                    if case .failure(let found) = decoder.decode(bytes[deferred.range]) { problem = found } else { problem = .malformed("ref") }
                    throw .corruptLine(line: linesBefore + deferred.line, problem: problem)
                }
                records[position].apply(event, keys: keys)
                if case .resumed = event.kind { anchors = decoder.anchors }
                eventCount += 1
            }
            for record in part.records {
                positions[record.sessionID] = records.count
                records.append(record)
            }
            eventCount += part.eventCount
            if let good = part.lastGoodLine { lastGood = good }
            if let failure = part.failure {
                guard index == parts.count - 1, failure.range.upperBound == bytes.count - 1, JournalReader.couldBeTorn(bytes[failure.range]) else {
                    throw .corruptLine(line: linesBefore + failure.line, problem: failure.problem)
                }
                return finished(TornTail(lineNumber: linesBefore + failure.line, bytes: bytes, from: failure.range.lowerBound,
                                         reason: .unreadable(failure.problem)))
            }
            if let unterminated = part.unterminated {
                return finished(TornTail(lineNumber: linesBefore + part.lineCount, bytes: bytes, from: unterminated.lowerBound,
                                         reason: .missingNewline))
            }
            if let last = part.firstSequence.map({ _ in part.lastSequence }) { lastSequence = last }
            linesBefore += part.lineCount
        }
        return finished(nil)
    }

    /// The lines of a journal from `offset` (the start of a line after its header) to its end: the sessions that start
    /// there; lines of sessions started before `offset` are left out (a snapshot holds them, ended).
    static func readTail(_ bytes: [UInt8], from offset: Int, device: DeviceID, keys: JournalKeyTable) throws(JournalError) -> JournalRecords {
        var part = Part(decoder: JournalDecoder(part: device), keys: keys)
        part.base = offset
        part.read(bytes, 0..<bytes.count)
        let first = part.firstSequence ?? 0
        var result = JournalRecords(device: device, records: part.records, eventCount: part.eventCount, tornTail: nil)
        if let good = part.lastGoodLine {
            result.validEnd = offset + good.upperBound + 1
            result.lastSequence = part.lastSequence
            result.lastCRC = String(decoding: bytes[good].suffix(8), as: UTF8.self)
        }
        if let failure = part.failure {
            guard failure.range.upperBound == bytes.count - 1, JournalReader.couldBeTorn(bytes[failure.range]) else {
                throw .corruptLine(line: Int(first) + failure.line - 1, problem: failure.problem)
            }
            result.tornTail = TornTail(lineNumber: Int(first) + failure.line - 1, byteOffset: offset + failure.range.lowerBound,
                                       tail: bytes[failure.range.lowerBound...], reason: .unreadable(failure.problem))
        } else if let unterminated = part.unterminated {
            result.tornTail = TornTail(lineNumber: Int(first) + part.lineCount - 1, byteOffset: offset + unterminated.lowerBound,
                                       tail: bytes[unterminated], reason: .missingNewline)
        }
        return result
    }
}

extension SessionRecord {
    init(session: SessionID, questionnaireID: String, device: DeviceID, keyCount: Int) {
        sessionID = session
        self.questionnaireID = questionnaireID
        self.device = device
        answers = Array(repeating: nil, count: keyCount)
        notAsked = Array(repeating: false, count: keyCount)
    }
}
