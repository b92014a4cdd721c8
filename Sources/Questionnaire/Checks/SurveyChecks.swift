import Foundation

/// The checks of meaning that need the whole questionnaire: references in conditions, scores and the
/// analysis plan, option codes, scale ranges, translations.
enum SurveyChecks {
    /// What an answer key refers to, with the codes it accepts ready to look up: a question's sets are built once and
    /// shared by its rows, so that checking a condition costs the same however many options and rows there are.
    struct Target {
        var question: Question
        var item: Item?
        var location: SourceLocation
        var codes: Set<String>
        var questionEscapes: Set<String>
        var itemEscapes: Set<String> = []

        func accepts(code: String) -> Bool { codes.contains(code) || accepts(escape: code) }
        func accepts(escape code: String) -> Bool { questionEscapes.contains(code) || itemEscapes.contains(code) }
        /// What a misspelled code may have meant, in the order of the file.
        var candidateCount: Int { question.options.count + question.escapes.count + (item?.escapes.count ?? 0) }
        var candidates: [String] { question.options.map(\.code) + question.escapes + (item?.escapes ?? []) }
    }

    static func run(_ survey: inout Survey, declarations: Declarations, diagnostics: inout [Diagnostic]) {
        var targets: [String: Target] = [:]
        let questions = survey.questions
        targets.reserveCapacity(questions.count)
        for question in questions {
            let whole = Target(question: question, location: question.location, codes: Set(question.options.map(\.code)),
                               questionEscapes: Set(question.escapes))
            func part(_ item: Item) -> Target {
                var target = whole
                target.item = item
                target.location = item.location
                target.itemEscapes = Set(item.escapes)
                return target
            }
            switch question.kind {
            case .likert(_, let items, _) where !items.isEmpty:
                for item in items { targets["\(question.id).\(item.id)"] = part(item) }
            case .grid(_, let rows):
                for row in rows { targets["\(question.id).\(row.id)"] = part(row) }
            default:
                targets[question.id] = whole
            }
        }
        if !survey.waves.isEmpty, targets[Survey.waveKey] == nil {
            // The wave is known before the first question: a choice among the declared waves, at line 0.
            let options = survey.waves.map { ChoiceOption(code: $0.id, label: $0.label) }
            targets[Survey.waveKey] = Target(question: Question(id: Survey.waveKey, kind: .single(options: options),
                                                                text: LocalizedText(Survey.waveKey)),
                                             location: SourceLocation(line: 0, column: 0), codes: Set(options.map(\.code)),
                                             questionEscapes: [])
        }
        var checker = ConditionChecker(targets: targets, questionIds: Set(questions.map(\.id)), diagnostics: [])
        checker.checkElements(survey.elements)
        diagnostics += checker.diagnostics

        var context = Context(questions: questions)
        checkScores(&survey, targets: targets, context: &context, diagnostics: &diagnostics)
        checkAnalysis(survey, context: &context, diagnostics: &diagnostics)
        checkConfirmingQuestions(survey, context: &context, diagnostics: &diagnostics)
        checkTranslations(survey, diagnostics: &diagnostics)
        checkMissingCodes(survey, diagnostics: &diagnostics)
    }

    /// The questions by id, looked up once per reference rather than searched, and the budget for suggestions.
    struct Context {
        let questions: [Question]
        private var indices: [String: Int] = [:]
        let ids: [String]
        var suggestions = SuggestionBudget()

        init(questions: [Question]) {
            self.questions = questions
            ids = questions.map(\.id)
            indices.reserveCapacity(questions.count)
            for (index, id) in ids.enumerated() where indices[id] == nil { indices[id] = index }
        }

        func question(_ id: String) -> Question? { indices[id].map { questions[$0] } }
        mutating func closestQuestion(to id: String) -> String? { suggestions.closest(to: id, among: ids) }
    }

    static func checkScores(_ survey: inout Survey, targets: [String: Target], context: inout Context, diagnostics: inout [Diagnostic]) {
        for index in survey.scores.indices {
            let score = survey.scores[index]
            var expanded: [Reference] = []
            var scaleIds: Set<String> = []
            for reference in score.items {
                if reference.item == nil, let question = context.question(reference.question), case .likert(let scale, let items, _) = question.kind {
                    scaleIds.insert(scale.id)
                    expanded += items.isEmpty
                        ? [Reference(question: question.id, location: reference.location)]
                        : items.map { Reference(question: question.id, item: $0.id, location: reference.location) }
                    continue
                }
                guard let target = targets[reference.key] else {
                    let suggestion = context.suggestions.closest(to: reference.key, among: targets.keys)
                    diagnostics.append(Diagnostic(.error, .unknownReference(reference.key, suggestion: suggestion),
                                                  at: reference.location, length: reference.key.unicodeScalars.count))
                    continue
                }
                guard case .likert(let scale, _, _) = target.question.kind else {
                    diagnostics.append(Diagnostic(.error, .scoreNeedsLikert(reference.key), at: reference.location,
                                                  length: reference.key.unicodeScalars.count))
                    continue
                }
                scaleIds.insert(scale.id)
                expanded.append(reference)
            }
            if scaleIds.count > 1 { diagnostics.append(Diagnostic(.error, .scoreMixedScales(score.id), at: score.location)) }
            survey.scores[index].items = expanded
            if score.minimumAnswered == 0 {
                survey.scores[index].minimumAnswered = max(1, expanded.count)
            } else if score.minimumAnswered > expanded.count, !expanded.isEmpty {
                diagnostics.append(Diagnostic(.error, .scoreMinimumTooLarge(minimum: score.minimumAnswered, items: expanded.count),
                                              at: score.location))
            }
        }
    }

