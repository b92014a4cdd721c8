import Foundation

/// An option of a choice question or grid.
public struct ChoiceOption: Hashable, Sendable {
    public var code: String
    public var label: LocalizedText
    /// "Autre, précisez": choosing it asks for a line of text.
    public var isOther: Bool
    /// In a multiple choice, choosing it unselects the others ("Aucune").
    public var isExclusive: Bool
    /// The number that stands for it in other tools (`value 2`: SPSS, R, a web form's export); nil when undeclared,
    /// and the option's position in its list is used.
    public var value: Int?
    public var location: SourceLocation

    public init(code: String, label: LocalizedText, isOther: Bool = false, isExclusive: Bool = false, value: Int? = nil,
                location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.code = code
        self.label = label
        self.isOther = isOther
        self.isExclusive = isExclusive
        self.value = value
        self.location = location
    }
}

/// One affirmation of a Likert block, or one row of a grid.
public struct Item: Hashable, Sendable {
    public var id: String
    public var text: LocalizedText
    /// Reverse-keyed: scores use points + 1 − answer.
    public var isReversed: Bool
    /// Escape answers this item accepts besides those of its block.
    public var escapes: [String]
    public var condition: Condition?
    public var location: SourceLocation

    public init(id: String, text: LocalizedText, isReversed: Bool = false, escapes: [String] = [],
                condition: Condition? = nil, location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.id = id
        self.text = text
        self.isReversed = isReversed
        self.escapes = escapes
        self.condition = condition
        self.location = location
    }
}

/// The two moments of a retrospective (then-test) block.
public struct Retrospective: Hashable, Sendable {
    public var then: LocalizedText
    public var now: LocalizedText
    public static let thenSuffix = "before"
    public static let nowSuffix = "now"

    /// The labels used when the author gives none.
    public static let standard = Retrospective(
        then: BuiltInText.before.label, now: BuiltInText.today.label)
}

public struct NumberFormat: Hashable, Sendable {
    public var minimum: Decimal?
    public var maximum: Decimal?
    public var allowsDecimals: Bool
    public var unit: LocalizedText?

    public init(minimum: Decimal? = nil, maximum: Decimal? = nil, allowsDecimals: Bool = false, unit: LocalizedText? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.allowsDecimals = allowsDecimals
        self.unit = unit
    }

    public func accepts(_ value: Decimal) -> Bool {
        if !allowsDecimals, !value.isWholeNumber { return false }
        if let minimum, value < minimum { return false }
        if let maximum, value > maximum { return false }
        return true
    }
}

public enum QuestionKind: Hashable, Sendable {
    /// A block of items on one scale; a single Likert question has one item whose id is the block's.
    case likert(scale: Scale, items: [Item], retrospective: Retrospective?)
    case single(options: [ChoiceOption])
    case multiple(options: [ChoiceOption], minimum: Int?, maximum: Int?)
    case yesNo
    case grid(options: [ChoiceOption], rows: [Item])
    case number(NumberFormat)
    case text(maximumLength: Int?)

    /// The keyword that declares this kind in a file.
    public var keyword: String {
        switch self {
        case .likert: return "likert"
        case .single: return "single"
        case .multiple: return "multiple"
        case .yesNo: return "yesno"
        case .grid: return "grid"
        case .number: return "number"
        case .text: return "text"
        }
    }
}

/// A hard constraint (`require:`) or a soft warning the interviewer may confirm (`expect:`).
public struct Constraint: Hashable, Sendable {
    public enum Strength: String, Hashable, Sendable { case required, expected }
    public var strength: Strength
    public var condition: Condition
    public var message: LocalizedText
    /// Stable id for the journal: the question id and the constraint's position.
    public var id: String
    public var location: SourceLocation
}

public struct Question: Hashable, Sendable {
    /// The most options a single or multiple choice may have: a data column stores an option as one byte, beside its
    /// escape answers and missing reasons (`Responses.ColumnCode`).
    public static let maximumOptions = 199

    public var id: String
    public var kind: QuestionKind
    public var text: LocalizedText
    public var intro: LocalizedText?
    public var note: LocalizedText?
    public var isRequired: Bool
    public var escapes: [String]
    public var shuffle: Bool
    /// Its own `when`, without those of enclosing sections.
    public var condition: Condition?
    public var constraints: [Constraint]
    public var location: SourceLocation

    public init(id: String, kind: QuestionKind, text: LocalizedText, intro: LocalizedText? = nil, note: LocalizedText? = nil,
                isRequired: Bool = false, escapes: [String] = [], shuffle: Bool = false, condition: Condition? = nil,
                constraints: [Constraint] = [], location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.id = id
        self.kind = kind
        self.text = text
        self.intro = intro
        self.note = note
        self.isRequired = isRequired
        self.escapes = escapes
        self.shuffle = shuffle
        self.condition = condition
        self.constraints = constraints
        self.location = location
    }

    /// The options of a choice, yes/no or grid question.
    public var options: [ChoiceOption] {
        switch kind {
        case .single(let options), .multiple(let options, _, _), .grid(let options, _): return options
        case .yesNo: return ChoiceOption.yesNo
        default: return []
        }
    }

    /// The items of a Likert block or the rows of a grid; empty for other kinds.
    public var items: [Item] {
        switch kind {
        case .likert(_, let items, _), .grid(_, let items): return items
        default: return []
        }
    }
}

extension ChoiceOption {
    public static let yesNo = [
        ChoiceOption(code: "oui", label: BuiltInText.yes.label),
        ChoiceOption(code: "non", label: BuiltInText.no.label),
    ]
}

extension Decimal {
    /// True for integers: Foundation's Decimal has no `rounded()` on every platform, so round through NSDecimalRound.
    public var isWholeNumber: Bool {
        var source = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, 0, .plain)
        return rounded == self
    }
}
