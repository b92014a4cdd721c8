import Foundation
import Questionnaire
import Responses
import Support

/// `octant export QUESTIONNAIRE --data DIR --to FILE.csv`: the wide CSV with its codebook, SPSS syntax and R script.
enum ExportCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let path = arguments.operands[0], directories = arguments.allValues(.data), target = arguments.value(.to) ?? ""
        guard target.lowercased().hasSuffix(".csv") else { throw UsageError(.outputMustBeCSV, command: .export) }
        guard let (survey, language) = try QuestionnaireFile.load(path, arguments) else { return 1 }
        let (format, dialect) = csvFormat(arguments, language: language)
        // A questionnaire that links waves gets the key by default: the pairing can then be redone in SPSS or R.
        if arguments.has(.personKey), survey.participantCode == nil { throw UsageError(.personKeyNeedsParticipantCode, command: .export) }
        let keyed = survey.participantCode != nil
        let codebook = Codebook(survey)
        var journals: [URL] = []
        for directory in directories {
            let url = URL(fileURLWithPath: directory)
            guard let found = JournalFiles.list(in: url) else {
                Console.error(CommandText.dataDirectoryNotFound(directory).text(language))
                return 1
            }
            journals += found
        }
        let dataset: Dataset, report: JournalLoadReport
        do {
            // Snapshots hold no participant code: a questionnaire that asks one reads its journals whole, for the person key.
            (dataset, report) = try Dataset.load(journals: journals, codebook: codebook, snapshots: !keyed)
        } catch {
            DataLoading.printFailure(error, data: directories, language: language)
            return 1
        }
        printReport(report, language)
        var options = ExportOptions(format: format, labels: arguments.has(.labels), includeText: !arguments.has(.noText),
                                    language: arguments.value(.lang), numericCodes: arguments.has(.numericCodes))
        if keyed, let folder = directories.first {
            do {
                options.linkSecret = try LinkSecret.loadOrCreate(in: URL(fileURLWithPath: folder))
            } catch {
                Console.error(error.message(language))
                return 1
            }
        }
        let files: DatasetExport.Files
        do {
            files = try DatasetExport.write(dataset, to: URL(fileURLWithPath: target), options: options)
        } catch {
            Console.error(error.message(language))
            return 1
        }
        let shown = { (url: URL) in displayed(url, besides: target) }
        Console.out(CommandText.exported(sessions: dataset.rowCount, variables: dataset.variables.count, csv: shown(files.csv),
                                         codebook: shown(files.codebook), spss: shown(files.spss), r: shown(files.r),
                                         sav: shown(files.systemFile)).text(language))
        Console.out(CommandText.csvDialect(dialect, separator: format.separator == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(format.separator)),
                                           decimalComma: format.decimalComma, byteOrderMark: format.byteOrderMark).text(language))
        Console.out(CommandText.exportConvention.text(language))
        if keyed, let folder = directories.first {
            Console.out(CommandText.personKeyExported(secret: (folder as NSString).appendingPathComponent(LinkSecret.fileName)).text(language))
        }
        return 0
    }

    /// French users get what a French Excel opens directly (`;`, decimal comma, byte order mark) when the questionnaire
    /// or `--lang` is French; `--csv international` gives the plain CSV; `--separator`, `--decimal-comma` and `--bom` then
    /// change one thing each.
    static func csvFormat(_ arguments: Arguments, language: Language) -> (CSVFormat, CSVDialect) {
        let dialect = arguments.value(.csv).flatMap(CSVDialect.init(rawValue:)) ?? (language == .fr ? .french : .international)
        var format: CSVFormat = dialect == .french ? .french : .standard
        if arguments.has(.separator) { format.separator = separator(arguments) }
        if arguments.has(.decimalComma) { format.decimalComma = true }
        if arguments.has(.bom) { format.byteOrderMark = true }
        if format.decimalComma, format.separator == UInt8(ascii: ",") { format.separator = UInt8(ascii: ";") }
        return (format, dialect)
    }

    /// A written file's path as the user named the CSV: relative when `--to` was, so the companions appear beside it.
    static func displayed(_ url: URL, besides target: String) -> String {
        let folder = (target as NSString).deletingLastPathComponent
        return folder.isEmpty ? url.lastPathComponent : (folder as NSString).appendingPathComponent(url.lastPathComponent)
    }

    /// The table folds `\t` into `tab` and refuses anything but `,`, `;` and `tab`.
    static func separator(_ arguments: Arguments) -> UInt8 {
        switch arguments.value(.separator) {
        case ";": return UInt8(ascii: ";")
        case "tab": return UInt8(ascii: "\t")
        default: return UInt8(ascii: ",")
        }
    }

    static func printReport(_ report: JournalLoadReport, _ language: Language) {
        if report.duplicateCount > 0 { Console.error(CommandText.duplicateEvents(report.duplicateCount).text(language)) }
        for conflict in report.conflicts { Console.error(message(conflict).text(language)) }
        printTornTails(report, language)
        if report.otherQuestionnaireSessions > 0 {
            Console.error(CommandText.otherQuestionnaireSessions(report.otherQuestionnaireSessions).text(language))
        }
    }

    /// A journal whose end is torn (a write cut short, another laptop's file still being copied) is read up to its
    /// last whole line: a warning, never a refusal.
    static func printTornTails(_ report: JournalLoadReport, _ language: Language) {
        for (file, torn) in report.tornTails.sorted(by: { $0.key < $1.key }) {
            let text: CommandText = torn.isZeroFilled ? .zeroFilledTail(file: file, line: torn.lineNumber) : .tornTail(file: file, line: torn.lineNumber)
            Console.error(text.text(language))
        }
    }

    static func message(_ conflict: MergeConflict) -> CommandText {
        switch conflict {
        case .sameSequenceDifferentContent(let device, let sequence):
            return .conflictSameSequence(device: device.rawValue, sequence: sequence)
        case .sessionOnSeveralDevices(let session, let devices):
            return .conflictSessionOnDevices(session: session.code, devices: devices.map(\.rawValue))
        }
    }
}

/// Reads the questionnaire a data command works with; errors are printed and give nil.
enum QuestionnaireFile {
    static func load(_ path: String, _ arguments: Arguments) throws -> (Survey, Language)? {
        let (source, result) = try QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path), displayName: path)
        let language = arguments.language(questionnaireLanguage: result.survey.language)
        if result.hasErrors {
            for diagnostic in result.errors { Console.error(diagnostic.rendered(in: source, language: language)) }
            return nil
        }
        return (result.survey, language)
    }
}
