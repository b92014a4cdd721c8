import Foundation

/// Sections, questions and their children.
extension Parser {
    mutating func parseSection(_ node: OutlineNode) -> Section? {
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        guard let (id, location) = cursor.word(.sectionId, &diagnostics),
              let (title, titleLocation) = cursor.string(.sectionTitle, &diagnostics) else { return nil }
        _ = declare(id, at: location)
        var section = Section(id: id, title: LocalizedText(title, location: titleLocation), intro: nil, note: nil,
                              shuffle: false, condition: nil, elements: [], location: location)
        while let token = cursor.next() {
            switch token.word {
            case "shuffle": section.shuffle = true
            case "when": section.condition = parseCondition(&cursor)
            default:
                error(.unknownModifier(token.display, suggestion: Self.sectionModifierVocabulary.closest(to: token.display)),
                      at: token.location, length: token.length)
            }
        }
        for child in translations(of: node, into: &section.title) {
            if let (name, start) = propertyName(child) {
                var value = LineCursor(child.tokens, startingAt: start, line: child.line.number)
                switch name {
                case "intro": section.intro = propertyText(child, &value, role: .text)
                case "note": section.note = propertyText(child, &value, role: .text)
                default:
                    error(.unknownProperty(name, suggestion: Self.sectionPropertyVocabulary.closest(to: name)), at: child.location)
                }
                continue
            }
            switch child.tokens.first?.word {
            case "section":
                if let inner = parseSection(child) { section.elements.append(.section(inner)) }
            case let word? where Self.questionKinds.contains(word):
                if let question = parseQuestion(child) { section.elements.append(.question(question)) }
            case let word?:
                error(.unknownDeclaration(word, suggestion: Self.sectionChildVocabulary.closest(to: word)),
                      at: child.location, length: child.tokens[0].length)
            case nil:
                error(.unexpectedToken(child.tokens.first?.display ?? ""), at: child.location)
            }
        }
        if section.elements.isEmpty { warning(.emptySection(id), at: location) }
        return section
    }

    mutating func parseQuestion(_ node: OutlineNode) -> Question? {
        let keyword = node.tokens[0].word ?? ""
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        guard let (id, location) = cursor.word(.questionId, &diagnostics),
              let (label, labelLocation) = cursor.string(.questionText, &diagnostics) else { return nil }
        declareColumn(id, at: location)
        var question = Question(id: id, kind: .yesNo, text: LocalizedText(label, location: labelLocation), location: location)
        var modifiers = QuestionModifiers()
        parseModifiers(&cursor, for: keyword, into: &modifiers, question: &question)

        var rest = translations(of: node, into: &question.text)
        var properties = QuestionProperties()
        rest = parseQuestionProperties(rest, into: &question, extra: &properties)
        let context = "\(keyword) \(id)"
        if keyword != "number", let unit = properties.unit { error(.notAllowedHere("unit:", context: context), at: unit.location) }
        switch keyword {
        case "likert":
            var scale = Scale.agreement
            if let (scaleId, scaleLocation) = modifiers.scale {
                if let found = scales[scaleId] { scale = found } else {
                    let suggestion = suggestions.closest(to: scaleId, among: scales.keys)
                    error(.unknownScale(scaleId, suggestion: suggestion), at: scaleLocation, length: scaleId.unicodeScalars.count)
                }
            } else if let declared = scales["accord"] {
                scale = declared
            }
            var items = parseItems(rest, block: id, context: context, allowReverse: true)
            if let retrospective = modifiers.retrospective, items.isEmpty {
                _ = retrospective
                error(.retrospectiveNeedsItems, at: location)
            }
            if items.isEmpty {
                items = []
                declareAnswer(id, at: location)
            }
            var retrospective = modifiers.retrospective
            if let then = properties.then { retrospective?.then = then }
            if let now = properties.now { retrospective?.now = now }
            if retrospective == nil, let misplaced = properties.then ?? properties.now {
                error(.notAllowedHere(misplaced.location.line == properties.then?.location.line ? "then:" : "now:", context: context),
                      at: misplaced.location)
            }
            question.kind = .likert(scale: scale, items: items, retrospective: retrospective)
        case "single", "multiple":
            var options = parseOptions(rest, context: context, allowExclusive: keyword == "multiple")
            if let (setId, setLocation) = modifiers.optionSet {
                if let shared = declarations.optionSets[setId] {
                    if !options.isEmpty { error(.notAllowedHere(options[0].code, context: context), at: options[0].location) }
                    options = shared
                } else {
                    let suggestion = suggestions.closest(to: setId, among: declarations.optionSets.keys)
                    error(.unknownOptionSet(setId, suggestion: suggestion), at: setLocation, length: setId.unicodeScalars.count)
                }
            } else if options.isEmpty {
                error(.noOptions(id), at: location, length: id.unicodeScalars.count)
            }
            if options.count == 1 { warning(.singleOption(id), at: location, length: id.unicodeScalars.count) }
            if options.count > Question.maximumOptions {
                error(.tooManyOptions(id, count: options.count, limit: Question.maximumOptions), at: location, length: id.unicodeScalars.count)
            }
            declareAnswer(id, at: location)
            if keyword == "single" {
                question.kind = .single(options: options)
            } else {
                if let minimum = modifiers.minimum, let maximum = modifiers.maximum, minimum > maximum {
                    error(.invalidMinMax, at: location)
                } else if let maximum = modifiers.maximum, !options.isEmpty, maximum > options.count {
                    error(.invalidMinMax, at: location)
                }
                question.kind = .multiple(options: options, minimum: modifiers.minimum, maximum: modifiers.maximum)
            }
        case "yesno":
            rejectChildren(rest, context: context)
            declareAnswer(id, at: location)
            question.kind = .yesNo
        case "grid":
            var options: [ChoiceOption] = []
            if let (setId, setLocation) = modifiers.optionSet {
                if let shared = declarations.optionSets[setId] { options = shared } else {
                    let suggestion = suggestions.closest(to: setId, among: declarations.optionSets.keys)
                    error(.unknownOptionSet(setId, suggestion: suggestion), at: setLocation, length: setId.unicodeScalars.count)
                }
            } else {
                error(.expected(.keyword("options"), found: nil), at: cursor.endLocation)
            }
            let rows = parseItems(rest, block: id, context: context, allowReverse: false)
            if rows.isEmpty { error(.noOptions(id), at: location, length: id.unicodeScalars.count) }
            question.kind = .grid(options: options, rows: rows)
        case "number":
            rejectChildren(rest, context: context)
            declareAnswer(id, at: location)
            question.kind = .number(NumberFormat(minimum: modifiers.range?.0, maximum: modifiers.range?.1,
                                                 allowsDecimals: modifiers.decimal, unit: properties.unit))
        default:
            rejectChildren(rest, context: context)
            declareAnswer(id, at: location)
            question.kind = .text(maximumLength: modifiers.maximum)
        }
        return question
    }

