import Foundation

/// One physical line of the file, once its indentation, tokens and comment are known.
struct LexedLine: Sendable {
    var number: Int
    /// Indentation width in columns (a tab advances to the next multiple of 4).
    var indent: Int
    var tokens: [Token]
    var usedTabs: Bool
    var usedSpaces: Bool
}

/// Splits each line into tokens. It never fails: a character it cannot read becomes a diagnostic and
/// the rest of the line is still read, so one slip does not hide the other problems of the file.
struct Lexer {
    static let maximumLineLength = 20_000

    private(set) var diagnostics: [Diagnostic] = []

    mutating func lex(_ source: SourceFile) -> [LexedLine] {
        for line in source.undecodableLines {
            diagnostics.append(Diagnostic(.error, .invalidEncoding, at: SourceLocation(line: line, column: 1)))
        }
        var result: [LexedLine] = []
        result.reserveCapacity(source.lines.count)
        for (index, text) in source.lines.enumerated() {
            if let line = lexLine(text, number: index + 1) { result.append(line) }
        }
        return result
    }

    private mutating func lexLine(_ text: String, number: Int) -> LexedLine? {
        var scalars = Array(text.unicodeScalars)
        if scalars.count > Self.maximumLineLength {
            diagnostics.append(Diagnostic(.error, .lineTooLong(limit: Self.maximumLineLength),
                                          at: SourceLocation(line: number, column: Self.maximumLineLength + 1)))
            scalars = Array(scalars.prefix(Self.maximumLineLength))
        }
        var position = 0
        var indent = 0
        var usedTabs = false, usedSpaces = false
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == " " { indent += 1; usedSpaces = true }
            else if scalar == "\t" { indent = (indent / 4 + 1) * 4; usedTabs = true }
            else if scalar == "\u{FEFF}" || scalar == "\u{A0}" { indent += 1 }
            else { break }
            position += 1
        }
        if position == scalars.count || scalars[position] == "#" { return nil }

        var tokens: [Token] = []
        func location(_ index: Int) -> SourceLocation { SourceLocation(line: number, column: index + 1) }

        while position < scalars.count {
            let start = position
            let scalar = scalars[position]
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" { position += 1; continue }
            if scalar == "#" { break }
            if scalar == "\"" {
                position += 1
                var value = String.UnicodeScalarView()
                var closed = false
                while position < scalars.count {
                    let c = scalars[position]
                    if c == "\\", position + 1 < scalars.count {
                        let next = scalars[position + 1]
                        switch next {
                        case "n": value.append("\n")
                        case "t": value.append("\t")
                        default: value.append(next)
                        }
                        position += 2
                        continue
                    }
                    if c == "\"" { closed = true; position += 1; break }
                    value.append(c)
                    position += 1
                }
                if !closed {
                    diagnostics.append(Diagnostic(.error, .unterminatedString, at: location(start), length: scalars.count - start))
                }
                tokens.append(Token(kind: .string(String(value)), location: location(start), length: position - start))
                continue
            }
            if scalar == "“" || scalar == "«" {
                // Typographic quotes from a word processor: read them as quotes but say so.
                let closing: Unicode.Scalar = scalar == "“" ? "”" : "»"
                position += 1
                var value = String.UnicodeScalarView()
                while position < scalars.count, scalars[position] != closing { value.append(scalars[position]); position += 1 }
                if position < scalars.count { position += 1 }
                diagnostics.append(Diagnostic(.error, .expected(.string(.text), found: String(scalar)), at: location(start)))
                tokens.append(Token(kind: .string(String(value).trimmingSpaces), location: location(start), length: position - start))
                continue
            }
            if Self.isDigit(scalar) || (scalar == "-" && position + 1 < scalars.count && Self.isDigit(scalars[position + 1])) {
                position += 1
                while position < scalars.count, Self.isDigit(scalars[position]) { position += 1 }
                // A decimal point, but not the first dot of a range "1..8".
                if position + 1 < scalars.count, scalars[position] == ".", Self.isDigit(scalars[position + 1]) {
                    position += 1
                    while position < scalars.count, Self.isDigit(scalars[position]) { position += 1 }
                }
                let text = String(String.UnicodeScalarView(scalars[start..<position]))
                tokens.append(Token(kind: .number(text), location: location(start), length: position - start))
                continue
            }
            if Self.isIdentifierStart(scalar) {
                var ascii = true
                while position < scalars.count, Self.isIdentifierPart(scalars[position]) {
                    if !scalars[position].isASCII { ascii = false }
                    position += 1
                }
                let text = String(String.UnicodeScalarView(scalars[start..<position]))
                if !ascii {
                    diagnostics.append(Diagnostic(.error, .nonASCIIIdentifier(text, suggestion: Self.asciiFolded(text)),
                                                  at: location(start), length: position - start))
                }
                tokens.append(Token(kind: .word(text), location: location(start), length: position - start))
                continue
            }
            let two = position + 1 < scalars.count ? String(String.UnicodeScalarView([scalar, scalars[position + 1]])) : ""
            if ["..", "!=", "<=", ">="].contains(two) {
                tokens.append(Token(kind: .symbol(two), location: location(start), length: 2))
                position += 2
                continue
            }
            if ":.,()=<>".unicodeScalars.contains(scalar) {
                tokens.append(Token(kind: .symbol(String(scalar)), location: location(start), length: 1))
                position += 1
                continue
            }
            diagnostics.append(Diagnostic(.error, .unexpectedCharacter(TerminalText.printable(String(scalar))), at: location(start)))
            position += 1
        }
        return LexedLine(number: number, indent: indent, tokens: tokens, usedTabs: usedTabs, usedSpaces: usedSpaces)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }

    static func isIdentifierStart(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_" || (!s.isASCII && s.properties.isAlphabetic)
    }

    static func isIdentifierPart(_ s: Unicode.Scalar) -> Bool {
        isIdentifierStart(s) || isDigit(s) || s == "-"
    }

    /// `après` → `apres`: what the author most likely meant as an ASCII id.
    static func asciiFolded(_ text: String) -> String {
        let folded = text.folding(options: .diacriticInsensitive, locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.map { isIdentifierPart($0) && $0.isASCII ? $0 : "_" }))
    }
}

extension String {
    var trimmingSpaces: String { trimmingCharacters(in: .whitespaces) }
}
