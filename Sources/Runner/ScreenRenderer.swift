import Foundation
import Questionnaire
import Responses
import Support

/// One line of a screen and what it is, so that a display may colour it (or not).
public struct ScreenLine: Hashable, Sendable {
    public enum Style: Hashable, Sendable { case plain, title, progress, question, item, option, selected, note, message, keys, strong }
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// Turns a screen of the interview into lines of text in the session language. Shared by both displays, so the
/// plain mode reads exactly what the full-screen mode shows.
public struct ScreenRenderer: Sendable {
    public var survey: Survey
    public var plan: InterviewPlan
    public var settings: InterviewSettings
    /// The session code the mediator writes down (shown at the end and on pause).
    public var sessionCode: String?
    public var participantCode: String?

    public init(survey: Survey, plan: InterviewPlan, settings: InterviewSettings, sessionCode: String? = nil,
                participantCode: String? = nil) {
        self.survey = survey
        self.plan = plan
        self.settings = settings
        self.sessionCode = sessionCode
        self.participantCode = participantCode
    }

    var l: Language { settings.interfaceLanguage }
    var text: TextResolver { TextResolver(language: settings.language, mainLanguage: survey.language, easy: settings.easy) }
    var showsNotes: Bool { settings.mode == .interviewer }

    public func lines(for screen: InterviewScreen) -> [ScreenLine] {
        var out: [ScreenLine] = []
        switch screen.content {
        case .participantCode(let element):
            out += participantCodeLines(element)
        case .step(let index, let position, let total):
            out += stepLines(plan.steps[index], screen: screen, position: position, total: total)
        case .otherText(let index):
            let step = plan.steps[index]
            out.append(ScreenLine(text(step.question.text), .question))
            let label = step.options.first { $0.isOther }.map { text($0.label) } ?? ""
            out.append(ScreenLine(say(.specifyOther(label: label)), .strong))
        case .warning(let index, let message, let answer):
            let step = plan.steps[index]
            out.append(ScreenLine(text(step.question.text), .question))
            if let item = step.item { out.append(ScreenLine("  " + text(item.text), .item)) }
            out.append(ScreenLine(say(.answerTyped(describe(.value(answer), step: step)))))
            out.append(ScreenLine(""))
            out.append(ScreenLine(text(message), .strong))
            out.append(ScreenLine(say(.confirmWarningKeys), .keys))
        case .confirmPause:
            out.append(ScreenLine(say(.confirmPause), .strong))
            out.append(ScreenLine(say(.confirmPauseKeys), .keys))
        case .review:
            out.append(ScreenLine(say(.allAsked), .title))
            out.append(ScreenLine(RunnerText.pressEnterToFinish.text(l), .keys))
        case .finished:
            out.append(ScreenLine(say(.thankYou), .title))
            out.append(ScreenLine(say(.finishedAndSaved)))
            out += codeLines()
        case .paused:
            out.append(ScreenLine(say(.paused), .title))
            out.append(ScreenLine(say(.howToResume)))
            out += codeLines()
        case .leftBeforeStart:
            out.append(ScreenLine(say(.leftBeforeStart), .title))
        }
        if let message = screen.message { out.append(ScreenLine(message, .message)) }
        if screen.showsHelp { out += helpLines(screen) }
        return out
    }

    func codeLines() -> [ScreenLine] {
        var out: [ScreenLine] = []
        if let sessionCode {
            out.append(ScreenLine(say(.sessionCode(sessionCode)), .strong))
        }
        if let participantCode {
            out.append(ScreenLine(say(.participantCode(participantCode)), .strong))
        }
        return out
    }

    func participantCodeLines(_ element: Int) -> [ScreenLine] {
        guard let code = survey.participantCode else { return [] }
        let spec = code.elements[element]
        var out = [ScreenLine(text(code.label), .title),
                   ScreenLine(say(.elementProgress(element + 1, of: code.elements.count)), .progress),
                   ScreenLine(""), ScreenLine(text(spec.prompt), .question)]
        out.append(ScreenLine((spec.kind == .letters ? RunnerText.codeLetters(spec.length) : RunnerText.codeDigits(spec.length)).text(l), .keys))
        return out
    }

    func stepLines(_ step: InterviewStep, screen: InterviewScreen, position: Int, total: Int) -> [ScreenLine] {
        var out: [ScreenLine] = []
        let sectionTitle = step.sections.last.map { text($0.title) } ?? (survey.metadata.title.map { text($0) } ?? survey.id)
        out.append(ScreenLine(sectionTitle, .title))
        out.append(ScreenLine(say(.questionProgress(position, of: total)), .progress))
        if screen.entersSection, let section = step.sections.last {
            if let intro = section.intro { out.append(ScreenLine(text(intro))) }
            if showsNotes, let note = section.note { out.append(ScreenLine(say(.interviewerNote(text(note))), .note)) }
        }
        if screen.entersQuestion, let intro = step.question.intro { out.append(ScreenLine(text(intro))) }
        out.append(ScreenLine(""))
        out.append(ScreenLine(text(step.question.text), .question))
        if let item = step.item { out.append(ScreenLine("  " + text(item.text), .item)) }
        if let moment = step.moment, let retrospective = step.retrospective {
            let label = text(moment == .then ? retrospective.then : retrospective.now)
            out.append(ScreenLine("  → " + label, .strong))
        }
        if showsNotes, let note = step.question.note { out.append(ScreenLine(say(.interviewerNote(text(note))), .note)) }
        out.append(ScreenLine(""))
        out += answerLines(step, screen: screen)
        let escapes = step.escapes(in: survey)
        for escape in escapes { out.append(ScreenLine("  \(escape.key)  \(text(escape.label))", .option)) }
        if let current = screen.currentAnswer {
            out.append(ScreenLine(""))
            out.append(ScreenLine(say(.savedAnswer(describe(current, step: step))), .strong))
        }
        out.append(ScreenLine(""))
        out += keysLines(step, screen: screen).map { ScreenLine($0, .keys) }
        return out
    }

