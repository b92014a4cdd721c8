import Foundation

/// Scales, escape answers, option sets, scores, waves, the participant code and the analysis plan.
extension Parser {
    mutating func parseScale(_ node: OutlineNode) -> Scale? {
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        guard let (id, location) = cursor.word(.scaleId, &diagnostics) else { return nil }
        let pointsLocation = cursor.location
        guard let points = cursor.integer(.points, &diagnostics) else { return nil }
        var scale = Scale(id: id, points: points, location: location)
        if points < 2 || points > 11 {
            error(.scaleSize(points), at: pointsLocation)
            scale.points = min(11, max(2, points))
        } else if points % 2 == 1 {
            warning(.oddScale(points), at: pointsLocation)
        }
        if let (low, lowLocation) = optionalString(&cursor) {
            scale.lowAnchor = LocalizedText(low, location: lowLocation)
            if cursor.skip(symbol: ".."), let (high, highLocation) = cursor.string(.anchor, &diagnostics) {
                scale.highAnchor = LocalizedText(high, location: highLocation)
            } else if scale.highAnchor == nil {
                error(.expected(.range, found: cursor.peek?.display), at: cursor.location)
            }
        }
        cursor.expectEnd(&diagnostics)
        for child in node.children {
            if let length = Outline.propertyNameLength(child.tokens), let code = child.tokens[0].word,
               length == 1, Self.isLanguageCode(code) {
                var translation = LineCursor(child.tokens, startingAt: 2, line: child.line.number)
                if let (low, _) = translation.string(.anchor, &diagnostics) { scale.lowAnchor?.translations[code] = low }
                if translation.skip(symbol: ".."), let (high, _) = translation.string(.anchor, &diagnostics) {
                    scale.highAnchor?.translations[code] = high
                }
                translation.expectEnd(&diagnostics)
            } else if let text = child.tokens.first?.number, let point = Int(text) {
                var label = LineCursor(child.tokens, startingAt: 1, line: child.line.number)
                guard let (value, valueLocation) = label.string(.optionLabel, &diagnostics) else { continue }
                label.expectEnd(&diagnostics)
                if point < 1 || point > scale.points {
                    error(.scalePointOutOfRange(point, points: scale.points), at: child.location)
                }
                var localized = LocalizedText(value, location: valueLocation)
                for extra in translations(of: child, into: &localized) {
                    error(.notAllowedHere(extra.tokens.first?.display ?? "", context: "scale"), at: extra.location)
                }
                scale.pointLabels[point] = localized
            } else {
                error(.notAllowedHere(child.tokens.first?.display ?? "", context: "scale"), at: child.location)
            }
        }
        return scale
    }

    mutating func optionalString(_ cursor: inout LineCursor) -> (String, SourceLocation)? {
        guard let token = cursor.peek, let text = token.string else { return nil }
        cursor.index += 1
        return (text, token.location)
    }

    mutating func parseEscape(_ node: OutlineNode) -> EscapeAnswer? {
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        guard let (id, location) = cursor.word(.escapeId, &diagnostics) else { return nil }
        guard let (label, labelLocation) = cursor.string(.escapeLabel, &diagnostics) else { return nil }
        var key: Character = " "
        if cursor.skip(word: "key") {
            if let token = cursor.next(), let text = token.word ?? token.number, text.count == 1, let character = text.first {
                key = Character(character.lowercased())
            } else {
                error(.expected(.identifier(.key), found: cursor.peek?.display), at: cursor.location)
            }
        }
        var value: Int?
        if cursor.skip(word: "value") { value = cursor.integer(.value, &diagnostics) }
        cursor.expectEnd(&diagnostics)
        var text = LocalizedText(label, location: labelLocation)
        for extra in translations(of: node, into: &text) {
            error(.notAllowedHere(extra.tokens.first?.display ?? "", context: "escape"), at: extra.location)
        }
        return EscapeAnswer(id: id, label: text, key: key, value: value, location: location)
    }

    /// Gives each escape answer without a `key` the first letter of its label that is still free.
    mutating func assignEscapeKeys(_ escapes: inout [EscapeAnswer]) {
        var taken = Set(CommandKey.all)
        for escape in escapes where escape.key != " " {
            if CommandKey.all.contains(Character(escape.key.lowercased())) {
                error(.reservedKey(String(escape.key)), at: escape.location)
            } else if !taken.insert(escape.key).inserted {
                error(.duplicateKey(String(escape.key)), at: escape.location)
            }
        }
        for index in escapes.indices where escapes[index].key == " " {
            let letters = escapes[index].label.main.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .lowercased().filter { $0.isLetter && $0.isASCII }
            let free = letters.first { !taken.contains($0) } ?? "abcdefghijklmnotuvwxyz".first { !taken.contains($0) } ?? "x"
            escapes[index].key = free
            taken.insert(free)
        }
    }

