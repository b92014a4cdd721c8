import Foundation
import Questionnaire
import Responses
import Runner
import Support

/// `octant run QUESTIONNAIRE` administers a questionnaire; `octant run --resume` continues an unfinished interview.
/// Exit statuses: 0 completed or paused, 1 journal error or input ended, 2 usage error, 130 Ctrl-C.
enum RunCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        if arguments.has(.resume) { return try resume(arguments) }
        let path = arguments.operands[0]
        let (source, result) = try QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path), displayName: path)
        let survey = result.survey
        let language = arguments.language(questionnaireLanguage: survey.language)
        if result.hasErrors {
            for diagnostic in result.errors { Console.error(diagnostic.rendered(in: source, language: language)) }
            Console.error(CommandText.questionnaireHasErrors.text(language))
            return 1
        }
        let mode = interviewMode(arguments)
        let wave = try waveLabel(arguments, survey: survey)
        var seed: UInt64
        if let given = arguments.value(.seed) {
            guard let parsed = UInt64(given) else { throw UsageError(.seedNotWhole, command: .run) }
            seed = parsed
        } else {
            var generator = SystemRandomNumberGenerator()
            seed = generator.next()
        }
        let settings = InterviewSettings(language: arguments.value(.lang) ?? survey.language, easy: arguments.has(.easy),
                                         mode: mode, wave: wave)
        let journal: AnswerJournal
        do { journal = try openJournal(arguments, language: language) } catch let failure as RunFailure {
            Console.error(failure.message)
            return 1
        }
        let plan = InterviewPlan(survey: survey, seed: seed)
        let identity = QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
        var driver = InterviewDriver(interview: Interview(survey: survey, plan: plan, settings: settings), journal: journal,
                                     sessionID: .random(), questionnaire: identity, alreadyStarted: false)
        driver.resumeCommand = ResumeCommandLine(arguments: arguments, questionnairePath: path, session: driver.sessionID.code).text
        return administer(driver, arguments: arguments, language: settings.interfaceLanguage)
    }

    struct RunFailure: Error { var message: String }

    static func openJournal(_ arguments: Arguments, language: Language) throws -> AnswerJournal {
        let directory = URL(fileURLWithPath: arguments.value(.data) ?? "Responses")
        do {
            let data = try DataDirectory.prepare(directory)
            if let recovery = data.recovery { Console.error(recovery.message(language)) }
            let journal = try AnswerJournal(dataDirectory: directory, deviceID: data.deviceID)
            if let recovery = journal.recovery {
                Console.error(CommandText.tornJournalLine(recovery.tornFileName).text(language))
            }
            return journal
        } catch let problem as DataDirectory.Problem {
            throw RunFailure(message: problem.message(language))
        } catch let error as JournalError {
            throw RunFailure(message: error.message(language: language.rawValue))
        }
    }

    /// The table folds the aliases (`enquêteur`, `auto`) into the modes' own names and refuses anything else.
    static func interviewMode(_ arguments: Arguments) -> InterviewMode {
        arguments.value(.mode).flatMap(InterviewMode.init(rawValue:)) ?? .interviewer
    }

    static func waveLabel(_ arguments: Arguments, survey: Survey) throws -> String? {
        guard let wave = arguments.value(.wave) else { return nil }
        let known = survey.waves.map(\.id)
        guard known.isEmpty || known.contains(wave) else { throw UsageError(.unknownWave(wave, declared: known), command: .run) }
        return wave
    }

    /// Runs the interview on the right display and turns its ending into an exit status.
    static func administer(_ driver: InterviewDriver, arguments: Arguments, language: Language) -> Int32 {
        var driver = driver
        let environment = ProcessInfo.processInfo.environment
        let terminal = TerminalEnvironment(environment: environment)
        let ending: InterviewEnding
        if terminal.usesKeypressDisplay(plainRequested: arguments.has(.plain), environment: environment) {
            var display = KeypressDisplay(colour: terminal.colourAllowed)
            guard display.begin() else {
                var plain = PlainDisplay()
                return status(of: driver.run(on: &plain), driver: driver, language: language)
            }
            ending = driver.run(on: &display)
            display.end()
        } else {
            // Ctrl-C in line mode: every acknowledged answer is on disk already, so leaving at once is safe.
            signal(SIGINT) { _ in _exit(130) }
            var display = PlainDisplay()
            ending = driver.run(on: &display)
        }
        return status(of: ending, driver: driver, language: language)
    }

    static func status(of ending: InterviewEnding, driver: InterviewDriver, language: Language) -> Int32 {
        switch ending {
        case .completed, .paused, .leftBeforeStart: return 0
        case .interrupted:
            if driver.started {
                Console.error(CommandText.interrupted(session: driver.sessionID.code, command: driver.resumeCommand).text(language))
            }
            return 130
        case .inputEnded:
            if driver.started { Console.error("\n" + CommandText.inputEnded(command: driver.resumeCommand).text(language)) }
            return 1
        case .journalFailed(let error):
            Console.error("\n" + error.message(language: language.rawValue))
            return 1
        }
    }
}

