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
    /// What the reader should know: a converted encoding, questionnaire variables no column feeds, columns left out.
    public var warnings: [ImportWarning] = []
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
    ///
    /// Atomic per file: the new journal is written whole beside its final name, synced, then renamed into place, so an
    /// import that fails (a full disk) leaves nothing behind and running it again completes it exactly. `save` writes
    /// the file (tests inject failures through it).
    public static func importCSV(_ csvURL: URL, into directory: URL, codebook: Codebook, policy: InvalidPolicy = .refuse,
                                 mapping: ImportMapping? = nil, at timestamp: JournalTimestamp = .now,
                                 save: (_ bytes: [UInt8], _ url: URL) throws -> Void = { try PrivateFile.save($0, to: $1) })
        throws(ImportError) -> ImportSummary {
        let bytes: [UInt8]
        do { bytes = try FileIO.readAll(path: csvURL.path) } catch { throw .dataset(.unreadableFile(csvURL.lastPathComponent)) }
        let digest = SHA256.hash(bytes)
        let seed = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let base = "import-" + String(SHA256.hexString(digest).prefix(12))
        var (dataset, issues, source): (Dataset, [ImportIssue], ImportSource)
        do throws(DatasetError) {
            (dataset, issues, source) = try ImportSource.load(bytes: bytes, name: csvURL.lastPathComponent, codebook: codebook,
                                                              mapping: mapping, policy: policy, seed: seed, checksDuplicateSessions: true)
        } catch {
            throw .dataset(error)
        }
        var seen = Set<SessionID>()
        var duplicates: [Int] = []
        for (row, id) in dataset.sessionIDs.enumerated() where !seen.insert(id).inserted {
            duplicates.append(row)
            // The loader reports the duplicates of a session column itself, with the other problems of the file.
            if !issues.contains(where: { $0.kind == .duplicatedSession && $0.value.lowercased() == id.hex }) {
                issues.append(ImportIssue(kind: .duplicatedSession, line: row + 2, column: RowField.session.rawValue, value: id.hex))
            }
        }
        if policy == .refuse, !duplicates.isEmpty {
            throw .dataset(.invalidCSV(file: csvURL.lastPathComponent, issues.filter { $0.kind == .duplicatedSession }))
        }
        let existing = try existingSessions(in: directory)
        let identity = QuestionnaireIdentity(id: codebook.survey.id, version: codebook.survey.version, sourceText: codebook.survey.source)
        let skip = Set(duplicates)
        let rows = (0..<dataset.rowCount).filter { !skip.contains($0) && !existing.contains(dataset.sessionIDs[$0]) }
        // The file's own journal, unless an earlier import of it is there (then its remaining rows, if any, get another).
        var device = DeviceID(base)!
        var suffix = 1
        while !rows.isEmpty, FileManager.default.fileExists(atPath: directory.appendingPathComponent(device.journalFileName).path) {
            suffix += 1
            device = DeviceID("\(base)-\(suffix)")!
        }
        if !rows.isEmpty {
            try write(rows: rows, of: dataset, codes: source.participantCodes, device: device, identity: identity, directory: directory,
                      timestamp: timestamp, save: save)
        }
        return ImportSummary(device: device, rowCount: dataset.rowCount, addedSessions: rows.count,
                             alreadyPresent: dataset.rowCount - rows.count - duplicates.count, issues: issues, warnings: source.warnings)
    }

    static func existingSessions(in directory: URL) throws(ImportError) -> Set<SessionID> {
        var sessions = Set<SessionID>()
        for url in JournalFiles.list(in: directory) ?? [] {
            do {
                for event in try JournalReader.read(contentsOf: url).events { sessions.insert(event.sessionID) }
            } catch {
                throw .dataset(.journal(file: url.lastPathComponent, error))
            }
        }
        return sessions
    }

    /// The journal of the imported rows, one line per row, written in one piece.
    static func issue(_ error: CSVReadError) -> ImportIssue {
        switch error {
        case .unterminatedQuote(let line): return ImportIssue(kind: .unterminatedQuote, line: line, column: "", value: "")
        case .textAfterQuote(let line): return ImportIssue(kind: .textAfterQuote, line: line, column: "", value: "")
        case .unreadable: return ImportIssue(kind: .emptyFile, line: 1, column: "", value: "")
        }
    }

    static func write(rows: [Int], of dataset: Dataset, codes: [String?], device: DeviceID, identity: QuestionnaireIdentity, directory: URL,
                      timestamp: JournalTimestamp, save: (_ bytes: [UInt8], _ url: URL) throws -> Void) throws(ImportError) {
        var output = JournalEncoder(device: device).headerLine()
        let reader = RowAnswers(dataset: dataset)
        var sequence: UInt64 = 2
        for row in rows {
            let entries = reader.entries(row: row).map { key, entry -> (key: String, answer: JournalAnswer?) in
                switch entry {
                case .answer(let answer): return (key, answer)
                case .notAsked: return (key, nil)
                }
            }
            do {
                output += try JournalEncoder.recordLine(sequence: sequence, session: dataset.sessionIDs[row],
                                                        at: dataset.startedAt(row: row) ?? timestamp, questionnaire: identity,
                                                        completed: dataset.statuses[row] == .complete, wave: dataset.wave(row: row),
                                                        participantCode: row < codes.count ? codes[row] : nil,
                                                        language: dataset.codebook.survey.language, entries: entries)
            } catch {
                throw .journal(.unencodableEvent(String(describing: error)))
            }
            sequence += 1
        }
        do throws(JournalError) { try FileIO.createDirectory(at: directory) } catch { throw .journal(error) }
        let url = directory.appendingPathComponent(device.journalFileName)
        do {
            try save(output, url)
        } catch let error as PrivateFile.WriteError {
            throw .journal(error.code == ENOSPC ? .diskFull : .writeFailed(errno: error.code))
        } catch {
            throw .journal(.writeFailed(errno: EIO))
        }
        do throws(JournalError) { try FileIO.syncDirectory(path: directory.path) } catch { throw .journal(error) }
    }
}
