import Foundation
import Questionnaire
import Support

/// What one typed line means for the current step, before any constraint is checked.
enum StepInput: Hashable {
    case value(AnswerValue)
    /// The "autre, précisez" option was chosen: its text comes next. `codes` is the whole selection (one code for a single choice).
    case needsOtherText(codes: [String], multiple: Bool)
    case invalid(String)
}

/// Reads the answer typed for a step: scale points, option numbers, numbers (decimal comma accepted), text.
struct StepInputParser {
    var step: InterviewStep
    var escapes: [EscapeAnswer]
    var language: Language
    var wording: Wording
    var text: TextResolver

    func parse(_ text: String) -> StepInput {
        if text.count == 1, let escape = escapes.first(where: { String($0.key).lowercased() == text.lowercased() }) {
            return .value(.escape(escape.id))
        }
        switch step.question.kind {
        case .likert(let scale, _, _):
            guard let point = Int(text), (1...scale.points).contains(point) else {
                return .invalid(message(.typeDigit(low: 1, high: scale.points, escapeKeys: escapes.map(\.key))))
            }
            return .value(.scalePoint(point))
        case .single, .yesNo, .grid:
            guard let number = Int(text), step.options.indices.contains(number - 1) else {
                return .invalid(message(.typeOption(count: step.options.count, escapeKeys: escapes.map(\.key))))
            }
            let option = step.options[number - 1]
            return option.isOther ? .needsOtherText(codes: [option.code], multiple: false) : .value(.choice(option.code))
        case .multiple:
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
            var codes: [String] = []
            for part in parts {
                guard let number = Int(part), step.options.indices.contains(number - 1) else {
                    return .invalid(message(.typeOptions(count: step.options.count)))
                }
                let code = step.options[number - 1].code
                if !codes.contains(code) { codes.append(code) }
            }
            return selection(codes)
        case .number(let format):
            return number(text, format: format)
        case .text(let maximumLength):
            if let maximumLength, text.count > maximumLength { return .invalid(message(.tooLong(maximumLength))) }
            return .value(.text(text))
        }
    }

    /// Checks a multiple-choice selection (exclusive options, min, max) and puts it in questionnaire order.
    func selection(_ codes: [String]) -> StepInput {
        guard case .multiple(let options, let minimum, let maximum) = step.question.kind else { return .invalid("") }
        let exclusive = options.filter(\.isExclusive).map(\.code)
        if codes.count > 1, codes.contains(where: exclusive.contains) {
            let label = options.first { exclusive.contains($0.code) && codes.contains($0.code) }!.label
            return .invalid(message(.exclusiveAlone(label: text(label))))
        }
        if let minimum, codes.count < minimum { return .invalid(message(.atLeast(minimum))) }
        if let maximum, codes.count > maximum { return .invalid(message(.atMost(maximum))) }
        let ordered = options.map(\.code).filter(codes.contains)
        if options.contains(where: { $0.isOther && ordered.contains($0.code) }) {
            return .needsOtherText(codes: ordered, multiple: true)
        }
        return .value(.choices(ordered))
    }

    private func message(_ message: RunnerText) -> String { message.text(language, wording) }

    private func number(_ text: String, format: NumberFormat) -> StepInput {
        let plain = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
        var body = Substring(plain)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let wellFormed = (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        guard wellFormed, plain.count <= 30, let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else {
            return .invalid(message(.typeNumber(format)))
        }
        guard format.accepts(value) else { return .invalid(message(.typeNumber(format))) }
        return .value(.number(value))
    }
}
