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
            out.append(ScreenLine(l.pick(fr: "« \(label) » : précisez, puis Entrée", en: "“\(label)”: please specify, then Enter"), .strong))
        case .warning(let index, let message, let answer):
            let step = plan.steps[index]
            out.append(ScreenLine(text(step.question.text), .question))
            if let item = step.item { out.append(ScreenLine("  " + text(item.text), .item)) }
            out.append(ScreenLine(l.pick(fr: "Réponse tapée : ", en: "Answer typed: ") + describe(.value(answer), step: step)))
            out.append(ScreenLine(""))
            out.append(ScreenLine(text(message), .strong))
            out.append(ScreenLine(l.pick(fr: "o : oui, je confirme    n : non, corriger", en: "y: yes, I confirm    n: no, correct it"), .keys))
        case .confirmPause:
            out.append(ScreenLine(l.pick(fr: "Mettre l'entretien en pause ? Les réponses sont enregistrées ; il pourra être repris.",
                                         en: "Pause the interview? The answers are saved; it can be resumed."), .strong))
            out.append(ScreenLine(l.pick(fr: "o : oui, pause    n : non, continuer", en: "y: yes, pause    n: no, continue"), .keys))
        case .review:
            out.append(ScreenLine(l.pick(fr: "Toutes les questions ont été posées.", en: "All the questions have been asked."), .title))
            out.append(ScreenLine(RunnerText.pressEnterToFinish(l), .keys))
        case .finished:
            out.append(ScreenLine(l.pick(fr: "Merci pour vos réponses !", en: "Thank you for your answers!"), .title))
            out.append(ScreenLine(l.pick(fr: "Le questionnaire est terminé et enregistré.", en: "The questionnaire is finished and saved.")))
            out += codeLines()
        case .paused:
            out.append(ScreenLine(l.pick(fr: "Entretien en pause. Les réponses sont enregistrées.", en: "Interview paused. The answers are saved."), .title))
            out.append(ScreenLine(l.pick(fr: "Pour reprendre : octant run --resume", en: "To resume: octant run --resume")))
            out += codeLines()
        case .leftBeforeStart:
            out.append(ScreenLine(l.pick(fr: "Entretien abandonné avant de commencer : rien n'a été enregistré.",
                                         en: "Interview left before it started: nothing was saved."), .title))
        }
        if let message = screen.message { out.append(ScreenLine(message, .message)) }
        if screen.showsHelp { out += helpLines(screen) }
        return out
    }

    func codeLines() -> [ScreenLine] {
        var out: [ScreenLine] = []
        if let sessionCode {
            out.append(ScreenLine(l.pick(fr: "Code de la session (pour l'enquêteur) : \(sessionCode)",
                                         en: "Session code (for the interviewer): \(sessionCode)"), .strong))
        }
        if let participantCode {
            out.append(ScreenLine(l.pick(fr: "Code participant : \(participantCode)", en: "Participant code: \(participantCode)"), .strong))
        }
        return out
    }

    func participantCodeLines(_ element: Int) -> [ScreenLine] {
        guard let code = survey.participantCode else { return [] }
        let spec = code.elements[element]
        var out = [ScreenLine(text(code.label), .title),
                   ScreenLine(l.pick(fr: "Élément \(element + 1) sur \(code.elements.count)", en: "Element \(element + 1) of \(code.elements.count)"), .progress),
                   ScreenLine(""), ScreenLine(text(spec.prompt), .question)]
        out.append(ScreenLine(spec.kind == .letters ? RunnerText.codeLetters(spec.length, l) : RunnerText.codeDigits(spec.length, l), .keys))
        return out
    }

    func stepLines(_ step: InterviewStep, screen: InterviewScreen, position: Int, total: Int) -> [ScreenLine] {
        var out: [ScreenLine] = []
        let sectionTitle = step.sections.last.map { text($0.title) } ?? (survey.metadata.title.map { text($0) } ?? survey.id)
        out.append(ScreenLine(sectionTitle, .title))
        out.append(ScreenLine(l.pick(fr: "Question \(position) sur \(total)", en: "Question \(position) of \(total)"), .progress))
        if screen.entersSection, let section = step.sections.last {
            if let intro = section.intro { out.append(ScreenLine(text(intro))) }
            if showsNotes, let note = section.note { out.append(ScreenLine(noteLabel + text(note), .note)) }
        }
        if screen.entersQuestion, let intro = step.question.intro { out.append(ScreenLine(text(intro))) }
        out.append(ScreenLine(""))
        out.append(ScreenLine(text(step.question.text), .question))
        if let item = step.item { out.append(ScreenLine("  " + text(item.text), .item)) }
        if let moment = step.moment, let retrospective = step.retrospective {
            let label = text(moment == .then ? retrospective.then : retrospective.now)
            out.append(ScreenLine("  → " + label, .strong))
        }
        if showsNotes, let note = step.question.note { out.append(ScreenLine(noteLabel + text(note), .note)) }
        out.append(ScreenLine(""))
        out += answerLines(step, screen: screen)
        let escapes = step.escapes(in: survey)
        for escape in escapes { out.append(ScreenLine("  \(escape.key)  \(text(escape.label))", .option)) }
        if let current = screen.currentAnswer {
            out.append(ScreenLine(""))
            out.append(ScreenLine(l.pick(fr: "Réponse enregistrée : ", en: "Saved answer: ") + describe(current, step: step)
                + l.pick(fr: " (Entrée pour la garder)", en: " (Enter keeps it)"), .strong))
        }
        out.append(ScreenLine(""))
        out += keysLines(step, screen: screen).map { ScreenLine($0, .keys) }
        return out
    }

    var noteLabel: String { l.pick(fr: "Note pour l'enquêteur : ", en: "Interviewer note: ") }

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
            case let (low?, high?): range = l.pick(fr: "de \(RunnerText.number(low, l)) à \(RunnerText.number(high, l))", en: "from \(RunnerText.number(low, l)) to \(RunnerText.number(high, l))")
            case let (low?, nil): range = l.pick(fr: "au moins \(RunnerText.number(low, l))", en: "at least \(RunnerText.number(low, l))")
            case let (nil, high?): range = l.pick(fr: "au plus \(RunnerText.number(high, l))", en: "at most \(RunnerText.number(high, l))")
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
        case .likert(let scale, _, _): parts.append(l.pick(fr: "1 à \(scale.points) : répondre", en: "1 to \(scale.points): answer"))
        case .single, .yesNo, .grid: parts.append(l.pick(fr: "numéro : choisir", en: "number: choose"))
        case .multiple:
            parts.append(screen.entry == .toggles
                ? l.pick(fr: "numéros : cocher/décocher, puis Entrée", en: "numbers: tick/untick, then Enter")
                : l.pick(fr: "numéros séparés par des espaces, puis Entrée", en: "numbers separated by spaces, then Enter"))
        case .number: parts.append(l.pick(fr: "tapez le nombre puis Entrée", en: "type the number then Enter"))
        case .text: parts.append(l.pick(fr: "tapez la réponse puis Entrée", en: "type the answer then Enter"))
        }
        var moves: [String] = []
        if !screen.selection.isEmpty {
            moves.append(l.pick(fr: "Entrée : valider", en: "Enter: confirm"))
        } else if screen.currentAnswer != nil {
            moves.append(l.pick(fr: "Entrée : garder", en: "Enter: keep"))
        } else if !step.question.isRequired {
            moves.append(l.pick(fr: "Entrée : passer", en: "Enter: skip"))
        }
        moves.append(l.pick(fr: "p : retour", en: "p: back"))
        moves.append(l.pick(fr: "r : répéter", en: "r: repeat"))
        moves.append(l.pick(fr: "? : aide", en: "?: help"))
        moves.append(l.pick(fr: "q : pause", en: "q: pause"))
        return [parts.joined(separator: "  ·  "), moves.joined(separator: "  ·  ")]
    }

    func helpLines(_ screen: InterviewScreen) -> [ScreenLine] {
        [ScreenLine(""),
         ScreenLine(l.pick(fr: "Aide", en: "Help"), .strong),
         ScreenLine(l.pick(fr: "  Chiffres : choisir une réponse. Lettres indiquées : réponses comme « Je ne sais pas ».",
                           en: "  Digits: choose an answer. The letters shown: answers such as “I don't know”.")),
         ScreenLine(l.pick(fr: "  Entrée : passer une question facultative (ou garder la réponse déjà donnée).",
                           en: "  Enter: skip an optional question (or keep the answer already given).")),
         ScreenLine(l.pick(fr: "  p ou ← : question précédente, la réponse peut être changée.",
                           en: "  p or ←: previous question; the answer can be changed.")),
         ScreenLine(l.pick(fr: "  r : afficher de nouveau la question (pour la relire).", en: "  r: show the question again (to read it aloud).")),
         ScreenLine(l.pick(fr: "  q : pause ; chaque réponse est déjà enregistrée, l'entretien pourra être repris.",
                           en: "  q: pause; every answer is already saved, the interview can be resumed.")),
         ScreenLine(l.pick(fr: "  Ctrl-C : quitter tout de suite (les réponses données restent enregistrées).",
                           en: "  Ctrl-C: quit at once (the answers given stay saved)."))]
    }

    /// An answer as the person would recognise it: the label of the point or option, never a bare code.
    public func describe(_ answer: JournalAnswer, step: InterviewStep) -> String {
        switch answer {
        case .skipped: return l.pick(fr: "passée", en: "skipped")
        case .value(let value):
            switch value {
            case .scalePoint(let point):
                return step.scale?.label(of: point).map { "\(point) (\(text($0)))" } ?? "\(point)"
            case .choice(let code, let other):
                return optionLabel(code, step) + (other.map { " : " + TerminalText.printable($0) } ?? "")
            case .choices(let codes, let other):
                return codes.map { optionLabel($0, step) }.joined(separator: ", ") + (other.map { " : " + TerminalText.printable($0) } ?? "")
            case .number(let number): return RunnerText.number(number, l)
            case .text(let typed): return TerminalText.printable(typed)
            case .escape(let id): return survey.escape(id).map { text($0.label) } ?? id
            }
        }
    }

    func optionLabel(_ code: String, _ step: InterviewStep) -> String {
        step.options.first { $0.code == code }.map { text($0.label) } ?? code
    }
}
