import Foundation

/// The checks of meaning that need the whole questionnaire: references in conditions, scores and the
/// analysis plan, option codes, scale ranges, translations.
enum SurveyChecks {
    /// What an answer key refers to.
    struct Target {
        var question: Question
        var item: Item?
        var location: SourceLocation
    }

    static func run(_ survey: inout Survey, declarations: Declarations, diagnostics: inout [Diagnostic]) {
        var targets: [String: Target] = [:]
        let questions = survey.questions
        for question in questions {
            switch question.kind {
            case .likert(_, let items, _) where !items.isEmpty:
                for item in items { targets["\(question.id).\(item.id)"] = Target(question: question, item: item, location: item.location) }
            case .grid(_, let rows):
                for row in rows { targets["\(question.id).\(row.id)"] = Target(question: question, item: row, location: row.location) }
            default:
                targets[question.id] = Target(question: question, location: question.location)
            }
        }
        if !survey.waves.isEmpty, targets[Survey.waveKey] == nil {
            // The wave is known before the first question: a choice among the declared waves, at line 0.
            let options = survey.waves.map { ChoiceOption(code: $0.id, label: $0.label) }
            targets[Survey.waveKey] = Target(question: Question(id: Survey.waveKey, kind: .single(options: options),
                                                                text: LocalizedText(Survey.waveKey)),
                                             location: SourceLocation(line: 0, column: 0))
        }
        var checker = ConditionChecker(targets: targets, questionIds: Set(questions.map(\.id)), diagnostics: [])
        checker.checkElements(survey.elements)
        diagnostics += checker.diagnostics

        checkScores(&survey, targets: targets, diagnostics: &diagnostics)
        checkAnalysis(survey, diagnostics: &diagnostics)
        checkConfirmingQuestions(survey, diagnostics: &diagnostics)
        checkTranslations(survey, diagnostics: &diagnostics)
    }

    static func checkScores(_ survey: inout Survey, targets: [String: Target], diagnostics: inout [Diagnostic]) {
        for index in survey.scores.indices {
            let score = survey.scores[index]
            var expanded: [Reference] = []
            var scaleIds: Set<String> = []
            for reference in score.items {
                if reference.item == nil, let question = survey.question(reference.question), case .likert(let scale, let items, _) = question.kind {
                    scaleIds.insert(scale.id)
                    expanded += items.isEmpty
                        ? [Reference(question: question.id, location: reference.location)]
                        : items.map { Reference(question: question.id, item: $0.id, location: reference.location) }
                    continue
                }
                guard let target = targets[reference.key] else {
                    diagnostics.append(Diagnostic(.error, .unknownReference(reference.key, suggestion: Suggestion.closest(to: reference.key, among: targets.keys)),
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
    static func checkConfirmingQuestions(_ survey: Survey, diagnostics: inout [Diagnostic]) {
        guard let code = survey.participantCode else { return }
        for (id, location) in zip(code.confirmingQuestions, code.confirmingQuestionLocations) {
            let length = id.unicodeScalars.count
            guard let question = survey.question(id) else {
                diagnostics.append(Diagnostic(.error, .unknownReference(id, suggestion: Suggestion.closest(to: id, among: survey.questions.map(\.id))),
                                              at: location, length: length))
                continue
            }
            switch question.kind {
            case .single, .yesNo, .number: break
            default: diagnostics.append(Diagnostic(.error, .confirmNotComparable(id), at: location, length: length))
            }
        }
    }

    static func checkAnalysis(_ survey: Survey, diagnostics: inout [Diagnostic]) {
        for comparison in survey.analysis.comparisons {
            let length = comparison.variable.unicodeScalars.count
            guard let question = survey.question(comparison.variable) else {
                diagnostics.append(Diagnostic(.error, .unknownReference(comparison.variable,
                                                                          suggestion: Suggestion.closest(to: comparison.variable, among: survey.questions.map(\.id))),
                                              at: comparison.location, length: length))
                continue
            }
            switch question.kind {
            case .single, .yesNo: break
            default:
                diagnostics.append(Diagnostic(.error, .groupingNotChoice(question.id), at: comparison.location, length: length))
                continue
            }
            let codes = question.options.map(\.code)
            for code in comparison.only ?? [] where !codes.contains(code) {
                diagnostics.append(Diagnostic(.error, .unknownOption(code, question: question.id, suggestion: Suggestion.closest(to: code, among: codes)),
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
