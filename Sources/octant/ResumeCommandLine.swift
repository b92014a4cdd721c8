import Foundation
import Support

/// The exact command that takes a session up again: the data folder and the questionnaire when the defaults would
/// not find them, and the session's code, so that no list or choice stands between the mediator and the interview.
struct ResumeCommandLine {
    var text: String

    init(arguments: Arguments, questionnairePath: String?, session: String) {
        var words = ["octant", "run", "--resume"]
        if let questionnairePath, !Self.foundByDefault(questionnairePath) { words.append(Self.shellQuoted(questionnairePath)) }
        if let data = arguments.value(.data) { words += ["--data", Self.shellQuoted(data)] }
        if arguments.has(.plain) { words.append("--plain") }
        words += ["--session", session]
        text = TerminalText.printable(words.joined(separator: " "))
    }

    /// `run --resume` looks in `Questionnaires/` and the current folder.
    static func foundByDefault(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        return folder == current.path || folder == current.appendingPathComponent("Questionnaires").standardizedFileURL.path
    }

    /// Single quotes around anything a shell would split or expand.
    static func shellQuoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "_-./,:=+@".unicodeScalars.contains($0)) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
