import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a file can be cut into parts read side by side: the first byte of a record, and its line.
struct CSVPartBoundary: Equatable {
    let offset: Int
    let line: Int
}

enum CSVPartition {
    /// Below this size a file is read by one thread (the split costs more than it saves).
    static let minimumBytes = 16 << 20

    /// Boundaries cutting the bytes `start..<size` of a file into `parts` parts of about the same size: each just after
    /// a newline preceded by an even number of quotes since `start`, that is outside any quoted field when the file
    /// is well formed. The reader of the part before a boundary verifies that it ends there (see `loadInParts`).
    /// Counting quotes and newlines is one pass at memory speed.
    static func boundaries(descriptor: Int32, start: Int, size: Int, firstLine: Int, parts: Int,
                           minimumBytes: Int = minimumBytes) -> [CSVPartBoundary] {
        guard parts > 1, size - start >= minimumBytes else { return [] }
        let targets = (1..<parts).map { start + (size - start) * $0 / parts }
        var found: [CSVPartBoundary] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset = start, quotes = 0, newlines = 0
        while offset < size, found.count < targets.count {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, min($0.count, size - offset), off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return [] }
            buffer.withUnsafeBufferPointer { bytes in
                let target = targets[found.count]
                if offset + count <= target {
                    // Before the next target only the totals matter: a branch-free loop the compiler vectorises.
                    var blockQuotes = 0, blockNewlines = 0
                    for index in 0..<count {
                        blockQuotes &+= bytes[index] == UInt8(ascii: "\"") ? 1 : 0
                        blockNewlines &+= bytes[index] == UInt8(ascii: "\n") ? 1 : 0
                    }
                    quotes += blockQuotes
                    newlines += blockNewlines
                    return
                }
                for index in 0..<count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        quotes += 1
                    } else if byte == UInt8(ascii: "\n") {
                        newlines += 1
                        if found.count < targets.count, offset + index >= targets[found.count], quotes % 2 == 0, offset + index + 1 < size {
                            found.append(CSVPartBoundary(offset: offset + index + 1, line: firstLine + newlines))
                        }
                    }
                }
            }
            offset += count
        }
        return found.count == targets.count ? found : []
    }
}

extension CSVDatasetLoader {
    /// Reads the records after the header in parts, one thread each, then joins them in file order. Returns false,
    /// having read nothing into `self`, when a part did not end exactly at the next boundary with the expected line
    /// (quotes inside unquoted fields, lone carriage returns): the caller then reads the file in one pass.
    mutating func loadInParts(_ reader: CSVRecordReader, descriptor: Int32, size: Int, boundaries: [CSVPartBoundary],
                              plan: RecordPlan, sessionSeed: UInt64) throws(CSVReadError) -> Bool {
        let ends = boundaries.map(\.offset) + [size]
        var readers = [reader]
        for (index, boundary) in boundaries.enumerated() {
            readers.append(try CSVRecordReader(descriptor: descriptor, range: boundary.offset..<ends[index + 1], firstLine: boundary.line,
                                               separator: reader.separator))
        }
        reader.stop(at: boundaries[0].offset)
        var parts = readers.indices.map { index in
            var part = self
            if index > 0 { part.issues = [] }
            part.expectedBytes = ends[index] - (index == 0 ? reader.offset : boundaries[index - 1].offset)
            return part
        }
        var failures = [CSVReadError?](repeating: nil, count: parts.count)
        parts.withUnsafeMutableBufferPointer { parts in
            failures.withUnsafeMutableBufferPointer { failures in
                // Each thread touches only its own part, reader and failure slot.
                let shared = UncheckedParts(parts: parts, failures: failures, readers: readers)
                DispatchQueue.concurrentPerform(iterations: parts.count) { index in
                    do throws(CSVReadError) {
                        try shared.parts[index].loadRecords(shared.readers[index], plan: plan, sessionSeed: sessionSeed)
                    } catch {
                        shared.failures[index] = error
                    }
                }
            }
        }
        // A part is trusted only when the part before it ended on its boundary, on the line the boundary expects.
        for (index, boundary) in boundaries.enumerated() {
            guard failures[index] == nil, readers[index].offset == boundary.offset, readers[index].nextLine == boundary.line else {
                return false
            }
        }
        self = parts[0]
        for part in parts.dropFirst() { absorb(part, sessionSeed: sessionSeed) }
        // The last part's error stands as in a one-pass read: every issue before it, then the error.
        if let failure = failures[parts.count - 1] { throw failure }
        return true
    }

    /// Appends the rows read by the loader of the next part of the file.
    mutating func absorb(_ next: CSVDatasetLoader, sessionSeed: UInt64) {
        let offset = rowCount
        for column in codebook.variables.indices {
            codes[column] += next.codes[column]
            numbers[column] += next.numbers[column]
            status[column] += next.status[column]
            texts[column] += next.texts[column]
            for (row, value) in next.exact[column] { exact[column][offset + row] = value }
            for (row, raw) in next.invalidRaw[column] { invalidRaw[column][offset + row] = raw }
        }
        // Ids derived from the row number were derived from the part's row numbers: renumbered in the file.
        headers.append(contentsOf: next.headers) { row, id in
            id == Self.derivedSessionID(seed: sessionSeed, row: row) ? Self.derivedSessionID(seed: sessionSeed, row: offset + row) : id
        }
        issues += next.issues
        rowCount += next.rowCount
        flushedRows += next.flushedRows
    }
}

/// The parts, readers and failure slots handed to the threads of `loadInParts`, each thread using only its index.
private struct UncheckedParts: @unchecked Sendable {
    let parts: UnsafeMutableBufferPointer<CSVDatasetLoader>
    let failures: UnsafeMutableBufferPointer<CSVReadError?>
    let readers: [CSVRecordReader]
}
