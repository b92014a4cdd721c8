import Questionnaire

/// The section a step sits in, with everything the runner shows or evaluates about it.
public struct SectionContext: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var intro: LocalizedText?
    public var note: LocalizedText?
    public var condition: Condition?
}

/// Which of the two answers of a retrospective item a step asks.
public enum RetrospectiveMoment: String, Hashable, Sendable {
    case then = "before"
    case now = "now"
}

/// One thing the respondent answers: a question, one item of a Likert block (once per moment when retrospective),
/// or one row of a grid. Its `key` is the answer key and the data column.
public struct InterviewStep: Hashable, Sendable {
    public var key: String
    public var question: Question
    /// The Likert item or grid row; nil for a whole question (and for a single Likert question).
    public var item: Item?
    public var moment: RetrospectiveMoment?
    /// Enclosing sections, outermost first.
    public var sections: [SectionContext]
    /// The options in the order shown to this respondent (choices, yes/no, grid rows).
    public var options: [ChoiceOption]

    /// The escape answers this step accepts: the question's, then the item's own.
    public func escapes(in survey: Survey) -> [EscapeAnswer] {
        var ids = question.escapes
        for id in item?.escapes ?? [] where !ids.contains(id) { ids.append(id) }
        return ids.compactMap { survey.escape($0) }
    }

    /// Whether the conditions let this step be asked, given the answers so far (sections, question, item).
    public func isAsked(given answers: [String: AnswerValue]) -> Bool {
        for section in sections {
            if let condition = section.condition, !condition.evaluate(answers) { return false }
        }
        if let condition = question.condition, !condition.evaluate(answers) { return false }
        if let condition = item?.condition, !condition.evaluate(answers) { return false }
        return true
    }

    public var scale: Scale? {
        if case .likert(let scale, _, _) = question.kind { return scale }
        return nil
    }

    public var retrospective: Retrospective? {
        if case .likert(_, _, let retrospective) = question.kind { return retrospective }
        return nil
    }
}
