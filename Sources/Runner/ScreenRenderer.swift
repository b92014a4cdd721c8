import Foundation
import Questionnaire
import Responses
import Support

/// One line of a screen and what it is, so that a display may colour it (or not).
public struct ScreenLine: Hashable, Sendable {
    public enum Style: Hashable, Sendable { case plain, title, progress, question, item, option, selected, note, message, keys, strong, help }
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
    /// The exact command that takes this session up again, shown when it is paused.
    public var resumeCommand: String

    public init(survey: Survey, plan: InterviewPlan, settings: InterviewSettings, sessionCode: String? = nil,
                participantCode: String? = nil, resumeCommand: String = "octant run --resume") {
        self.survey = survey
        self.plan = plan
        self.settings = settings
        self.sessionCode = sessionCode
        self.participantCode = participantCode
        self.resumeCommand = resumeCommand
    }

    var l: Language { settings.interfaceLanguage }
    var text: TextResolver { TextResolver(language: settings.language, mainLanguage: survey.language, easy: settings.easy) }
    var showsNotes: Bool { settings.mode == .interviewer }

    public func lines(for screen: InterviewScreen) -> [ScreenLine] {
        var out: [ScreenLine] = []
        switch screen.content {
        case .wave:
            out += waveLines()
        case .participantCode(let element):
            out += participantCodeLines(element)
        case .confirmCode(let elements):
            out += codeCheckLines(elements)
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
            out += keyLines(say(.confirmWarningKeys))
        case .confirmPause:
            out.append(ScreenLine(say(.confirmPause), .strong))
            out += keyLines(say(.confirmPauseKeys))
        case .confirmLeave:
            out.append(ScreenLine(say(.confirmLeave), .strong))
            out += keyLines(say(.confirmPauseKeys))
        case .review:
            out.append(ScreenLine(say(.allAsked), .title))
            out.append(ScreenLine(RunnerText.pressEnterToFinish.text(l, settings.wording), .keys))
        case .finished:
            out.append(ScreenLine(say(.thankYou), .title))
            out.append(ScreenLine(say(.finishedAndSaved)))
            out += codeLines()
        case .paused:
            out.append(ScreenLine(say(.paused), .title))
            out.append(ScreenLine(say(.howToResume(command: resumeCommand))))
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
        out.append(ScreenLine((spec.kind == .letters ? RunnerText.codeLetters(spec.length) : RunnerText.codeDigits(spec.length))
            .text(l, settings.wording), .keys))
        out += moveLines([say(.keysCode)], moves: [.keyBack, .keyHelp, .keyPause])
        return out
    }

    func waveLines() -> [ScreenLine] {
        var out = [ScreenLine(say(.waveTitle), .title), ScreenLine(""), ScreenLine(say(.waveQuestion), .question), ScreenLine("")]
        for (offset, wave) in survey.waves.enumerated() {
            out.append(ScreenLine(String(format: "%3d  ", offset + 1) + text(wave.label), .option))
        }
        out.append(ScreenLine(""))
        out += moveLines([say(.keysChoose)], moves: [.keyHelp, .keyPause])
        return out
    }

    /// Each element next to its own question, so the person hears and sees what each part of the code stands for.
    func codeCheckLines(_ elements: [String]) -> [ScreenLine] {
        guard let code = survey.participantCode else { return [] }
        var out = [ScreenLine(say(.checkCodeTitle), .title), ScreenLine(""), ScreenLine(say(.checkCodeQuestion), .question), ScreenLine("")]
        for (spec, value) in zip(code.elements, elements) {
            out.append(ScreenLine(say(.codeElement(prompt: text(spec.prompt), value: Self.spelled(value))), .option))
        }
        out.append(ScreenLine(""))
        out += keyLines(say(.checkCodeKeys))
        return out
    }

    /// "EL" is shown "E L", so that each character is read aloud on its own.
    static func spelled(_ value: String) -> String { value.map(String.init).joined(separator: " ") }

    /// A message's own line breaks become lines of keys.
    func keyLines(_ text: String) -> [ScreenLine] {
        text.split(separator: "\n").map { ScreenLine(String($0), .keys) }
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
        var recordedEscape: String?
        if case .value(.escape(let id))? = screen.currentAnswer { recordedEscape = id }
        for escape in escapes {
            out.append(optionLine("  \(escape.key)  \(text(escape.label))", chosen: escape.id == recordedEscape))
        }
        if let current = screen.currentAnswer {
            out.append(ScreenLine(""))
            out.append(ScreenLine(say(.savedAnswer(describe(current, step: step))), .strong))
        }
        out.append(ScreenLine(""))
        out += keysLines(step, screen: screen)
        return out
    }

    func say(_ message: ScreenMessage) -> String { message.text(l, settings.wording) }

    /// The screen's lines fitted to a terminal of `size`, a window of the answers when they do not all fit.
    public func lines(for screen: InterviewScreen, fitting size: TerminalSize?, offset: Int?) -> ScreenLayout.Result {
        let all = lines(for: screen)
        guard let size else { return ScreenLayout.Result(lines: all, window: nil) }
        return ScreenLayout(width: size.columns, height: size.rows).fit(all, offset: offset) { window in
            say(.moreOptions(first: window.first + 1, last: window.first + window.count, of: window.total))
        }
    }

    func answerLines(_ step: InterviewStep, screen: InterviewScreen) -> [ScreenLine] {
        switch step.question.kind {
        case .likert(let scale, _, _):
            let recorded: Int?
            if case .value(.scalePoint(let point))? = screen.currentAnswer { recorded = point } else { recorded = nil }
            let labelled = (1...scale.points).filter { scale.label(of: $0) != nil }
            if labelled.count <= 2 && recorded == nil {
                let line = (1...scale.points).map { point in
                    scale.label(of: point).map { "\(point) \(text($0))" } ?? "\(point)"
                }.joined(separator: "   ")
                return [ScreenLine("  " + line, .option)]
            }
            return (1...scale.points).map { point in
                optionLine(String(format: "%3d  ", point) + (scale.label(of: point).map { text($0) } ?? ""), chosen: point == recorded)
            }
        case .single, .yesNo, .grid, .multiple:
            let multiple: Bool
            if case .multiple = step.question.kind { multiple = true } else { multiple = false }
            var recorded: Set<String> = []
            if case .value(.choice(let code, _))? = screen.currentAnswer { recorded = [code] }
            return step.options.enumerated().map { offset, option in
                let ticked = screen.selection.contains(option.code)
                let box = multiple ? (ticked ? "[x] " : "[ ] ") : ""
                return optionLine(String(format: "%3d  ", offset + 1) + box + text(option.label),
                                  chosen: ticked || recorded.contains(option.code), marked: recorded.contains(option.code))
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

    /// An option line; the one already recorded is marked by a sign and by words, not by colour alone, so that
    /// `NO_COLOR` and a screen reader keep it.
    func optionLine(_ text: String, chosen: Bool, marked: Bool? = nil) -> ScreenLine {
        guard chosen else { return ScreenLine(text, .option) }
        guard marked ?? true else { return ScreenLine(text, .selected) }
        return ScreenLine(">" + text.dropFirst() + "  " + say(.recordedMark), .selected)
    }

    /// How to answer, then how to move: two short lines for a mediator, one instruction a line in easy words.
    func keysLines(_ step: InterviewStep, screen: InterviewScreen) -> [ScreenLine] {
        let answer: ScreenMessage
        switch step.question.kind {
        case .likert(let scale, _, _): answer = screen.entry == .numberLine ? .keysNumber : .keysScale(points: scale.points)
        case .single, .yesNo, .grid: answer = screen.entry == .numberLine ? .keysChooseTyped : .keysChoose
        case .multiple: answer = screen.entry == .toggles ? .keysTick : .keysNumbers
        case .number: answer = .keysNumber
        case .text: answer = .keysText
        }
        var moves: [ScreenMessage] = []
        if !screen.selection.isEmpty {
            moves.append(.keyConfirm)
        } else if screen.currentAnswer != nil {
            moves.append(.keyKeep)
        }
        if !step.question.isRequired { moves.append(.keySkip) }
        moves += [.keyBack, .keyRepeat, .keyHelp, .keyPause]
        if screen.entry == .numberLine || screen.entry == .line { moves.append(.lettersThenEnter) }
        return moveLines([say(answer)], moves: moves)
    }

    func moveLines(_ answers: [String], moves: [ScreenMessage]) -> [ScreenLine] {
        // "r" is for a mediator reading aloud; a person alone reads the screen again.
        let kept = settings.mode == .selfAdministered ? moves.filter { $0 != .keyRepeat } : moves
        let lines: [String]
        switch settings.wording {
        case .standard: lines = [answers.joined(separator: "  ·  "), kept.map(say).joined(separator: "  ·  ")]
        case .easyRead: lines = answers + kept.map(say)
        }
        return lines.map { ScreenLine($0, .keys) }
    }

    func helpLines(_ screen: InterviewScreen) -> [ScreenLine] {
        var messages: [ScreenMessage] = [.helpDigits, .helpEnter, .helpSkip, .helpBack, .helpRepeat, .helpPause, .helpQuit]
        if settings.mode == .selfAdministered { messages.removeAll { $0 == .helpRepeat } }
        return [ScreenLine(""), ScreenLine(say(.helpTitle), .help)] + messages.map { ScreenLine(say($0), .help) }
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
