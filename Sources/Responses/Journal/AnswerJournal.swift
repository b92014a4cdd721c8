import Foundation
import Support

/// The append-only journal of one device. Every `append` returns only once the line is on stable storage,
/// so an answer acknowledged to the respondent survives a crash or a power cut.
///
/// One writer at a time: the file is locked exclusively while open. Opening repairs a torn last line
/// (see `recovery`) and refuses a journal damaged in the middle.
public final class AnswerJournal {
    public let deviceID: DeviceID
    public let fileURL: URL
    /// Set when opening found and moved aside a torn last line.
    public let recovery: JournalRecovery?
    /// Every session of this journal, folded from its events.
    public private(set) var sessions: [SessionID: SessionState] = [:]
    /// Events read at opening (those after the index's prefix, or all without one) and appended since.
    public private(set) var eventCount: Int

    private var descriptor: Int32
    private var nextSequence: UInt64
    private var validLength: Int
    private var failed = false
    private var encoder: JournalEncoder
    /// CRC field of the last line, and where each session's start (or bind) line is: what the index records.
    private var lastCRC = ""
    private var startOffsets: [SessionID: Int] = [:]
    private var legacyBytesWithoutOpenSession: Int?

    /// Opens (creating if needed) `<dataDirectory>/journal-<deviceID>.ojl`; the directory is created with mode 0700.
    /// Sessions of the device's version 1 journal, if an earlier build wrote one, are known too (to resume them);
    /// that file is never written again.
    public convenience init(dataDirectory: URL, deviceID: DeviceID) throws(JournalError) {
        try FileIO.createDirectory(at: dataDirectory)
        try self.init(fileURL: dataDirectory.appendingPathComponent(deviceID.journalFileName), deviceID: deviceID,
                      legacyURL: dataDirectory.appendingPathComponent(deviceID.legacyJournalFileName))
    }

    /// Opens (creating with mode 0600 if needed) the journal at `fileURL`, takes the writer lock, and recovers a torn tail.
    ///
    /// Start-up does not read the device's history: the index beside the journal says where the sessions still open
    /// start, and only the lines from there on are read (the whole file only when the index is missing or does not
    /// match the journal). `sessions` then holds the sessions open at the last index and those that followed.
    public init(fileURL: URL, deviceID: DeviceID, legacyURL: URL? = nil) throws(JournalError) {
        self.deviceID = deviceID
        self.fileURL = fileURL
        let (descriptor, created) = try FileIO.openForAppending(path: fileURL.path, readable: true)
        do throws(JournalError) {
            try FileIO.lockExclusively(descriptor: descriptor)
            if created { try FileIO.syncDirectory(path: fileURL.deletingLastPathComponent().path) }
            let size = try FileIO.size(descriptor: descriptor)
            let index = Self.matchingIndex(of: fileURL, descriptor: descriptor, size: size)
            let start = index.map { ([$0.coveredBytes] + $0.openSessionOffsets).min()! } ?? 0
            let bytes = try FileIO.read(descriptor: descriptor, from: start, count: size - start)
            if start == 0, bytes.first == UInt8(ascii: "{") {
                throw JournalError.corruptLine(line: 1, problem: .unsupportedFormatVersion(1))
            }
            if start > 0 { try Self.checkHeader(of: descriptor, device: deviceID) }
            var scan = try JournalScan(bytes, offset: start, device: start == 0 ? nil : deviceID)
            if let found = scan.decoder.device, found != deviceID {
                throw JournalError.wrongDevice(journal: found, requested: deviceID)
            }
            if let torn = scan.tornTail {
                try Self.moveAside(torn, of: descriptor, fileURL: fileURL, size: size)
                recovery = JournalRecovery(tornTail: torn, tornFileName: fileURL.lastPathComponent + ".torn",
                                           keptEventCount: scan.events.count)
            } else {
                recovery = nil
            }
            self.descriptor = descriptor
            encoder = JournalEncoder(device: deviceID, anchors: scan.decoder.anchors)
            if scan.decoder.device == nil {
                // A new file, or one whose header line never reached the disk: it starts with the header.
                let header = encoder.headerLine()
                try FileIO.truncate(descriptor: descriptor, to: 0)
                try FileIO.writeAll(descriptor: descriptor, header)
                try FileIO.sync(descriptor: descriptor)
                scan.validEnd = header.count
                scan.lastCRC = String(decoding: header.dropLast().suffix(8), as: UTF8.self)
                nextSequence = 2
            } else if scan.decoder.lastSequence == 0, let index {
                // Nothing after the index's prefix: the numbering continues from the line that ends it.
                nextSequence = index.lastSequence + 1
                lastCRC = index.lastCRC
            } else {
                nextSequence = scan.decoder.lastSequence + 1
            }
            validLength = scan.validEnd
            if !scan.lastCRC.isEmpty { lastCRC = scan.lastCRC }
            eventCount = scan.events.count
            startOffsets = scan.startOffsets
            var earlier: [JournalEvent] = []
            legacyBytesWithoutOpenSession = nil
            if let legacyURL, let legacySize = try? FileIO.size(path: legacyURL.path) {
                if index?.legacyBytesWithoutOpenSession != legacySize {
                    earlier = try JournalReader.parseJSON(try FileIO.readAll(path: legacyURL.path), device: deviceID).events
                }
                let legacyOpen = SessionState.fold(earlier).contains(where: \.isResumable)
                legacyBytesWithoutOpenSession = legacyOpen ? nil : legacySize
            }
            for state in SessionState.fold(earlier + scan.events) { sessions[state.sessionID] = state }
            if index == nil || index!.coveredBytes != validLength || scan.tornTail != nil { writeIndex() }
        } catch {
            FileIO.close(descriptor: descriptor)
            throw error
        }
    }

