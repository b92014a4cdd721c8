import Foundation
import Questionnaire

/// `FILE.sav`: the export as an SPSS system file that SPSS, PSPP, Jamovi and JASP open fully labelled without running
/// any syntax. The same names, labels, numbers and missing codes as the `.sps` (`ExportCodes`): scale points and
/// option values as numbers with value labels, each escape answer its missing code declared user-missing, measurement
/// levels (Likert items ordinal, choices nominal, numbers scale). Text answers longer than 255 bytes are cut on a
/// character boundary: the writer does not support SPSS's "very long strings".
extension ExportLayout {
    func systemFile(created: Date = Date()) throws(SystemFileError) -> SystemFile {
        let names = SPSSNames(self)
        let rows = 0..<dataset.rowCount
        var variables: [SystemFileVariable] = []
        var fieldCells: [[String]] = rows.map { rowFields($0).map { Self.fitting($0) } }
        for (index, field) in fields.enumerated() {
            let width = max(1, fieldCells.map { $0[index].utf8.count }.max() ?? 1)
            variables.append(.string(names.rowField(field), width: width, label: Self.fieldLabels[field] ?? field))
        }
        var textCells: [Int: [String]] = [:]
        for column in columns {
            let variable = dataset.variables[column], name = names.variable(column), label = text(variable.label)
            if variable.kind.holdsText {
                let cells = rows.map { row -> String in
                    if case .text(let answer) = dataset.value(row: row, column: column) { return Self.fitting(Self.oneLine(answer)) }
                    return ""
                }
                textCells[column] = cells
                variables.append(.string(name, width: max(1, cells.map(\.utf8.count).max() ?? 1), label: label))
                continue
            }
            let coded = spssCodes(variable)
            var labels: [Double: String] = [:]
            for entry in coded where !(entry.label == String(entry.code) && !entry.isEscape) { labels[Double(entry.code)] = entry.label }
            let missing = escapeCodes(variable).map { Double($0.code) }.sorted()
            let missingValues: SystemFileMissingValues = missing.isEmpty ? .none
                : missing.count <= 3 ? .discrete(missing) : .range(low: missing.first!, high: missing.last!)
            let format: SystemFileFormat, measure: SystemFileMeasure
            switch variable.kind {
            case .scale: (format, measure) = (.f(width: 4, decimals: 0), .ordinal)
            case .choice, .indicator: (format, measure) = (.f(width: 4, decimals: 0), .nominal)
            case .integer: (format, measure) = (.f(width: 12, decimals: 0), .scale)
            default: (format, measure) = (.f(width: 12, decimals: 4), .scale)
            }
            variables.append(.numeric(name, label: label, format: format, valueLabels: labels, missingValues: missingValues, measure: measure))
        }
        let cases: [[SystemFileValue]] = rows.map { row in
            var values = fieldCells[row].map { SystemFileValue.string($0) }
            for column in columns {
                if let cells = textCells[column] { values.append(.string(cells[row])); continue }
                values.append(number(dataset.value(row: row, column: column), variable: dataset.variables[column]))
            }
            return values
        }
        fieldCells = []
        return SystemFile(label: "Octant: \(survey.id) \(survey.version)", variables: variables, cases: cases, created: created)
    }

    func number(_ value: DatasetValue, variable: Variable) -> SystemFileValue {
        switch value {
        case .point(let point): return .number(Double(point))
        case .option(let code): return codes.option(code, of: variable).map { .number(Double($0)) } ?? .systemMissing
        case .indicator(let chosen): return .number(chosen ? 1 : 0)
        case .number(let number): return .number(NSDecimalNumber(decimal: number).doubleValue)
        case .escape(let code): return codes.escape(code).map { .number(Double($0)) } ?? .systemMissing
        case .text, .missing: return .systemMissing
        }
    }

    /// At most 255 UTF-8 bytes, cut before the first character that would not fit.
    static func fitting(_ text: String) -> String {
        let clean = SystemFileText.sanitized(text)
        guard clean.utf8.count > SystemFileText.stringWidthLimit else { return clean }
        return String(decoding: SystemFileText.bytes(clean, limit: SystemFileText.stringWidthLimit), as: UTF8.self)
    }

    static let fieldLabels: [String: String] = [
        "session": "Session", "wave": "Vague / wave", "status": "Statut / status", "device": "Appareil / device",
        "started": "Début (UTC) / start (UTC)", personKeyField: personKeyDescription,
    ]
}
