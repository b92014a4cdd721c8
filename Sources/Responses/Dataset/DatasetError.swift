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
        case .unreadableDirectory(let name):
            return language.pick(fr: "dossier de données illisible : \(name)", en: "unreadable data directory: \(name)")
        case .unreadableFile(let name):
            return language.pick(fr: "fichier illisible : \(name)", en: "unreadable file: \(name)")
        case .journal(let file, let error):
            return language.pick(fr: "journal \(file) : \(error.message(language: "fr"))", en: "journal \(file): \(error.message(language: "en"))")
        case .invalidCSV(let file, let issues):
            let head = language.pick(fr: "\(file) refusé : \(issues.count) problème(s), rien n'a été chargé",
                                     en: "\(file) refused: \(issues.count) problem(s), nothing was loaded")
            return ([head] + issues.prefix(50).map { $0.message(language) }
                + (issues.count > 50 ? [language.pick(fr: "… et \(issues.count - 50) autre(s)", en: "… and \(issues.count - 50) more")] : []))
                .joined(separator: "\n")
        }
    }
}
