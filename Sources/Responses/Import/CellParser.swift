import Foundation
import Questionnaire

/// Reads one CSV cell for a variable: codes, labels (as a fallback, for files exported with labels), escape codes,
/// numbers with a decimal point or comma. Returns the value, or the kind of problem.
final class CellParser: Sendable {
    let variable: Variable
    let layout: ColumnLayout
    let format: NumberFormat?
    /// Value labels (main language and translations) to codes, for files that hold labels.
    let codeByLabel: [String: String]
    let escapeByLabel: [String: String]
    /// Numbers that stand for an escape answer (its missing code) or an option (its value): what `--numeric-codes`,
    /// SPSS and R write.
    let escapeByNumber: [String: String]
    let optionByNumber: [String: String]

    init(_ variable: Variable, format: NumberFormat?, survey: Survey? = nil) {
        self.variable = variable
        layout = ColumnLayout(variable)
        self.format = format
        var labels: [String: String] = [:]
        for value in variable.valueLabels {
            for text in [value.label.main] + value.label.translations.values.sorted() where labels[text] == nil { labels[text] = value.code }
        }
        codeByLabel = labels
        var escapes: [String: String] = [:]
        for escape in variable.missingCodes {
            for text in [escape.label.main] + escape.label.translations.values.sorted() where escapes[text] == nil { escapes[text] = escape.code }
        }
        escapeByLabel = escapes
        var escapeNumbers: [String: String] = [:], optionNumbers: [String: String] = [:]
        if let survey {
            for escape in variable.missingCodes {
                if let declared = survey.escape(escape.code) { escapeNumbers[String(survey.missingCode(of: declared))] = escape.code }
            }
            if case .choice = variable.kind, let question = survey.questions.first(where: { $0.id == variable.questionId }) {
                for option in question.options { if let number = question.options.numericValue(of: option.code) { optionNumbers[String(number)] = option.code } }
            }
        }
        escapeByNumber = escapeNumbers
        optionByNumber = optionNumbers
    }

    /// `text` is never empty here (empty cells are missing values, decided per row).
    func parse(_ raw: String) -> Result<DatasetValue, ImportIssue.Kind> {
        let text = raw.trimmedSpaces
        if variable.kind.holdsText { return .success(.text(FormulaGuard.unguard(raw))) }
        if layout.escapeIndex[text] != nil { return .success(.escape(text)) }
        if let escape = escapeByLabel[text] ?? escapeByNumber[text] { return .success(.escape(escape)) }
        switch variable.kind {
        case .scale(let points):
            // Digits only: "+3" or " 3 " is not what the person answered.
            if !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }), let point = Int(text) {
                return (1...points).contains(point) ? .success(.point(point)) : .failure(.pointOutOfRange(points: points))
            }
            if let code = codeByLabel[text], let point = Int(code) { return .success(.point(point)) }
            return .failure(looksLikeEscape(text) ? .unknownEscape(known: variable.missingCodes.map(\.code)) : .notAScalePoint(points: points))
        case .choice:
            if layout.optionIndex[text] != nil { return .success(.option(text)) }
            if let code = codeByLabel[text] ?? optionByNumber[text] { return .success(.option(code)) }
            return .failure(.unknownOption(known: variable.valueLabels.map(\.code)))
        case .indicator:
            if text == "1" { return .success(.indicator(true)) }
            if text == "0" { return .success(.indicator(false)) }
            if let code = codeByLabel[text] { return .success(.indicator(code == "1")) }
            return .failure(.notAnIndicator)
        case .integer, .decimal, .score:
            guard let number = NumberText.decimal(text) else { return .failure(.notANumber) }
            if case .integer = variable.kind, !number.isWholeNumber { return .failure(.notAWholeNumber) }
            if let format, !format.accepts(number) {
                if !format.allowsDecimals, !number.isWholeNumber { return .failure(.notAWholeNumber) }
                return .failure(.numberOutOfRange(minimum: format.minimum.map { "\($0)" }, maximum: format.maximum.map { "\($0)" }))
            }
            return .success(.number(number))
        case .text, .otherText:
            return .success(.text(raw))
        }
    }

    /// A short lowercase word in a numeric column is most likely an escape code from another questionnaire.
    private func looksLikeEscape(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 12 && text.allSatisfy { $0.isLetter || $0 == "_" || $0 == "-" }
    }
}

/// Numbers as spreadsheets write them: `12`, `-3.5`, `3,5` (decimal comma). No thousands separators, no exponent.
enum NumberText {
    static func decimal(_ text: String) -> Decimal? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        // Whole numbers of up to 15 digits (ages, years, counts: nearly every number cell) are exact in an Int64.
        if bytes.count <= 15, bytes.allSatisfy({ (0x30...0x39).contains($0) }) {
            return Decimal(bytes.reduce(Int64(0)) { $0 * 10 + Int64($1 - 0x30) })
        }
        var separators = 0
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                separators += 1
                bytes[index] = UInt8(ascii: ".")
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                guard index == 0 else { return nil }
            } else if !(0x30...0x39).contains(byte) {
                return nil
            }
        }
        if bytes.first == UInt8(ascii: "+") { bytes.removeFirst() }
        let plain = String(decoding: bytes, as: UTF8.self)
        guard separators <= 1, ExactDecimalText.isPlainDecimal(plain) else { return nil }
        return ExactDecimalText.decimal(from: plain)
    }
}
