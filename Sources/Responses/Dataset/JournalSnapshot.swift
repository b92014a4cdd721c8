import Foundation
import Questionnaire
import Support

/// A derived copy of a large journal's ended sessions, as the rows of a dataset of one questionnaire, so that a report
/// reads them at the speed of a CSV instead of decoding every line again. The journal stays the source of truth:
///
/// - a snapshot covers a prefix of the journal, checked on every use against the journal's own line that ends the
///   prefix (its sequence number and CRC), as the start-up index is; a journal edited, cut or replaced no longer matches
///   and is read whole (its lines checked), and the snapshot written again;
/// - it holds only sessions that had ended (an ended session never changes); the sessions still open are read from the
///   journal, from the start of the oldest;
/// - it never holds participant codes: linking waves reads the journals themselves.
///
/// Files: `.snapshots/<journal>.<questionnaire sha-256, 16 digits>.csv` and `.meta` in the data folder, 0600, written
/// atomically. Deleting them costs one slower report.
enum JournalSnapshot {
    /// Below this many sessions a journal is read whole, faster than a snapshot pays off.
    static let minimumSessions = 2_000

    struct Meta: Equatable {
        var coveredBytes: Int
        var lastSequence: UInt64
        var lastCRC: String
        var openSessionOffsets: [Int]
        var rows: Int

        func line() -> [UInt8] {
            var out = Array("octant-snapshot=1\tcovered=\(coveredBytes)\tseq=\(lastSequence)\tcrc=\(lastCRC)\trows=\(rows)".utf8)
            out += Array("\topen=\(openSessionOffsets.map(String.init).joined(separator: ","))".utf8)
            JournalLine.seal(&out, from: 0)
            return out
        }

        init(coveredBytes: Int, lastSequence: UInt64, lastCRC: String, openSessionOffsets: [Int], rows: Int) {
            (self.coveredBytes, self.lastSequence, self.lastCRC) = (coveredBytes, lastSequence, lastCRC)
            (self.openSessionOffsets, self.rows) = (openSessionOffsets, rows)
        }

        init?(_ bytes: [UInt8]) {
            guard let values = JournalLine.sealedValues(bytes) else { return nil }
            guard values["octant-snapshot"] == "1", let covered = values["covered"].flatMap({ Int($0) }),
                  let sequence = values["seq"].flatMap({ UInt64($0) }), let crc = values["crc"], crc.utf8.count == 8,
                  let rows = values["rows"].flatMap({ Int($0) }), let open = values["open"] else { return nil }
            let offsets = open.split(separator: ",").compactMap { Int($0) }
            guard offsets.count == open.split(separator: ",").count else { return nil }
            self.init(coveredBytes: covered, lastSequence: sequence, lastCRC: crc, openSessionOffsets: offsets, rows: rows)
        }
    }

    static func urls(of journal: URL, codebook: Codebook) -> (csv: URL, meta: URL) {
        let folder = journal.deletingLastPathComponent().appendingPathComponent(".snapshots")
        let key = String(SHA256.hexDigest(of: codebook.survey.source).prefix(16))
        let base = folder.appendingPathComponent("\(journal.lastPathComponent).\(key)")
        return (URL(fileURLWithPath: base.path + ".csv"), URL(fileURLWithPath: base.path + ".meta"))
    }

    /// The journal's sessions from its snapshot and the lines after it, or nil when there is no snapshot that matches.
    static func load(_ journal: URL, reader: JournalRowReader) -> (snapshot: Dataset, tail: JournalRecords)? {
        let (csv, metaURL) = urls(of: journal, codebook: reader.codebook)
        guard let metaBytes = try? FileIO.readAll(path: metaURL.path), let meta = Meta(metaBytes) else { return nil }
        let descriptor = open(journal.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { FileIO.close(descriptor: descriptor) }
        guard let size = try? FileIO.size(descriptor: descriptor), meta.coveredBytes <= size,
              let last = JournalIndex.lineEnding(at: meta.coveredBytes, in: descriptor),
              last.sequence == meta.lastSequence, last.crc == meta.lastCRC,
              let head = try? FileIO.read(descriptor: descriptor, from: 0, count: 256),
              let headEnd = head.firstIndex(of: JournalLine.newline) else { return nil }
        var header = JournalDecoder()
        guard case .success(.setup) = header.decode(head[..<headEnd]), let device = header.device,
              let (snapshot, issues) = try? Dataset.load(csv: csv, codebook: reader.codebook), issues.isEmpty,
              snapshot.rowCount == meta.rows else { return nil }
        let start = ([meta.coveredBytes] + meta.openSessionOffsets).min()!
        guard let bytes = try? FileIO.read(descriptor: descriptor, from: start, count: size - start),
              let tail = try? JournalRecords.readTail(bytes, from: start, device: device, keys: reader.keyTable) else { return nil }
        return (snapshot, tail)
    }

    /// Writes the snapshot of a journal read whole: its ended sessions, and where the open ones start. A failure only
    /// means the next report reads the journal whole again.
    /// `loaded` is the dataset already built from exactly these records, when there is one: its rows are the snapshot's
    /// when every session has ended, without typing them again.
    static func write(_ journal: URL, records: JournalRecords, reader: JournalRowReader, loaded: Dataset? = nil,
                      minimumSessions: Int = minimumSessions) {
        guard records.records.count >= minimumSessions, records.validEnd > 0 else { return }
        let ended = records.records.filter { $0.hasEnded && $0.questionnaireID == reader.codebook.survey.id }
        var dataset: Dataset
        if let loaded, ended.count == records.records.count, loaded.rowCount == ended.count {
            dataset = loaded
        } else {
            dataset = Dataset(codebook: reader.codebook)
            dataset.appendRows(ended.map(SessionRow.record), reader: reader)
            dataset.computeScores()
        }
        // A value that does not fit the questionnaire would come back from the CSV as a problem: read such a journal whole.
        guard dataset.variables.indices.allSatisfy({ dataset.missingCounts(column: $0).reasons[.invalid, default: 0] == 0 }) else { return }
        let open = records.records.filter { !$0.hasEnded }.compactMap(\.startOffset).sorted()
        save(dataset, of: journal, meta: Meta(coveredBytes: records.validEnd, lastSequence: records.lastSequence,
                                              lastCRC: records.lastCRC, openSessionOffsets: open, rows: dataset.rowCount))
    }

    /// After a report read a snapshot and many ended sessions after it: the snapshot moves up to the journal's end, so
    /// that the lines read again stay few. `loaded` is the dataset of the snapshot and those sessions.
    static func refresh(_ journal: URL, loaded: Dataset, tail: JournalRecords, minimumSessions: Int = minimumSessions) {
        guard tail.records.count >= minimumSessions, tail.validEnd > 0, tail.records.allSatisfy(\.hasEnded),
              loaded.variables.indices.allSatisfy({ loaded.missingCounts(column: $0).reasons[.invalid, default: 0] == 0 }) else { return }
        save(loaded, of: journal, meta: Meta(coveredBytes: tail.validEnd, lastSequence: tail.lastSequence, lastCRC: tail.lastCRC,
                                             openSessionOffsets: [], rows: loaded.rowCount))
    }

    private static func save(_ dataset: Dataset, of journal: URL, meta: Meta) {
        let (csv, metaURL) = urls(of: journal, codebook: dataset.codebook)
        do {
            try FileIO.createDirectory(at: csv.deletingLastPathComponent())
            try PrivateFile.save(DatasetExport.csv(dataset, options: ExportOptions()), to: csv)
            try PrivateFile.save(meta.line(), to: metaURL)
        } catch {
            return
        }
    }
}
