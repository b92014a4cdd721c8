import Foundation
import Questionnaire
import Responses

/// `octant import QUESTIONNAIRE FILE.csv --data DIR`: data collected elsewhere, checked, written as a journal.
enum ImportCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let directory = arguments.value(.data) ?? ""
        // The table lets only the policies' names through.
        let policy = arguments.value(.invalid).flatMap(InvalidPolicy.init(rawValue:)) ?? .refuse
        guard let (survey, language) = try QuestionnaireFile.load(arguments.operands[0], arguments) else { return 1 }
        let csvPath = arguments.operands[1]
        let summary: ImportSummary
        do {
            summary = try DatasetImport.importCSV(URL(fileURLWithPath: csvPath), into: URL(fileURLWithPath: directory),
                                                  codebook: Codebook(survey), policy: policy)
        } catch {
            Console.error(error.message(language))
            if case .dataset(.invalidCSV) = error {
                Console.error(CommandText.importFixHint.text(language))
            }
            return 1
        }
        for issue in summary.issues.prefix(50) { Console.error(issue.message(language)) }
        if summary.issues.count > 50 {
            Console.error(CommandText.moreIssues(summary.issues.count - 50).text(language))
        }
        let journal = (directory as NSString).appendingPathComponent(summary.journalFileName)
        Console.out(CommandText.imported(rows: summary.rowCount, added: summary.addedSessions, journal: journal,
                                         alreadyPresent: summary.alreadyPresent, problems: summary.issues.count).text(language))
        return 0
    }
}
