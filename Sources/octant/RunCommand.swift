import Foundation
import Questionnaire
import Responses
import Runner
import Support

/// `octant run QUESTIONNAIRE` administers a questionnaire; `octant run --resume` continues an unfinished interview.
/// Exit statuses: 0 completed or paused, 1 journal error or input ended, 2 usage error, 130 Ctrl-C.
enum RunCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        try arguments.allow(["data", "wave", "mode", "plain", "easy", "resume", "seed"])
        if arguments.flags.contains("resume") { return try resume(arguments) }
        guard arguments.operands.count == 1, let path = arguments.operands.first else {
            throw Arguments.UsageError { l in l.pick(fr: "indiquez un questionnaire : octant run FICHIER.survey (ou octant run --resume)",
                                                     en: "name one questionnaire: octant run FILE.survey (or octant run --resume)") }
        }
        let (source, result) = try QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path), displayName: path)
        let survey = result.survey
        let language = try arguments.language(questionnaireLanguage: survey.language)
        if result.hasErrors {
            for diagnostic in result.errors { Console.error(diagnostic.rendered(in: source, language: language)) }
            Console.error(language.pick(fr: "Ce questionnaire a des erreurs : corrigez-les avant de le faire passer (octant check).",
                                        en: "This questionnaire has errors: fix them before administering it (octant check)."))
            return 1
        }
        let mode = try interviewMode(arguments)
        let wave = try waveLabel(arguments, survey: survey)
        var seed: UInt64
        if let given = arguments.value("seed") {
            guard let parsed = UInt64(given) else {
                throw Arguments.UsageError { l in l.pick(fr: "--seed attend un entier positif", en: "--seed needs a non-negative integer") }
            }
            seed = parsed
        } else {
            var generator = SystemRandomNumberGenerator()
            seed = generator.next()
        }
        let settings = InterviewSettings(language: arguments.value("lang") ?? survey.language, easy: arguments.flags.contains("easy"),
                                         mode: mode, wave: wave)
        let journal: AnswerJournal
        do { journal = try openJournal(arguments, language: language) } catch let failure as RunFailure {
            Console.error(failure.message)
            return 1
        }
        let plan = InterviewPlan(survey: survey, seed: seed)
        let identity = QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
        let driver = InterviewDriver(interview: Interview(survey: survey, plan: plan, settings: settings), journal: journal,
                                     sessionID: .random(), questionnaire: identity, alreadyStarted: false)
        return administer(driver, arguments: arguments, language: settings.interfaceLanguage)
    }

    struct RunFailure: Error { var message: String }

    static func openJournal(_ arguments: Arguments, language: Language) throws -> AnswerJournal {
        let directory = URL(fileURLWithPath: arguments.value("data") ?? "Responses")
        do {
            let device = try DataDirectory.prepare(directory)
            let journal = try AnswerJournal(dataDirectory: directory, deviceID: device)
            if let recovery = journal.recovery {
                Console.error(language.pick(
                    fr: "Note : une dernière ligne incomplète du journal (coupure pendant une écriture) a été mise de côté dans \(recovery.tornFileName).",
                    en: "Note: an incomplete last journal line (cut during a write) was set aside in \(recovery.tornFileName)."))
            }
            return journal
        } catch let problem as DataDirectory.Problem {
            throw RunFailure(message: problem.message(language))
        } catch let error as JournalError {
            throw RunFailure(message: error.message(language: language.rawValue))
        }
    }

    static func interviewMode(_ arguments: Arguments) throws -> InterviewMode {
        switch arguments.value("mode") {
        case nil, "interviewer", "enqueteur", "enquêteur": return .interviewer
        case "self", "auto": return .selfAdministered
        case let other?:
            throw Arguments.UsageError { l in l.pick(fr: "mode inconnu « \(other) » (interviewer ou self)",
                                                     en: "unknown mode '\(other)' (interviewer or self)") }
        }
    }

    static func waveLabel(_ arguments: Arguments, survey: Survey) throws -> String? {
        guard let wave = arguments.value("wave") else { return nil }
        let known = survey.waves.map(\.id)
        guard known.isEmpty || known.contains(wave) else {
            throw Arguments.UsageError { l in l.pick(fr: "vague inconnue « \(wave) » (vagues : \(known.joined(separator: ", ")))",
                                                     en: "unknown wave '\(wave)' (waves: \(known.joined(separator: ", ")))") }
        }
        return wave
    }

    /// Runs the interview on the right display and turns its ending into an exit status.
    static func administer(_ driver: InterviewDriver, arguments: Arguments, language: Language) -> Int32 {
        var driver = driver
        let environment = ProcessInfo.processInfo.environment
        let terminal = TerminalEnvironment(environment: environment)
        let ending: InterviewEnding
        if terminal.usesKeypressDisplay(plainRequested: arguments.flags.contains("plain"), environment: environment) {
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
                Console.error(language.pick(fr: "Interrompu. Les réponses données sont enregistrées ; reprise : octant run --resume (session \(driver.sessionID.code)).",
                                            en: "Interrupted. The answers given are saved; to resume: octant run --resume (session \(driver.sessionID.code))."))
            }
            return 130
        case .inputEnded:
            Console.error(language.pick(fr: "\nFin de l'entrée : l'entretien est mis en pause. Reprise : octant run --resume",
                                        en: "\nEnd of input: the interview is paused. To resume: octant run --resume"))
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
        let interfaceLanguage = try arguments.language()
        let journal: AnswerJournal
        do { journal = try openJournal(arguments, language: interfaceLanguage) } catch let failure as RunFailure {
            Console.error(failure.message)
            return 1
        }
        let sessions = journal.resumableSessions
        guard !sessions.isEmpty else {
            Console.out(interfaceLanguage.pick(fr: "Aucun entretien à reprendre.", en: "No interview to resume."))
            return 0
        }
        let surveys = candidateSurveys(arguments.operands)
        let summaries = sessions.map { state in SessionSummary(state: state, survey: bestSurvey(for: state, among: surveys)) }
        Console.out(interfaceLanguage.pick(fr: "Entretiens à reprendre :", en: "Interviews to resume:"))
        for (offset, summary) in summaries.enumerated() { Console.out("  \(offset + 1). " + summary.line(interfaceLanguage)) }
        let chosen: SessionSummary
        if summaries.count == 1 {
            chosen = summaries[0]
        } else {
            FileHandle.standardOutput.write(Data(interfaceLanguage.pick(
                fr: "Numéro de l'entretien à reprendre (Entrée : le dernier, q : annuler) : ",
                en: "Number of the interview to resume (Enter: the last one, q: cancel): ").utf8))
            while true {
                guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return 1 }
                if line.lowercased() == "q" { return 0 }
                if line.isEmpty { chosen = summaries[summaries.count - 1]; break }
                if let number = Int(line), summaries.indices.contains(number - 1) { chosen = summaries[number - 1]; break }
                FileHandle.standardOutput.write(Data(interfaceLanguage.pick(fr: "Tapez un numéro de 1 à \(summaries.count) : ",
                                                                            en: "Type a number from 1 to \(summaries.count): ").utf8))
            }
        }
        guard let survey = chosen.survey, let start = chosen.state.start else {
            Console.error(interfaceLanguage.pick(
                fr: "Le questionnaire « \(chosen.state.questionnaire.id) » de cette session est introuvable : lancez la reprise depuis le dossier qui contient Questionnaires/, ou donnez le fichier : octant run --resume FICHIER.survey",
                en: "The questionnaire '\(chosen.state.questionnaire.id)' of this session cannot be found: resume from the folder holding Questionnaires/, or name the file: octant run --resume FILE.survey"))
            return 1
        }
        let identity = QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
        let language = Language(forCode: start.language)
        do {
            let compatibility = try journal.resume(session: chosen.state.sessionID, with: identity)
            if compatibility == .sameVersionEditedSource {
                Console.error(language.pick(fr: "Attention : le questionnaire a été modifié depuis le début de cette session (même version).",
                                            en: "Warning: the questionnaire was edited since this session began (same version)."))
            }
        } catch {
            Console.error(error.message(language: language.rawValue))
            return 1
        }
        let settings = InterviewSettings(language: start.language, easy: arguments.flags.contains("easy"), mode: start.mode, wave: start.wave)
        let plan = InterviewPlan(survey: survey, seed: start.seed, presentedOrder: start.presentedOrder)
        let state = journal.sessions[chosen.state.sessionID]!
        let interview = Interview(resuming: survey, plan: plan, settings: settings, answers: state.answers,
                                  participantCode: start.participantCode)
        let driver = InterviewDriver(interview: interview, journal: journal, sessionID: state.sessionID,
                                     questionnaire: identity, alreadyStarted: true)
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
