import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Responses

/// Bulk append of synthetic sessions to a new journal, in the journal's own line format and file conventions
/// (`journal-<device>.ojl`, directory 0700, file 0600, exclusive writer lock), with ONE fsync at the end.
///
/// `AnswerJournal` syncs every event because each one is an answer a respondent was promised is safe. Synthetic data
/// has no respondent: if the machine fails mid-way the simulation is simply run again, so per-event durability would
/// only cost time (a million respondents are ~10⁸ events). Hence a separate, explicit API that only writes journals it
/// creates: it refuses a journal that already holds events, so collected answers are never mixed with synthetic ones.
public final class SimulatedJournalWriter {
    public let deviceID: DeviceID
    public let fileURL: URL
    public let questionnaire: QuestionnaireIdentity
    public private(set) var eventCount = 0
    public private(set) var sessionCount = 0

    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var encoder: JournalEncoder
    private var nextSequence: UInt64 = 2
    private static let flushThreshold = 1 << 22

    /// Creates `<dataDirectory>/journal-<deviceID>.ojl`; throws `SimulationError.journalNotEmpty` if it holds anything.
    public init(dataDirectory: URL, deviceID: DeviceID, questionnaire: QuestionnaireIdentity) throws(SimulationError) {
        self.deviceID = deviceID
        self.questionnaire = questionnaire
        fileURL = dataDirectory.appendingPathComponent(deviceID.journalFileName)
        encoder = JournalEncoder(device: deviceID)
        var opened: Int32 = -1
        do throws(JournalError) {
            try FileIO.createDirectory(at: dataDirectory)
            let (descriptor, created) = try FileIO.openForAppending(path: fileURL.path, readable: true)
            opened = descriptor
            try FileIO.lockExclusively(descriptor: descriptor)
            if created { try FileIO.syncDirectory(path: dataDirectory.path) }
        } catch {
            if opened >= 0 { FileIO.close(descriptor: opened) }
            throw .journal(error)
        }
        var status = stat()
        if fstat(opened, &status) != 0 || status.st_size != 0 {
            FileIO.close(descriptor: opened)
            throw .journalNotEmpty(path: fileURL.path)
        }
        descriptor = opened
        buffer.reserveCapacity(Self.flushThreshold + (1 << 16))
        buffer += encoder.headerLine()
    }

    deinit { if descriptor >= 0 { FileIO.close(descriptor: descriptor) } }

    /// Appends a session: started, its answers and warnings, completed. Durable only after `finish()`.
    public func write(_ session: SimulatedSession) throws(SimulationError) {
        guard descriptor >= 0 else { throw .journal(.closed) }
        Self.encode(session, questionnaire: questionnaire, encoder: &encoder, sequence: &nextSequence, into: &buffer)
        eventCount += session.events.count + 2
        sessionCount += 1
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    var nextSequenceNumber: UInt64 { nextSequence }

    /// Appends lines encoded elsewhere (by the parallel writer), which continue this journal's sequence.
    func appendEncoded(_ bytes: [UInt8], sessions: Int, events: Int) throws(SimulationError) {
        guard descriptor >= 0 else { throw .journal(.closed) }
        buffer += bytes
        nextSequence += UInt64(events)
        eventCount += events
        sessionCount += sessions
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    static func encode(_ session: SimulatedSession, questionnaire: QuestionnaireIdentity, encoder: inout JournalEncoder,
                       sequence: inout UInt64, into buffer: inout [UInt8]) {
        let device = encoder.device
        func append(_ kind: JournalEventKind, at time: JournalTimestamp) {
            let event = JournalEvent(sequence: sequence, sessionID: session.id, deviceID: device, questionnaire: questionnaire,
                                     timestamp: time, kind: kind)
            // Simulated answers are drawn from the questionnaire: every one encodes (finite numbers, known session).
            let (bytes, lines) = try! encoder.lines(for: event)
            buffer += bytes
            sequence += UInt64(lines)
        }
        append(.sessionStarted(session.start), at: session.startedAt)
        for (event, time) in session.events {
            switch event {
            case .answer(let item, let answer): append(.answered(item: item, answer: answer), at: time)
            case .warningConfirmed(let item, let warning): append(.warningConfirmed(item: item, warning: warning), at: time)
            }
        }
        append(.completed, at: session.completedAt)
        encoder.forget(session.id)
    }

    /// Writes what is buffered, syncs the file once, and closes it.
    public func finish() throws(SimulationError) {
        guard descriptor >= 0 else { return }
        try flush()
        do throws(JournalError) { try FileIO.sync(descriptor: descriptor) } catch { throw .journal(error) }
        FileIO.close(descriptor: descriptor)
        descriptor = -1
    }

    private func flush() throws(SimulationError) {
        do throws(JournalError) { try FileIO.writeAll(descriptor: descriptor, buffer) } catch { throw .journal(error) }
        buffer.removeAll(keepingCapacity: true)
    }
}
