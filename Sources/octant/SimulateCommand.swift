import Foundation
import Questionnaire
import Responses

/// `octant simulate QUESTIONNAIRE --respondents N [--seed S] [--data DIR] [--targets FILE.csv] [--wave W]`:
/// synthetic sessions written to a journal of the device `synthetic-<seed>`, so that every report can tell them apart.
enum SimulateCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        try arguments.allow(["respondents", "seed", "data", "targets", "wave"])
        guard arguments.operands.count == 1, let path = arguments.operands.first else {
            throw Arguments.UsageError { l in l.pick(fr: "indiquez un questionnaire : octant simulate FICHIER --respondents N",
                                                     en: "name one questionnaire: octant simulate FILE --respondents N") }
        }
        guard let text = arguments.value("respondents"), let respondents = Int(text), respondents >= 1 else {
            throw Arguments.UsageError { l in l.pick(fr: "--respondents attend un nombre entier positif",
                                                     en: "--respondents needs a positive whole number") }
        }
        var seed = UInt64.random(in: 0...999_999)
        if let text = arguments.value("seed") {
            guard let value = UInt64(text) else {
                throw Arguments.UsageError { l in l.pick(fr: "--seed attend un entier positif ou nul",
                                                         en: "--seed needs a non-negative whole number") }
            }
            seed = value
        }
        let (source, result) = try QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path), displayName: path)
        let language = try arguments.language(questionnaireLanguage: result.survey.language)
        if result.hasErrors {
            for diagnostic in result.errors { Console.error(diagnostic.rendered(in: source, language: language)) }
            return 1
        }
        var targets: ReportTargets?
        if let targetsPath = arguments.value("targets") {
            do {
                targets = try ReportTargets(contentsOf: URL(fileURLWithPath: targetsPath))
            } catch let error as ReportTargetsError {
                Console.error("\(targetsPath): \(error)")
                return 1
            }
        }
        let data = URL(fileURLWithPath: arguments.value("data") ?? "Responses")
        let options = SimulationOptions(respondents: respondents, seed: seed, wave: arguments.value("wave"), targets: targets)
        let clock = ContinuousClock(), started = clock.now
        let writer: SimulatedJournalWriter
        let simulator: SurveySimulator
        do {
            simulator = try SurveySimulator(survey: result.survey, options: options)
            writer = try simulator.write(to: data)
        } catch {
            Console.error(language.pick(fr: "simulation impossible : \(error)", en: "cannot simulate: \(error)"))
            return 1
        }
        let seconds = Double((clock.now - started).components.attoseconds) / 1e18 + Double((clock.now - started).components.seconds)
        Console.out(language.pick(
            fr: "\(writer.sessionCount) sessions SYNTHÉTIQUES (\(writer.eventCount) événements, graine \(seed)) écrites dans \(writer.fileURL.path) en \(String(format: "%.1f", seconds)) s",
            en: "\(writer.sessionCount) SYNTHETIC sessions (\(writer.eventCount) events, seed \(seed)) written to \(writer.fileURL.path) in \(String(format: "%.1f", seconds)) s"))
        guard let targets else { return 0 }
        return report(targets, journal: writer.fileURL, language: language)
    }

    /// Reads the journal back and compares every published group mean with the synthetic one (exit status 0 either way;
    /// only a journal that cannot be read back is an error).
    private static func report(_ targets: ReportTargets, journal: URL, language: Language) -> Int32 {
        guard let contents = try? JournalReader.read(contentsOf: journal) else { return 1 }
        let answers = SessionState.fold(contents.events).map { $0.answers }
        let outcomes = SurveySimulator.outcomes(of: targets, answers: answers)
        let reached = outcomes.filter { $0.achieved != nil }
        let unreachable = outcomes.count - reached.count
        let worst = reached.compactMap(\.error).max() ?? 0
        let missed = reached.filter { ($0.error ?? 0) > 0.05 + 1e-9 }
        Console.out(language.pick(
            fr: "cibles : \(reached.count - missed.count)/\(reached.count) moyennes publiées reproduites à ±0,05 (écart max \(String(format: "%.3f", worst))) ; \(unreachable) sans répondant (question non posée à ce groupe)",
            en: "targets: \(reached.count - missed.count)/\(reached.count) published means reproduced within ±0.05 (max error \(String(format: "%.3f", worst))); \(unreachable) with no respondent (question not asked of that group)"))
        // Missed targets are reported, not fatal: some published tables contradict each other (see Questionnaires/data).
        for outcome in missed {
            let detail = "\(outcome.target.variable) \(outcome.target.breakdown)=\(outcome.target.group): \(outcome.target.printed) → \(String(format: "%.3f", outcome.achieved ?? 0))"
            Console.error(language.pick(fr: "avertissement : cible manquée \(detail)", en: "warning: target missed \(detail)"))
        }
        return 0
    }
}
