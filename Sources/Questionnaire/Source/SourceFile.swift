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
        // Split on the scalar, not the Character: Swift treats "\r\n" as one Character.
        self.lines = text.components(separatedBy: "\n").map { line in
            line.unicodeScalars.last == "\r" ? String(line.unicodeScalars.dropLast()) : line
        }
        self.undecodableLines = undecodableLines
    }

    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lines.count else { return "" }
        return lines[number - 1]
    }
}
