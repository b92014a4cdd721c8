import Foundation
import Support

/// The questionnaire as plain text, in the order the runner asks it: what `octant show` prints.
public struct SurveyListing {
    public var survey: Survey
    public var language: Language
    /// The language of the questionnaire's texts to show (a code such as "fr" or "en").
    public var textLanguage: String

    public init(_ survey: Survey, language: Language, textLanguage: String? = nil) {
        self.survey = survey
        self.language = language
        self.textLanguage = textLanguage ?? language.rawValue
    }

    func word(_ text: QuestionnaireText) -> String { text.localized[language] }

    func text(_ localized: LocalizedText?) -> String {
        guard let localized else { return "" }
        return TerminalText.printable(localized.text(in: textLanguage, mainLanguage: survey.language))
    }

    public func render() -> String {
        var out: [String] = []
        let title = text(survey.metadata.title)
        out.append("\(title.isEmpty ? survey.id : title)")
        out.append("\(survey.id) · version \(survey.version) · \(word(.languages)) \(survey.languages.joined(separator: ", "))")
        out.append("")
        var number = 0
        func walk(_ elements: [SurveyElement], depth: Int) {
            let pad = String(repeating: "  ", count: depth)
            for element in elements {
                switch element {
                case .section(let section):
                    out.append("\(pad)== \(text(section.title)) ==" + when(section.condition))
                    if let intro = section.intro { out.append("\(pad)   « \(text(intro)) »") }
                    if let note = section.note { out.append("\(pad)   " + word(.note(text(note)))) }
                    walk(section.elements, depth: depth + 1)
                case .question(let question):
                    number += 1
                    let flags = [question.isRequired ? word(.required) : nil, question.shuffle ? word(.randomOrder) : nil].compactMap { $0 }
                    out.append("\(pad)\(number). [\(question.id)] \(text(question.text))"
                               + (flags.isEmpty ? "" : " (\(flags.joined(separator: ", ")))") + when(question.condition))
                    out += details(of: question).map { pad + "     " + $0 }
                }
            }
        }
        walk(survey.elements, depth: 0)
        return out.joined(separator: "\n")
    }

    func when(_ condition: Condition?) -> String {
        guard let condition else { return "" }
        return word(.when(condition.description))
    }

    func details(of question: Question) -> [String] {
        var lines: [String] = []
        let escapes = question.escapes.compactMap { survey.escape($0) }.map { "\($0.key) \(text($0.label))" }
        switch question.kind {
        case .likert(let scale, let items, let retrospective):
            let anchors = "1 \(text(scale.label(of: 1))) … \(scale.points) \(text(scale.label(of: scale.points)))"
            lines.append(word(.scale) + " \(scale.id) : \(anchors)")
            if let retrospective { lines.append("\(text(retrospective.then)) / \(text(retrospective.now))") }
            for item in items {
                lines.append("- [\(item.id)] \(text(item.text))" + (item.isReversed ? word(.reversed) : "")
                             + when(item.condition))
            }
        case .single(let options), .multiple(let options, _, _):
            for (index, option) in options.enumerated() {
                lines.append("\(index + 1) \(text(option.label)) [\(option.code)]" + (option.isOther ? word(.specify) : ""))
            }
        case .yesNo:
            lines.append(question.options.enumerated().map { "\($0.offset + 1) \(text($0.element.label))" }.joined(separator: "  "))
        case .grid(let options, let rows):
            lines.append(options.enumerated().map { "\($0.offset + 1) \(text($0.element.label))" }.joined(separator: "  "))
            for row in rows { lines.append("- [\(row.id)] \(text(row.text))" + when(row.condition)) }
        case .number(let format):
            let low = format.minimum.map { "\($0)" } ?? "…"
            let high = format.maximum.map { "\($0)" } ?? "…"
            lines.append(word(.number) + " \(low)..\(high)" + (format.unit.map { " " + text($0) } ?? ""))
        case .text:
            lines.append(word(.openText))
        }
        if !escapes.isEmpty { lines.append(escapes.joined(separator: "  ")) }
        if let note = question.note { lines.append(word(.note(text(note)))) }
        return lines
    }

    /// The codebook as an aligned table: column, kind, label, value labels, missing codes.
    public func renderCodebook() -> String {
        let codebook = Codebook(survey)
        var rows: [[String]] = [[word(.column), word(.kind), word(.label), word(.values)]]
        for variable in codebook.variables {
            let kind: String
            switch variable.kind {
            case .scale(let points): kind = word(.scaleKind(points: points)) + (variable.isReversed ? " (R)" : "")
            case .choice: kind = word(.choice)
            case .indicator: kind = "0/1"
            case .integer: kind = word(.integer)
            case .decimal: kind = word(.decimal)
            case .text, .otherText: kind = word(.textKind)
            case .score: kind = word(.score)
            }
            var values = variable.valueLabels.count > 10
                ? [word(.manyOptions(variable.valueLabels.count))]
                : variable.valueLabels.map { "\($0.code)=\(text($0.label))" }
            if case .scale = variable.kind { values = variable.valueLabels.compactMap { label in
                text(label.label) == label.code ? nil : "\(label.code)=\(text(label.label))" } }
            values += variable.missingCodes.map { "\($0.code)=\(text($0.label)) (\(word(.missing)))" }
            let label = text(variable.label)
            rows.append([variable.name, kind, label.count > 60 ? String(label.prefix(59)) + "…" : label, values.joined(separator: "; ")])
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[3]
        }.joined(separator: "\n")
    }
}
