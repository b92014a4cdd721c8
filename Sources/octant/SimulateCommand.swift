import Foundation
import Questionnaire
import Responses
import Simulation
import Support

/// `octant simulate QUESTIONNAIRE --respondents N [--seed S] [--data DIR | --to FILE.csv] [--targets FILE.csv] [--wave W]`:
/// synthetic sessions written to a journal of the device `synthetic-<seed>`, so that every report can tell them apart;
/// or, with `--to`, straight to the CSV `octant export` would write from that journal (for benchmarks of millions of rows).
enum SimulateCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let path = arguments.operands[0]
        guard let text = arguments.value(.respondents), let respondents = Int(text), respondents >= 1 else {
            throw UsageError(.respondentsNotPositive, command: .simulate)
        }
        var seed = UInt64.random(in: 0...999_999)
        if let text = arguments.value(.seed) {
            guard let value = UInt64(text) else { throw UsageError(.seedNotWhole, command: .simulate) }
            seed = value
        }
        let csvTarget = arguments.value(.to)
        if let csvTarget {
            guard !arguments.has(.data) else { throw UsageError(.toAndDataExclusive, command: .simulate) }
            guard csvTarget.lowercased().hasSuffix(".csv") else { throw UsageError(.outputMustBeCSV, command: .simulate) }
        }
        guard let (survey, language) = try QuestionnaireFile.load(path, arguments) else { return 1 }
        var targets: ReportTargets?
        if let targetsPath = arguments.value(.targets) {
            do {
                targets = try ReportTargets(contentsOf: URL(fileURLWithPath: targetsPath))
            } catch let error as ReportTargetsError {
                Console.error("\(targetsPath): \(error.message(language))")
                return 1
            }
        }
        let options = SimulationOptions(respondents: respondents, seed: seed, wave: arguments.value(.wave), targets: targets)
        let clock = ContinuousClock(), started = clock.now
        let simulator: SurveySimulator
        do throws(SimulationError) {
            simulator = try SurveySimulator(survey: survey, options: options)
        } catch {
            Console.error(CommandText.cannotSimulate(error.message(language)).text(language))
            return 1
        }
        if let panel = try SimulatePanelCommand.design(arguments) {
            return SimulatePanelCommand.run(panel, simulator: simulator, data: URL(fileURLWithPath: arguments.value(.data) ?? "Responses"),
                                            language: language)
        }
        if let csvTarget {
            // `--lang` names the labels' language as it does for `octant export`, so the companions are the same too.
            let exportOptions = ExportOptions(language: arguments.value(.lang))
            let written: SimulatedCSV
            do throws(SimulationError) {
                written = try simulator.writeCSV(to: URL(fileURLWithPath: csvTarget), options: exportOptions)
            } catch {
                if case .export(let failure) = error { Console.error(failure.message(language)) } else {
                    Console.error(CommandText.cannotSimulate(error.message(language)).text(language))
                }
                return 1
            }
            let shown = { (url: URL) in ExportCommand.displayed(url, besides: csvTarget) }
            let elapsed = seconds(since: started, clock)
            Console.out(CommandText.simulatedCSV(sessions: written.rowCount, device: "\(simulator.deviceID)", seed: seed,
                                                 csv: shown(written.files.csv), codebook: shown(written.files.codebook),
                                                 spss: shown(written.files.spss), r: shown(written.files.r), seconds: elapsed).text(language))
            if targets != nil { report(written.targetOutcomes, language: language) }
            return 0
        }
        let data = URL(fileURLWithPath: arguments.value(.data) ?? "Responses")
        let writer: SimulatedJournalWriter
        do throws(SimulationError) {
            writer = try simulator.write(to: data)
        } catch {
            Console.error(CommandText.cannotSimulate(error.message(language)).text(language))
            return 1
        }
        let elapsed = seconds(since: started, clock)
        Console.out(CommandText.simulatedJournal(sessions: writer.sessionCount, events: writer.eventCount, seed: seed,
                                                 path: writer.fileURL.path, seconds: elapsed).text(language))
        guard let targets else { return 0 }
        // Read back from the journal, so the check covers what was actually written.
        guard let contents = try? JournalReader.read(contentsOf: writer.fileURL) else { return 1 }
        let answers = SessionState.fold(contents.events).map { $0.answers }
        report(SurveySimulator.outcomes(of: targets, answers: answers), language: language)
        return 0
    }

    /// Seconds since `start`, one decimal.
    private static func seconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> String {
        let elapsed = (clock.now - start).components
        return String(format: "%.1f", Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    }

    /// Compares every published group mean with the synthetic one (exit status 0 either way).
    private static func report(_ outcomes: [TargetOutcome], language: Language) {
        let reached = outcomes.filter { $0.achieved != nil }
        let unreachable = outcomes.count - reached.count
        let worst = reached.compactMap(\.error).max() ?? 0
        let missed = reached.filter { ($0.error ?? 0) > 0.05 + 1e-9 }
        Console.out(CommandText.targets(reproduced: reached.count - missed.count, reached: reached.count, worstError: worst,
                                        unreachable: unreachable).text(language))
        // Missed targets are reported, not fatal: some published tables contradict each other (see Questionnaires/data).
        for outcome in missed {
            let detail = "\(outcome.target.variable) \(outcome.target.breakdown)=\(outcome.target.group): \(outcome.target.printed) → \(String(format: "%.3f", outcome.achieved ?? 0))"
            Console.error(CommandText.targetMissed(detail).text(language))
        }
    }
}
