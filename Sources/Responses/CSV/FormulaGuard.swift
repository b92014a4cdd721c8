/// Spreadsheets run a cell starting with `=`, `+`, `-`, `@`, tab or carriage return as a formula ("CSV injection"):
/// such text answers are written with a leading `'`, which spreadsheets show as text. A text already starting with
/// `'` gets one more, so that reading undoes exactly one.
public enum FormulaGuard {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "'"]

    public static func guarded(_ text: String) -> String {
        guard let first = text.first, triggers.contains(first) else { return text }
        return "'" + text
    }

    /// Undoes `guarded`: drops a leading `'` only when a trigger follows it.
    public static func unguard(_ text: String) -> String {
        guard text.first == "'", let second = text.dropFirst().first, triggers.contains(second) else { return text }
        return String(text.dropFirst())
    }
}

extension String {
    /// Without leading and trailing spaces and tabs; returns `self` untouched (no copy) in the common case.
    var trimmedSpaces: String {
        let bytes = utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard let first = bytes.first, let last = bytes.last, isSpace(first) || isSpace(last) else { return self }
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        guard start < bytes.endIndex, let end = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
