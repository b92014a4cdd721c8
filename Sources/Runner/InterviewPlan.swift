import Questionnaire
import Support

/// Every step of a questionnaire in the order one respondent sees them, randomisation applied.
public struct InterviewPlan: Hashable, Sendable {
    public private(set) var steps: [InterviewStep]
    public let seed: UInt64

    /// Draws the presentation order from `seed`: shuffled sections present their blocks in a random order,
    /// shuffled blocks their items, shuffled choices their options (`other` and exclusive options staying last).
    public init(survey: Survey, seed: UInt64) {
        self.seed = seed
        var generator = SplitMix64(seed: seed)
        var steps: [InterviewStep] = []
        Self.walk(survey.elements, sections: [], shuffle: false, generator: &generator, into: &steps)
        self.steps = steps
    }

    /// The plan of a session already started: the steps in the recorded order; steps the recorded order does not
    /// know (a questionnaire edited without a new version) come after it, in their drawn order.
    public init(survey: Survey, seed: UInt64, presentedOrder: [String]) {
        self.init(survey: survey, seed: seed)
        guard !presentedOrder.isEmpty else { return }
        let byKey = Dictionary(steps.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let recorded = presentedOrder.compactMap { byKey[$0] }
        let recordedKeys = Set(recorded.map(\.key))
        steps = recorded + steps.filter { !recordedKeys.contains($0.key) }
    }

    public var presentedOrder: [String] { steps.map(\.key) }

    public func index(of key: String) -> Int? { steps.firstIndex { $0.key == key } }

    private static func walk(_ elements: [SurveyElement], sections: [SectionContext], shuffle: Bool,
                             generator: inout SplitMix64, into steps: inout [InterviewStep]) {
        let ordered = shuffle ? generator.shuffled(elements) : elements
        for element in ordered {
            switch element {
            case .section(let section):
                let context = SectionContext(id: section.id, title: section.title, intro: section.intro,
                                             note: section.note, condition: section.condition)
                walk(section.elements, sections: sections + [context], shuffle: section.shuffle,
                     generator: &generator, into: &steps)
            case .question(let question):
                steps += questionSteps(question, sections: sections, generator: &generator)
            }
        }
    }

    private static func questionSteps(_ question: Question, sections: [SectionContext],
                                      generator: inout SplitMix64) -> [InterviewStep] {
        var options = question.options
        var shufflesOptions = false
        switch question.kind {
        case .single, .multiple: shufflesOptions = question.shuffle
        default: break
        }
        if shufflesOptions {
            let fixed = options.filter { $0.isOther || $0.isExclusive }
            options = generator.shuffled(options.filter { !$0.isOther && !$0.isExclusive }) + fixed
        }
        func step(_ key: String, item: Item?, moment: RetrospectiveMoment? = nil) -> InterviewStep {
            InterviewStep(key: key, question: question, item: item, moment: moment, sections: sections, options: options)
        }
        switch question.kind {
        case .likert(_, let items, let retrospective):
            let moments: [RetrospectiveMoment?] = retrospective == nil ? [nil] : [.then, .now]
            func keys(_ base: String) -> [(String, RetrospectiveMoment?)] {
                moments.map { moment in (moment.map { "\(base).\($0.rawValue)" } ?? base, moment) }
            }
            if items.isEmpty {
                return keys(question.id).map { step($0.0, item: nil, moment: $0.1) }
            }
            let ordered = question.shuffle ? generator.shuffled(items) : items
            return ordered.flatMap { item in keys("\(question.id).\(item.id)").map { step($0.0, item: item, moment: $0.1) } }
        case .grid(_, let rows):
            let ordered = question.shuffle ? generator.shuffled(rows) : rows
            return ordered.map { step("\(question.id).\($0.id)", item: $0) }
        default:
            return [step(question.id, item: nil)]
        }
    }
}
