import Foundation
import Support

/// One physical line of the file, once its indentation, tokens and comment are known.
struct LexedLine: Sendable {
    var number: Int
    /// Indentation width in columns (a tab advances to the next multiple of 4).
    var indent: Int
    var tokens: [Token]
    var usedTabs: Bool
    var usedSpaces: Bool
}

/// Splits each line into tokens. It never fails: characters it cannot read become a diagnostic and
/// the rest of the line is still read, so one slip does not hide the other problems of the file.
/// It reads UTF-8 bytes and counts columns in scalars (a scalar starts at every non-continuation byte).
struct Lexer {
    static let maximumLineLength = 20_000
    /// How much of a run of unreadable characters a diagnostic quotes.
    static let maximumQuotedRun = 20

    var diagnostics: [Diagnostic] = []

    mutating func lex(_ source: SourceFile) -> [LexedLine] {
        for line in source.undecodableLines {
            diagnostics.append(Diagnostic(.error, .invalidEncoding, at: SourceLocation(line: line, column: 1)))
        }
        var result: [LexedLine] = []
        result.reserveCapacity(source.lineCount)
        source.bytes.withUnsafeBufferPointer { bytes in
            for number in 1...source.lineCount {
                let range = source.lineRange(number)
                if let line = lexLine(UnsafeBufferPointer(rebasing: bytes[range]), number: number) { result.append(line) }
            }
        }
        return result
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The number of scalars in bytes[start..<end]: one per byte that is not a continuation byte.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            count &+= bytes[index] & 0xC0 == 0x80 ? 0 : 1
            index &+= 1
        }
        return count
    }

    /// Decodes the scalar starting at `index` and returns it with its byte length. The bytes are valid UTF-8
    /// (`SourceFile` repaired them), so the scalar is read from its bits rather than through a String.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        var end = index + 1
        while end < bytes.count, isContinuation(bytes[end]) { end += 1 }
        let lead = UInt32(bytes[index])
        var value = end - index == 1 ? lead : lead & (0x7F >> UInt32(end - index))
        for continuation in bytes[(index + 1)..<end] { value = value << 6 | UInt32(continuation & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", end - index)
    }

    private mutating func lexLine(_ fullLine: UnsafeBufferPointer<UInt8>, number: Int) -> LexedLine? {
        var bytes = fullLine
        // Counting scalars is needed only when the line is long enough to matter.
        if bytes.count > Self.maximumLineLength {
            var scalars = 0, cut = bytes.count
            for index in bytes.indices where !Self.isContinuation(bytes[index]) {
                scalars += 1
                if scalars > Self.maximumLineLength { cut = index; break }
            }
            if cut < bytes.count {
                diagnostics.append(Diagnostic(.error, .lineTooLong(limit: Self.maximumLineLength),
                                              at: SourceLocation(line: number, column: Self.maximumLineLength + 1)))
                bytes = UnsafeBufferPointer(rebasing: fullLine[0..<cut])
            }
        }
        var position = 0
        var column = 1
        var indent = 0
        var usedTabs = false, usedSpaces = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 {
                indent += 1; usedSpaces = true; position += 1
            } else if byte == 0x09 {
                indent = (indent / 4 + 1) * 4; usedTabs = true; position += 1
            } else if byte == 0xC2, position + 1 < bytes.count, bytes[position + 1] == 0xA0 {  // no-break space
                indent += 1; position += 2
            } else {
                break
            }
            column += 1
        }
        if position == bytes.count || bytes[position] == UInt8(ascii: "#") { return nil }

        var tokens: [Token] = []
        /// Advances over `count` bytes, counting the scalars they hold.
        func advance(to end: Int) {
            column += Self.scalarCount(bytes, from: position, to: end)
            position = max(position, end)
        }
        func location(_ column: Int) -> SourceLocation { SourceLocation(line: number, column: column) }
        // Unreadable characters with nothing but blanks between them make one run and one diagnostic: a line of
        // 20,000 backslashes is one problem, not 20,000 (each of which would quote the line again).
        var run: (startByte: Int, startColumn: Int, endByte: Int, endColumn: Int)?
        func unexpected(width: Int, at startColumn: Int) {
            let start = position
            advance(to: position + width)
            if run == nil { run = (start, startColumn, position, column) } else { run!.endByte = position; run!.endColumn = column }
        }
        func endRun() {
            guard let (startByte, startColumn, endByte, endColumn) = run else { return }
            run = nil
            // Only the quoted part is decoded: the bytes of its first scalars, then "…" when the run goes on.
            var quotedEnd = startByte, scalars = 0
            while quotedEnd < endByte, scalars < Self.maximumQuotedRun {
                quotedEnd += 1
                while quotedEnd < endByte, Self.isContinuation(bytes[quotedEnd]) { quotedEnd += 1 }
                scalars += 1
            }
            let quotedBytes = UnsafeBufferPointer(rebasing: bytes[startByte..<quotedEnd])
            var quoted = String(decoding: quotedBytes, as: UTF8.self)
            if quotedBytes.contains(where: { $0 < 0x20 || $0 >= 0x7F }) { quoted = TerminalText.printable(quoted) }
            if quotedEnd < endByte { quoted = String(quoted.unicodeScalars.dropLast()) + "…" }
            diagnostics.append(Diagnostic(.error, .unexpectedCharacter(quoted), at: location(startColumn), length: endColumn - startColumn))
        }
        func emit(_ token: Token) {
            endRun()
            tokens.append(token)
        }

        while position < bytes.count {
            let startColumn = column
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 { advance(to: position + 1); continue }
            if byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: "\"") {
                let (token, end, closed) = lexString(bytes, from: position)
                advance(to: end)
                if !closed {
                    diagnostics.append(Diagnostic(.error, .unterminatedString, at: location(startColumn), length: column - startColumn))
                }
                emit(Token(kind: .string(token), location: location(startColumn), length: column - startColumn))
                continue
            }
            if Self.isDigit(byte) || (byte == UInt8(ascii: "-") && position + 1 < bytes.count && Self.isDigit(bytes[position + 1])) {
                let start = position
                var end = position + 1
                while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
                // A decimal point, but not the first dot of a range "1..8".
                if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), Self.isDigit(bytes[end + 1]) {
                    end += 1
                    while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
                }
                advance(to: end)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                emit(Token(kind: .number(text), location: location(startColumn), length: column - startColumn))
                continue
            }
            if byte >= 0x80 {
                let (scalar, width) = Self.scalar(in: bytes, at: position)
                if scalar == "“" || scalar == "«" {
                    // Typographic quotes from a word processor: read them as quotes but say so.
                    let closing: Unicode.Scalar = scalar == "“" ? "”" : "»"
                    let start = position + width
                    var end = start
                    while end < bytes.count {
                        let (next, nextWidth) = Self.scalar(in: bytes, at: end)
                        if next == closing { break }
                        end += nextWidth
                    }
                    let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    advance(to: end < bytes.count ? end + Self.scalar(in: bytes, at: end).1 : end)
                    diagnostics.append(Diagnostic(.error, .expected(.string(.text), found: String(scalar)), at: location(startColumn)))
                    emit(Token(kind: .string(value.trimmingSpaces), location: location(startColumn), length: column - startColumn))
                    continue
                }
                if !scalar.properties.isAlphabetic {
                    unexpected(width: width, at: startColumn)
                    continue
                }
            }
            if Self.isIdentifierStart(byte) {
                let start = position
                var end = position
                var ascii = true
                while end < bytes.count, Self.isIdentifierPart(bytes[end]) || bytes[end] >= 0x80 {
                    if bytes[end] >= 0x80 {
                        let (scalar, width) = Self.scalar(in: bytes, at: end)
                        guard scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark else { break }
                        ascii = false
                        end += width
                    } else {
                        end += 1
                    }
                }
                advance(to: end)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                if !ascii {
                    diagnostics.append(Diagnostic(.error, .nonASCIIIdentifier(text, suggestion: Self.asciiFolded(text)),
                                                  at: location(startColumn), length: column - startColumn))
                }
                emit(Token(kind: .word(text), location: location(startColumn), length: column - startColumn))
                continue
            }
            if position + 1 < bytes.count {
                let pair = (byte, bytes[position + 1])
                let symbol: String? = switch pair {
                case (UInt8(ascii: "."), UInt8(ascii: ".")): ".."
                case (UInt8(ascii: "!"), UInt8(ascii: "=")): "!="
                case (UInt8(ascii: "<"), UInt8(ascii: "=")): "<="
                case (UInt8(ascii: ">"), UInt8(ascii: "=")): ">="
                default: nil
                }
                if let symbol {
                    advance(to: position + 2)
                    emit(Token(kind: .symbol(symbol), location: location(startColumn), length: 2))
                    continue
                }
            }
            if Self.singleSymbols.contains(byte) {
                advance(to: position + 1)
                emit(Token(kind: .symbol(String(UnicodeScalar(byte))), location: location(startColumn), length: 1))
                continue
            }
            unexpected(width: byte >= 0x80 ? Self.scalar(in: bytes, at: position).1 : 1, at: startColumn)
        }
        endRun()
        return LexedLine(number: number, indent: indent, tokens: tokens, usedTabs: usedTabs, usedSpaces: usedSpaces)
    }

    static let singleSymbols: Set<UInt8> = Set(":.,()=<>".utf8)

    /// The value of the string starting at the quote at `start`, with `\"`, `\\`, `\n` and `\t` read.
    private func lexString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, end: Int, closed: Bool) {
        var end = start + 1
        var hasEscape = false
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            if bytes[end] == UInt8(ascii: "\\") { hasEscape = true; end += 1 }
            end += 1
        }
        let closed = end < bytes.count
        let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<min(end, bytes.count)])
        let after = min(end + 1, bytes.count)
        guard hasEscape else { return (String(decoding: body, as: UTF8.self), after, closed) }
        var value: [UInt8] = []
        value.reserveCapacity(body.count)
        var index = 0
        while index < body.count {
            if body[index] == UInt8(ascii: "\\"), index + 1 < body.count {
                switch body[index + 1] {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "t"): value.append(0x09)
                default: value.append(body[index + 1])
                }
                index += 2
            } else {
                value.append(body[index])
                index += 1
            }
        }
        return (String(decoding: value, as: UTF8.self), after, closed)
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == UInt8(ascii: "_") || b >= 0x80
    }

    static func isIdentifierPart(_ b: UInt8) -> Bool {
        isIdentifierStart(b) || isDigit(b) || b == UInt8(ascii: "-")
    }

    /// `après` → `apres`: what the author most likely meant as an ASCII id.
    static func asciiFolded(_ text: String) -> String {
        let folded = text.folding(options: .diacriticInsensitive, locale: nil)
        return String(folded.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "_"
        })
    }
}

extension String {
    var trimmingSpaces: String { trimmingCharacters(in: .whitespaces) }
}
