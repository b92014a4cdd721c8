import Foundation

/// Texts of other tools compared as a person would: case, accents, apostrophes, no-break spaces and runs of spaces
/// do not matter (`TOUT À FAIT D’ACCORD` is `Tout à fait d'accord`).
enum ForeignText {
    static func fold(_ text: String) -> String {
        var out = ""
        var lastWasSpace = true
        for scalar in text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}":
                out.unicodeScalars.append("'")
                lastWasSpace = false
            case " ", "\u{00A0}", "\u{202F}", "\t", "\n", "\r":
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            default:
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out.lowercased()
    }

    /// A column name reduced to its words, so that `effets/aise_general`, `aise.general` and `Aise General` meet.
    static func identifier(_ text: String) -> String {
        String(fold(text).map { $0.isLetter || $0.isNumber ? $0 : "." }).split(separator: ".").joined(separator: ".")
    }
}
