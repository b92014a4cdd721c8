import Foundation

/// What reading a questionnaire file gives: the survey (even a partial one when there are errors, so
/// that every problem can be reported in one run) and all its diagnostics, sorted by position.
public struct ParseResult: Sendable {
    public var survey: Survey
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// Counted without copying the diagnostics out: a file of junk has millions.
    public var errorCount: Int { diagnostics.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    public var warningCount: Int { diagnostics.count - errorCount }
}

/// Reads the questionnaire language into a `Survey`, then runs the checks of meaning.
public enum QuestionnaireParser {
    public static func parse(_ source: SourceFile) -> ParseResult {
        var lexer = Lexer()
        let lines = lexer.lex(source)
        // The diagnostics move from pass to pass rather than being copied: a file of junk has millions.
        var diagnostics: [Diagnostic] = []
        swap(&diagnostics, &lexer.diagnostics)
        let roots = Outline.build(lines, diagnostics: &diagnostics)
        var parser = Parser(diagnostics: [])
        swap(&diagnostics, &parser.diagnostics)
        var survey = parser.parseFile(roots, source: source.text)
        swap(&diagnostics, &parser.diagnostics)
        SurveyChecks.run(&survey, declarations: parser.declarations, diagnostics: &diagnostics)
        return ParseResult(survey: survey, diagnostics: inFileOrder(diagnostics))
    }

    /// Sorted by position (errors before warnings at one spot, otherwise in the order found), each reported once.
    /// Positions are sorted, not the diagnostics, and repeats are looked for only among those at the same spot:
    /// hashing every diagnostic into a set cost more than parsing the file.
    static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let order = diagnostics.indices.map { index in
            let diagnostic = diagnostics[index]
            return (spot: (diagnostic.location.line, diagnostic.location.column, diagnostic.severity == .error ? 0 : 1), index: index)
        }.sorted { ($0.spot.0, $0.spot.1, $0.spot.2, $0.index) < ($1.spot.0, $1.spot.1, $1.spot.2, $1.index) }
        var result: [Diagnostic] = []
        result.reserveCapacity(diagnostics.count)
        var start = order.startIndex
        while start < order.endIndex {
            var end = start + 1
            while end < order.endIndex, order[end].spot == order[start].spot { end += 1 }
            if end - start == 1 {
                result.append(diagnostics[order[start].index])
            } else {
                var seen = Set<Diagnostic>()
                for key in order[start..<end] where seen.insert(diagnostics[key.index]).inserted { result.append(diagnostics[key.index]) }
            }
            start = end
        }
        return result
    }

    public static func parse(text: String, name: String = "<text>") -> ParseResult {
        parse(SourceFile(name: name, text: text))
    }

    /// Reads a file from disk; a file that cannot be read is reported as an error of the caller's choosing.
    public static func parse(contentsOf url: URL, displayName: String? = nil) throws -> (SourceFile, ParseResult) {
        let data = try Data(contentsOf: url)
        let source = SourceFile(name: displayName ?? url.path, data: data)
        return (source, parse(source))
    }
}

/// Where each id was declared, for "already used on line N" and for ordering checks.
struct Declarations: Sendable {
    /// Questions, sections and scores share one namespace: they become column names or headings.
    var names: [String: SourceLocation] = [:]
    /// Order of declaration of every answer key (question, block.item, grid.row).
    var answerOrder: [String: SourceLocation] = [:]
    var optionSets: [String: [ChoiceOption]] = [:]
    var scalesDeclared: [String: Scale] = [:]
}

struct Parser {
    var diagnostics: [Diagnostic]
    var declarations = Declarations()
    var mainLanguage = "fr"
    var scales: [String: Scale] = ["accord": .agreement]
    var escapeIds: Set<String> = []
    /// Spent on suggestions among the file's own names (scales, option sets, escapes); fixed lists of keywords cost nothing.
    var suggestions = SuggestionBudget()

    static let questionKinds: Set<String> = ["likert", "single", "multiple", "yesno", "grid", "number", "text"]
    static let topLevelWords = ["survey", "scale", "escape", "options", "section", "score", "waves", "code", "analysis"]
        + questionKinds.sorted()
    static let topLevelProperties = ["title", "author", "licence", "license", "languages", "description"]

    init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    mutating func error(_ problem: Problem, at location: SourceLocation, length: Int = 1) {
        diagnostics.append(Diagnostic(.error, problem, at: location, length: length))
    }

