import Foundation

/// Checks every condition against the questions it reads: they exist, come earlier, and are compared
/// with values they can take.
struct ConditionChecker {
    let targets: [String: SurveyChecks.Target]
    let questionIds: Set<String>
    var diagnostics: [Diagnostic]
    var suggestions = SuggestionBudget()

    mutating func checkElements(_ elements: [SurveyElement]) {
        for element in elements {
            switch element {
            case .section(let section):
                if let condition = section.condition { check(condition, before: section.location, owner: nil) }
                checkElements(section.elements)
            case .question(let question):
                if let condition = question.condition { check(condition, before: question.location, owner: question.id) }
                for item in question.items {
                    if let condition = item.condition { check(condition, before: item.location, owner: nil, ownerItem: "\(question.id).\(item.id)") }
                }
                for constraint in question.constraints {
                    // A constraint reads the question's own answer, and earlier ones.
                    check(constraint.condition, before: constraint.location, owner: nil, allowing: question.id)
                }
            }
        }
    }

    mutating func check(_ condition: Condition, before location: SourceLocation, owner: String?, ownerItem: String? = nil,
                        allowing ownQuestion: String? = nil) {
        switch condition {
        case .not(let inner):
            check(inner, before: location, owner: owner, ownerItem: ownerItem, allowing: ownQuestion)
        case .and(let a, let b), .or(let a, let b):
            check(a, before: location, owner: owner, ownerItem: ownerItem, allowing: ownQuestion)
            check(b, before: location, owner: owner, ownerItem: ownerItem, allowing: ownQuestion)
        case .answered(let reference), .unanswered(let reference):
            _ = resolve(reference, before: location, owner: owner, ownerItem: ownerItem, allowing: ownQuestion)
        case .compare(let reference, let op, let value, let opLocation):
            guard let target = resolve(reference, before: location, owner: owner, ownerItem: ownerItem, allowing: ownQuestion) else { return }
            checkValue(value, of: target, reference: reference, numeric: ![.equal, .notEqual].contains(op), at: opLocation)
        case .oneOf(let reference, let values, let opLocation):
            guard let target = resolve(reference, before: location, owner: owner, ownerItem: ownerItem, allowing: ownQuestion) else { return }
            for value in values { checkValue(value, of: target, reference: reference, numeric: false, at: opLocation) }
        }
    }

    mutating func resolve(_ reference: Reference, before location: SourceLocation, owner: String?, ownerItem: String?,
                          allowing ownQuestion: String?) -> SurveyChecks.Target? {
        let length = reference.key.unicodeScalars.count
        guard let target = targets[reference.key] else {
            if reference.item == nil, questionIds.contains(reference.question) {
                diagnostics.append(Diagnostic(.error, .itemNeedsBlock(reference.key), at: reference.location, length: length))
            } else {
                let suggestion = suggestions.closest(to: reference.key, among: targets.keys)
                diagnostics.append(Diagnostic(.error, .unknownReference(reference.key, suggestion: suggestion), at: reference.location, length: length))
            }
            return nil
        }
        if target.question.id == ownQuestion { return target }
        if reference.question == owner || reference.key == ownerItem {
            diagnostics.append(Diagnostic(.error, .selfReference(owner ?? ownerItem ?? reference.key), at: reference.location, length: length))
            return nil
        }
        if target.location >= location {
            diagnostics.append(Diagnostic(.error, .forwardReference(reference.key, line: target.location.line), at: reference.location, length: length))
            return nil
        }
        return target
    }

    mutating func checkValue(_ value: ConditionValue, of target: SurveyChecks.Target, reference: Reference, numeric: Bool,
                             at location: SourceLocation) {
        let question = target.question
        switch question.kind {
        case .single, .multiple, .yesNo, .grid:
            if numeric {
                diagnostics.append(Diagnostic(.error, .numericComparisonOnChoice(reference.key), at: location))
                return
            }
            switch value {
            case .code(let code):
                if !target.accepts(code: code) {
                    let suggestion = suggestions.closest(to: code, count: target.candidateCount) { target.candidates }
                    diagnostics.append(Diagnostic(.error, .unknownOption(code, question: reference.key, suggestion: suggestion), at: location))
                }
            case .number(let number):
                diagnostics.append(Diagnostic(.error, .unknownOption("\(number)", question: reference.key, suggestion: nil), at: location))
            case .text:
                diagnostics.append(Diagnostic(.error, .expected(.identifier(.optionCode), found: value.description), at: location))
            }
        case .likert(let scale, _, _):
            switch value {
            case .number(let number):
                if number < 1 || number > Decimal(scale.points) {
                    diagnostics.append(Diagnostic(.error, .valueOutOfRange("\(number)", question: reference.key), at: location))
                }
            case .code(let code) where target.accepts(escape: code) && !numeric:
                break
            default:
                diagnostics.append(Diagnostic(.error, .codeComparedWithNumber(reference.key), at: location))
            }
        case .number(let format):
            switch value {
            case .number(let number):
                if let minimum = format.minimum, let maximum = format.maximum, !numeric, number < minimum || number > maximum {
                    diagnostics.append(Diagnostic(.error, .valueOutOfRange("\(number)", question: reference.key), at: location))
                }
            case .code(let code) where target.accepts(escape: code) && !numeric:
                break
            default:
                diagnostics.append(Diagnostic(.error, .codeComparedWithNumber(reference.key), at: location))
            }
        case .text:
            if numeric { diagnostics.append(Diagnostic(.error, .numericComparisonOnChoice(reference.key), at: location)) }
        }
    }
}
