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
        try arguments.allow(["data", "by", "posthoc", "test", "format", "output", "minimum", "width", "change", "wave"])
        guard arguments.operands.count == 1, let path = arguments.operands.first, let dataPath = arguments.value("data") else {
            throw Arguments.UsageError { l in l.pick(fr: "utilisation : octant report QUESTIONNAIRE --data DOSSIER|FICHIER.csv",
                                                     en: "usage: octant report QUESTIONNAIRE --data DIR|FILE.csv") }
        }
        guard let (survey, language) = try QuestionnaireFile.load(path, arguments) else { return 1 }
        var options = ReportOptions(language: language)
        if let by = arguments.values["by"] { options.groupings = by }
        if let name = arguments.value("posthoc") {
            guard let method = AnalysisPlan.PostHoc(rawValue: name) else {
                throw Arguments.UsageError { l in l.pick(fr: "méthode post hoc inconnue « \(name) » (lsd, tukey, bonferroni, holm, games-howell)",
                                                         en: "unknown post hoc method '\(name)' (lsd, tukey, bonferroni, holm, games-howell)") }
            }
            options.postHoc = method
        }
        if let name = arguments.value("test") {
            guard let test = ReportOptions.TwoGroupTest(rawValue: name) else {
                throw Arguments.UsageError { l in l.pick(fr: "test inconnu « \(name) » (student, welch, auto)", en: "unknown test '\(name)' (student, welch, auto)") }
            }
            options.twoGroupTest = test
        }
        if let text = arguments.value("minimum") {
            guard let minimum = Int(text), minimum >= 1 else {
                throw Arguments.UsageError { l in l.pick(fr: "--minimum attend un entier positif", en: "--minimum takes a positive whole number") }
            }
            options.minimumGroupSize = minimum
        }
        let codebook = Codebook(survey)
        for name in options.groupings ?? [] {
            guard let variable = codebook.variable(name), case .choice = variable.kind else {
                throw Arguments.UsageError { l in l.pick(fr: "--by \(name) : il faut une question « single » ou « yesno » du questionnaire",
                                                         en: "--by \(name): a 'single' or 'yesno' question of the questionnaire is needed") }
            }
        }
        let format = try outputFormat(arguments)
        let dataset: Dataset
        do {
            dataset = try DataLoading.load(dataPath, codebook: codebook, language: language)
        } catch let error as DatasetError {
            Console.error(error.message(language))
            return 1
        }
        var change: Report.Change?
        if let text = arguments.value("change") {
            var changeOptions = options
            changeOptions.change = try ChangeArguments.design(text, survey: survey, dataset: dataset, dataPath: dataPath)
            change = ReportBuilder(survey: survey, data: DatasetSource(dataset), options: changeOptions).buildChange()
            // The other sections describe one wave (the second, unless --wave says which): a person counts once.
            options.wave = changeOptions.change?.to
        }
        if let wave = arguments.value("wave") {
            guard survey.waves.contains(where: { $0.id == wave }) else {
                let list = survey.waves.map(\.id).joined(separator: ", ")
                throw Arguments.UsageError { l in l.pick(fr: "vague inconnue « \(wave) » (vagues : \(list))", en: "unknown wave '\(wave)' (waves: \(list))") }
            }
            options.wave = wave
        }
        let described = options.wave.map { dataset.rows(ofWave: $0) } ?? dataset
        var report = ReportBuilder(survey: survey, data: DatasetSource(described), options: options).build()
        report.change = change
        let text: String
        switch format {
        case .terminal: text = TerminalRenderer(width: Int(arguments.value("width") ?? "") ?? 80).render(DocumentBuilder(report: report).build())
        case .markdown: text = MarkdownRenderer().render(DocumentBuilder(report: report).build())
        case .json: text = try JSONRenderer().render(report)
        case .csv: text = CSVRenderer().render(report)
        case .html: text = HTMLRenderer().render(DocumentBuilder(report: report).build())
        }
        if let output = arguments.value("output") {
            try PrivateOutput.write(text, to: output)
        } else {
            Console.out(text)
        }
        return 0
    }

    static func outputFormat(_ arguments: Arguments) throws -> OutputFormat {
        if let name = arguments.value("format") {
            guard let format = OutputFormat(rawValue: name) else {
                throw Arguments.UsageError { l in l.pick(fr: "format inconnu « \(name) » (terminal, markdown, json, csv, html)",
                                                         en: "unknown format '\(name)' (terminal, markdown, json, csv, html)") }
            }
            return format
        }
        switch URL(fileURLWithPath: arguments.value("output") ?? "").pathExtension.lowercased() {
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
    static func load(_ path: String, codebook: Codebook, language: Language) throws -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Arguments.UsageError { l in l.pick(fr: "données introuvables : \(path)", en: "data not found: \(path)") }
        }
        guard isDirectory.boolValue else {
            // A CSV (an Octant export, a web form's): every cell is validated, and any problem refuses the file.
            return try Dataset.load(csv: URL(fileURLWithPath: path), codebook: codebook).0
        }
        let (dataset, report) = try Dataset.load(journalsIn: URL(fileURLWithPath: path), codebook: codebook)
        for conflict in report.conflicts {
            Console.error(language.pick(fr: "attention : conflit entre journaux : \(conflict)", en: "warning: conflict between journals: \(conflict)"))
        }
        if report.otherQuestionnaireSessions > 0 {
            Console.error(language.pick(fr: "\(report.otherQuestionnaireSessions) sessions d'un autre questionnaire ignorées",
                                        en: "\(report.otherQuestionnaireSessions) sessions of another questionnaire left out"))
        }
        return dataset
    }
}

/// Output files are created 0600: reports hold data about people.
enum PrivateOutput {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
    }
}