    /// `confirm:` names questions with one comparable answer (choice, yes/no, number); an open text would confirm nothing.
    static func checkConfirmingQuestions(_ survey: Survey, context: inout Context, diagnostics: inout [Diagnostic]) {
        guard let code = survey.participantCode else { return }
        for (id, location) in zip(code.confirmingQuestions, code.confirmingQuestionLocations) {
            let length = id.unicodeScalars.count
            guard let question = context.question(id) else {
                diagnostics.append(Diagnostic(.error, .unknownReference(id, suggestion: context.closestQuestion(to: id)), at: location, length: length))
                continue
            }
            switch question.kind {
            case .single, .yesNo, .number: break
            default: diagnostics.append(Diagnostic(.error, .confirmNotComparable(id), at: location, length: length))
            }
        }
    }

    static func checkAnalysis(_ survey: Survey, context: inout Context, diagnostics: inout [Diagnostic]) {
        for comparison in survey.analysis.comparisons {
            let length = comparison.variable.unicodeScalars.count
            guard let question = context.question(comparison.variable) else {
                diagnostics.append(Diagnostic(.error, .unknownReference(comparison.variable, suggestion: context.closestQuestion(to: comparison.variable)),
                                              at: comparison.location, length: length))
                continue
            }
            switch question.kind {
            case .single, .yesNo: break
            default:
                diagnostics.append(Diagnostic(.error, .groupingNotChoice(question.id), at: comparison.location, length: length))
                continue
            }
            let codes = question.options.map(\.code), known = Set(codes)
            for code in comparison.only ?? [] where !known.contains(code) {
                let suggestion = context.suggestions.closest(to: code, among: codes)
                diagnostics.append(Diagnostic(.error, .unknownOption(code, question: question.id, suggestion: suggestion),
                                              at: comparison.location, length: length))
            }
            let groups = comparison.only?.count ?? codes.count
            if comparison.display == .difference, groups != 2 {
                diagnostics.append(Diagnostic(.error, .differenceNeedsTwoGroups(question.id, groups: groups), at: comparison.location, length: length))
            }
        }
    }

    static func checkTranslations(_ survey: Survey, diagnostics: inout [Diagnostic]) {
        let others = survey.languages.filter { $0 != survey.language }
        var reported = Set(survey.languages)
        for text in TextCollector.texts(of: survey) {
            // A translation into a language the file does not list is never checked for completeness: say so once.
            for language in text.translations.keys.sorted() where reported.insert(language).inserted {
                diagnostics.append(Diagnostic(.warning, .undeclaredLanguage(language), at: text.location))
            }
            for language in others where text.translations[language] == nil {
                diagnostics.append(Diagnostic(.warning, .missingTranslation(language: language), at: text.location))
            }
        }
    }
}

/// Every translatable text the author wrote (built-in texts, like the default scale, are translated already).
enum TextCollector {
    static func texts(of survey: Survey) -> [LocalizedText] {
        var texts: [LocalizedText] = []
        func add(_ text: LocalizedText?) { if let text, text.location.line > 0 { texts.append(text) } }
        add(survey.metadata.title)
        add(survey.metadata.description)
        for scale in survey.scales {
            add(scale.lowAnchor)
            add(scale.highAnchor)
            scale.pointLabels.values.sorted { $0.location < $1.location }.forEach(add)
        }
        survey.escapes.forEach { add($0.label) }
        func walk(_ elements: [SurveyElement]) {
            for element in elements {
                switch element {
                case .section(let section):
                    add(section.title); add(section.intro); add(section.note)
                    walk(section.elements)
                case .question(let question):
                    add(question.text); add(question.intro); add(question.note)
                    question.constraints.forEach { add($0.message) }
                    switch question.kind {
                    case .single, .multiple, .grid: question.options.forEach { add($0.label) }
                    case .number(let format): add(format.unit)
                    case .likert(_, _, let retrospective?): add(retrospective.then); add(retrospective.now)
                    default: break
                    }
                    question.items.forEach { add($0.text) }
                }
            }
        }
        walk(survey.elements)
        survey.scores.forEach { add($0.label) }
        survey.waves.forEach { add($0.label) }
        if let code = survey.participantCode {
            add(code.label)
            code.elements.forEach { add($0.prompt) }
        }
        return texts
    }
}
