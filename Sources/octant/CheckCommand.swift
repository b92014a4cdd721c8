import Foundation
import Questionnaire

/// `octant check FILE…`: every problem of every file; exit 0 when no error, 1 on errors.
enum CheckCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        try arguments.allow(["quiet", "timings"])
        guard !arguments.operands.isEmpty else {
            throw Arguments.UsageError { l in l.pick(fr: "indiquez au moins un fichier : octant check FICHIER…",
                                                     en: "name at least one file: octant check FILE…") }
        }
        var failed = false
        for path in arguments.operands {
            let url = URL(fileURLWithPath: path)
            let source: SourceFile
            let result: ParseResult
            let clock = ContinuousClock()
            let started = clock.now
            do {
                (source, result) = try QuestionnaireParser.parse(contentsOf: url, displayName: path)
            } catch {
                let l = try arguments.language()
                Console.error(l.pick(fr: "\(path) : impossible de lire le fichier", en: "\(path): cannot read the file"))
                failed = true
                continue
            }
            let elapsed = clock.now - started
            let language = try arguments.language(questionnaireLanguage: result.survey.language)
            if arguments.flags.contains("timings") {
                let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
                Console.error(String(format: "%@: %.2f ms (%d %@)", path, milliseconds, result.survey.questions.flatMap { $0.items }.count,
                                     language.pick(fr: "items", en: "items")))
            }
            // Capped, so that a file of junk cannot flood the terminal; the counts below stay exact.
            for block in DiagnosticListing(result.diagnostics, in: source, language: language).blocks {
                Console.error(block)
            }
            let errors = result.errorCount, warnings = result.warningCount
            if errors > 0 { failed = true }
            if !arguments.flags.contains("quiet") {
                Console.out(language.pick(
                    fr: "\(path) : \(errors) erreur\(errors > 1 ? "s" : ""), \(warnings) avertissement\(warnings > 1 ? "s" : "")",
                    en: "\(path): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"))
            }
        }
        return failed ? 1 : 0
    }
}

/// `octant show FILE`: the questionnaire as the runner presents it, then its codebook.
enum ShowCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        try arguments.allow(["codebook"])
        guard arguments.operands.count == 1, let path = arguments.operands.first else {
            throw Arguments.UsageError { l in l.pick(fr: "indiquez un fichier : octant show FICHIER", en: "name one file: octant show FILE") }
        }
        let (source, result) = try QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path), displayName: path)
        let language = try arguments.language(questionnaireLanguage: result.survey.language)
        if result.hasErrors {
            for diagnostic in result.errors { Console.error(diagnostic.rendered(in: source, language: language)) }
            return 1
        }
        let listing = SurveyListing(result.survey, language: language,
                                    textLanguage: arguments.value("lang") ?? result.survey.language)
        if !arguments.flags.contains("codebook") {
            Console.out(listing.render())
            Console.out("")
        }
        Console.out(language.pick(fr: "Dictionnaire des variables", en: "Codebook"))
        Console.out(listing.renderCodebook())
        return 0
    }
}