    mutating func parseOptionSet(_ node: OutlineNode) {
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        guard let (id, location) = cursor.word(.optionSet, &diagnostics) else { return }
        cursor.expectEnd(&diagnostics)
        let options = parseOptions(node.children, context: "options", allowExclusive: true)
        if declarations.optionSets[id] != nil {
            error(.duplicateId(id, firstLine: location.line), at: location)
            return
        }
        if options.isEmpty { error(.noOptions(id), at: location) }
        declarations.optionSets[id] = options
    }

    /// Reads option lines `code "label" [other] [exclusive]`; other lines are reported.
    mutating func parseOptions(_ nodes: [OutlineNode], context: String, allowExclusive: Bool) -> [ChoiceOption] {
        var options: [ChoiceOption] = []
        var codes: [String: Int] = [:]
        for node in nodes {
            if node.isProperty {
                error(.notAllowedHere(node.tokens[0].display + ":", context: context), at: node.location)
                continue
            }
            var cursor = LineCursor(node.tokens, line: node.line.number)
            guard let (code, location) = cursor.word(.optionCode, &diagnostics),
                  let (label, labelLocation) = cursor.string(.optionLabel, &diagnostics) else { continue }
            var option = ChoiceOption(code: code, label: LocalizedText(label, location: labelLocation), location: location)
            while let token = cursor.next() {
                switch token.word {
                case "value": option.value = cursor.integer(.value, &diagnostics)
                case "other": option.isOther = true
                case "exclusive":
                    if allowExclusive { option.isExclusive = true } else { error(.exclusiveInSingle, at: token.location, length: token.length) }
                default:
                    error(.unknownModifier(token.display, suggestion: Self.optionModifierVocabulary.closest(to: token.display)),
                          at: token.location, length: token.length)
                }
            }
            for extra in translations(of: node, into: &option.label) {
                error(.notAllowedHere(extra.tokens.first?.display ?? "", context: context), at: extra.location)
            }
            if let first = codes[code] {
                error(.duplicateId(code, firstLine: first), at: location, length: code.unicodeScalars.count)
                continue
            }
            codes[code] = location.line
            options.append(option)
        }
        checkValues(of: options)
        return options
    }

    mutating func parseScore(_ node: OutlineNode) -> Score? {
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        guard let (id, location) = cursor.word(.scoreId, &diagnostics),
              let (label, labelLocation) = cursor.string(.scoreLabel, &diagnostics) else { return nil }
        declareColumn(id, at: location)
        if !cursor.skip(word: "mean") {
            error(.expected(.keyword("mean"), found: cursor.peek?.display), at: cursor.location)
            return nil
        }
        var references: [Reference] = []
        var minimum: Int?
        while let token = cursor.peek {
            if token.isWord("minimum") {
                cursor.index += 1
                minimum = cursor.integer(.minimum, &diagnostics)
                continue
            }
            guard let reference = parseReference(&cursor) else { cursor.expectEnd(&diagnostics); break }
            references.append(reference)
        }
        if references.isEmpty { error(.expected(.identifier(.reference), found: nil), at: cursor.endLocation) }
        var text = LocalizedText(label, location: labelLocation)
        for extra in translations(of: node, into: &text) {
            error(.notAllowedHere(extra.tokens.first?.display ?? "", context: "score"), at: extra.location)
        }
        // The minimum defaults to every item; the check that expands blocks into items settles it.
        return Score(id: id, label: text, items: references, minimumAnswered: minimum ?? 0, location: location)
    }

    mutating func parseWaves(_ node: OutlineNode) -> [Wave] {
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        cursor.expectEnd(&diagnostics)
        var waves: [Wave] = []
        var ids: Set<String> = []
        for child in node.children {
            var line = LineCursor(child.tokens, line: child.line.number)
            guard let (id, location) = line.word(.waveId, &diagnostics),
                  let (label, labelLocation) = line.string(.waveLabel, &diagnostics) else { continue }
            line.expectEnd(&diagnostics)
            if !ids.insert(id).inserted {
                error(.duplicateId(id, firstLine: location.line), at: location)
                continue
            }
            var text = LocalizedText(label, location: labelLocation)
            for extra in translations(of: child, into: &text) {
                error(.notAllowedHere(extra.tokens.first?.display ?? "", context: "waves"), at: extra.location)
            }
            waves.append(Wave(id: id, label: text))
        }
        return waves
    }