    mutating func warning(_ problem: Problem, at location: SourceLocation, length: Int = 1) {
        diagnostics.append(Diagnostic(.warning, problem, at: location, length: length))
    }

    // MARK: The file

    mutating func parseFile(_ roots: [OutlineNode], source: String) -> Survey {
        var survey = Survey(id: "", version: "", language: "fr", languages: [], metadata: Metadata(), scales: [],
                            escapes: [], elements: [], scores: [], waves: [], participantCode: nil,
                            analysis: AnalysisPlan(), source: source)
        var headerLine: Int?
        if let first = roots.first, !first.tokens.isEmpty {
            if first.tokens[0].isWord("survey") {
                parseHeader(first, into: &survey)
                headerLine = first.line.number
            } else {
                error(.missingHeader, at: first.location)
            }
        } else {
            error(.missingHeader, at: SourceLocation(line: 1, column: 1))
        }
        mainLanguage = survey.language

        // Scales, escape answers and option sets may be used before they are declared.
        for node in roots where !node.isProperty {
            switch node.tokens.first?.word {
            case "scale": if let scale = parseScale(node) { record(scale: scale, into: &survey) }
            case "escape": if let escape = parseEscape(node) { survey.escapes.append(escape) }
            case "options": parseOptionSet(node)
            default: break
            }
        }
        escapeIds = Set(survey.escapes.map(\.id))
        assignEscapeKeys(&survey.escapes)
        survey.scales = scales.values.sorted { $0.location < $1.location }

        var seenProperties: [String: Int] = [:]
        for (index, node) in roots.enumerated() {
            if index == 0, headerLine != nil { continue }
            if node.isProperty {
                parseSurveyProperty(node, into: &survey, seen: &seenProperties)
                continue
            }
            guard let word = node.tokens.first?.word else {
                if let token = node.tokens.first { error(.unexpectedToken(token.display), at: token.location, length: token.length) }
                continue
            }
            switch word {
            case "survey": error(.duplicateHeader(firstLine: headerLine ?? 1), at: node.location)
            case "scale", "escape", "options": break
            case "section": if let section = parseSection(node) { survey.elements.append(.section(section)) }
            case "score": if let score = parseScore(node) { survey.scores.append(score) }
            case "waves": survey.waves = parseWaves(node)
            case "code": survey.participantCode = parseParticipantCode(node)
            case "analysis": survey.analysis = parseAnalysis(node)
            case _ where Self.questionKinds.contains(word):
                if let question = parseQuestion(node) { survey.elements.append(.question(question)) }
            default:
                error(.unknownDeclaration(word, suggestion: Self.topLevelVocabulary.closest(to: word)),
                      at: node.location, length: node.tokens[0].length)
            }
        }
        return survey
    }

    mutating func parseHeader(_ node: OutlineNode, into survey: inout Survey) {
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        if let (id, _) = cursor.word(.surveyId, &diagnostics) { survey.id = id }
        while let token = cursor.peek {
            guard let word = token.word else { cursor.expectEnd(&diagnostics); break }
            cursor.index += 1
            switch word {
            case "version":
                if let value = cursor.peek, value.number != nil || value.word != nil {
                    survey.version = value.number ?? value.word ?? ""
                    cursor.index += 1
                } else {
                    error(.expected(.integer(.version), found: cursor.peek?.display), at: cursor.location)
                }
            case "language":
                if let (code, location) = cursor.word(.language, &diagnostics) {
                    if Self.isLanguageCode(code) { survey.language = code } else { error(.invalidLanguageCode(code), at: location) }
                }
            default:
                error(.unknownModifier(word, suggestion: Self.headerVocabulary.closest(to: word)),
                      at: token.location, length: token.length)
            }
        }
        if survey.version.isEmpty { error(.expected(.keyword("version"), found: nil), at: cursor.endLocation) }
        survey.languages = [survey.language]
        for child in node.children {
            error(.notAllowedHere(child.tokens.first?.display ?? "", context: "survey"), at: child.location)
        }
    }

    static func isLanguageCode(_ word: String) -> Bool {
        word.count == 2 && word.unicodeScalars.allSatisfy { $0 >= "a" && $0 <= "z" }
    }

