import Foundation
import Questionnaire

/// `octant check FILE…`: every problem of every file; exit 0 when no error, 1 on errors.
enum CheckCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
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
                Console.error(CommandText.cannotRead(path).text(arguments.language()))
                failed = true
                continue
            }
            let elapsed = clock.now - started
            let language = arguments.language(questionnaireLanguage: result.survey.language)
            if arguments.has(.timings) {
                let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
                let items = result.survey.questions.flatMap { $0.items }.count
                Console.error(CommandText.timing(path: path, milliseconds: milliseconds, items: items).text(language))
            }
            // Capped, so that a file of junk cannot flood the terminal; the counts below stay exact.
            for block in DiagnosticListing(result.diagnostics, in: source, language: language).blocks {
                Console.error(block)
            }
            let errors = result.errorCount, warnings = result.warningCount
            if errors > 0 { failed = true }
            if !arguments.has(.quiet) {
                Console.out(CommandText.checkSummary(path: path, errors: errors, warnings: warnings).text(language))
            }
        }
        return failed ? 1 : 0
    }
}

/// `octant show FILE`: the questionnaire as the runner presents it, then its codebook.
enum ShowCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let path = arguments.operands[0]
        let (source, result) = try QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path), displayName: path)
        let language = arguments.language(questionnaireLanguage: result.survey.language)
        if result.hasErrors {
            for diagnostic in result.errors { Console.error(diagnostic.rendered(in: source, language: language)) }
            return 1
        }
        let listing = SurveyListing(result.survey, language: language,
                                    textLanguage: arguments.value(.lang) ?? result.survey.language)
        if !arguments.has(.codebook) {
            Console.out(listing.render())
            Console.out("")
        }
        Console.out(CommandText.codebookTitle.text(language))
        Console.out(listing.renderCodebook())
        return 0
    }
}
