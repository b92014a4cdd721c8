import Foundation
import Questionnaire

/// The journal events that say what a dataset row says: the inverse of `JournalRowReader`.
/// A skip is an explicit skip, "not asked" a `not-asked` event, "not reached" no event at all. An invalid cell is
/// recorded as the text it held, which loading reports again as invalid (one invalid option of a multiple choice
/// makes that whole answer invalid: the journal holds one answer per question).
struct RowAnswers {
    let dataset: Dataset
    /// The "autre, précisez" text column of each question and option, found once for every row.
    private let otherTextColumns: [String: [String: Int]]

    init(dataset: Dataset) {
        self.dataset = dataset
        var columns: [String: [String: Int]] = [:]
        for (column, variable) in dataset.variables.enumerated() {
            if case .otherText(let option) = variable.kind { columns[variable.questionId, default: [:]][option] = column }
        }
        otherTextColumns = columns
    }

    enum Entry: Equatable {
        case answer(JournalAnswer)
        case notAsked
    }

    /// Journal key and entry of every recorded item of a row, in codebook order.
    func entries(row: Int) -> [(key: String, entry: Entry)] {
        let variables = dataset.variables
        var result: [(String, Entry)] = []
        var done = Set<String>()
        for (column, variable) in variables.enumerated() {
            if case .score = variable.kind { continue }
            if JournalRowReader.isOtherText(variable) { continue }
            let key = JournalRowReader.journalKey(of: variable)
            guard done.insert(key).inserted else { continue }
            let entry: Entry?
            if case .indicator = variable.kind {
                entry = multipleChoice(question: variable.questionId, row: row)
            } else {
                entry = single(column: column, row: row)
            }
            if let entry { result.append((key, entry)) }
        }
        return result
    }

    private func missingEntry(_ reason: MissingReason, column: Int, row: Int) -> Entry? {
        switch reason {
        case .skipped: return .answer(.skipped)
        case .notAsked: return .notAsked
        case .notReached, .tooFewItems: return nil
        case .invalid: return .answer(.value(.text(dataset.invalidRaw(row: row, column: column) ?? "")))
        }
    }

    /// The "autre, précisez" text typed with an option, if any.
    private func otherText(question: String, code: String, row: Int) -> String? {
        guard let column = otherTextColumns[question]?[code],
              case .text(let text) = dataset.value(row: row, column: column) else { return nil }
        return text
    }

    private func single(column: Int, row: Int) -> Entry? {
        let variable = dataset.variables[column]
        switch dataset.value(row: row, column: column) {
        case .point(let point): return .answer(.value(.scalePoint(point)))
        case .option(let code): return .answer(.value(.choice(code, other: otherText(question: variable.questionId, code: code, row: row))))
        case .indicator(let chosen): return .answer(.value(.text(chosen ? "1" : "0")))
        case .number(let number): return .answer(.value(.number(number)))
        case .text(let text): return .answer(.value(.text(text)))
        case .escape(let code): return .answer(.value(.escape(code)))
        case .missing(let reason): return missingEntry(reason, column: column, row: row)
        }
    }

    private func multipleChoice(question: String, row: Int) -> Entry? {
        let columns = dataset.variables.indices.filter {
            if case .indicator = dataset.variables[$0].kind { return dataset.variables[$0].questionId == question }
            return false
        }
        var chosen: [String] = []
        var firstMissing: (MissingReason, Int)?
        for column in columns {
            let value = dataset.value(row: row, column: column)
            switch value {
            case .missing(.invalid): return missingEntry(.invalid, column: column, row: row)
            case .escape(let code): return .answer(.value(.escape(code)))
            case .indicator(let isChosen):
                if isChosen, case .indicator(let option) = dataset.variables[column].kind { chosen.append(option) }
            case .missing(let reason): if firstMissing == nil { firstMissing = (reason, column) }
            default: return .answer(.value(.text(Dataset.describe(value))))
            }
        }
        if let (reason, column) = firstMissing { return missingEntry(reason, column: column, row: row) }
        let other = chosen.lazy.compactMap { self.otherText(question: question, code: $0, row: row) }.first
        return .answer(.value(.choices(chosen, other: other)))
    }
}
