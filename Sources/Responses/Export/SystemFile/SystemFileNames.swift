import Foundation

/// Variable names: the long names the caller gives are checked against SPSS's rules, and each variable gets the
/// 8-byte short name the variable record needs (ASCII, upper case, unique), mapped back to its long name by the long
/// variable names record.
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
enum SystemFileNames {
    static let reserved: Set<String> = ["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"]
    static let longNameLimit = 64
    static let shortNameLimit = 8

    /// 1…64 UTF-8 bytes; a letter or `@` first; then letters, combining marks, decimal digits, `.`, `_`, `$`, `#`, `@`;
    /// not ending with `.`; not a reserved word.
    static func isValid(_ name: String) -> Bool {
        guard (1...longNameLimit).contains(name.utf8.count), let first = name.unicodeScalars.first else { return false }
        guard isLetter(first) || first == "@" else { return false }
        for scalar in name.unicodeScalars.dropFirst() {
            guard isLetter(scalar) || isMark(scalar) || scalar.properties.generalCategory == .decimalNumber
                || "._$#@".unicodeScalars.contains(scalar) else { return false }
        }
        return !name.hasSuffix(".") && !reserved.contains(name.uppercased())
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// One short name per long name, in order: accents dropped, ASCII letters in upper case, digits and `_` kept,
    /// anything else left out, `V` in front when the result would not start with a letter, cut to 8 bytes; a name
    /// already taken (or reserved) ends with `_1`, `_2`… instead.
    static func shortNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { name in
            let folded = name.folding(options: .diacriticInsensitive, locale: Locale(identifier: "en_US_POSIX"))
            var base = String(String.UnicodeScalarView(folded.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                switch scalar {
                case "a"..."z": return Unicode.Scalar(scalar.value - 32)
                case "A"..."Z", "0"..."9", "_": return scalar
                default: return nil
                }
            }))
            if !(base.first.map { ("A"..."Z").contains($0) } ?? false) { base = "V" + base }
            var candidate = String(base.prefix(shortNameLimit)), counter = 1
            while used.contains(candidate) || reserved.contains(candidate) {
                let suffix = "_\(counter)"
                candidate = String(base.prefix(shortNameLimit - suffix.count)) + suffix
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
