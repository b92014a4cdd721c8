import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where one field lies in the reader's buffer. Quoted fields exclude their quotes; `hasDoubledQuotes` says
/// the text still holds `""` pairs to undo.
struct CSVFieldSpan {
    var start: Int
    var end: Int
    var hasDoubledQuotes: Bool
}

enum CSVReadError: Error, Equatable {
    case unreadable
    /// A quoted field that never closes, starting on this line.
    case unterminatedQuote(line: Int)
    /// Characters after a closing quote, before the next separator.
    case textAfterQuote(line: Int)
}

/// An RFC 4180 reader that streams a file through a fixed buffer (memory stays small whatever the file size),
/// handing out each record as spans of its buffer. Accepts CRLF or LF line ends and a UTF-8 byte order mark.
final class CSVRecordReader {
    private(set) var buffer: [UInt8]
    private var position = 0
    /// Bytes moved out of the buffer by earlier refills.
    private var discardedBytes = 0
    private var filled = 0
    private var endOfInput = false
    private let descriptor: Int32
    /// File offset of the first byte this reader reads, for a reader of one part of a file (read with `pread`).
    private let base: Int
    private let isRanged: Bool
    /// File offset where this reader's input ends (`Int.max`: the end of the file).
    private var end = Int.max
    var separator: UInt8 = UInt8(ascii: ",")
    /// Physical line (1-based) where the last record returned starts.
    private(set) var recordLine = 0
    /// Physical line where the next record starts.
    private(set) var nextLine = 1

    private static let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// Reads from an open file descriptor (not closed here).
    init(descriptor: Int32, bufferSize: Int = 1 << 22) throws(CSVReadError) {
        self.descriptor = descriptor
        base = 0
        isRanged = false
        buffer = [UInt8](repeating: 0, count: bufferSize)
        try fill()
        skipByteOrderMark()
    }

    /// Reads the bytes `range` of a regular file; its lines are numbered from 1 (the caller shifts them).
    init(descriptor: Int32, range: Range<Int>, separator: UInt8, bufferSize: Int = 1 << 22) throws(CSVReadError) {
        self.descriptor = descriptor
        base = range.lowerBound
        isRanged = true
        end = range.upperBound
        self.separator = separator
        buffer = [UInt8](repeating: 0, count: bufferSize)
        try fill()
    }

    /// File offset of the next unread byte.
    var offset: Int { base + discardedBytes + position }

    /// Makes file offset `limit` the end of this reader's input (a later part of the file is read by another reader).
    func stop(at limit: Int) {
        end = limit
        let bufferEnd = base + discardedBytes + filled
        if bufferEnd >= limit {
            filled = max(position, limit - base - discardedBytes)
            endOfInput = true
        }
    }

    /// Reads bytes already in memory.
    init(bytes: [UInt8]) {
        descriptor = -1
        base = 0
        isRanged = false
        buffer = bytes
        filled = bytes.count
        endOfInput = true
        skipByteOrderMark()
    }

    private func skipByteOrderMark() {
        if filled - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF { position += 3 }
    }

    /// Moves the unread bytes to the front and reads more, growing the buffer when one record fills it.
    private func fill() throws(CSVReadError) {
        guard !endOfInput else { return }
        if position > 0 {
            let remaining = filled - position
            if remaining > 0 {
                buffer.withUnsafeMutableBufferPointer { pointer in
                    _ = memmove(pointer.baseAddress!, pointer.baseAddress! + position, remaining)
                }
            }
            filled = remaining
            discardedBytes += position
            position = 0
        }
        if filled == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        while filled < buffer.count {
            let fileOffset = base + discardedBytes + filled
            let wanted = min(buffer.count - filled, end - fileOffset)
            if wanted <= 0 { endOfInput = true; return }
            let count = buffer.withUnsafeMutableBufferPointer { pointer in
                // A part of a file is read at its offset; a whole input may be a pipe, read as a stream.
                isRanged ? pread(descriptor, pointer.baseAddress! + filled, wanted, off_t(fileOffset))
                         : read(descriptor, pointer.baseAddress! + filled, wanted)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable
            }
            if count == 0 { endOfInput = true; return }
            filled += count
        }
    }