    mutating func rejectChildren(_ nodes: [OutlineNode], context: String) {
        for node in nodes {
            error(.notAllowedHere(node.tokens.first?.display ?? "", context: context), at: node.location)
        }
    }

    /// Reads `intro:`, `note:`, `require:` and `expect:`; returns the lines that declare children.
    mutating func parseQuestionProperties(_ nodes: [OutlineNode], into question: inout Question,
                                          extra: inout QuestionProperties) -> [OutlineNode] {
        var rest: [OutlineNode] = []
        for node in nodes {
            guard let (name, start) = propertyName(node) else { rest.append(node); continue }
            var value = LineCursor(node.tokens, startingAt: start, line: node.line.number)
            switch name {
            case "intro": question.intro = propertyText(node, &value, role: .text)
            case "note": question.note = propertyText(node, &value, role: .text)
            case "unit": extra.unit = propertyText(node, &value, role: .unit)
            case "then": extra.then = propertyText(node, &value, role: .text)
            case "now": extra.now = propertyText(node, &value, role: .text)
            case "require", "expect":
                guard let condition = parseCondition(&value, stopAtString: true) else { continue }
                guard let (message, messageLocation) = value.string(.message, &diagnostics) else { continue }
                value.expectEnd(&diagnostics)
                var text = LocalizedText(message, location: messageLocation)
                for extra in translations(of: node, into: &text) {
                    error(.notAllowedHere(extra.tokens.first?.display ?? "", context: name + ":"), at: extra.location)
                }
                let strength: Constraint.Strength = name == "require" ? .required : .expected
                question.constraints.append(Constraint(strength: strength, condition: condition, message: text,
                                                       id: "\(question.id)#\(question.constraints.count + 1)",
                                                       location: node.location))
            default:
                error(.unknownProperty(name, suggestion: Self.questionPropertyVocabulary.closest(to: name)),
                      at: node.location, length: node.tokens[0].length)
            }
        }
        return rest
    }

    /// Likert items and grid rows: `id "text" [reverse] [escape …] [when …]`.
    mutating func parseItems(_ nodes: [OutlineNode], block: String, context: String, allowReverse: Bool) -> [Item] {
        var items: [Item] = []
        var seen: [String: Int] = [:]
        for node in nodes {
            if node.isProperty {
                error(.notAllowedHere(node.tokens[0].display + ":", context: context), at: node.location)
                continue
            }
            var cursor = LineCursor(node.tokens, line: node.line.number)
            guard let (id, location) = cursor.word(.itemId, &diagnostics),
                  let (text, textLocation) = cursor.string(.itemText, &diagnostics) else { continue }
            var item = Item(id: id, text: LocalizedText(text, location: textLocation), location: location)
            while let token = cursor.next() {
                switch token.word {
                case "reverse" where allowReverse: item.isReversed = true
                case "escape": item.escapes += parseEscapeList(&cursor)
                case "when": item.condition = parseCondition(&cursor)
                default:
                    let allowed = allowReverse ? Self.itemModifierVocabulary : Self.rowModifierVocabulary
                    error(.unknownModifier(token.display, suggestion: allowed.closest(to: token.display)),
                          at: token.location, length: token.length)
                }
            }
            for extra in translations(of: node, into: &item.text) {
                error(.notAllowedHere(extra.tokens.first?.display ?? "", context: context), at: extra.location)
            }
            if let first = seen[id] {
                error(.duplicateId("\(block).\(id)", firstLine: first), at: location, length: id.unicodeScalars.count)
                continue
            }
            seen[id] = location.line
            declareAnswer("\(block).\(id)", at: location)
            items.append(item)
        }
        return items
    }

