import Foundation
import Support

enum Environment {
    /// French unless the environment asks for another language: Octant's users are French.
    static var language: Language {
        let env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty, value != "C", value != "POSIX", !value.hasPrefix("C.") {
                return Language(forCode: value)
            }
        }
        return .fr
    }
}

/// Writes to the standard streams without buffering surprises. What goes to a terminal passes, line by line, through
/// the runner's sanitiser: a label, a wave or a file name read from a questionnaire or a data file cannot drive the
/// terminal (escape sequences, bidi overrides). Output sent to a file or a pipe is left exact.
enum Console {
    static func out(_ text: String) {
        write(text, to: .standardOutput, isTerminal: isatty(STDOUT_FILENO) != 0)
    }

    static func error(_ text: String) {
        write(text, to: .standardError, isTerminal: isatty(STDERR_FILENO) != 0)
    }

    private static func write(_ text: String, to handle: FileHandle, isTerminal: Bool) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        handle.write(Data((isTerminal ? safeForTerminal(line) : line).utf8))
    }

    /// Every line made printable (`TerminalText.printable`), the line breaks kept.
    static func safeForTerminal(_ text: String) -> String {
        // By scalars: "\r\n" is one Character, and its "\r" must not survive.
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.printable(String(String.UnicodeScalarView($0))) }.joined(separator: "\n")
    }
}
