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

    /// Opens (creating if needed) `<dataDirectory>/journal-<deviceID>.jsonl`; the directory is created with mode 0700.
    public convenience init(dataDirectory: URL, deviceID: DeviceID) throws(JournalError) {
        try FileIO.createDirectory(at: dataDirectory)
        try self.init(fileURL: dataDirectory.appendingPathComponent(deviceID.journalFileName), deviceID: deviceID)
    }

    /// Opens (creating with mode 0600 if needed) the journal at `fileURL`, takes the writer lock, and recovers a torn tail.
    public init(fileURL: URL, deviceID: DeviceID) throws(JournalError) {
        self.deviceID = deviceID
        self.fileURL = fileURL
        let (descriptor, created) = try FileIO.openForAppending(path: fileURL.path, readable: true)
        do throws(JournalError) {
            try FileIO.lockExclusively(descriptor: descriptor)
            if created { try FileIO.syncDirectory(path: fileURL.deletingLastPathComponent().path) }
            let contents = try JournalReader.parse(try FileIO.readAll(descriptor: descriptor))
            if let first = contents.events.first, first.deviceID != deviceID {
                throw JournalError.wrongDevice(journal: first.deviceID, requested: deviceID)
            }
            if let torn = contents.tornTail {
                try Self.moveAside(torn, of: descriptor, fileURL: fileURL)
                recovery = JournalRecovery(tornTail: torn, tornFileName: fileURL.lastPathComponent + ".torn",
                                           keptEventCount: contents.events.count)
            } else {
                recovery = nil
            }
            self.descriptor = descriptor
            validLength = contents.validByteCount
            eventCount = contents.events.count
            nextSequence = (contents.events.last?.sequence ?? 0) + 1
            for state in SessionState.fold(contents.events) { sessions[state.sessionID] = state }
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
        let event = JournalEvent(sequence: nextSequence, sessionID: session, deviceID: deviceID,
                                 questionnaire: questionnaire, timestamp: timestamp, kind: kind)
        let line: [UInt8]
        do {
            line = try JournalLineCodec.line(for: event)
        } catch {
            throw .unencodableEvent(String(describing: error))
        }
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
        nextSequence += 1
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
