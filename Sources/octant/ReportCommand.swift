import Analysis
import Foundation
import Questionnaire
import Reports
import Responses
import Support

/// `octant report QUESTIONNAIRE --data DIR|FILE.csv`: the evaluation report's tables in one command.
enum ReportCommand {
    enum OutputFormat: String, CaseIterable { case terminal, markdown, json, csv, html }

    static func run(_ arguments: Arguments) throws -> Int32 {
        let path = arguments.operands[0], dataPath = arguments.value(.data) ?? ""
        guard let (survey, language) = try QuestionnaireFile.load(path, arguments) else { return 1 }
        var options = ReportOptions(language: language)
        options.producer = "octant \(OctantVersion.current)"
        options.generatedAt = Date()
        if arguments.has(.by) { options.groupings = arguments.allValues(.by) }
        // The table lets only the methods and tests of these enums through.
        if let name = arguments.value(.posthoc) { options.postHoc = AnalysisPlan.PostHoc(rawValue: name) }
        switch arguments.value(.test) {
        case "student"?: (options.twoGroupTest, options.kGroupTest) = (.student, .anova)
        case "welch"?: (options.twoGroupTest, options.kGroupTest) = (.welch, .welch)
        case "auto"?: (options.twoGroupTest, options.kGroupTest) = (.auto, .auto)
        case "anova"?: options.kGroupTest = .anova
        default: break
        }
        if let name = arguments.value(.correction) { options.correction = AnalysisPlan.Correction(rawValue: name) }
        options.showsRankTests = arguments.has(.ordinal)
        if let text = arguments.value(.minimum) {
            guard let minimum = Int(text), minimum >= 1 else { throw UsageError(.minimumNotPositive, command: .report) }
            options.minimumGroupSize = minimum
        }
        var width = 80
        if let text = arguments.value(.width) {
            guard let columns = Int(text), columns >= 1 else { throw UsageError(.widthNotPositive, command: .report) }
            width = columns
        }
        let codebook = Codebook(survey)
        for name in options.groupings ?? [] {
            guard let variable = codebook.variable(name), case .choice = variable.kind else {
                throw UsageError(.byNeedsChoiceQuestion(name), command: .report)
            }
        }
        let format = try outputFormat(arguments)
        let dataset: Dataset
        do {
            // Before/after links people by their participant code, which snapshots never hold.
            dataset = try DataLoading.load(dataPath, codebook: codebook, language: language, snapshots: arguments.value(.change) == nil,
                                           requireSessions: true)
        } catch let error as DatasetError {
            DataLoading.printFailure(error, data: [dataPath], language: language)
            return 1
        } catch let error as DataLoading.NoSession {
            // Another questionnaire's data would otherwise give a report of "0 répondants" and exit 0.
            Console.error(CommandText.noSessionOfQuestionnaire(id: survey.id, data: dataPath, held: error.held).text(language))
            return 1
        }
        var change: Report.Change?
        if let text = arguments.value(.change) {
            var changeOptions = options
            changeOptions.change = try ChangeArguments.design(text, survey: survey, dataset: dataset, dataPath: dataPath)
            change = ReportBuilder(survey: survey, data: DatasetSource(dataset), options: changeOptions).buildChange()
            // The other sections describe one wave (the second, unless --wave says which): a person counts once.
            options.wave = changeOptions.change?.to
        }
        if let wave = arguments.value(.wave) {
            guard survey.waves.contains(where: { $0.id == wave }) else {
                throw UsageError(.unknownWave(wave, declared: survey.waves.map(\.id)), command: .report)
            }
            options.wave = wave
        }
        let described = options.wave.map { dataset.rows(ofWave: $0) } ?? dataset
        let report = ReportBuilder(survey: survey, data: DatasetSource(described), options: options).build(with: change)
        let text: String
        switch format {
        case .terminal: text = TerminalRenderer(width: width).render(DocumentBuilder(report: report).build())
        case .markdown: text = MarkdownRenderer().render(DocumentBuilder(report: report).build())
        case .json: text = try JSONRenderer().render(report)
        case .csv: text = CSVRenderer().render(report)
        case .html: text = HTMLRenderer().render(DocumentBuilder(report: report).build())
        }
        if let output = arguments.value(.output) {
            do {
                try ReportOutput.write(text, to: output)
            } catch {
                Console.error(CommandText.cannotWriteOutput(path: output, errno: error.code).text(language))
                return 1
            }
        } else {
            Console.out(text)
        }
        return 0
    }

