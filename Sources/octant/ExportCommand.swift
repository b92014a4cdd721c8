import Foundation
import Questionnaire
import Responses
import Support

/// `octant export QUESTIONNAIRE --data DIR --to FILE.csv`: the wide CSV with its codebook, SPSS syntax and R script.
enum ExportCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        try arguments.allow(["data", "to", "labels", "separator", "decimal-comma", "bom", "no-text", "drop-codes"])
        guard arguments.operands.count == 1, let path = arguments.operands.first else {
            throw Arguments.UsageError { l in
                l.pick(fr: "indiquez un questionnaire : octant export QUESTIONNAIRE --data DOSSIER --to FICHIER.csv",
                       en: "name one questionnaire: octant export QUESTIONNAIRE --data DIR --to FILE.csv")
            }
        }
        guard let directories = arguments.values["data"], !directories.isEmpty else {
            throw Arguments.UsageError { l in l.pick(fr: "indiquez le dossier de données : --data DOSSIER", en: "name the data directory: --data DIR") }
        }
        guard let target = arguments.value("to") else {
            throw Arguments.UsageError { l in l.pick(fr: "indiquez le fichier à écrire : --to FICHIER.csv", en: "name the file to write: --to FILE.csv") }
        }
        guard target.lowercased().hasSuffix(".csv") else {
            throw Arguments.UsageError { l in l.pick(fr: "le fichier à écrire doit finir par .csv", en: "the file to write must end in .csv") }
        }
        guard let (survey, language) = try QuestionnaireFile.load(path, arguments) else { return 1 }
        var format = CSVFormat(separator: try separator(arguments), decimalComma: arguments.flags.contains("decimal-comma"),
                               byteOrderMark: arguments.flags.contains("bom"))
        if format.decimalComma, format.separator == UInt8(ascii: ",") { format.separator = UInt8(ascii: ";") }
        let codebook = Codebook(survey)
        var journals: [URL] = []
        for directory in directories {
            let url = URL(fileURLWithPath: directory)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
                Console.error(language.pick(fr: "dossier de données introuvable : \(directory)", en: "data directory not found: \(directory)"))
                return 1
            }
            journals += names.filter { $0.hasPrefix("journal-") && $0.hasSuffix(".jsonl") }.sorted().map { url.appendingPathComponent($0) }
        }
        let dataset: Dataset, report: JournalLoadReport
        do {
            (dataset, report) = try Dataset.load(journals: journals, codebook: codebook)
        } catch {
            Console.error(error.message(language))
            return 1
        }
        printReport(report, language)
        let options = ExportOptions(format: format, labels: arguments.flags.contains("labels"),
                                    includeText: !arguments.flags.contains("no-text"), language: arguments.value("lang"))
        let files: DatasetExport.Files
        do {
            files = try DatasetExport.write(dataset, to: URL(fileURLWithPath: target), options: options)
        } catch {
            Console.error(error.message(language))
            return 1
        }
        let shown = { (url: URL) in displayed(url, besides: target) }
        Console.out(language.pick(
            fr: "\(dataset.rowCount) session(s), \(dataset.variables.count) variable(s) → \(shown(files.csv))\n"
                + "dictionnaire : \(shown(files.codebook))\nsyntaxe SPSS/PSPP : \(shown(files.spss))\nscript R : \(shown(files.r))\n"
                + "Convention : codes en valeurs ; réponse hors échelle = son code (nsp) ; autre valeur manquante = cellule vide. "
                + "Les codes participants ne sont jamais exportés.",
            en: "\(dataset.rowCount) session(s), \(dataset.variables.count) variable(s) → \(shown(files.csv))\n"
                + "codebook: \(shown(files.codebook))\nSPSS/PSPP syntax: \(shown(files.spss))\nR script: \(shown(files.r))\n"
                + "Convention: codes as values; escape answer = its code (nsp); any other missing value = empty cell. "
                + "Participant codes are never exported."))
        return 0
    }

    /// A written file's path as the user named the CSV: relative when `--to` was, so the companions appear beside it.
    static func displayed(_ url: URL, besides target: String) -> String {
        let folder = (target as NSString).deletingLastPathComponent
        return folder.isEmpty ? url.lastPathComponent : (folder as NSString).appendingPathComponent(url.lastPathComponent)
    }

    static func separator(_ arguments: Arguments) throws -> UInt8 {
        switch arguments.value("separator") {
        case nil, ",": return UInt8(ascii: ",")
        case ";": return UInt8(ascii: ";")
        case "tab", "\\t", "\t": return UInt8(ascii: "\t")
        case let other?:
            throw Arguments.UsageError { l in
                l.pick(fr: "séparateur inconnu « \(other) » (, ; ou tab)", en: "unknown separator '\(other)' (, ; or tab)")
            }
        }
    }

    static func printReport(_ report: JournalLoadReport, _ language: Language) {
        if report.duplicateCount > 0 {
            Console.error(language.pick(fr: "\(report.duplicateCount) événement(s) en double ignoré(s) (journaux copiés deux fois)",
                                        en: "\(report.duplicateCount) duplicate event(s) ignored (journals copied twice)"))
        }
        for conflict in report.conflicts {
            switch conflict {
            case .sameSequenceDifferentContent(let device, let sequence):
                Console.error(language.pick(fr: "conflit : deux événements différents n° \(sequence) pour l'appareil \(device)",
                                            en: "conflict: two different events number \(sequence) for device \(device)"))
            case .sessionOnSeveralDevices(let session, let devices):
                let list = devices.map(\.rawValue).joined(separator: ", ")
                Console.error(language.pick(fr: "conflit : la session \(session.code) a des réponses différentes sur \(list)",
                                            en: "conflict: session \(session.code) has different answers on \(list)"))
            }
        }
        for (file, torn) in report.tornTails.sorted(by: { $0.key < $1.key }) {
            Console.error(language.pick(fr: "\(file) : dernière ligne \(torn.lineNumber) incomplète, ignorée",
                                        en: "\(file): last line \(torn.lineNumber) incomplete, ignored"))
        }
        if report.otherQuestionnaireSessions > 0 {
            Console.error(language.pick(fr: "\(report.otherQuestionnaireSessions) session(s) d'un autre questionnaire ignorée(s)",
                                        en: "\(report.otherQuestionnaireSessions) session(s) of another questionnaire ignored"))
        }
    }
}

/// Reads the questionnaire a data command works with; errors are printed and give nil.
enum QuestionnaireFile {
    static func load(_ path: String, _ arguments: Arguments) throws -> (Survey, Language)? {
        let (source, result) = try QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path), displayName: path)
        let language = try arguments.language(questionnaireLanguage: result.survey.language)
        if result.hasErrors {
            for diagnostic in result.errors { Console.error(diagnostic.rendered(in: source, language: language)) }
            return nil
        }
        return (result.survey, language)
    }
}
