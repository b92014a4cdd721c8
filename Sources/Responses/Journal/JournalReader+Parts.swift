/// Where a large journal is cut to be read in parts, one per core (see `JournalRecords`).
extension JournalReader {
    /// Below this size one part is faster than starting threads.
    static let partMinimumBytes = 1 << 22

    /// Cuts `bytes[start...]` into about `count` parts that end after a newline (the last one at the end of the bytes).
    static func partRanges(_ bytes: [UInt8], from start: Int, count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lower = start
        let size = max(1, (bytes.count - start) / count)
        while lower < bytes.count {
            var upper = min(bytes.count, lower + size)
            if ranges.count == count - 1 { upper = bytes.count }
            while upper < bytes.count, bytes[upper - 1] != JournalLine.newline { upper += 1 }
            ranges.append(lower..<upper)
            lower = upper
        }
        return ranges
    }
}
