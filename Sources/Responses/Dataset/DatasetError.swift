import Questionnaire
import Support

/// Why a dataset could not be loaded. Messages name files by their name only, never by an absolute path.
public enum DatasetError: Error, Sendable {
    case unreadableDirectory(String)
    case unreadableFile(String)
    case journal(file: String, JournalError)
    /// The CSV has problems and the policy is to refuse it: every problem is listed.
    case invalidCSV(file: String, [ImportIssue])

    public func message(_ language: Language) -> String {
        switch self {
        case .unreadableDirectory(let name): return ResponsesMessage.unreadableDirectory(name).text(language)
        case .unreadableFile(let name): return ResponsesMessage.unreadableFile(name).text(language)
        case .journal(let file, let error): return ResponsesMessage.journalFile(file, error).text(language)
        case .invalidCSV(let file, let issues):
            // Fifty lines say what is wrong with a file; the rest would scroll the first ones away.
            let shown = issues.prefix(50).map { $0.message(language) }
            let more = issues.count > shown.count ? [ResponsesMessage.moreProblems(issues.count - shown.count).text(language)] : []
            return ([ResponsesMessage.csvRefused(file: file, problems: issues.count).text(language)] + shown + more).joined(separator: "\n")
        }
    }
}
