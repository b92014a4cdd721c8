/// Removes what a terminal would interpret (escape sequences, control characters) from text that
/// comes from a file, so that a questionnaire cannot drive the author's terminal.
public enum TerminalText {
    public static func printable<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")  // bidi overrides can hide text
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
