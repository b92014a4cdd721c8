import Foundation

/// One data column: what a dataset, an export and a report call a variable.
public struct Variable: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A Likert answer, 1...points.
        case scale(points: Int)
        /// One option code among the value labels (single choice, yes/no, grid row).
        case choice
        /// 1 when the option is chosen in a multiple choice, 0 when not.
        case indicator(option: String)
        case integer
        case decimal
        /// The answer to an open question.
        case text
        /// What the respondent typed after choosing `option`, an "autre, précisez" option of the question: asked only
        /// with that option, recorded in the journal with the choice. Its column is named `question.option.text`,
        /// but names are for people: code reads the kind, so an item or option called `text` is nothing special.
        case otherText(option: String)
        /// A scale score computed from items, not asked.
        case score

        /// Whether the column holds free text (an open answer or an "autre, précisez" text).
        public var holdsText: Bool {
            switch self {
            case .text, .otherText: return true
            default: return false
            }
        }
    }

    public struct ValueLabel: Hashable, Sendable {
        public var code: String
        public var label: LocalizedText
    }

    /// The column name: `aise.materiel`.
    public var name: String
    public var kind: Kind
    /// The question text, and for an item the item text after it.
    public var label: LocalizedText
    public var valueLabels: [ValueLabel]
    /// Escape answers this variable may hold; statistics treat them as missing.
    public var missingCodes: [ValueLabel]
    public var questionId: String
    public var itemId: String?
    public var isReversed: Bool
    /// For retrospective blocks: `before` or `now`.
    public var moment: String?
}

/// Every data column of a questionnaire, in questionnaire order.
public struct Codebook: Sendable {
    public var survey: Survey
    public var variables: [Variable]

    public init(_ survey: Survey) {
        self.survey = survey
        var variables: [Variable] = []
        for question in survey.questions {
            variables += Self.variables(of: question, survey: survey)
        }
        for score in survey.scores {
            variables.append(Variable(name: score.id, kind: .score, label: score.label, valueLabels: [], missingCodes: [],
                                      questionId: score.id, itemId: nil, isReversed: false, moment: nil))
        }
        self.variables = variables
    }

    public func variable(_ name: String) -> Variable? { variables.first { $0.name == name } }

    static func variables(of question: Question, survey: Survey) -> [Variable] {
        func escapes(_ ids: [String]) -> [Variable.ValueLabel] {
            var seen = Set<String>()
            return ids.filter { seen.insert($0).inserted }.compactMap { id in
                survey.escape(id).map { Variable.ValueLabel(code: $0.id, label: $0.label) }
            }
        }
        // Resolved text by text, so that a built-in part (the default "before"/"now") reads in the questionnaire's language.
        func joined(_ stem: LocalizedText, _ item: LocalizedText) -> LocalizedText {
            let main = survey.language
            func both(_ language: String) -> String {
                "\(stem.text(in: language, mainLanguage: main)) — \(item.text(in: language, mainLanguage: main))"
            }
            var text = LocalizedText(both(main), location: item.location)
            for language in item.translations.keys where language != main { text.translations[language] = both(language) }
            return text
        }
        func options(_ list: [ChoiceOption]) -> [Variable.ValueLabel] { list.map { .init(code: $0.code, label: $0.label) } }
        let base = Variable(name: question.id, kind: .text, label: question.text, valueLabels: [], missingCodes: escapes(question.escapes),
                            questionId: question.id, itemId: nil, isReversed: false, moment: nil)
        var others: [Variable] = []
        for option in question.options where option.isOther {
            var other = base
            other.name = "\(question.id).\(option.code).text"
            other.kind = .otherText(option: option.code)
            other.label = joined(question.text, option.label)
            other.missingCodes = []
            others.append(other)
        }
        switch question.kind {
        case .likert(let scale, let items, let retrospective):
            let points = (1...scale.points).map { point in
                Variable.ValueLabel(code: String(point), label: scale.label(of: point) ?? LocalizedText(String(point)))
            }
            var result: [Variable] = []
            let units: [(String, Item?)] = items.isEmpty ? [(question.id, nil)] : items.map { ("\(question.id).\($0.id)", $0) }
            for (name, item) in units {
                var variable = base
                variable.name = name
                variable.kind = .scale(points: scale.points)
                variable.valueLabels = points
                variable.itemId = item?.id
                variable.isReversed = item?.isReversed ?? false
                variable.missingCodes = escapes(question.escapes + (item?.escapes ?? []))
                if let item { variable.label = joined(question.text, item.text) }
                if let retrospective {
                    var then = variable, now = variable
                    then.name += ".\(Retrospective.thenSuffix)"
                    then.moment = Retrospective.thenSuffix
                    then.label = joined(variable.label, retrospective.then)
                    now.name += ".\(Retrospective.nowSuffix)"
                    now.moment = Retrospective.nowSuffix
                    now.label = joined(variable.label, retrospective.now)
                    result += [then, now]
                } else {
                    result.append(variable)
                }
            }
            return result
        case .single, .yesNo:
            var variable = base
            variable.kind = .choice
            variable.valueLabels = options(question.options)
            return [variable] + others
        case .multiple(let list, _, _):
            return list.map { option in
                var variable = base
                variable.name = "\(question.id).\(option.code)"
                variable.kind = .indicator(option: option.code)
                variable.label = joined(question.text, option.label)
                variable.valueLabels = [.init(code: "0", label: BuiltInText.no.label), .init(code: "1", label: BuiltInText.yes.label)]
                return variable
            } + others
        case .grid(let list, let rows):
            return rows.map { row in
                var variable = base
                variable.name = "\(question.id).\(row.id)"
                variable.kind = .choice
                variable.itemId = row.id
                variable.label = joined(question.text, row.text)
                variable.valueLabels = options(list)
                variable.missingCodes = escapes(question.escapes + row.escapes)
                return variable
            }
        case .number(let format):
            var variable = base
            variable.kind = format.allowsDecimals ? .decimal : .integer
            return [variable]
        case .text:
            return [base]
        }
    }
}
