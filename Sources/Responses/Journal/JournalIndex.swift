import Foundation
import Support

/// What a device needs to start or resume an interview without reading its whole history: how far the journal was
/// read, checked against the journal itself, and where each session still open at that point starts. Derived and
/// disposable: written beside the journal (`journal-<device>.ojl.index`) whenever a session starts or ends, ignored and
/// rebuilt from the journal whenever it is missing or does not match.
struct JournalIndex: Equatable {
    static let version = 1

    /// Bytes of the journal it describes (a prefix of the file, ending after a newline).
    var coveredBytes: Int
    /// Sequence number and CRC field of the line that ends the covered prefix: the check that the prefix is unchanged.
    var lastSequence: UInt64
    var lastCRC: String
    /// Byte offsets of the start (or bind) lines of the sessions still open at the end of the prefix.
    var openSessionOffsets: [Int]
    /// Size of the device's version 1 journal when it was found to hold no session to resume (nil: none, or unread).
    var legacyBytesWithoutOpenSession: Int?

    static func url(of journal: URL) -> URL { URL(fileURLWithPath: journal.path + ".index") }

    func line() -> [UInt8] {
        var out = Array("octant-journal-index=\(Self.version)\tcovered=\(coveredBytes)\tseq=\(lastSequence)\tcrc=\(lastCRC)".utf8)
        out += Array("\topen=\(openSessionOffsets.map(String.init).joined(separator: ","))".utf8)
        if let legacy = legacyBytesWithoutOpenSession { out += Array("\tv1=\(legacy)".utf8) }
        JournalLine.seal(&out, from: 0)
        return out
    }

    init(coveredBytes: Int, lastSequence: UInt64, lastCRC: String, openSessionOffsets: [Int], legacyBytesWithoutOpenSession: Int?) {
        self.coveredBytes = coveredBytes
        self.lastSequence = lastSequence
        self.lastCRC = lastCRC
        self.openSessionOffsets = openSessionOffsets
        self.legacyBytesWithoutOpenSession = legacyBytesWithoutOpenSession
    }

    /// Nil for anything but a whole, sealed index line of this version.
    init?(_ bytes: [UInt8]) {
        guard let values = JournalLine.sealedValues(bytes) else { return nil }
        guard values["octant-journal-index"] == String(Self.version), let covered = values["covered"].flatMap({ Int($0) }),
              let sequence = values["seq"].flatMap({ UInt64($0) }), let crc = values["crc"], crc.utf8.count == 8,
              let open = values["open"] else { return nil }
        let offsets = open.isEmpty ? [] : open.split(separator: ",").compactMap { Int($0) }
        guard offsets.count == (open.isEmpty ? 0 : open.split(separator: ",").count) else { return nil }
        self.init(coveredBytes: covered, lastSequence: sequence, lastCRC: crc, openSessionOffsets: offsets,
                  legacyBytesWithoutOpenSession: values["v1"].flatMap { Int($0) })
    }

    /// The sequence number and CRC field of the line that ends at `end` (exclusive, after its newline).
    static func lineEnding(at end: Int, in descriptor: Int32) -> (sequence: UInt64, crc: String)? {
        guard end > 0 else { return nil }
        let window = min(end, 1 << 16)
        var buffer = [UInt8](repeating: 0, count: window)
        let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, window, off_t(end - window)) }
        guard read == window, buffer.last == JournalLine.newline else { return nil }
        let line = buffer[..<(window - 1)]
        let start = (line.lastIndex(of: JournalLine.newline).map { $0 + 1 }) ?? (window == end ? 0 : -1)
        guard start >= 0, JournalLine.verifiedBody(line[start...]) != nil,
              let tab = line[start...].firstIndex(of: JournalLine.tab), let sequence = JournalLine.decimal(line[start..<tab]) else {
            return nil
        }
        return (sequence, String(decoding: line.suffix(8), as: UTF8.self))
    }
}
