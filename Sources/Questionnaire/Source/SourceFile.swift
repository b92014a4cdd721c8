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

/// The text of a questionnaire file, split into lines once, for the parser and for diagnostics.
public struct SourceFile: Sendable {
    public let name: String
    /// The text after decoding, without byte order mark; invalid UTF-8 is replaced (and reported).
    public let text: String
    public let lines: [String]
    /// Lines (1-based) where the bytes were not valid UTF-8 or held a NUL: reported as errors.
    public let undecodableLines: [Int]

    public init(name: String, text: String) {
        self.init(name: name, decodedText: text, undecodableLines: [])
    }

    public init(name: String, data: Data) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var bad: [Int] = []
        var lineStart = 0
        var lineNumber = 1
        // Decode line by line, so that one bad byte is reported at its own line and the rest survives.
        var pieces: [String] = []
        pieces.reserveCapacity(bytes.count / 40 + 1)
        func flush(_ end: Int) {
            let slice = bytes[lineStart..<end]
            if let decoded = String(validating: slice, as: UTF8.self), !slice.contains(0) {
                pieces.append(decoded)
            } else {
                bad.append(lineNumber)
                pieces.append(String(decoding: slice.map { $0 == 0 ? 0x3F : $0 }, as: UTF8.self))
            }
        }
        for index in bytes.indices where bytes[index] == 0x0A {
            flush(index)
            lineStart = index + 1
            lineNumber += 1
        }
        flush(bytes.count)
        self.init(name: name, decodedText: pieces.joined(separator: "\n"), undecodableLines: bad)
    }

    private init(name: String, decodedText: String, undecodableLines: [Int]) {
        var text = decodedText
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        self.name = name
        self.text = text
        self.lines = Self.splitLines(text)
        self.undecodableLines = undecodableLines
    }

    /// Splits on the LF byte, dropping a CR before it. Swift treats "\r\n" as one Character, so
    /// splitting on the Character "\n" would leave CRLF files as a single line.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                var end = index
                if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
                lines.append(String(text[start..<end]))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        var end = utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        lines.append(String(text[start..<end]))
        return lines
    }

    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lines.count else { return "" }
        return lines[number - 1]
    }
}
