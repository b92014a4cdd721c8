import Foundation

/// A position in a source file, 1-based, counted in Unicode scalars so that a caret lines up under
/// the character an author sees (accented letters of French text are single scalars).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The text of a questionnaire file as valid UTF-8 bytes, with where each line starts, for the lexer
/// (which reads bytes, the fast way) and for diagnostics (which show a line).
public struct SourceFile: Sendable {
    public let name: String
    /// Valid UTF-8, without byte order mark: invalid sequences and NUL bytes were replaced (and reported).
    public let bytes: [UInt8]
    /// Byte offset of each line's start; a line ends before the next LF (a CR before it is dropped).
    let lineStarts: [Int]
    /// Lines (1-based) where the bytes were not valid UTF-8 or held a NUL: reported as errors.
    public let undecodableLines: [Int]
    /// For each line longer than `markSpacing` bytes, the byte offset of every `markSpacing`-th scalar: a diagnostic
    /// deep in a 10 MB line finds its column without reading the line from its start, whatever the number of
    /// diagnostics on that line.
    let columnMarks: [Int: [Int]]
    static let markSpacing = 1024

    public init(name: String, text: String) {
        self.init(name: name, data: Data(text.utf8))
    }

    public init(name: String, data: Data) {
        var raw = [UInt8](data)
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }
        var starts = [0]
        for index in raw.indices where raw[index] == 0x0A { starts.append(index + 1) }
        // Repair line by line, so that one bad byte is reported at its own line and the rest survives.
        var bad: [Int] = []
        var repaired: [UInt8]?
        let clean = !raw.contains(0) && String(validating: raw, as: UTF8.self) != nil
        for (number, start) in starts.enumerated() where !clean {
            let end = number + 1 < starts.count ? starts[number + 1] : raw.count
            let slice = raw[start..<end]
            if slice.contains(0) || String(validating: slice, as: UTF8.self) == nil {
                bad.append(number + 1)
                if repaired == nil { repaired = Array(raw[0..<start]) }
                repaired! += Array(String(decoding: slice.map { $0 == 0 ? 0x3F : $0 }, as: UTF8.self).utf8)
            } else if repaired != nil {
                repaired! += slice
            }
        }
        if let repaired {
            raw = repaired
            starts = [0]
            for index in raw.indices where raw[index] == 0x0A { starts.append(index + 1) }
        }
        self.name = name
        self.bytes = raw
        self.lineStarts = starts
        self.undecodableLines = bad
        self.columnMarks = Self.marks(of: raw, lineStarts: starts)
    }

    private static func marks(of bytes: [UInt8], lineStarts: [Int]) -> [Int: [Int]] {
        var marks: [Int: [Int]] = [:]
        for (index, start) in lineStarts.enumerated() {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
            guard end - start > markSpacing else { continue }
            var offsets: [Int] = []
            var scalar = 0
            for offset in start..<end where bytes[offset] & 0xC0 != 0x80 {
                if scalar % markSpacing == 0 { offsets.append(offset) }
                scalar += 1
            }
            marks[index + 1] = offsets
        }
        return marks
    }

    /// Where the scalar at a 1-based column starts in `bytes`, or the line's end when the column lies beyond it.
    func byteOffset(line number: Int, column: Int) -> Int {
        let range = lineRange(number)
        let scalarIndex = max(0, column - 1)
        var offset = range.lowerBound, remaining = scalarIndex
        if let marks = columnMarks[number] {
            let mark = min(scalarIndex / Self.markSpacing, marks.count - 1)
            offset = marks[mark]
            remaining = scalarIndex - mark * Self.markSpacing
        }
        while remaining > 0, offset < range.upperBound {
            offset += 1
            while offset < range.upperBound, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return min(offset, range.upperBound)
    }

    public var lineCount: Int { lineStarts.count }

    /// The bytes of a line (1-based), without its LF or CR LF.
    func lineRange(_ number: Int) -> Range<Int> {
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        return String(decoding: bytes[lineRange(number)], as: UTF8.self)
    }

    /// The whole text, as read (line ends kept).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