    /// The index beside the journal, when it describes a prefix of this very file.
    private static func matchingIndex(of fileURL: URL, descriptor: Int32, size: Int) -> JournalIndex? {
        guard let bytes = try? FileIO.readAll(path: JournalIndex.url(of: fileURL).path), let index = JournalIndex(bytes),
              index.coveredBytes <= size, index.openSessionOffsets.allSatisfy({ $0 < index.coveredBytes }),
              let last = JournalIndex.lineEnding(at: index.coveredBytes, in: descriptor),
              last.sequence == index.lastSequence, last.crc == index.lastCRC else { return nil }
        return index
    }

    private static func checkHeader(of descriptor: Int32, device: DeviceID) throws(JournalError) {
        let head = try FileIO.read(descriptor: descriptor, from: 0, count: 256)
        var decoder = JournalDecoder()
        guard let end = head.firstIndex(of: JournalLine.newline), case .success(.setup) = decoder.decode(head[..<end]) else {
            throw .corruptLine(line: 1, problem: .malformed("J"))
        }
        if let found = decoder.device, found != device { throw .wrongDevice(journal: found, requested: device) }
    }

    /// Rewrites the index for the journal as it now is; a failure only means the next start reads more.
    private func writeIndex() {
        let open = sessions.values.filter(\.isResumable).compactMap { startOffsets[$0.sessionID] }.sorted()
        let index = JournalIndex(coveredBytes: validLength, lastSequence: nextSequence - 1, lastCRC: lastCRC,
                                 openSessionOffsets: open, legacyBytesWithoutOpenSession: legacyBytesWithoutOpenSession)
        try? PrivateFile.save(index.line(), to: JournalIndex.url(of: fileURL))
    }

    deinit { close() }

    /// Releases the lock and the file. Further appends throw `JournalError.closed`.
    public func close() {
        guard descriptor >= 0 else { return }
        FileIO.close(descriptor: descriptor)
        descriptor = -1
    }

    /// Appends one event and returns it once it is durable. After a failed write or sync the journal refuses every
    /// further append (`unusableAfterFailure`): after a failed fsync the kernel may have dropped the data while
    /// reporting later syncs as successful, so only reopening (which re-reads the file) can tell what is really there.
    @discardableResult
    public func append(_ kind: JournalEventKind, session: SessionID, questionnaire: QuestionnaireIdentity,
                       at timestamp: JournalTimestamp = .now) throws(JournalError) -> JournalEvent {
        guard descriptor >= 0 else { throw .closed }
        guard !failed else { throw .unusableAfterFailure }
        var event = JournalEvent(formatVersion: JournalEncoder.formatVersion, sequence: nextSequence, sessionID: session,
                                 deviceID: deviceID, questionnaire: questionnaire, timestamp: timestamp, kind: kind)
        var nextEncoder = encoder
        let line: [UInt8], lineCount: Int
        do {
            (line, lineCount) = try nextEncoder.lines(for: event)
        } catch {
            throw .unencodableEvent(String(describing: error))
        }
        event.sequence = nextSequence + UInt64(lineCount - 1)
        do throws(JournalError) {
            try FileIO.writeAll(descriptor: descriptor, line)
        } catch {
            failed = true
            // Cut the partial line so the file stays a valid journal; if even that fails, reopening will recover it.
            try? FileIO.truncate(descriptor: descriptor, to: validLength)
            throw error
        }
        do throws(JournalError) {
            try FileIO.sync(descriptor: descriptor)
        } catch {
            failed = true
            throw error
        }
        if lineCount > 1 || { if case .sessionStarted = kind { return true } else { return false } }() {
            startOffsets[session] = validLength
        }
        validLength += line.count
        nextSequence += UInt64(lineCount)
        lastCRC = String(decoding: line.dropLast().suffix(8), as: UTF8.self)
        encoder = nextEncoder
        eventCount += 1
        if sessions[session] == nil {
            sessions[session] = SessionState(first: event)
        } else {
            sessions[session]!.apply(event)
        }
        switch kind {
        case .sessionStarted, .completed, .abandoned: writeIndex()
        default: break
        }
        return event
    }

    private static func moveAside(_ torn: TornTail, of descriptor: Int32, fileURL: URL, size: Int) throws(JournalError) {
        var tornBytes = try FileIO.read(descriptor: descriptor, from: torn.byteOffset, count: size - torn.byteOffset)
        // Several recoveries append to the same file: keep each torn line on its own line.
        if tornBytes.last != UInt8(ascii: "\n") { tornBytes.append(UInt8(ascii: "\n")) }
        let tornPath = fileURL.path + ".torn"
        let (tornDescriptor, created) = try FileIO.openForAppending(path: tornPath, readable: false)
        defer { FileIO.close(descriptor: tornDescriptor) }
        try FileIO.writeAll(descriptor: tornDescriptor, tornBytes)
        try FileIO.sync(descriptor: tornDescriptor)
        if created { try FileIO.syncDirectory(path: fileURL.deletingLastPathComponent().path) }
        // Only once the torn bytes are safe elsewhere is the journal cut back to its valid prefix.
        try FileIO.truncate(descriptor: descriptor, to: torn.byteOffset)
        try FileIO.sync(descriptor: descriptor)
    }
}
