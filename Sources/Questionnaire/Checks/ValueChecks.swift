import Foundation

/// Numbers that stand for answers in other tools: each option's `value` (declared for all options of a list, or for
/// none) and each escape answer's missing code, which must never be an answer of a question that allows it.
extension Parser {
    mutating func checkValues(of options: [ChoiceOption]) {
        guard options.contains(where: { $0.value != nil }) else { return }
        var lines: [Int: Int] = [:]
        for option in options {
            guard let value = option.value else {
                error(.optionWithoutValue(option.code), at: option.location, length: option.code.unicodeScalars.count)
                continue
            }
            if let first = lines[value] {
                error(.duplicateValue(value, firstLine: first), at: option.location, length: option.code.unicodeScalars.count)
            } else {
                lines[value] = option.location.line
            }
        }
    }
}

extension SurveyChecks {
    static func checkMissingCodes(_ survey: Survey, diagnostics: inout [Diagnostic]) {
        var lines: [Int: Int] = [:]
        for escape in survey.escapes {
            guard let value = escape.value else { continue }
            if let first = lines[value] {
                diagnostics.append(Diagnostic(.error, .duplicateValue(value, firstLine: first), at: escape.location,
                                              length: escape.id.unicodeScalars.count))
            } else {
                lines[value] = escape.location.line
            }
        }
        for question in survey.questions {
            var ids = question.escapes
            for item in question.items { ids += item.escapes.filter { !ids.contains($0) } }
            for escape in ids.compactMap(survey.escape) {
                let code = survey.missingCode(of: escape)
                guard question.acceptsAnswerValue(code) else { continue }
                diagnostics.append(Diagnostic(.error, .escapeValueIsAnAnswer(escape: escape.id, value: code, question: question.id),
                                              at: escape.location, length: escape.id.unicodeScalars.count))
            }
        }
    }
}

extension Survey {
    /// The code an escape answer has in every variable of every export: its declared `value`, else -1, -2… in the
    /// order of the declarations, so that "Je ne sais pas" is the same number everywhere.
    public func missingCode(of escape: EscapeAnswer) -> Int {
        if let value = escape.value { return value }
        return -((escapes.firstIndex { $0.id == escape.id } ?? 0) + 1)
    }
}

extension Array where Element == ChoiceOption {
    /// The number that stands for an option: its declared `value`, else its rank in the list from 1.
    public func numericValue(of code: String) -> Int? {
        guard let index = firstIndex(where: { $0.code == code }) else { return nil }
        return self[index].value ?? index + 1
    }

    /// The option a number stands for.
    public func option(withNumericValue number: Int) -> ChoiceOption? {
        indices.first { (self[$0].value ?? $0 + 1) == number }.map { self[$0] }
    }
}

extension Question {
    /// Whether `value` is an answer this question can record: a scale point, an option's number, a number in range.
    func acceptsAnswerValue(_ value: Int) -> Bool {
        switch kind {
        case .likert(let scale, _, _): return (1...scale.points).contains(value)
        case .single, .grid, .yesNo: return options.option(withNumericValue: value) != nil
        case .multiple: return false
        case .number(let format): return format.accepts(Decimal(value))
        case .text: return false
        }
    }
}
