import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Support

enum CSVPartition {
    /// Below this size a file is read by one thread (the split costs more than it saves).
    static let minimumBytes = 16 << 20

    /// Offsets cutting the bytes `start..<size` of a file into `parts` parts of about the same size: each just after a
    /// newline preceded by an even number of quotes since `start`, that is outside any quoted field when the file is
    /// well formed. The reader of the part before an offset verifies that it ends there (see `loadInParts`).
    /// Quotes are found with `memchr`: the pass costs little more than reading the bytes.
    static func boundaries(descriptor: Int32, start: Int, size: Int, parts: Int, minimumBytes: Int = minimumBytes) -> [Int] {
        guard parts > 1, size - start >= minimumBytes else { return [] }
        var targets = (1..<parts).map { start + (size - start) * $0 / parts }[...]
        var found: [Int] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset = start, quotes = 0
        while offset < size, !targets.isEmpty {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, min($0.count, size - offset), off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return [] }
            buffer.withUnsafeBytes { block in
                let base = block.baseAddress!
                /// Quotes in base[from..<to].
                func quotesIn(_ from: Int, _ to: Int) -> Int {
                    var total = 0, cursor = from
                    while cursor < to, let quote = memchr(base + cursor, Int32(UInt8(ascii: "\"")), to - cursor) {
                        total += 1
                        cursor = base.distance(to: UnsafeRawPointer(quote)) + 1
                    }
                    return total
                }
                var cursor = 0
                while let target = targets.first, target < offset + count {
                    let from = max(cursor, target - offset)
                    quotes += quotesIn(cursor, from)
                    cursor = from
                    guard let newline = memchr(base + cursor, Int32(UInt8(ascii: "\n")), count - cursor) else { break }
                    let end = base.distance(to: UnsafeRawPointer(newline))
                    quotes += quotesIn(cursor, end)
                    cursor = end + 1
                    if quotes % 2 == 0, offset + cursor < size {
                        found.append(offset + cursor)
                        targets.removeFirst()
                    }
                }
                quotes += quotesIn(cursor, count)
            }
            offset += count
        }
        return targets.isEmpty ? found : []
    }
}

extension CSVDatasetLoader {
    /// Reads the records after the header in parts, one thread each, then joins them in file order. Returns false,
    /// having read nothing into `self`, when a part did not end exactly at the next boundary without error (a quote
    /// inside an unquoted cell misleads the quote count): the caller then reads the file in one pass.
    mutating func loadInParts(_ reader: CSVRecordReader, descriptor: Int32, size: Int, boundaries: [Int],
                              plan: RecordPlan, sessionSeed: UInt64) throws(CSVReadError) -> Bool {
        let ends = boundaries + [size]
        var readers = [reader]
        for (index, boundary) in boundaries.enumerated() {
            // Lines are counted from 1 in each part, then shifted once the parts before are read.
            readers.append(try CSVRecordReader(descriptor: descriptor, range: boundary..<ends[index + 1], separator: reader.separator))
        }
        reader.stop(at: boundaries[0])
        var parts = readers.indices.map { index in
            // Later parts get loaders of their own (parsers included): threads sharing objects would contend on
            // their reference counts.
            var part = index == 0 ? self : CSVDatasetLoader(codebook: codebook, policy: policy)
            part.expectedBytes = ends[index] - (index == 0 ? reader.offset : boundaries[index - 1])
            return part
        }
        let work = ParallelSlots<(loader: CSVDatasetLoader, reader: CSVRecordReader)?>(count: parts.count, empty: nil)
        for index in parts.indices { work.set(index, (parts[index], readers[index])) }
        parts = []
        let failed = ParallelSlots<CSVReadError?>(count: work.count, empty: nil)
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            // Each part works on its own stack copy (loaders side by side in memory would share cache lines),
            // taken out of its slot so that its columns have one owner.
            var (part, partReader) = work.get(index)!
            work.set(index, nil)
            do throws(CSVReadError) {
                try part.loadRecords(partReader, plan: plan, sessionSeed: sessionSeed)
            } catch {
                failed.set(index, error)
            }
            work.set(index, (part, partReader))
        }
        parts = (0..<work.count).map { index in
            defer { work.set(index, nil) }  // one owner again, so that joining the columns copies nothing
            return work.get(index)!.loader
        }
        var failures = (0..<failed.count).map { failed.get($0) }
        // A part is trusted only when the part before it read without error up to exactly its first byte.
        for (index, boundary) in boundaries.enumerated() where failures[index] != nil || readers[index].offset != boundary {
            return false
        }
        var lineShift = 0
        for index in parts.indices.dropFirst() {
            lineShift += readers[index - 1].nextLine - 1
            parts[index].issues = parts[index].issues.map { $0.movedDown(lineShift) }
            failures[index] = failures[index].map { $0.movedDown(lineShift) }
        }
        // Moved out of `parts`, so that appending to its columns copies nothing; each later part is emptied as it is
        // absorbed, so that at most one column is held twice at a time.
        self = parts.removeFirst()
        for index in parts.indices { absorb(&parts[index], sessionSeed: sessionSeed) }
        // The last part's error stands as in a one-pass read: every issue before it, then the error.
        if let failure = failures.last! { throw failure }
        return true
    }

    /// Appends the rows read by the loader of the next part of the file.
    mutating func absorb(_ next: inout CSVDatasetLoader, sessionSeed: UInt64) {
        let offset = rowCount
        func join<Element>(_ mine: inout [Element], _ theirs: inout [Element]) {
            guard !theirs.isEmpty else { return }
            mine.reserveCapacity(mine.count + theirs.count)  // exactly: no growth slack on million-row columns
            mine += theirs
            theirs = []
        }
        for column in codebook.variables.indices {
            join(&codes[column], &next.codes[column])
            join(&numbers[column], &next.numbers[column])
            join(&status[column], &next.status[column])
            join(&texts[column], &next.texts[column])
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

extension ImportIssue {
    /// The same issue, `lines` lines further down the file.
    func movedDown(_ lines: Int) -> ImportIssue {
        var moved = self
        moved.line += lines
        return moved
    }
}

extension CSVReadError {
    /// The same error, `lines` lines further down the file.
    func movedDown(_ lines: Int) -> CSVReadError {
        switch self {
        case .unreadable: return self
        case .unterminatedQuote(let line): return .unterminatedQuote(line: line + lines)
        case .textAfterQuote(let line): return .textAfterQuote(line: line + lines)
        }
    }
}
