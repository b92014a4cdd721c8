import Foundation

/// What a condition or a score points at: a question, or an item of a block / a row of a grid.
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    public var question: String
    public var item: String?
    public var location: SourceLocation

    public init(question: String, item: String? = nil, location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.question = question
        self.item = item
        self.location = location
    }

    /// The answer key, which is also the data column name: `aise.materiel`.
    public var key: String { item.map { "\(question).\($0)" } ?? question }
    public var description: String { key }

    public static func == (lhs: Reference, rhs: Reference) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// A value a condition compares an answer with.
public enum ConditionValue: Hashable, Sendable, CustomStringConvertible {
    case code(String)
    case number(Decimal)
    case text(String)

    public var description: String {
        switch self {
        case .code(let c): return c
        case .number(let n): return "\(n)"
        case .text(let t): return "\"\(t)\""
        }
    }
}

public enum ComparisonOperator: String, Hashable, Sendable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// When a question, item or section is asked (`when`), or what a constraint demands.
public indirect enum Condition: Hashable, Sendable {
    /// `location` is the value's, where a wrong value is reported.
    case compare(Reference, ComparisonOperator, ConditionValue, location: SourceLocation)
    case oneOf(Reference, [ConditionValue], location: SourceLocation)
    case answered(Reference)
    case unanswered(Reference)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    /// Every reference the condition reads, in order of appearance.
    public var references: [Reference] {
        switch self {
        case .compare(let r, _, _, _), .oneOf(let r, _, _), .answered(let r), .unanswered(let r): return [r]
        case .not(let c): return c.references
        case .and(let a, let b), .or(let a, let b): return a.references + b.references
        }
    }

    /// Evaluates the condition on the answers given so far, keyed by `Reference.key`.
    /// A comparison with a missing answer is false (only `unanswered` is true of it), so that a
    /// question hidden behind an unanswered one stays hidden rather than being asked by accident.
    /// The answers a condition reads, with the session's wave under `Survey.waveKey` (a question of that name wins).
    public static func answers(_ answers: [String: AnswerValue], wave: String?) -> [String: AnswerValue] {
        guard let wave, answers[Survey.waveKey] == nil else { return answers }
        var result = answers
        result[Survey.waveKey] = .choice(wave)
        return result
    }

    public func evaluate(_ answers: [String: AnswerValue]) -> Bool {
        switch self {
        case .answered(let r): return answers[r.key] != nil
        case .unanswered(let r): return answers[r.key] == nil
        case .not(let c): return !c.evaluate(answers)
        case .and(let a, let b): return a.evaluate(answers) && b.evaluate(answers)
        case .or(let a, let b): return a.evaluate(answers) || b.evaluate(answers)
        case .oneOf(let r, let values, _):
            guard let answer = answers[r.key] else { return false }
            return values.contains { Self.matches(answer, $0) }
        case .compare(let r, let op, let value, _):
            guard let answer = answers[r.key] else { return false }
            switch op {
            case .equal: return Self.matches(answer, value)
            case .notEqual: return !Self.matches(answer, value)
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                guard let left = Self.numeric(answer), case .number(let right) = value else { return false }
                switch op {
                case .less: return left < right
                case .lessOrEqual: return left <= right
                case .greater: return left > right
                default: return left >= right
                }
            }
        }
    }

    static func numeric(_ answer: AnswerValue) -> Decimal? {
        switch answer {
        case .scalePoint(let p): return Decimal(p)
        case .number(let n): return n
        default: return nil
        }
    }

    static func matches(_ answer: AnswerValue, _ value: ConditionValue) -> Bool {
        switch (answer, value) {
        case (.choice(let code, _), .code(let wanted)): return code == wanted
        case (.choices(let codes, _), .code(let wanted)): return codes.contains(wanted)
        case (.escape(let code), .code(let wanted)): return code == wanted
        case (.text(let text), .text(let wanted)): return text == wanted
        case (.text(let text), .code(let wanted)): return text == wanted
        default:
            if let left = numeric(answer), case .number(let right) = value { return left == right }
            return false
        }
    }
}

extension Condition: CustomStringConvertible {
    /// The condition as it would be written in a file.
    public var description: String {
        switch self {
        case .compare(let r, let op, let v, _): return "\(r.key) \(op.rawValue) \(v)"
        case .oneOf(let r, let values, _): return "\(r.key) in (\(values.map(\.description).joined(separator: ", ")))"
        case .answered(let r): return "\(r.key) answered"
        case .unanswered(let r): return "\(r.key) unanswered"
        case .not(let c):
            switch c {
            case .answered, .unanswered: return "not \(c)"
            default: return "not (\(c))"
            }
        case .and(let a, let b):
            let left = { if case .or = a { return "(\(a))" } else { return a.description } }()
            let right = { if case .or = b { return "(\(b))" } else { return b.description } }()
            return "\(left) and \(right)"
        case .or(let a, let b): return "\(a) or \(b)"
        }
    }
}