    /// The escape ids after `escape`: declared ids, or unknown words that are not modifiers (reported).
    mutating func parseEscapeList(_ cursor: inout LineCursor) -> [String] {
        var ids: [String] = []
        var read = 0
        while let token = cursor.peek, let word = token.word, escapeIds.contains(word) || !Self.modifierWords.contains(word) {
            cursor.index += 1
            read += 1
            if escapeIds.contains(word) { ids.append(word) } else {
                let suggestion = suggestions.closest(to: word, among: escapeIds)
                error(.unknownEscape(word, suggestion: suggestion), at: token.location, length: token.length)
            }
        }
        if read == 0 { error(.expected(.identifier(.escapeId), found: cursor.peek?.display), at: cursor.location) }
        return ids
    }

    static let modifierWords: Set<String> = [
        "required", "shuffle", "escape", "scale", "options", "retrospective", "min", "max", "decimal", "unit",
        "when", "reverse", "other", "exclusive",
    ]

    static func allowedModifiers(for keyword: String) -> [String] {
        switch keyword {
        case "likert": return ["required", "escape", "shuffle", "scale", "retrospective", "when"]
        case "single": return ["required", "escape", "shuffle", "options", "when"]
        case "multiple": return ["required", "escape", "shuffle", "options", "min", "max", "when"]
        case "grid": return ["required", "escape", "shuffle", "options", "when"]
        case "number": return ["required", "escape", "decimal", "when"]
        case "text": return ["required", "escape", "max", "when"]
        default: return ["required", "escape", "when"]
        }
    }

    mutating func parseModifiers(_ cursor: inout LineCursor, for keyword: String, into modifiers: inout QuestionModifiers,
                                 question: inout Question) {
        let allowed = Self.questionModifierVocabularies[keyword] ?? Vocabulary(Self.allowedModifiers(for: keyword))
        var used: Set<String> = []
        while let token = cursor.peek {
            if keyword == "number", token.number != nil || token.isSymbol("..") {
                modifiers.range = parseRange(&cursor)
                continue
            }
            cursor.index += 1
            guard let word = token.word, allowed.contains(word) else {
                if let word = token.word {
                    error(.unknownModifier(word, suggestion: allowed.closest(to: word)), at: token.location, length: token.length)
                } else {
                    error(.unexpectedToken(token.display), at: token.location, length: token.length)
                }
                continue
            }
            if !used.insert(word).inserted, word != "escape" { warning(.duplicateModifier(word), at: token.location, length: token.length) }
            switch word {
            case "required": question.isRequired = true
            case "shuffle": question.shuffle = true
            case "decimal": modifiers.decimal = true
            case "escape": question.escapes += parseEscapeList(&cursor)
            case "scale": if let found = cursor.word(.scaleId, &diagnostics) { modifiers.scale = found }
            case "options": if let found = cursor.word(.optionSet, &diagnostics) { modifiers.optionSet = found }
            case "min": modifiers.minimum = cursor.integer(.minimum, &diagnostics)
            case "max": modifiers.maximum = cursor.integer(.maximum, &diagnostics)
            case "retrospective":
                modifiers.retrospective = Retrospective.standard
            case "when": question.condition = parseCondition(&cursor)
            default: break
            }
        }
    }

    mutating func parseRange(_ cursor: inout LineCursor) -> (Decimal?, Decimal?)? {
        let start = cursor.location
        let low = cursor.decimal()
        guard cursor.skip(symbol: "..") else {
            error(.expected(.range, found: cursor.peek?.display), at: cursor.location)
            return nil
        }
        let high = cursor.decimal()
        if let low, let high, low > high { error(.emptyRange, at: start) }
        return (low, high)
    }
}

/// Modifiers read from a question line before its kind is settled.
struct QuestionModifiers {
    var scale: (String, SourceLocation)?
    var optionSet: (String, SourceLocation)?
    var retrospective: Retrospective?
    var minimum: Int?
    var maximum: Int?
    var decimal = false
    var range: (Decimal?, Decimal?)?
}

/// Properties that belong to one kind of question, read before the kind is settled.
struct QuestionProperties {
    var unit: LocalizedText?
    var then: LocalizedText?
    var now: LocalizedText?
}
