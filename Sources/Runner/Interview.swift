import Foundation
import Questionnaire
import Responses
import Support

/// The interview as a pure state machine: questionnaire, answers so far and one input give the journal actions to
/// write and the next screen. It does no I/O, so every path is tested without a terminal.
public struct Interview: Sendable {
    public let survey: Survey
    public let plan: InterviewPlan
    public internal(set) var settings: InterviewSettings
    public internal(set) var phase: InterviewPhase
    /// Recorded answers and skips by item key (hidden ones removed, as the journal does).
    public internal(set) var answers: [String: JournalAnswer]
    public private(set) var participantCode: String?
    var codeParts: [String] = []
    var pending: Pending = .none
    var selection: [String] = []
    var message: String?
    var showsHelp = false
    /// The step shown before the current one, to know when a section or question is entered.
    var previousStep: Int?
    /// A session taken up again is already in the journal: it is never started a second time.
    let isResumed: Bool
    /// The wave came from the command line: going back from the code does not ask it.
    let waveGiven: Bool

    enum Pending: Hashable, Sendable {
        case none
        case otherText(codes: [String], multiple: Bool)
        case warning(answer: AnswerValue, confirmed: [String], constraint: Constraint)
        case pause
    }

    var language: Language { settings.interfaceLanguage }
    var text: TextResolver { TextResolver(language: settings.language, mainLanguage: survey.language, easy: settings.easy) }

    /// A new session: the wave first when the questionnaire declares waves and none was given, then the participant
    /// code when it declares one, then the first question.
    public init(survey: Survey, plan: InterviewPlan, settings: InterviewSettings) {
        self.survey = survey
        self.plan = plan
        self.settings = settings
        answers = [:]
        isResumed = false
        waveGiven = settings.wave != nil
        phase = .review
        phase = openingPhase()
    }

    /// A session taken up again: it continues at the first question the conditions ask that has no answer yet.
    public init(resuming survey: Survey, plan: InterviewPlan, settings: InterviewSettings,
                answers: [String: JournalAnswer], participantCode: String?) {
        self.survey = survey
        self.plan = plan
        self.settings = settings
        self.answers = answers
        self.participantCode = participantCode
        isResumed = true
        waveGiven = true
        phase = .review
        phase = firstOpenPhase()
    }

    /// The actions to write before anything is shown (the session start, unless a participant code is asked first).
    public func start() -> InterviewOutcome {
        var actions: [JournalAction] = []
        if !isResumed && !isBeforeStart { actions.append(.startSession(sessionStart)) }
        return InterviewOutcome(actions: actions, screen: screen)
    }

    /// True while the wave or the participant code is asked: nothing is in the journal yet.
    var isBeforeStart: Bool {
        switch phase {
        case .wave, .participantCode, .confirmCode: return true
        default: return false
        }
    }

    /// Where a new session begins: the wave, else the participant code, else the first question.
    func openingPhase() -> InterviewPhase {
        if settings.wave == nil && !survey.waves.isEmpty { return .wave }
        if let code = survey.participantCode, !code.elements.isEmpty, participantCode == nil { return .participantCode(element: 0) }
        return firstOpenPhase()
    }

    /// The first-time actions for a new session; resumed sessions call `screen` directly.
    var sessionStart: SessionStart {
        SessionStart(presentedOrder: plan.presentedOrder, seed: plan.seed, wave: settings.wave, mode: settings.mode,
                     language: settings.language, mediatorEntersAnswers: settings.mode == .interviewer,
                     participantCode: participantCode, easy: settings.easy)
    }

    /// Answer values the conditions read (skips are no answer).
    public var answerValues: [String: AnswerValue] {
        Condition.answers(answers.compactMapValues { if case .value(let v) = $0 { return v } else { return nil } }, wave: settings.wave)
    }

    /// Indices of the steps the conditions ask with the current answers, in presentation order.
    public var askedSteps: [Int] {
        let values = answerValues
        return plan.steps.indices.filter { plan.steps[$0].isAsked(given: values) }
    }

    func firstOpenPhase() -> InterviewPhase {
        let values = answerValues
        let open = plan.steps.indices.first { plan.steps[$0].isAsked(given: values) && answers[plan.steps[$0].key] == nil }
        return open.map { .step($0) } ?? .review
    }

    // MARK: - Input

    public mutating func handle(_ input: InterviewInput) -> InterviewOutcome {
        message = nil
        showsHelp = false
        var actions: [JournalAction] = []
        let before = currentStepIndex
        switch phase {
        case .wave: handleWave(input, actions: &actions)
        case .participantCode(let element): handleCode(input, element: element, actions: &actions)
        case .confirmCode: handleCodeConfirmation(input, actions: &actions)
        case .step(let index): handleStep(input, index: index, actions: &actions)
        case .review: handleReview(input, actions: &actions)
        case .finished, .paused, .leftBeforeStart: break
        }
        if currentStepIndex != before {
            previousStep = before
            selection = initialSelection
        }
        return InterviewOutcome(actions: actions, screen: screen)
    }

