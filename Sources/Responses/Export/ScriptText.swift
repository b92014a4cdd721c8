/// What may go into the `.sps` and `.R` files as text: questionnaire labels, ids and the CSV's file name come from files
/// someone else wrote. A line break would end an SPSS comment or string and start a command; a bidi control (U+202E)
/// makes R refuse the whole script and can make a line read differently from what runs. Both are removed, never escaped,
/// since neither tool has a way to write them that every version reads.
enum ScriptText {
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isUnsafe(scalar) { result.append(scalar) }
        return String(result)
    }

    /// C0 and C1 control characters (with DEL), and the Unicode bidi controls: embeddings and overrides
    /// (U+202A–U+202E), isolates (U+2066–U+2069), marks (U+200E, U+200F, U+061C).
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
