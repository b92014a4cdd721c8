/// The fixed lists of words a misspelling is compared with, folded once for the whole run.
extension Parser {
    static let topLevelVocabulary = Vocabulary(topLevelWords + topLevelProperties)
    static let topLevelPropertyVocabulary = Vocabulary(topLevelProperties)
    static let headerVocabulary = Vocabulary(["version", "language"])
    static let sectionModifierVocabulary = Vocabulary(["shuffle", "when"])
    static let sectionPropertyVocabulary = Vocabulary(["intro", "note"])
    static let sectionChildVocabulary = Vocabulary(questionKinds.sorted() + ["section"])
    static let questionPropertyVocabulary = Vocabulary(["intro", "note", "require", "expect", "unit", "then", "now"])
    static let itemModifierVocabulary = Vocabulary(["reverse", "escape", "when"])
    static let rowModifierVocabulary = Vocabulary(["escape", "when"])
    static let optionModifierVocabulary = Vocabulary(["other", "exclusive", "value"])
    static let codePropertyVocabulary = Vocabulary(["confirm"])
    static let postHocVocabulary = Vocabulary(AnalysisPlan.PostHoc.allCases.map(\.rawValue))
    static let analysisPropertyVocabulary = Vocabulary(["minimum", "significant", "tendential", "posthoc", "correction", "ordinal"])
    static let correctionVocabulary = Vocabulary(AnalysisPlan.Correction.allCases.map(\.rawValue))
    static let analysisLineVocabulary = Vocabulary(["by"])
    static let questionModifierVocabularies = Dictionary(uniqueKeysWithValues: questionKinds.sorted().map {
        ($0, Vocabulary(allowedModifiers(for: $0)))
    })
}
