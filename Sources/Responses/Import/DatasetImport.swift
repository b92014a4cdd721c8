import Foundation
import Questionnaire
import Support

/// What an import did.
public struct ImportSummary: Sendable {
    /// The device the imported sessions are recorded under: `import-` and the start of the file's SHA-256.
    public var device: DeviceID
    public var rowCount: Int
    public var addedSessions: Int
    /// Rows whose session is already in the data directory (imported before, or exported from it): not added again.
    public var alreadyPresent: Int
    /// Problems found (only with `InvalidPolicy.missing`: otherwise the import throws).
    public var issues: [ImportIssue]
    public var journalFileName: String { device.journalFileName }
}

public enum ImportError: Error, Sendable {
    case dataset(DatasetError)
    case journal(JournalError)

    public func message(_ l: Language) -> String {
        switch self {
        case .dataset(let error): return error.message(l)
        case .journal(let error): return error.message(language: l.rawValue)
        }
    }
}

/// Imports data collected elsewhere into a data directory, as a journal: datasets keep one source of truth.
public enum DatasetImport {
    /// Reads `csvURL` against the questionnaire (see `Dataset.load(csv:…)`) and writes its rows as sessions of the device
    /// `import-<hash>` in `directory` (created 0700 if needed; nothing is written anywhere else). Idempotent: a session
    /// already present in the directory, from any journal, is not written again.
    public static func importCSV(_ csvURL: URL, into directory: URL, codebook: Codebook, policy: InvalidPolicy = .refuse,
                                 at timestamp: JournalTimestamp = .now) throws(ImportError) -> ImportSummary {
        let bytes: [UInt8]
        do { bytes = try FileIO.readAll(path: csvURL.path) } catch { throw .dataset(.unreadableFile(csvURL.lastPathComponent)) }
        let digest = SHA256.hash(bytes)
        let seed = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let device = DeviceID("import-" + String(SHA256.hexString(digest).prefix(12)))!
        var (dataset, issues): (Dataset, [ImportIssue])
        do {
            (dataset, issues) = try Dataset.load(csvBytes: bytes, name: csvURL.lastPathComponent, codebook: codebook,
                                                 policy: policy, sessionSeed: seed)
        } catch {
            throw .dataset(error)
        }
        var seen = Set<SessionID>()
        var duplicates: [Int] = []
        for (row, id) in dataset.sessionIDs.enumerated() where !seen.insert(id).inserted {
            duplicates.append(row)
            issues.append(ImportIssue(kind: .duplicatedSession, line: row + 2, column: RowField.session.rawValue, value: id.hex))
        }
        if policy == .refuse, !duplicates.isEmpty {
            throw .dataset(.invalidCSV(file: csvURL.lastPathComponent, issues.filter { $0.kind == .duplicatedSession }))
        }
        let existing = try existingSessions(in: directory)
        let identity = QuestionnaireIdentity(id: codebook.survey.id, version: codebook.survey.version, sourceText: codebook.survey.source)
        let skip = Set(duplicates)
        let rows = (0..<dataset.rowCount).filter { !skip.contains($0) && !existing.contains(dataset.sessionIDs[$0]) }
        if !rows.isEmpty {
            try append(rows: rows, of: dataset, device: device, identity: identity, directory: directory, timestamp: timestamp)
        }
        return ImportSummary(device: device, rowCount: dataset.rowCount, addedSessions: rows.count,
                             alreadyPresent: dataset.rowCount - rows.count - duplicates.count, issues: issues)
    }

    static func existingSessions(in directory: URL) throws(ImportError) -> Set<SessionID> {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var sessions = Set<SessionID>()
        for name in names where name.hasPrefix("journal-") && name.hasSuffix(".jsonl") {
            do {
                for event in try JournalReader.read(contentsOf: directory.appendingPathComponent(name)).events { sessions.insert(event.sessionID) }
            } catch {
                throw .dataset(.journal(file: name, error))
            }
        }
        return sessions
    }

    /// Appends all sessions with one write and one sync (a journal written by the runner syncs every answer; an import
    /// can simply be run again if interrupted).
    static func append(rows: [Int], of dataset: Dataset, device: DeviceID, identity: QuestionnaireIdentity, directory: URL,
                       timestamp: JournalTimestamp) throws(ImportError) {
        do throws(JournalError) {
            try FileIO.createDirectory(at: directory)
            let path = directory.appendingPathComponent(device.journalFileName).path
            let (descriptor, created) = try FileIO.openForAppending(path: path, readable: true)
            defer { FileIO.close(descriptor: descriptor) }
            try FileIO.lockExclusively(descriptor: descriptor)
            let contents = try JournalReader.parse(try FileIO.readAll(descriptor: descriptor), device: device)
            // A torn tail can only be an import of ours that was interrupted: its sessions are written again below.
            if contents.tornTail != nil { try FileIO.truncate(descriptor: descriptor, to: contents.validByteCount) }
            var sequence = (contents.events.last?.sequence ?? 0) + 1
            var output: [UInt8] = []
            let reader = RowAnswers(dataset: dataset)
            for row in rows {
                let session = dataset.sessionIDs[row]
                let time = dataset.startedAt(row: row) ?? timestamp
                let entries = reader.entries(row: row)
                var kinds: [JournalEventKind] = [.sessionStarted(SessionStart(
                    presentedOrder: entries.map(\.key), seed: 0, wave: dataset.wave(row: row), mode: .selfAdministered,
                    language: dataset.codebook.survey.language, mediatorEntersAnswers: false))]
                for (key, entry) in entries {
                    switch entry {
                    case .answer(let answer): kinds.append(.answered(item: key, answer: answer))
                    case .notAsked: kinds.append(.clearedNotAsked(item: key))
                    }
                }
                kinds.append(dataset.statuses[row] == .complete ? .completed : .abandoned)
                for kind in kinds {
                    let event = JournalEvent(sequence: sequence, sessionID: session, deviceID: device, questionnaire: identity,
                                             timestamp: time, kind: kind)
                    do { output += try JournalLineCodec.line(for: event) } catch { throw JournalError.unencodableEvent(String(describing: error)) }
                    sequence += 1
                }
            }
            try FileIO.writeAll(descriptor: descriptor, output)
            try FileIO.sync(descriptor: descriptor)
            if created { try FileIO.syncDirectory(path: directory.path) }
        } catch {
            throw .journal(error)
        }
    }
}
