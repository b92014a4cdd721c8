import Foundation

/// A word of a line: identifiers and keywords alike (keywords are contextual, so an option code may be
/// any word), quoted strings, numbers and punctuation.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word(String)
        case string(String)
        /// The number's text as written, kept exact.
        case number(String)
        case symbol(String)
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Length in scalars, for carets.
    public var length: Int

    public var word: String? {
        if case .word(let w) = kind { return w }
        return nil
    }

    public var string: String? {
        if case .string(let s) = kind { return s }
        return nil
    }

    public var number: String? {
        if case .number(let n) = kind { return n }
        return nil
    }

    public func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
    public func isWord(_ word: String) -> Bool { kind == .word(word) }

    /// How the token reads in a message.
    public var display: String {
        switch kind {
        case .word(let w): return w
        case .string(let s): return "\"\(s.count > 30 ? String(s.prefix(30)) + "…" : s)\""
        case .number(let n): return n
        case .symbol(let s): return s
        }
    }
}
