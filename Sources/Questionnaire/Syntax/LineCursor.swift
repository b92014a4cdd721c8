import Foundation

/// Reads the words of one line from left to right, reporting what is missing or left over.
struct LineCursor {
    let tokens: [Token]
    var index: Int
    /// Where "expected … at end of line" points: just after the last token.
    let endLocation: SourceLocation

    init(_ tokens: [Token], startingAt index: Int = 0, line: Int) {
        self.tokens = tokens
        self.index = index
        if let last = tokens.last {
            endLocation = SourceLocation(line: last.location.line, column: last.location.column + last.length)
        } else {
            endLocation = SourceLocation(line: line, column: 1)
        }
    }

    var isAtEnd: Bool { index >= tokens.count }
    var peek: Token? { index < tokens.count ? tokens[index] : nil }
    var location: SourceLocation { peek?.location ?? endLocation }

    mutating func next() -> Token? {
        defer { index += 1 }
        return peek
    }

    mutating func skip(symbol: String) -> Bool {
        guard peek?.isSymbol(symbol) == true else { return false }
        index += 1
        return true
    }

    mutating func skip(word: String) -> Bool {
        guard peek?.isWord(word) == true else { return false }
        index += 1
        return true
    }

    /// The next token if it is a word; otherwise a diagnostic, and the token is left for the caller.
    mutating func word(_ role: Role, _ diagnostics: inout [Diagnostic]) -> (String, SourceLocation)? {
        if let token = peek, let word = token.word {
            index += 1
            return (word, token.location)
        }
        diagnostics.append(Diagnostic(.error, .expected(.identifier(role), found: peek?.display), at: location, length: peek?.length ?? 1))
        return nil
    }

    mutating func string(_ role: Role, _ diagnostics: inout [Diagnostic]) -> (String, SourceLocation)? {
        if let token = peek, let text = token.string {
            index += 1
            return (text, token.location)
        }
        diagnostics.append(Diagnostic(.error, .expected(.string(role), found: peek?.display), at: location, length: peek?.length ?? 1))
        return nil
    }

    mutating func integer(_ role: Role, _ diagnostics: inout [Diagnostic]) -> Int? {
        if let token = peek, let text = token.number, let value = Int(text) {
            index += 1
            return value
        }
        diagnostics.append(Diagnostic(.error, .expected(.integer(role), found: peek?.display), at: location, length: peek?.length ?? 1))
        if peek?.number != nil { index += 1 }
        return nil
    }

    mutating func decimal() -> Decimal? {
        guard let text = peek?.number else { return nil }
        index += 1
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Reports every token left on the line as one diagnostic.
    mutating func expectEnd(_ diagnostics: inout [Diagnostic]) {
        guard let token = peek else { return }
        diagnostics.append(Diagnostic(.error, .unexpectedToken(token.display), at: token.location, length: token.length))
        index = tokens.count
    }
}
