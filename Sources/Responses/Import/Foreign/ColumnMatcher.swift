import Foundation
import Questionnaire

/// What one column of another tool's export feeds.
enum ForeignTarget: Hashable {
    case variable(Int)
    /// A multiple choice written in one cell, the chosen labels joined (Google Forms): its indicators, by option code.
    case joinedChoices(question: String)
    case field(RowField)
    case status, wave, id, started
    /// Element `index` of the participant code.
    case codeElement(Int)
    case ignored
}

/// Finds the variable a header names, the way the tools write them: Octant's own names; `group/name` (KoboToolbox)
/// or `name` with `_` for `.` (R); the question text, with the item in brackets (`Question [Item]`: Google Forms,
/// LimeSurvey full text), in any language of the questionnaire; case, accents and apostrophes aside.
struct ColumnMatcher {
    let codebook: Codebook
    private var byIdentifier: [String: ForeignTarget] = [:]
    private var byText: [String: ForeignTarget] = [:]

    /// Columns the tools add around the answers: ignored unless a mapping says otherwise.
    static let toolColumns: Set<String> = [
        "id", "lastpage", "startlanguage", "seed", "datestamp", "refurl", "ipaddr", "submitdate", "startdate",
        "start", "end", "today", "deviceid", "username", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
        "_status", "_submitted_by", "__version__", "_version_", "_tags", "_index", "meta/instanceid", "meta/rootuuid",
        "horodateur", "timestamp", "adresse e-mail", "email address", "adresse email",
    ].reduce(into: Set<String>()) { $0.insert(ForeignText.fold($1)) }

    init(codebook: Codebook) {
        self.codebook = codebook
        let survey = codebook.survey
        for (index, variable) in codebook.variables.enumerated() {
            if case .score = variable.kind { continue }
            let key = ForeignText.identifier(variable.name)
            if byIdentifier[key] == nil { byIdentifier[key] = .variable(index) }
        }
        for question in survey.questions {
            if case .multiple = question.kind, byIdentifier[ForeignText.identifier(question.id)] == nil {
                byIdentifier[ForeignText.identifier(question.id)] = .joinedChoices(question: question.id)
            }
            let texts = Self.variants(question.text)
            for (index, variable) in codebook.variables.enumerated() where variable.questionId == question.id {
                switch variable.kind {
                case .score, .indicator: continue
                case .otherText(let option):
                    let label = question.options.first { $0.code == option }.map { Self.variants($0.label) } ?? []
                    for text in texts { for other in label + ["autre", "other", "other (please specify)"] { add("\(text) [\(other)]", .variable(index)) } }
                default:
                    let items = question.items.first { $0.id == variable.itemId }.map { Self.variants($0.text) } ?? []
                    if items.isEmpty {
                        if variable.moment == nil { for text in texts { add(text, .variable(index)) } }
                    } else {
                        for text in texts { for item in items { add("\(text) [\(item)]", .variable(index)) } }
                        // Without the question, when each item is its own column title.
                        for item in items { add(item, .variable(index)) }
                    }
                }
            }
            if case .multiple = question.kind { for text in texts { add(text, .joinedChoices(question: question.id)) } }
        }
    }

    private mutating func add(_ text: String, _ target: ForeignTarget) {
        let key = ForeignText.fold(text)
        if byText[key] == nil { byText[key] = target }
    }

    /// Every way a questionnaire text is written: main language, translations, easy-to-read variants.
    static func variants(_ text: LocalizedText) -> [String] {
        var all = [text.main] + text.translations.values.sorted() + text.easyRead.values.sorted()
        all = all.filter { !$0.isEmpty }
        var seen = Set<String>()
        return all.filter { seen.insert($0).inserted }
    }

    /// The target a header names by itself, or nil.
    func target(of header: String) -> ForeignTarget? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        if let field = RowField(rawValue: trimmed) { return .field(field) }
        if let index = codebook.variables.firstIndex(where: { $0.name == trimmed }) {
            if case .score = codebook.variables[index].kind { return .ignored }
            return .variable(index)
        }
        if let found = byText[ForeignText.fold(trimmed)] { return found }
        // `group/name`: the name alone, then with fewer groups in front.
        let parts = ForeignText.identifier(trimmed).split(separator: ".")
        for start in 0..<parts.count {
            if let found = byIdentifier[parts[start...].joined(separator: ".")] { return found }
        }
        return nil
    }
}