extension RunCommand {
    /// Lists the unfinished sessions, lets the mediator choose one, and continues it at its first unanswered question.
    static func resume(_ arguments: Arguments) throws -> Int32 {
        let interfaceLanguage = arguments.language()
        let journal: AnswerJournal
        do { journal = try openJournal(arguments, language: interfaceLanguage) } catch let failure as RunFailure {
            Console.error(failure.message)
            return 1
        }
        var sessions = journal.resumableSessions
        guard !sessions.isEmpty else {
            Console.out(CommandText.nothingToResume.text(interfaceLanguage))
            return 0
        }
        if let code = arguments.value(.session) {
            sessions = sessions.filter { $0.sessionID.code.caseInsensitiveCompare(code) == .orderedSame }
            guard !sessions.isEmpty else {
                Console.error(CommandText.unknownSessionCode(TerminalText.printable(code)).text(interfaceLanguage))
                return 1
            }
        }
        let surveys = candidateSurveys(arguments.operands)
        let summaries = sessions.map { state in SessionSummary(state: state, survey: bestSurvey(for: state, among: surveys)) }
        Console.out(CommandText.interviewsToResume.text(interfaceLanguage))
        for (offset, summary) in summaries.enumerated() { Console.out("  \(offset + 1). " + summary.line(interfaceLanguage)) }
        let chosen: SessionSummary
        if summaries.count == 1 {
            chosen = summaries[0]
        } else {
            FileHandle.standardOutput.write(Data(CommandText.chooseInterview.text(interfaceLanguage).utf8))
            while true {
                guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return 1 }
                if line.lowercased() == "q" { return 0 }
                if line.isEmpty { chosen = summaries[summaries.count - 1]; break }
                if let number = Int(line), summaries.indices.contains(number - 1) { chosen = summaries[number - 1]; break }
                FileHandle.standardOutput.write(Data(CommandText.typeInterviewNumber(summaries.count).text(interfaceLanguage).utf8))
            }
        }
        guard let survey = chosen.survey, let start = chosen.state.start else {
            Console.error(CommandText.sessionQuestionnaireMissing(chosen.state.questionnaire.id).text(interfaceLanguage))
            return 1
        }
        let identity = QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
        let language = Language(forCode: start.language)
        do {
            let compatibility = try journal.resume(session: chosen.state.sessionID, with: identity)
            if compatibility == .sameVersionEditedSource {
                Console.error(CommandText.questionnaireEditedSinceStart.text(language))
            }
        } catch {
            Console.error(error.message(language: language.rawValue))
            return 1
        }
        // Everything the session started with comes back: a resumed interview reads as it began.
        let settings = InterviewSettings(language: start.language, easy: start.easy, mode: start.mode, wave: start.wave)
        let plan = InterviewPlan(survey: survey, seed: start.seed, presentedOrder: start.presentedOrder)
        let state = journal.sessions[chosen.state.sessionID]!
        let interview = Interview(resuming: survey, plan: plan, settings: settings, answers: state.answers,
                                  participantCode: start.participantCode)
        var driver = InterviewDriver(interview: interview, journal: journal, sessionID: state.sessionID,
                                     questionnaire: identity, alreadyStarted: true)
        driver.resumeCommand = ResumeCommandLine(arguments: arguments, questionnairePath: arguments.operands.first,
                                                 session: state.sessionID.code).text
        return administer(driver, arguments: arguments, language: language)
    }

    /// The questionnaires named, else those of `Questionnaires/` and of the current folder.
    static func candidateSurveys(_ paths: [String]) -> [Survey] {
        var files = paths
        if files.isEmpty {
            let manager = FileManager.default
            for folder in ["Questionnaires", "."] {
                let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
                files += names.filter { $0.hasSuffix(".survey") }.sorted().map { folder == "." ? $0 : "\(folder)/\($0)" }
            }
        }
        return files.compactMap { path in
            guard let (_, result) = try? QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path)), !result.hasErrors else { return nil }
            return result.survey
        }
    }

    /// The questionnaire with the session's id, the one with the same source text first.
    static func bestSurvey(for state: SessionState, among surveys: [Survey]) -> Survey? {
        let sameID = surveys.filter { $0.id == state.questionnaire.id }
        return sameID.first { SHA256.hexDigest(of: $0.source) == state.questionnaire.sourceHash } ?? sameID.first
    }
}
