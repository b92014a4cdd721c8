import Foundation
import Questionnaire
import Responses

/// `octant import QUESTIONNAIRE FILE.csv --data DIR`: data collected elsewhere, checked, written as a journal.
enum ImportCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        try arguments.allow(["data", "invalid"])
        guard arguments.operands.count == 2 else {
            throw Arguments.UsageError { l in
                l.pick(fr: "usage : octant import QUESTIONNAIRE FICHIER.csv --data DOSSIER [--invalid refuse|missing]",
                       en: "usage: octant import QUESTIONNAIRE FILE.csv --data DIR [--invalid refuse|missing]")
            }
        }
        guard let directory = arguments.value("data") else {
            throw Arguments.UsageError { l in l.pick(fr: "indiquez le dossier de données : --data DOSSIER", en: "name the data directory: --data DIR") }
        }
        let policyName = arguments.value("invalid") ?? InvalidPolicy.refuse.rawValue
        guard let policy = InvalidPolicy(rawValue: policyName) else {
            throw Arguments.UsageError { l in
                l.pick(fr: "--invalid attend refuse ou missing, pas « \(policyName) »", en: "--invalid takes refuse or missing, not '\(policyName)'")
            }
        }
        guard let (survey, language) = try QuestionnaireFile.load(arguments.operands[0], arguments) else { return 1 }
        let csvPath = arguments.operands[1]
        let summary: ImportSummary
        do {
            summary = try DatasetImport.importCSV(URL(fileURLWithPath: csvPath), into: URL(fileURLWithPath: directory),
                                                  codebook: Codebook(survey), policy: policy)
        } catch {
            Console.error(error.message(language))
            if case .dataset(.invalidCSV) = error {
                Console.error(language.pick(fr: "Corrigez le fichier, ou chargez les cellules invalides comme manquantes avec --invalid missing.",
                                            en: "Fix the file, or load invalid cells as missing values with --invalid missing."))
            }
            return 1
        }
        for issue in summary.issues.prefix(50) { Console.error(issue.message(language)) }
        if summary.issues.count > 50 {
            Console.error(language.pick(fr: "… et \(summary.issues.count - 50) autre(s)", en: "… and \(summary.issues.count - 50) more"))
        }
        let journal = (directory as NSString).appendingPathComponent(summary.journalFileName)
        Console.out(language.pick(
            fr: "\(summary.rowCount) ligne(s) lue(s) : \(summary.addedSessions) session(s) ajoutée(s) à \(journal), "
                + "\(summary.alreadyPresent) déjà présente(s), \(summary.issues.count) problème(s) chargé(s) comme manquants.",
            en: "\(summary.rowCount) row(s) read: \(summary.addedSessions) session(s) added to \(journal), "
                + "\(summary.alreadyPresent) already present, \(summary.issues.count) problem(s) loaded as missing."))
        return 0
    }
}