    /// The extensions a report is written in: each format's own, and `.txt` (or none) for the terminal's text.
    static let outputExtensions = ["md", "json", "csv", "html", "htm", "txt"]

    static func outputFormat(_ arguments: Arguments) throws -> OutputFormat {
        // `r.docx` would otherwise get plain text that Word cannot open.
        if let output = arguments.value(.output) {
            let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
            guard suffix.isEmpty || outputExtensions.contains(suffix) else {
                throw UsageError(.outputExtensionUnknown((output as NSString).lastPathComponent, known: outputExtensions), command: .report)
            }
        }
        // The table lets only these formats through.
        if let name = arguments.value(.format), let format = OutputFormat(rawValue: name) { return format }
        switch URL(fileURLWithPath: arguments.value(.output) ?? "").pathExtension.lowercased() {
        case "md": return .markdown
        case "json": return .json
        case "csv": return .csv
        case "html", "htm": return .html
        default: return .terminal
        }
    }
}

/// Loads a data directory of journals (or a CSV file) into a dataset, saying what recovery or merging found.
enum DataLoading {
    /// The data hold no session of the questionnaire; `held` is what they hold instead (questionnaire id: sessions).
    struct NoSession: Error {
        var held: [String: Int]
    }

    /// `requireSessions`: no session of the questionnaire is an error (`NoSession`) rather than an empty dataset.
    static func load(_ path: String, codebook: Codebook, language: Language, snapshots: Bool = false,
                     requireSessions: Bool = false) throws -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UsageError(.dataNotFound(path))
        }
        guard isDirectory.boolValue else {
            // A CSV (an Octant export, a web form's): every cell is validated, and any problem refuses the file.
            let dataset = try Dataset.load(csv: URL(fileURLWithPath: path), codebook: codebook).0
            if requireSessions, dataset.rowCount == 0 { throw NoSession(held: [:]) }
            return dataset
        }
        guard let journals = JournalFiles.list(in: URL(fileURLWithPath: path)) else { throw DatasetError.unreadableDirectory(path) }
        let (dataset, report) = try Dataset.load(journals: journals, codebook: codebook, snapshots: snapshots)
        ExportCommand.printTornTails(report, language)
        for conflict in report.conflicts { Console.error(ExportCommand.message(conflict).text(language)) }
        if requireSessions, dataset.rowCount == 0 { throw NoSession(held: report.otherQuestionnaires) }
        if report.otherQuestionnaireSessions > 0 {
            Console.error(CommandText.otherQuestionnaireSessions(report.otherQuestionnaireSessions).text(language))
        }
        return dataset
    }
}

extension DataLoading {
    /// A damaged journal stops the command: `octant verify` tells what in it is intact and what can be salvaged.
    static func printFailure(_ error: DatasetError, data: [String], language: Language) {
        Console.error(error.message(language))
        if case .journal(_, .corruptLine) = error { Console.error(CommandText.verifyHint(data).text(language)) }
    }
}

/// `--output`: reports hold data about people, so the file is private (0600), and written whole or not at all, as the
/// exports are, so that a full disk leaves the previous report in place rather than a truncated one.
enum ReportOutput {
    static func write(_ text: String, to path: String, fault: PrivateFile.Fault? = nil) throws(PrivateFile.WriteError) {
        try PrivateFile.save(Array(text.utf8), to: URL(fileURLWithPath: path), fault: fault)
    }
}
