import Questionnaire

/// The numbers that stand for answers outside Octant: in the `.sps`, the `.R` and, with `numericCodes`, the CSV.
/// Scale points are themselves, indicators 0/1, options their declared `value` (else their rank from 1), and each escape
/// answer its missing code (`Survey.missingCode(of:)`): the same number in every variable, so that "Je ne sais pas" is
/// one code for a whole file, never -1 in one column and -2 in the next.
struct ExportCodes: Sendable {
    /// Option code to number, by question id.
    private let options: [String: [String: Int]]
    /// Escape id to missing code.
    private let escapes: [String: Int]

    init(_ survey: Survey) {
        var options: [String: [String: Int]] = [:]
        for question in survey.questions {
            let list = question.options
            options[question.id] = Dictionary(list.map { ($0.code, list.numericValue(of: $0.code) ?? 0) }, uniquingKeysWith: { first, _ in first })
        }
        self.options = options
        escapes = Dictionary(survey.escapes.map { ($0.id, survey.missingCode(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    func option(_ code: String, of variable: Variable) -> Int? { options[variable.questionId]?[code] }
    func escape(_ code: String) -> Int? { escapes[code] }
}

extension ExportLayout {
    struct CodedValue {
        var value: DatasetValue
        var code: Int
        var label: String
        var isEscape: Bool { if case .escape = value { return true } else { return false } }
    }

    /// Every value a column can hold that has a number, with its label: the values, then the escape answers.
    func spssCodes(_ variable: Variable) -> [CodedValue] {
        var result: [CodedValue] = []
        switch variable.kind {
        case .scale(let points):
            for point in 1...points {
                let label = variable.valueLabels.first { $0.code == String(point) }.map { text($0.label) } ?? String(point)
                result.append(CodedValue(value: .point(point), code: point, label: label))
            }
        case .choice:
            for (index, option) in variable.valueLabels.enumerated() {
                result.append(CodedValue(value: .option(option.code), code: codes.option(option.code, of: variable) ?? index + 1,
                                         label: text(option.label)))
            }
        case .indicator:
            for option in variable.valueLabels {
                result.append(CodedValue(value: .indicator(option.code == "1"), code: option.code == "1" ? 1 : 0, label: text(option.label)))
            }
        default:
            break
        }
        return result + escapeCodes(variable)
    }

    /// The escape answers a variable may hold, with their missing codes.
    func escapeCodes(_ variable: Variable) -> [CodedValue] {
        variable.missingCodes.compactMap { escape in
            codes.escape(escape.code).map { CodedValue(value: .escape(escape.code), code: $0, label: text(escape.label)) }
        }
    }

    func isCoded(_ variable: Variable) -> Bool {
        switch variable.kind {
        case .scale, .choice, .indicator: return true
        default: return false
        }
    }
}
