import Foundation
import Questionnaire

/// Turns one outside cell into what Octant's own layout holds for the variable: the option code, the scale point,
/// the escape answer's id, the number, or nothing for a missing marker. A value it cannot place is passed on as it
/// is, so that the checking loader reports it at its row and column with the values it expected.
struct CellTranslator {
    let codebook: Codebook
    let mapping: ImportMapping
    let missing: Set<String>
    /// Per variable: folded outside text → Octant value (mapping tables first, then labels, codes, escapes).
    private var known: [[String: String]]

    static let defaultMissing: Set<String> = ["na", "n/a", "#n/a", "nan", "null"]
    static let truth: [String: String] = ["true": "1", "vrai": "1", "yes": "1", "oui": "1", "y": "1", "o": "1", "x": "1",
                                          "false": "0", "faux": "0", "no": "0", "non": "0", "n": "0"]

    init(codebook: Codebook, mapping: ImportMapping) {
        self.codebook = codebook
        self.mapping = mapping
        missing = Self.defaultMissing.union(mapping.missingMarkers.map(ForeignText.fold))
        let survey = codebook.survey
        known = codebook.variables.map { variable in
            var table: [String: String] = [:]
            func add(_ outside: String, _ value: String) {
                let key = ForeignText.fold(outside)
                if table[key] == nil { table[key] = value }
            }
            for source in [mapping.values[variable.name], mapping.values[variable.questionId]].compactMap({ $0 }) {
                for (outside, value) in source { add(outside, value) }
            }
            for escape in variable.missingCodes {
                add(escape.code, escape.code)
                if let declared = survey.escape(escape.code) {
                    add(String(survey.missingCode(of: declared)), escape.code)
                    add(String(declared.key), escape.code)
                }
                for text in ColumnMatcher.variants(escape.label) { add(text, escape.code) }
            }
            let question = survey.questions.first { $0.id == variable.questionId }
            switch variable.kind {
            case .choice:
                let options = question?.options ?? []
                for (rank, option) in options.enumerated() {
                    add(option.code, option.code)
                    add(String(option.value ?? rank + 1), option.code)
                    for text in ColumnMatcher.variants(option.label) { add(text, option.code) }
                }
                if case .yesNo? = question?.kind {
                    for (word, bit) in Self.truth { add(word, bit == "1" ? "oui" : "non") }
                }
            case .scale(let points):
                for point in 1...points { if let label = variable.valueLabels.first(where: { $0.code == String(point) }) {
                    for text in ColumnMatcher.variants(label.label) { add(text, String(point)) }
                } }
            case .indicator(let option):
                for (word, bit) in Self.truth { add(word, bit) }
                if let label = question?.options.first(where: { $0.code == option })?.label {
                    for text in ColumnMatcher.variants(label) { add(text, "1") }
                }
            default:
                break
            }
            return table
        }
    }

    func isMissing(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).isEmpty || missing.contains(ForeignText.fold(text))
    }

    /// The Octant value of `text` for variable `index`.
    func translate(_ text: String, variable index: Int) -> String {
        if isMissing(text) { return "" }
        let variable = codebook.variables[index]
        if variable.kind.holdsText { return text }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = known[index][ForeignText.fold(trimmed)] { return value }
        if case .scale(let points) = variable.kind, let point = Self.numberedLabel(trimmed, points: points, variable: variable) {
            return String(point)
        }
        return trimmed
    }

    /// "8 - Tout à fait d'accord", the way Google Forms writes a labelled column: the point, if the label after it
    /// is that point's own (or absent).
    static func numberedLabel(_ text: String, points: Int, variable: Variable) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard let point = Int(digits), (1...points).contains(point) else { return nil }
        let rest = text.dropFirst(digits.count).drop { " -–—:.)".contains($0) }
        if rest.isEmpty { return point }
        let labels = variable.valueLabels.first { $0.code == String(point) }.map { ColumnMatcher.variants($0.label) } ?? []
        return labels.contains { ForeignText.fold($0) == ForeignText.fold(String(rest)) } ? point : nil
    }

    /// Whether a choice variable took `text` as one of its values (an "autre, précisez" falls back otherwise).
    func recognises(_ text: String, variable index: Int) -> Bool {
        isMissing(text) || known[index][ForeignText.fold(text.trimmingCharacters(in: .whitespaces))] != nil
    }

    /// The options chosen in one cell of joined labels ("Tablette, Ordinateur" in Google Forms, "tablette ordinateur" in
    /// KoboToolbox): the longest run of entries that is a label wins, so that a label holding a comma stays whole.
    /// Entries that are no option are the "other" text, as typed.
    func splitChoices(_ text: String, question: Question) -> (codes: [String], rest: String) {
        var byLabel: [String: String] = [:]
        for (rank, option) in question.options.enumerated() {
            for label in ColumnMatcher.variants(option.label) + [option.code, String(option.value ?? rank + 1)] {
                let key = ForeignText.fold(label)
                if byLabel[key] == nil { byLabel[key] = option.code }
            }
        }
        var codes: [String] = [], rest: [String] = []
        let entries = text.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var index = 0
        while index < entries.count {
            var taken = 0
            for length in stride(from: entries.count - index, through: 1, by: -1) {
                let candidate = ForeignText.fold(entries[index..<index + length].joined(separator: ", "))
                if let code = byLabel[candidate] {
                    if !codes.contains(code) { codes.append(code) }
                    taken = length
                    break
                }
            }
            if taken == 0 { rest.append(entries[index]); taken = 1 }
            index += taken
        }
        if codes.isEmpty, rest.count == 1 {
            let words = rest[0].split(separator: " ").map { ForeignText.fold(String($0)) }
            let found = words.compactMap { byLabel[$0] }
            if found.count == words.count { return (found, "") }
        }
        return (codes, rest.joined(separator: ", "))
    }
}