    var currentStepIndex: Int? {
        if case .step(let index) = phase { return index }
        return nil
    }

    var initialSelection: [String] {
        guard let index = currentStepIndex, case .value(.choices(let codes, _))? = answers[plan.steps[index].key] else { return [] }
        return codes
    }

    /// The typed line, or the command a key means, before the session starts.
    private func typedLine(_ input: InterviewInput) -> String {
        switch input {
        case .back: return "p"
        case .toggle(let number): return String(number)
        case .line(let typed): return typed.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Leaving before the session starts writes nothing; it is confirmed like a pause.
    private mutating func confirmLeaving(_ line: String) {
        pending = .none
        if YesNoReply.isYes(line) { phase = .leftBeforeStart }
    }

    /// The commands every screen before the start shares; true when the line was one of them.
    private mutating func preStartCommand(_ line: String) -> Bool {
        switch line.lowercased() {
        case "r": return true
        case "?": showsHelp = true; return true
        case "q": pending = .pause; return true
        default: return false
        }
    }

    private mutating func handleWave(_ input: InterviewInput, actions: inout [JournalAction]) {
        let line = typedLine(input)
        if pending == .pause { confirmLeaving(line); return }
        if line.lowercased() == "p" || preStartCommand(line) { return }
        guard let number = Int(line), survey.waves.indices.contains(number - 1) else {
            message = RunnerText.chooseWave(count: survey.waves.count).text(language, settings.wording)
            return
        }
        settings.wave = survey.waves[number - 1].id
        phase = openingPhase()
        if !isBeforeStart { actions.append(.startSession(sessionStart)) }
    }

    private mutating func handleCode(_ input: InterviewInput, element: Int, actions: inout [JournalAction]) {
        guard let code = survey.participantCode else { return }
        let line = typedLine(input)
        if pending == .pause { confirmLeaving(line); return }
        if line.lowercased() == "p" {
            if element > 0 {
                codeParts.removeLast()
                phase = .participantCode(element: element - 1)
            } else if !waveGiven && !survey.waves.isEmpty {
                settings.wave = nil
                phase = .wave
            }
            return
        }
        if preStartCommand(line) { return }
        let spec = code.elements[element]
        // An empty line is a stray Enter, never "does not know": that answer is typed (x).
        guard !line.isEmpty, let normalised = ParticipantCodeNormaliser.normalise(line, element: spec) else {
            message = (spec.kind == .letters ? RunnerText.codeLetters(spec.length) : RunnerText.codeDigits(spec.length))
                .text(language, settings.wording)
            return
        }
        codeParts.append(normalised)
        phase = element + 1 < code.elements.count ? .participantCode(element: element + 1) : .confirmCode
    }

    /// The code is read back element by element: "yes" starts the session, "no" types it again from the start.
    private mutating func handleCodeConfirmation(_ input: InterviewInput, actions: inout [JournalAction]) {
        let line = typedLine(input)
        if pending == .pause { confirmLeaving(line); return }
        if line.lowercased() == "p" {
            codeParts.removeLast()
            phase = .participantCode(element: codeParts.count)
            return
        }
        if preStartCommand(line) { return }
        if YesNoReply.isYes(line) {
            participantCode = codeParts.joined()
            actions.append(.startSession(sessionStart))
            phase = firstOpenPhase()
        } else if YesNoReply.isNo(line) {
            codeParts = []
            phase = .participantCode(element: 0)
            message = RunnerText.codeTypedAgain.text(language, settings.wording)
        } else {
            message = RunnerText.confirmCodeKeys.text(language, settings.wording)
        }
    }

    private mutating func handleReview(_ input: InterviewInput, actions: inout [JournalAction]) {
        let line: String
        switch input {
        case .back: line = "p"
        case .toggle: return
        case .line(let typed): line = typed.trimmingCharacters(in: .whitespaces).lowercased()
        }
        if pending == .pause {
            pending = .none
            if YesNoReply.isYes(line) { phase = .paused; actions.append(.pause) }
            return
        }
        switch line {
        case "": phase = .finished; actions.append(.complete)
        case "p": if let last = askedSteps.last { phase = .step(last) }
        case "q": pending = .pause
        case "?": showsHelp = true
        case "r": break
        default: message = RunnerText.pressEnterToFinish.text(language, settings.wording)
        }
    }
}
