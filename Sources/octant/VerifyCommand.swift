import Foundation
import Responses
import Support

/// `octant verify --data DIR [--json]`: what is intact, damaged and salvageable in each journal of a folder.
/// `JournalVerifier` does the work; this prints it. Exit status 1 when a journal is damaged (warnings are not).
enum VerifyCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let path = arguments.value(.data) ?? "", language = arguments.language()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(.dataNotFound(path), command: .verify)
        }
        guard let folder = JournalVerifier.verify(directory: URL(fileURLWithPath: path)) else {
            Console.error(CommandText.dataDirectoryNotFound(path).text(language))
            return 1
        }
        if arguments.has(.json) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.userInfo[FolderVerification.languageKey] = language
            Console.out(String(decoding: try encoder.encode(folder), as: UTF8.self))
        } else {
            Console.out(render(folder, path: path).map { $0.text(language) }.joined(separator: "\n"))
        }
        return folder.isIntact ? 0 : 1
    }

    static func render(_ folder: FolderVerification, path: String) -> [VerifyText] {
        guard !folder.files.isEmpty else { return [.noJournal(path)] }
        var lines: [VerifyText] = []
        for file in folder.files {
            guard file.format != nil else {
                lines.append(.fileUnreadable(file: file.file, file.problems.first?.localized ?? Localized(invariant: "")))
                continue
            }
            lines.append(file.isIntact ? .fileIntact(file: file.file, lines: file.lineCount, sessions: file.sessions.count)
                                       : .fileDamaged(file: file.file, intactLines: file.intactLineCount, lines: file.lineCount,
                                                      missing: file.missingLineCount))
            for problem in file.problems {
                let place = file.file + ":" + (problem.lastLine > problem.line ? "\(problem.line)–\(problem.lastLine)" : "\(problem.line)")
                // A torn write touches no acknowledged answer: its session is named only when the line shows it.
                let named = problem.isWarning && problem.sessions.isEmpty ? problem.kind.localized : problem.localized
                lines.append(problem.isWarning ? .warning(place: place, named) : .damage(place: place, named))
            }
            guard !file.isIntact else { continue }
            if !file.intactSessions.isEmpty { lines.append(.intactSessions(file.intactSessions.count)) }
            for session in file.damagedSessions {
                lines.append(.damagedSession(code: session.code, answers: session.answers, before: session.damagedAt ?? 0))
            }
            if file.unattributedLineCount > 0 { lines.append(.unattributed(lines: file.unattributedLineCount)) }
        }
        let damaged = folder.files.filter { !$0.isIntact }.count
        lines.append(.summary(files: folder.files.count, damaged: damaged, withWarnings: folder.files.filter { !$0.warnings.isEmpty }.count))
        if damaged > 0 { lines.append(.keepACopy) }
        return lines
    }
}
