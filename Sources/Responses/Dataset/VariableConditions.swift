import Questionnaire

/// When each variable is asked: the `when` of its enclosing sections, of its question and of its item, combined.
struct VariableConditions: Sendable {
    /// By column; nil when the variable is always asked.
    let conditions: [Condition?]
    /// Answer keys the conditions read, so rows build only the answers they need.
    let referencedKeys: Set<String>

    init(_ codebook: Codebook) {
        var byQuestion: [String: Condition] = [:]
        func walk(_ elements: [SurveyElement], inherited: Condition?) {
            for element in elements {
                switch element {
                case .section(let section):
                    walk(section.elements, inherited: Self.both(inherited, section.condition))
                case .question(let question):
                    if let condition = Self.both(inherited, question.condition) { byQuestion[question.id] = condition }
                }
            }
        }
        walk(codebook.survey.elements, inherited: nil)
        var itemConditions: [String: Condition] = [:]
        for question in codebook.survey.questions {
            for item in question.items { if let condition = item.condition { itemConditions["\(question.id).\(item.id)"] = condition } }
        }
        conditions = codebook.variables.map { variable in
            let item = variable.itemId.flatMap { itemConditions["\(variable.questionId).\($0)"] }
            return Self.both(byQuestion[variable.questionId], item)
        }
        referencedKeys = Set(conditions.compactMap { $0 }.flatMap(\.references).map(\.key))
    }

    var isEmpty: Bool { referencedKeys.isEmpty }

    static func both(_ first: Condition?, _ second: Condition?) -> Condition? {
        switch (first, second) {
        case (nil, nil): return nil
        case (let one?, nil), (nil, let one?): return one
        case (let one?, let other?): return .and(one, other)
        }
    }
}
