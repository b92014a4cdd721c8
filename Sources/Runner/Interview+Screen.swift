import Questionnaire
import Responses

extension Interview {
    /// The screen for the current phase.
    public var screen: InterviewScreen {
        var content: InterviewScreen.Content
        var entry = EntryKind.line
        var current: JournalAnswer?
        var entersSection = false, entersQuestion = false
        switch phase {
        case .wave:
            content = .wave
            entry = survey.waves.count <= 9 ? .singleKey : .numberLine
        case .participantCode(let element):
            content = .participantCode(element: element)
        case .confirmCode:
            content = .confirmCode(elements: codeParts)
            entry = .singleKey
        case .step(let index):
            let asked = askedSteps
            let step = plan.steps[index]
            content = .step(index: index, position: (asked.firstIndex(of: index) ?? 0) + 1, total: asked.count)
            current = answers[step.key]
            entry = Self.entry(for: step)
            let previous = previousStep.map { plan.steps[$0] }
            entersSection = previous?.sections.last?.id != step.sections.last?.id
            entersQuestion = previous?.question.id != step.question.id
            switch pending {
            case .otherText: content = .otherText(index: index); entry = .line
            case .warning(let answer, _, let constraint):
                content = .warning(index: index, message: constraint.message, answer: answer)
                entry = .singleKey
            default: break
            }
        case .review: content = .review; entry = .singleKey
        case .finished: content = .finished
        case .paused: content = .paused
        case .leftBeforeStart: content = .leftBeforeStart
        }
        if pending == .pause { content = isBeforeStart ? .confirmLeave : .confirmPause; entry = .singleKey }
        return InterviewScreen(content: content, message: message, showsHelp: showsHelp, entry: entry,
                               currentAnswer: current, selection: selection,
                               entersSection: entersSection, entersQuestion: entersQuestion)
    }

    /// Single keys answer when every answer is one character; otherwise a line is typed.
    static func entry(for step: InterviewStep) -> EntryKind {
        switch step.question.kind {
        case .likert(let scale, _, _): return scale.points <= 9 ? .singleKey : .numberLine
        case .single, .yesNo, .grid: return step.options.count <= 9 ? .singleKey : .numberLine
        case .multiple: return step.options.count <= 9 ? .toggles : .numberLine
        case .number: return .numberLine
        case .text: return .line
        }
    }
}
