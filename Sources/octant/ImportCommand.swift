import Foundation
import Questionnaire
import Responses
import Support

/// `octant import QUESTIONNAIRE FILE.csv --data DIR [--mapping FILE]`: data collected elsewhere (Octant's CSV, or
/// another tool's export read through its headers and a mapping), checked, written as a journal.
enum ImportCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let directory = arguments.value(.data) ?? ""
        // The table lets only the policies' names through.
        let policy = arguments.value(.invalid).flatMap(InvalidPolicy.init(rawValue:)) ?? .refuse
        guard let (survey, language) = try QuestionnaireFile.load(arguments.operands[0], arguments) else { return 1 }
        let csvPath = arguments.operands[1]
        let mapping: ImportMapping?
        switch loadMapping(arguments, questionnaire: arguments.operands[0], csv: csvPath, language: language) {
        case .failure: return 1
        case .success(let found): mapping = found
        }
        let summary: ImportSummary
        do {
            summary = try DatasetImport.importCSV(URL(fileURLWithPath: csvPath), into: URL(fileURLWithPath: directory),
                                                  codebook: Codebook(survey), policy: policy, mapping: mapping)
        } catch {
            Console.error(error.message(language))
            if case .dataset(.invalidCSV) = error {
                Console.error(CommandText.importFixHint.text(language))
            }
            return 1
        }
        for warning in summary.warnings { Console.error(warning.message(language)) }
        for issue in summary.issues.prefix(50) { Console.error(issue.message(language)) }
        if summary.issues.count > 50 {
            Console.error(CommandText.moreIssues(summary.issues.count - 50).text(language))
        }
        let journal = (directory as NSString).appendingPathComponent(summary.journalFileName)
        Console.out(CommandText.imported(rows: summary.rowCount, added: summary.addedSessions, journal: journal,
                                         alreadyPresent: summary.alreadyPresent, problems: summary.issues.count).text(language))
        return 0
    }

    struct Reported: Error {}

    /// `--mapping`, else `FILE.mapping` beside the CSV, else `QUESTIONNAIRE.mapping` beside the questionnaire.
    static func loadMapping(_ arguments: Arguments, questionnaire: String, csv: String, language: Language) -> Result<ImportMapping?, Reported> {
        let candidates = arguments.value(.mapping).map { [$0] }
            ?? [(csv as NSString).deletingPathExtension + ".mapping", (questionnaire as NSString).deletingPathExtension + ".mapping"]
                .filter { FileManager.default.fileExists(atPath: $0) }
        guard let path = candidates.first else { return .success(nil) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            Console.error(CommandText.mappingUnreadable(file: path).text(language))
            return .failure(Reported())
        }
        switch ImportMapping.parse(text) {
        case .success(let mapping):
            Console.error(CommandText.mappingUsed(path).text(language))
            return .success(mapping)
        case .failure(let problem):
            Console.error(CommandText.mappingLine(file: path, line: problem.line, text: TerminalText.printable(problem.text)).text(language))
            return .failure(Reported())
        }
    }
}