    func say(_ message: ScreenMessage) -> String { message.text(l) }

    func answerLines(_ step: InterviewStep, screen: InterviewScreen) -> [ScreenLine] {
        switch step.question.kind {
        case .likert(let scale, _, _):
            let labelled = (1...scale.points).filter { scale.label(of: $0) != nil }
            if labelled.count <= 2 {
                let line = (1...scale.points).map { point in
                    scale.label(of: point).map { "\(point) \(text($0))" } ?? "\(point)"
                }.joined(separator: "   ")
                return [ScreenLine("  " + line, .option)]
            }
            return (1...scale.points).map { point in
                ScreenLine("  \(point)  " + (scale.label(of: point).map { text($0) } ?? ""), .option)
            }
        case .single, .yesNo, .grid, .multiple:
            let multiple: Bool
            if case .multiple = step.question.kind { multiple = true } else { multiple = false }
            return step.options.enumerated().map { offset, option in
                let chosen = screen.selection.contains(option.code)
                let box = multiple ? (chosen ? "[x] " : "[ ] ") : ""
                return ScreenLine(String(format: "%3d  ", offset + 1) + box + text(option.label), chosen ? .selected : .option)
            }
        case .number(let format):
            let unit = format.unit.map { " " + text($0) } ?? ""
            let range: String
            switch (format.minimum, format.maximum) {
            case let (low?, high?): range = say(.rangeBetween(low, high))
            case let (low?, nil): range = say(.rangeFrom(low))
            case let (nil, high?): range = say(.rangeUpTo(high))
            case (nil, nil): range = ""
            }
            return range.isEmpty && unit.isEmpty ? [] : [ScreenLine("  (" + range + unit + ")", .option)]
        case .text:
            return []
        }
    }

    /// Two short lines: how to answer, then how to move; short enough not to wrap on an 80-column terminal.
    func keysLines(_ step: InterviewStep, screen: InterviewScreen) -> [String] {
        var parts: [String] = []
        switch step.question.kind {
        case .likert(let scale, _, _): parts.append(say(.keysScale(points: scale.points)))
        case .single, .yesNo, .grid: parts.append(say(.keysChoose))
        case .multiple:
            parts.append(screen.entry == .toggles
                ? say(.keysTick) : say(.keysNumbers))
        case .number: parts.append(say(.keysNumber))
        case .text: parts.append(say(.keysText))
        }
        var moves: [String] = []
        if !screen.selection.isEmpty {
            moves.append(say(.keyConfirm))
        } else if screen.currentAnswer != nil {
            moves.append(say(.keyKeep))
        } else if !step.question.isRequired {
            moves.append(say(.keySkip))
        }
        moves += [say(.keyBack), say(.keyRepeat), say(.keyHelp), say(.keyPause)]
        return [parts.joined(separator: "  ·  "), moves.joined(separator: "  ·  ")]
    }

    func helpLines(_ screen: InterviewScreen) -> [ScreenLine] {
        [ScreenLine(""),
         ScreenLine(say(.helpTitle), .strong)]
            + [ScreenMessage.helpDigits, .helpEnter, .helpBack, .helpRepeat, .helpPause, .helpQuit].map { ScreenLine(say($0)) }
    }

    /// An answer as the person would recognise it: the label of the point or option, never a bare code.
    public func describe(_ answer: JournalAnswer, step: InterviewStep) -> String {
        switch answer {
        case .skipped: return say(.skipped)
        case .value(let value):
            switch value {
            case .scalePoint(let point):
                return step.scale?.label(of: point).map { "\(point) (\(text($0)))" } ?? "\(point)"
            case .choice(let code, let other):
                return optionLabel(code, step) + (other.map { " : " + TerminalText.printable($0) } ?? "")
            case .choices(let codes, let other):
                return codes.map { optionLabel($0, step) }.joined(separator: ", ") + (other.map { " : " + TerminalText.printable($0) } ?? "")
            case .number(let number): return Localized.decimal(number)[l]
            case .text(let typed): return TerminalText.printable(typed)
            case .escape(let id): return survey.escape(id).map { text($0.label) } ?? id
            }
        }
    }

    func optionLabel(_ code: String, _ step: InterviewStep) -> String {
        step.options.first { $0.code == code }.map { text($0.label) } ?? code
    }
}
