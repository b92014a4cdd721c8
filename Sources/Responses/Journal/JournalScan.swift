import Foundation

/// The lines of a version 2 journal from a byte offset to its end, decoded as a writer continues from them: events,
/// where each session's start (or bind) line is, the last line's CRC, and a torn last line. From offset 0 it reads the
/// whole file; from a later offset (the start of the oldest open session, found in the index) the lines of sessions
/// started before are skipped, as sessions that had already ended.
struct JournalScan {
    var events: [JournalEvent] = []
    var decoder: JournalDecoder
    var startOffsets: [SessionID: Int] = [:]
    var tornTail: TornTail?
    /// End of the last good line, as an offset in the file.
    var validEnd: Int
    var lastCRC = ""

    init(_ bytes: [UInt8], offset: Int, device: DeviceID?) throws(JournalError) {
        decoder = device.map { JournalDecoder(part: $0) } ?? JournalDecoder()
        validEnd = offset
        var lineStart = 0
        while lineStart < bytes.count {
            let lineNumber = Int(decoder.lastSequence) + 1
            guard let lineEnd = bytes[lineStart...].firstIndex(of: JournalLine.newline) else {
                tornTail = TornTail(lineNumber: lineNumber, byteOffset: offset + lineStart, tail: bytes[lineStart...],
                                    reason: .missingNewline)
                return
            }
            let line = bytes[lineStart..<lineEnd]
            let referencesBefore = decoder.sessionsByReference.count
            switch decoder.decode(line) {
            case .success(.event(let event)): events.append(event)
            case .success(.record(let record)): events += record
            case .success(.deferred), .success(.setup): break
            case .failure(let problem):
                guard lineEnd == bytes.count - 1, JournalReader.couldBeTorn(line) else {
                    throw .corruptLine(line: lineNumber, problem: problem)
                }
                tornTail = TornTail(lineNumber: lineNumber, byteOffset: offset + lineStart, tail: bytes[lineStart...],
                                    reason: .unreadable(problem))
                return
            }
            if decoder.sessionsByReference.count > referencesBefore, let session = decoder.sessionsByReference[decoder.lastSequence] {
                startOffsets[session] = offset + lineStart
            }
            lastCRC = String(decoding: line.suffix(8), as: UTF8.self)
            lineStart = lineEnd + 1
            validEnd = offset + lineStart
        }
    }
}
