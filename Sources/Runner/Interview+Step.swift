import Foundation
import Questionnaire
import Responses

extension Interview {
    mutating func handleStep(_ input: InterviewInput, index: Int, actions: inout [JournalAction]) {
        let step = plan.steps[index]
        switch pending {
        case .pause:
            pending = .none
            if case .line(let line) = input, YesNoReply.isYes(line.trimmingCharacters(in: .whitespaces)) {
                if answers.isEmpty {
                    phase = .leftBeforeStart
                    actions.append(.abandon)
                } else {
                    phase = .paused
                    actions.append(.pause)
                }
            }
            return
        case .otherText(let codes, let multiple):
            guard case .line(let line) = input else { if input == .back { pending = .none }; return }
            pending = .none
            let typed = line.trimmingCharacters(in: .whitespaces)
            let other = typed.isEmpty ? nil : typed
            submit(multiple ? .choices(codes, other: other) : .choice(codes[0], other: other), at: index, actions: &actions)
            return
        case .warning(let answer, let confirmed, let constraint):
            pending = .none
            guard case .line(let line) = input, YesNoReply.isYes(line.trimmingCharacters(in: .whitespaces)) else { return }
            submit(answer, at: index, confirmed: confirmed + [constraint.id], actions: &actions)
            return
        case .none:
            break
        }
        let line: String
        switch input {
        case .back:
            goBack(from: index)
            return
        case .toggle(let number):
            toggle(number, step: step)
            return
        case .line(let typed):
            line = typed.trimmingCharacters(in: .whitespaces)
        }
        switch line.lowercased() {
        case "p": goBack(from: index); return
        case "r": return
        case "?": showsHelp = true; return
        case "q": pending = .pause; return
        case String(CommandKey.skip):
            if step.question.isRequired {
                message = RunnerText.required.text(language, settings.wording)
            } else {
                selection = []
                record(.skipped, at: index, actions: &actions)
            }
            return
        default: break
        }
        let parser = StepInputParser(step: step, escapes: step.escapes(in: survey), language: language, wording: settings.wording,
                                     text: text)
        if line.isEmpty {
            // Enter confirms what is there; it never stands for an answer, least of all a skip.
            if case .multiple = step.question.kind, !selection.isEmpty {
                handleParsed(parser.selection(selection), at: index, actions: &actions)
            } else if answers[step.key] != nil {
                advance(from: index)
            } else {
                message = (step.question.isRequired ? RunnerText.required : RunnerText.answerOrSkip).text(language, settings.wording)
            }
            return
        }
        handleParsed(parser.parse(line), at: index, actions: &actions)
    }

    private mutating func handleParsed(_ parsed: StepInput, at index: Int, actions: inout [JournalAction]) {
        switch parsed {
        case .invalid(let text): message = text
        case .needsOtherText(let codes, let multiple): pending = .otherText(codes: codes, multiple: multiple)
        case .value(let value): submit(value, at: index, actions: &actions)
        }
    }

    private mutating func toggle(_ number: Int, step: InterviewStep) {
        guard case .multiple = step.question.kind, step.options.indices.contains(number - 1) else {
            message = RunnerText.typeOptions(count: step.options.count).text(language, settings.wording)
            return
        }
        let option = step.options[number - 1]
        if let position = selection.firstIndex(of: option.code) {
            selection.remove(at: position)
        } else if option.isExclusive {
            selection = [option.code]
        } else {
            let exclusive = Set(step.options.filter(\.isExclusive).map(\.code))
            selection.removeAll { exclusive.contains($0) }
            selection.append(option.code)
        }
    }

    /// Checks the constraints of the question, asks to confirm a soft warning, then records.
    private mutating func submit(_ value: AnswerValue, at index: Int, confirmed: [String] = [], actions: inout [JournalAction]) {
        let step = plan.steps[index]
        if case .escape = value {} else {
            var values = answerValues
            values[step.key] = value
            for constraint in step.question.constraints where !constraint.condition.evaluate(values) {
                switch constraint.strength {
                case .required:
                    message = text(constraint.message)
                    return
                case .expected where !confirmed.contains(constraint.id):
                    pending = .warning(answer: value, confirmed: confirmed, constraint: constraint)
                    return
                case .expected:
                    continue
                }
            }
        }
        for warning in confirmed { actions.append(.confirmWarning(warning: warning, item: step.key)) }
        record(.value(value), at: index, actions: &actions)
    }

    /// Records the answer, clears the answers it now hides, and moves to the next question asked.
    private mutating func record(_ answer: JournalAnswer, at index: Int, actions: inout [JournalAction]) {
        let key = plan.steps[index].key
        if answers[key] != answer {
            answers[key] = answer
            actions.append(.record(item: key, answer: answer))
            // Hiding one answer can hide others that depended on it: repeat until nothing changes.
            var changed = true
            while changed {
                changed = false
                let values = answerValues
                for step in plan.steps where answers[step.key] != nil && !step.isAsked(given: values) {
                    answers[step.key] = nil
                    actions.append(.clearNotAsked(item: step.key))
                    changed = true
                }
            }
        }
        advance(from: index)
    }

    private mutating func advance(from index: Int) {
        let next = askedSteps.first { $0 > index }
        phase = next.map { .step($0) } ?? .review
    }

    private mutating func goBack(from index: Int) {
        guard let previous = askedSteps.last(where: { $0 < index }) else {
            message = RunnerText.firstQuestion.text(language, settings.wording)
            return
        }
        phase = .step(previous)
    }
}