    /// The separator used in the first line, among `,` `;` and tab (outside quotes); `,` when none appears.
    func detectSeparator() throws(CSVReadError) {
        while true {
            var counts = [0, 0, 0], inQuotes = false, index = position, complete = false
            while index < filled {
                let byte = buffer[index]
                if byte == Self.quote { inQuotes.toggle() }
                else if !inQuotes {
                    if byte == Self.newline { complete = true; break }
                    if byte == UInt8(ascii: ",") { counts[0] += 1 } else if byte == UInt8(ascii: ";") { counts[1] += 1 }
                    else if byte == UInt8(ascii: "\t") { counts[2] += 1 }
                }
                index += 1
            }
            if complete || endOfInput {
                let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
                separator = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")][best]
                return
            }
            try fill()
        }
    }

    /// Bytes of input read so far (up to the current record).
    var consumedBytes: Int { discardedBytes + position }

    /// Offers the unread bytes to `scan`, which returns where the record it read ends (past its newline), or nil to
    /// leave the record to `next`. For a caller's fast path over simple records; false when `scan` declined.
    func fastRecord(_ scan: (UnsafeBufferPointer<UInt8>, Int, Int) -> Int?) -> Bool {
        guard position < filled else { return false }
        let end = buffer.withUnsafeBufferPointer { scan($0, position, filled) }
        guard let end else { return false }
        position = end
        recordLine = nextLine
        nextLine += 1
        return true
    }

    private enum Outcome { case record, needMore, end }

    /// Reads the next record into `fields`; false at the end of the input. Blank lines are skipped.
    func next(_ fields: inout [CSVFieldSpan]) throws(CSVReadError) -> Bool {
        while true {
            let outcome = try parse(&fields)
            switch outcome {
            case .record:
                if fields.count == 1, fields[0].start == fields[0].end, !fields[0].hasDoubledQuotes { continue }
                return true
            case .end:
                return false
            case .needMore:
                let before = filled - position
                try fill()
                if endOfInput, filled - position == before, before == 0 { return false }
            }
        }
    }

    private func parse(_ fields: inout [CSVFieldSpan]) throws(CSVReadError) -> Outcome {
        fields.removeAll(keepingCapacity: true)
        if position >= filled { return endOfInput ? .end : .needMore }
        let separator = self.separator, quote = Self.quote, newline = Self.newline, carriageReturn = Self.carriageReturn
        let limit = filled, atEnd = endOfInput
        var lines = 0
        let result: Outcome? = try buffer.withUnsafeBufferPointer { (bytes) throws(CSVReadError) -> Outcome? in
            var index = position
            while true {
                var field: CSVFieldSpan
                if index < limit, bytes[index] == quote {
                    index += 1
                    let start = index
                    var doubled = false
                    while true {
                        while index < limit, bytes[index] != quote {
                            if bytes[index] == newline { lines += 1 }
                            index += 1
                        }
                        if index >= limit { if atEnd { throw .unterminatedQuote(line: nextLine) } else { return nil } }
                        if index + 1 < limit, bytes[index + 1] == quote { doubled = true; index += 2; continue }
                        if index + 1 == limit, !atEnd { return nil }
                        break
                    }
                    field = CSVFieldSpan(start: start, end: index, hasDoubledQuotes: doubled)
                    index += 1
                    if index < limit, bytes[index] != separator, bytes[index] != newline, bytes[index] != carriageReturn {
                        throw .textAfterQuote(line: nextLine + lines)
                    }
                } else {
                    let start = index
                    while index < limit {
                        let byte = bytes[index]
                        if byte == separator || byte == newline || byte == carriageReturn { break }
                        index += 1
                    }
                    if index == limit, !atEnd { return nil }
                    field = CSVFieldSpan(start: start, end: index, hasDoubledQuotes: false)
                }
                fields.append(field)
                if index == limit { position = index; lines += 1; return .record }
                let byte = bytes[index]
                if byte == separator { index += 1; continue }
                if byte == carriageReturn {
                    if index + 1 == limit, !atEnd { return nil }
                    index += (index + 1 < limit && bytes[index + 1] == newline) ? 2 : 1
                } else {
                    index += 1
                }
                position = index
                lines += 1
                return .record
            }
        }
        guard let result else { return .needMore }
        recordLine = nextLine
        nextLine += lines
        return result
    }

    /// The text of a field, with doubled quotes undone.
    func string(_ field: CSVFieldSpan) -> String {
        let text = buffer.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[field.start..<field.end]), as: UTF8.self) }
        return field.hasDoubledQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }
}
