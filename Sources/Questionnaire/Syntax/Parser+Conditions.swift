import Foundation

/// Conditions: `or` of `and` of `not` of comparisons, by recursive descent.
extension Parser {
    /// Nesting beyond this is refused, so that "((((…" cannot exhaust the stack.
    static let maximumConditionDepth = 50

    /// Reads a condition up to the end of the line (or up to a string, for `require:` and `expect:`).
    mutating func parseCondition(_ cursor: inout LineCursor, stopAtString: Bool = false) -> Condition? {
        guard !cursor.isAtEnd else {
            error(.expected(.condition, found: nil), at: cursor.endLocation)
            return nil
        }
        let condition = parseOr(&cursor, depth: 0)
        if !stopAtString { cursor.expectEnd(&diagnostics) }
        return condition
    }

    private mutating func parseOr(_ cursor: inout LineCursor, depth: Int) -> Condition? {
        guard var left = parseAnd(&cursor, depth: depth) else { return nil }
        while cursor.skip(word: "or") {
            guard let right = parseAnd(&cursor, depth: depth) else { return nil }
            left = .or(left, right)
        }
        return left
    }

    private mutating func parseAnd(_ cursor: inout LineCursor, depth: Int) -> Condition? {
        guard var left = parseNot(&cursor, depth: depth) else { return nil }
        while cursor.skip(word: "and") {
            guard let right = parseNot(&cursor, depth: depth) else { return nil }
            left = .and(left, right)
        }
        return left
    }

    private mutating func parseNot(_ cursor: inout LineCursor, depth: Int) -> Condition? {
        var negations = 0
        while cursor.skip(word: "not") { negations += 1 }
        guard let atom = parseAtom(&cursor, depth: depth) else { return nil }
        return negations % 2 == 1 ? .not(atom) : atom
    }

    private mutating func parseAtom(_ cursor: inout LineCursor, depth: Int) -> Condition? {
        if cursor.peek?.isSymbol("(") == true {
            let open = cursor.location
            cursor.index += 1
            guard depth < Self.maximumConditionDepth else {
                error(.tooDeeplyNested(limit: Self.maximumConditionDepth), at: open)
                cursor.index = cursor.tokens.count
                return nil
            }
            guard let inner = parseOr(&cursor, depth: depth + 1) else { return nil }
            if !cursor.skip(symbol: ")") {
                error(.expected(.closingParenthesis, found: cursor.peek?.display), at: cursor.location)
                return nil
            }
            return inner
        }
        if let token = cursor.peek, token.isWord("answered") || token.isWord("unanswered") {
            error(.answeredNeedsReference, at: token.location, length: token.length)
            cursor.index += 1
            return nil
        }
        guard let reference = parseReference(&cursor) else {
            error(.expected(.condition, found: cursor.peek?.display), at: cursor.location, length: cursor.peek?.length ?? 1)
            if !cursor.isAtEnd { cursor.index = cursor.tokens.count }
            return nil
        }
        guard let token = cursor.next() else {
            error(.expected(.keyword("= != < <= > >= in answered unanswered"), found: nil), at: cursor.endLocation)
            return nil
        }
        if token.isWord("answered") { return .answered(reference) }
        if token.isWord("unanswered") { return .unanswered(reference) }
        if token.isWord("in") {
            guard cursor.skip(symbol: "(") else {
                error(.expected(.keyword("("), found: cursor.peek?.display), at: cursor.location)
                return nil
            }
            var values: [ConditionValue] = []
            repeat {
                guard let value = parseValue(&cursor) else { return nil }
                values.append(value)
            } while cursor.skip(symbol: ",")
            if !cursor.skip(symbol: ")") {
                error(.expected(.closingParenthesis, found: cursor.peek?.display), at: cursor.location)
                return nil
            }
            return .oneOf(reference, values, location: token.location)
        }
        guard case .symbol(let symbol) = token.kind, let op = ComparisonOperator(rawValue: symbol) else {
            error(.expected(.keyword("= != < <= > >= in answered unanswered"), found: token.display), at: token.location, length: token.length)
            return nil
        }
        guard let value = parseValue(&cursor) else { return nil }
        switch op {
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard case .number = value else {
                error(.expected(.number, found: value.description), at: token.location)
                return nil
            }
        default: break
        }
        return .compare(reference, op, value, location: token.location)
    }

    private mutating func parseValue(_ cursor: inout LineCursor) -> ConditionValue? {
        guard let token = cursor.peek else {
            error(.expected(.value, found: nil), at: cursor.endLocation)
            return nil
        }
        switch token.kind {
        case .word(let word): cursor.index += 1; return .code(word)
        case .string(let text): cursor.index += 1; return .text(text)
        case .number(let text):
            cursor.index += 1
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                error(.invalidNumber(text), at: token.location, length: token.length)
                return nil
            }
            return .number(value)
        case .symbol:
            error(.expected(.value, found: token.display), at: token.location, length: token.length)
            return nil
        }
    }

    /// `question` or `block.item`.
    mutating func parseReference(_ cursor: inout LineCursor) -> Reference? {
        guard let token = cursor.peek, let word = token.word,
              !["and", "or", "not", "in", "answered", "unanswered", "minimum"].contains(word) else { return nil }
        cursor.index += 1
        var reference = Reference(question: word, location: token.location)
        if cursor.peek?.isSymbol(".") == true {
            cursor.index += 1
            if let (item, _) = cursor.word(.itemId, &diagnostics) { reference.item = item }
        }
        return reference
    }
}
