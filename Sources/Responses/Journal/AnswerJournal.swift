import Foundation

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
    public private(set) var eventCount: Int

    private var descriptor: Int32
    private var nextSequence: UInt64
    private var validLength: Int
    private var failed = false
    private var encoder: JournalEncoder

    /// Opens (creating if needed) `<dataDirectory>/journal-<deviceID>.ojl`; the directory is created with mode 0700.
    /// Sessions of the device's version 1 journal, if an earlier build wrote one, are known too (to resume them);
    /// that file is never written again.
    public convenience init(dataDirectory: URL, deviceID: DeviceID) throws(JournalError) {
        try FileIO.createDirectory(at: dataDirectory)
        let legacy = dataDirectory.appendingPathComponent(deviceID.legacyJournalFileName)
        let legacyEvents = FileManager.default.fileExists(atPath: legacy.path)
            ? try JournalReader.parseJSON(try FileIO.readAll(path: legacy.path), device: deviceID).events : []
        try self.init(fileURL: dataDirectory.appendingPathComponent(deviceID.journalFileName), deviceID: deviceID,
                      earlierEvents: legacyEvents)
    }

    /// Opens (creating with mode 0600 if needed) the journal at `fileURL`, takes the writer lock, and recovers a torn tail.
    public init(fileURL: URL, deviceID: DeviceID, earlierEvents: [JournalEvent] = []) throws(JournalError) {
        self.deviceID = deviceID
        self.fileURL = fileURL
        let (descriptor, created) = try FileIO.openForAppending(path: fileURL.path, readable: true)
        do throws(JournalError) {
            try FileIO.lockExclusively(descriptor: descriptor)
            if created { try FileIO.syncDirectory(path: fileURL.deletingLastPathComponent().path) }
            let bytes = try FileIO.readAll(descriptor: descriptor)
            if bytes.first == UInt8(ascii: "{") { throw JournalError.corruptLine(line: 1, problem: .unsupportedFormatVersion(1)) }
            var (contents, decoder) = try JournalReader.decodeLines(bytes, device: nil)
            if let found = decoder.device, found != deviceID {
                throw JournalError.wrongDevice(journal: found, requested: deviceID)
            }
            if let torn = contents.tornTail {
                try Self.moveAside(torn, of: descriptor, fileURL: fileURL)
                recovery = JournalRecovery(tornTail: torn, tornFileName: fileURL.lastPathComponent + ".torn",
                                           keptEventCount: contents.events.count)
            } else {
                recovery = nil
            }
            self.descriptor = descriptor
            encoder = JournalEncoder(device: deviceID, anchors: decoder.anchors)
            if decoder.device == nil {
                // A new file, or one whose header line never reached the disk: it starts with the header.
                let header = encoder.headerLine()
                try FileIO.truncate(descriptor: descriptor, to: 0)
                try FileIO.writeAll(descriptor: descriptor, header)
                try FileIO.sync(descriptor: descriptor)
                contents.validByteCount = header.count
                nextSequence = 2
            } else {
                nextSequence = decoder.lastSequence + 1
            }
            validLength = contents.validByteCount
            eventCount = contents.events.count
            for state in SessionState.fold(earlierEvents + contents.events) { sessions[state.sessionID] = state }
        } catch {
            FileIO.close(descriptor: descriptor)
            throw error
        }
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
        validLength += line.count
        nextSequence += UInt64(lineCount)
        encoder = nextEncoder
        eventCount += 1
        if sessions[session] == nil {
            sessions[session] = SessionState(first: event)
        } else {
            sessions[session]!.apply(event)
        }
        return event
    }

    private static func moveAside(_ torn: TornTail, of descriptor: Int32, fileURL: URL) throws(JournalError) {
        let bytes = try FileIO.readAll(descriptor: descriptor)
        var tornBytes = Array(bytes[torn.byteOffset...])
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