    mutating func parseParticipantCode(_ node: OutlineNode) -> ParticipantCode? {
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        guard let (id, _) = cursor.word(.codeId, &diagnostics),
              let (label, labelLocation) = cursor.string(.codeLabel, &diagnostics) else { return nil }
        cursor.expectEnd(&diagnostics)
        var code = ParticipantCode(id: id, label: LocalizedText(label, location: labelLocation), elements: [])
        for child in translations(of: node, into: &code.label) {
            if let (name, start) = propertyName(child) {
                var value = LineCursor(child.tokens, startingAt: start, line: child.line.number)
                guard name == "confirm" else {
                    error(.unknownProperty(name, suggestion: Self.codePropertyVocabulary.closest(to: name)), at: child.location)
                    continue
                }
                if code.confirmLocation != nil { error(.duplicateProperty(name, firstLine: code.confirmLocation?.line ?? 0), at: child.location); continue }
                code.confirmLocation = child.location
                while !value.isAtEnd, let (question, at) = value.word(.reference, &diagnostics) {
                    code.confirmingQuestions.append(question)
                    code.confirmingQuestionLocations.append(at)
                }
                continue
            }
            var line = LineCursor(child.tokens, line: child.line.number)
            guard let (elementId, _) = line.word(.codeId, &diagnostics),
                  let (prompt, promptLocation) = line.string(.codeLabel, &diagnostics) else { continue }
            guard let kindWord = line.next()?.word, let kind = ParticipantCode.ElementKind(rawValue: kindWord),
                  let length = line.integer(.length, &diagnostics), ParticipantCode.elementLengths.contains(length) else {
                error(.invalidCodeElement, at: child.location)
                continue
            }
            line.expectEnd(&diagnostics)
            var text = LocalizedText(prompt, location: promptLocation)
            for extra in translations(of: child, into: &text) {
                error(.notAllowedHere(extra.tokens.first?.display ?? "", context: "code"), at: extra.location)
            }
            code.elements.append(.init(id: elementId, prompt: text, kind: kind, length: length))
        }
        if code.elements.isEmpty, node.children.isEmpty { error(.invalidCodeElement, at: node.location) }
        return code
    }

    mutating func parseAnalysis(_ node: OutlineNode) -> AnalysisPlan {
        var plan = AnalysisPlan()
        var cursor = LineCursor(node.tokens, startingAt: 1, line: node.line.number)
        cursor.expectEnd(&diagnostics)
        var seen: [String: Int] = [:]
        for child in node.children {
            if let (name, start) = propertyName(child) {
                if let first = seen[name] { error(.duplicateProperty(name, firstLine: first), at: child.location); continue }
                seen[name] = child.line.number
                var value = LineCursor(child.tokens, startingAt: start, line: child.line.number)
                switch name {
                case "minimum":
                    if let n = value.integer(.minimum, &diagnostics) { plan.minimumGroupSize = max(1, n) }
                case "significant", "tendential":
                    let token = value.peek
                    guard let text = value.next()?.number, let p = Double(text), p > 0, p < 1 else {
                        error(.invalidThreshold(token?.display ?? ""), at: token?.location ?? value.endLocation)
                        continue
                    }
                    if name == "significant" { plan.significant = p } else { plan.tendential = p }
                case "posthoc":
                    guard let (method, location) = value.word(.text, &diagnostics) else { continue }
                    if let known = AnalysisPlan.PostHoc(rawValue: method) { plan.postHoc = known } else {
                        error(.unknownPosthoc(method, suggestion: Self.postHocVocabulary.closest(to: method)),
                              at: location, length: method.unicodeScalars.count)
                    }
                case "ordinal":
                    guard let (answer, location) = value.word(.text, &diagnostics) else { continue }
                    switch answer {
                    case "yes", "oui": plan.showsRankTests = true
                    case "no", "non": plan.showsRankTests = false
                    default:
                        error(.unknownPosthoc(answer, suggestion: Vocabulary(["yes", "no"]).closest(to: answer)),
                              at: location, length: answer.unicodeScalars.count)
                    }
                case "correction":
                    guard let (method, location) = value.word(.text, &diagnostics) else { continue }
                    if let known = AnalysisPlan.Correction(rawValue: method) { plan.correction = known } else {
                        error(.unknownPosthoc(method, suggestion: Self.correctionVocabulary.closest(to: method)),
                              at: location, length: method.unicodeScalars.count)
                    }
                default:
                    error(.unknownProperty(name, suggestion: Self.analysisPropertyVocabulary.closest(to: name)),
                          at: child.location)
                    continue
                }
                value.expectEnd(&diagnostics)
                continue
            }
            var line = LineCursor(child.tokens, line: child.line.number)
            guard line.skip(word: "by") else {
                let word = child.tokens.first?.display ?? ""
                error(.unknownDeclaration(word, suggestion: Self.analysisLineVocabulary.closest(to: word)), at: child.location)
                continue
            }
            guard let (variable, location) = line.word(.questionId, &diagnostics) else { continue }
            guard let displayToken = line.next(), let word = displayToken.word, let display = AnalysisPlan.Display(rawValue: word) else {
                let found = line.tokens.indices.contains(line.index - 1) ? line.tokens[line.index - 1].display : nil
                error(.expected(.keyword("letters | difference | asterisk"), found: found), at: child.location)
                continue
            }
            var only: [String]?
            if line.skip(word: "only") {
                var codes: [String] = []
                while let code = line.peek?.word { codes.append(code); line.index += 1 }
                if codes.isEmpty { error(.expected(.identifier(.optionCode), found: line.peek?.display), at: line.location) }
                only = codes
            }
            line.expectEnd(&diagnostics)
            plan.comparisons.append(.init(variable: variable, display: display, only: only, location: location))
        }
        if plan.significant >= plan.tendential { error(.thresholdsOutOfOrder, at: node.location) }
        return plan
    }
}
