import Support

/// How a token of the file is shown inside a message: nothing a terminal would interpret, and short enough that
/// one 20,000-character word cannot fill the screen.
enum Quote {
    static let maximumLength = 48

    static func safe(_ text: String) -> String {
        let printable = TerminalText.printable(text)
        guard printable.unicodeScalars.count > maximumLength else { return printable }
        return String(String.UnicodeScalarView(printable.unicodeScalars.prefix(maximumLength - 1))) + "…"
    }
}

extension Problem {
    /// The problem with every text it carries passed through `Quote.safe`. Messages and hints are built from this
    /// value only, so that no construction site has to remember to sanitise the token it reports; the switch has
    /// no default, so a new case must say what it quotes.
    var quotable: Problem {
        let q = Quote.safe
        switch self {
        case .invalidEncoding, .unterminatedString, .mixedIndentation, .inconsistentIndentation, .tooDeeplyNested, .lineTooLong,
             .missingHeader, .duplicateHeader, .scaleSize, .oddScale, .scalePointOutOfRange, .emptyRange, .answeredNeedsReference,
             .scoreMinimumTooLarge, .thresholdsOutOfOrder, .invalidMinMax, .exclusiveInSingle, .invalidCodeElement,
             .retrospectiveNeedsItems, .duplicateValue:
            return self
        case .unexpectedCharacter(let c): return .unexpectedCharacter(q(c))
        case .nonASCIIIdentifier(let id, let suggestion): return .nonASCIIIdentifier(q(id), suggestion: q(suggestion))
        case .unknownDeclaration(let word, let s): return .unknownDeclaration(q(word), suggestion: s.map(q))
        case .unknownModifier(let word, let s): return .unknownModifier(q(word), suggestion: s.map(q))
        case .unknownProperty(let name, let s): return .unknownProperty(q(name), suggestion: s.map(q))
        case .notAllowedHere(let what, let context): return .notAllowedHere(q(what), context: q(context))
        case .expected(let expectation, let found): return .expected(expectation.quotable, found: found.map(q))
        case .unexpectedToken(let token): return .unexpectedToken(q(token))
        case .duplicateModifier(let word): return .duplicateModifier(q(word))
        case .duplicateProperty(let name, let first): return .duplicateProperty(q(name), firstLine: first)
        case .invalidNumber(let text): return .invalidNumber(q(text))
        case .duplicateId(let id, let first): return .duplicateId(q(id), firstLine: first)
        case .reservedColumnName(let id): return .reservedColumnName(q(id))
        case .unknownReference(let ref, let s): return .unknownReference(q(ref), suggestion: s.map(q))
        case .forwardReference(let ref, let line): return .forwardReference(q(ref), line: line)
        case .selfReference(let ref): return .selfReference(q(ref))
        case .unknownOption(let code, let question, let s): return .unknownOption(q(code), question: q(question), suggestion: s.map(q))
        case .unknownScale(let id, let s): return .unknownScale(q(id), suggestion: s.map(q))
        case .unknownEscape(let id, let s): return .unknownEscape(q(id), suggestion: s.map(q))
        case .unknownOptionSet(let id, let s): return .unknownOptionSet(q(id), suggestion: s.map(q))
        case .noOptions(let id): return .noOptions(q(id))
        case .singleOption(let id): return .singleOption(q(id))
        case .tooManyOptions(let id, let count, let limit): return .tooManyOptions(q(id), count: count, limit: limit)
        case .optionWithoutValue(let code): return .optionWithoutValue(q(code))
        case .escapeValueIsAnAnswer(let escape, let value, let question):
            return .escapeValueIsAnAnswer(escape: q(escape), value: value, question: q(question))
        case .valueOutOfRange(let value, let question): return .valueOutOfRange(q(value), question: q(question))
        case .numericComparisonOnChoice(let ref): return .numericComparisonOnChoice(q(ref))
        case .codeComparedWithNumber(let ref): return .codeComparedWithNumber(q(ref))
        case .itemNeedsBlock(let ref): return .itemNeedsBlock(q(ref))
        case .missingTranslation(let language): return .missingTranslation(language: q(language))
        case .undeclaredLanguage(let language): return .undeclaredLanguage(q(language))
        case .invalidLanguageCode(let code): return .invalidLanguageCode(q(code))
        case .groupingNotChoice(let id): return .groupingNotChoice(q(id))
        case .confirmNotComparable(let id): return .confirmNotComparable(q(id))
        case .differenceNeedsTwoGroups(let id, let groups): return .differenceNeedsTwoGroups(q(id), groups: groups)
        case .scoreMixedScales(let id): return .scoreMixedScales(q(id))
        case .scoreNeedsLikert(let ref): return .scoreNeedsLikert(q(ref))
        case .invalidThreshold(let text): return .invalidThreshold(q(text))
        case .unknownPosthoc(let name, let s): return .unknownPosthoc(q(name), suggestion: s.map(q))
        case .duplicateKey(let key): return .duplicateKey(q(key))
        case .reservedKey(let key): return .reservedKey(q(key))
        case .emptySection(let id): return .emptySection(q(id))
        }
    }
}

extension Problem.Expectation {
    var quotable: Problem.Expectation {
        switch self {
        case .keyword(let word): return .keyword(Quote.safe(word))
        case .identifier, .string, .integer, .number, .value, .condition, .closingParenthesis, .colon, .range, .endOfLine: return self
        }
    }
}