    mutating func parseSurveyProperty(_ node: OutlineNode, into survey: inout Survey, seen: inout [String: Int]) {
        guard let (name, valueStart) = propertyName(node) else { return }
        if let first = seen[name] {
            error(.duplicateProperty(name, firstLine: first), at: node.location)
            return
        }
        seen[name] = node.line.number
        var cursor = LineCursor(node.tokens, startingAt: valueStart, line: node.line.number)
        switch name {
        case "title":
            if let text = propertyText(node, &cursor, role: .text) { survey.metadata.title = text }
        case "description":
            if let text = propertyText(node, &cursor, role: .text) { survey.metadata.description = text }
        case "author":
            survey.metadata.author = cursor.string(.text, &diagnostics)?.0
            cursor.expectEnd(&diagnostics)
        case "licence", "license":
            survey.metadata.licence = cursor.string(.text, &diagnostics)?.0
            cursor.expectEnd(&diagnostics)
        case "languages":
            var languages: [String] = []
            while let token = cursor.next() {
                guard let code = token.word, Self.isLanguageCode(code) else {
                    error(.invalidLanguageCode(token.display), at: token.location, length: token.length)
                    continue
                }
                if !languages.contains(code) { languages.append(code) }
            }
            survey.languages = [survey.language] + languages.filter { $0 != survey.language }
        default:
            error(.unknownProperty(name, suggestion: Self.topLevelPropertyVocabulary.closest(to: name)),
                  at: node.location, length: node.tokens[0].length)
        }
    }

    /// The name of a property line and where its value starts.
    mutating func propertyName(_ node: OutlineNode) -> (String, Int)? {
        guard let length = Outline.propertyNameLength(node.tokens) else { return nil }
        let name = node.tokens[0..<length].map(\.display).joined()
        return (name, length + 1)
    }

    /// A property whose value is one text, with translations indented under it.
    mutating func propertyText(_ node: OutlineNode, _ cursor: inout LineCursor, role: Role) -> LocalizedText? {
        guard let (text, location) = cursor.string(role, &diagnostics) else { return nil }
        cursor.expectEnd(&diagnostics)
        var localized = LocalizedText(text, location: location)
        for child in node.children {
            if !applyTranslation(child, to: &localized) {
                error(.notAllowedHere(child.tokens.first?.display ?? "", context: "\(node.tokens[0].display):"), at: child.location)
            }
        }
        return localized
    }

    /// Reads `en: "…"`, `falc: "…"` or `falc.en: "…"` into a text; false when the line is something else.
    mutating func applyTranslation(_ node: OutlineNode, to text: inout LocalizedText) -> Bool {
        guard let length = Outline.propertyNameLength(node.tokens), let first = node.tokens[0].word else { return false }
        let isEasy = first == "falc"
        let language: String
        if length == 3 {
            guard isEasy, let code = node.tokens[2].word, Self.isLanguageCode(code) else { return false }
            language = code
        } else if isEasy {
            language = mainLanguage
        } else if Self.isLanguageCode(first) {
            language = first
        } else {
            return false
        }
        var cursor = LineCursor(node.tokens, startingAt: length + 1, line: node.line.number)
        guard let (value, _) = cursor.string(.text, &diagnostics) else { return true }
        cursor.expectEnd(&diagnostics)
        if isEasy { text.easyRead[language] = value } else { text.translations[language] = value }
        for child in node.children { error(.notAllowedHere(child.tokens.first?.display ?? "", context: first), at: child.location) }
        return true
    }

    /// Applies the translation children of a declaration to its text; returns the other children.
    mutating func translations(of node: OutlineNode, into text: inout LocalizedText) -> [OutlineNode] {
        node.children.filter { !applyTranslation($0, to: &text) }
    }

    mutating func record(scale: Scale, into survey: inout Survey) {
        if let first = declarations.scalesDeclared[scale.id] {
            error(.duplicateId(scale.id, firstLine: first.location.line), at: scale.location)
            return
        }
        declarations.scalesDeclared[scale.id] = scale
        scales[scale.id] = scale
    }

    /// Registers a question, section or score name; false (and an error) when it is taken.
    mutating func declare(_ name: String, at location: SourceLocation) -> Bool {
        if let first = declarations.names[name] {
            error(.duplicateId(name, firstLine: first.line), at: location, length: name.unicodeScalars.count)
            return false
        }
        declarations.names[name] = location
        return true
    }

    /// Registers the name of a question or score, whose columns sit beside the row's own in every data file.
    mutating func declareColumn(_ name: String, at location: SourceLocation) {
        guard declare(name, at: location) else { return }
        if RowField(rawValue: name) != nil { error(.reservedColumnName(name), at: location, length: name.unicodeScalars.count) }
    }

    mutating func declareAnswer(_ key: String, at location: SourceLocation) {
        if declarations.answerOrder[key] == nil { declarations.answerOrder[key] = location }
    }
}
