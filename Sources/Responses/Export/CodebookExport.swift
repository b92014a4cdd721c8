import Questionnaire

extension ExportLayout {
    static func kindName(_ kind: Variable.Kind) -> String {
        switch kind {
        case .scale(let points): return "scale 1-\(points)"
        case .choice: return "choice"
        case .indicator: return "indicator 0/1"
        case .integer: return "integer"
        case .decimal: return "decimal"
        case .text, .otherText: return "text"
        case .score: return "score (mean)"
        }
    }

    /// `FILE.codebook.csv`: one line per column of the CSV, with its question text, kind, value labels and missing codes.
    func codebookCSV() -> [UInt8] {
        var output: [UInt8] = options.format.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        let format = options.format
        format.appendRecord(["variable", "question", "kind", "value_labels", "missing_codes", "reversed", "spss_name"], to: &output)
        let names = SPSSNames(self)
        let rowDescriptions = [
            ("session", "Identifiant de session (aléatoire) / session id (random)"),
            ("wave", "Vague / wave"),
            ("status", "complete | partial"),
            ("device", "Appareil ou fichier importé / device or imported file"),
            ("started", "Début de la session, UTC ISO 8601 / session start, UTC ISO 8601"),
        ]
        for (name, description) in rowDescriptions {
            format.appendRecord([name, description, "text", "", "", "", names.rowField(name)], to: &output)
        }
        for column in columns {
            let variable = dataset.variables[column]
            let values = variable.valueLabels.map { "\($0.code)=\(text($0.label))" }.joined(separator: " | ")
            let missing = variable.missingCodes.map { "\($0.code)=\(text($0.label))" }.joined(separator: " | ")
            format.appendRecord([variable.name, FormulaGuard.guarded(text(variable.label)), Self.kindName(variable.kind),
                                 FormulaGuard.guarded(values), FormulaGuard.guarded(missing), variable.isReversed ? "reversed" : "",
                                 names.variable(column)], to: &output)
        }
        return output
    }
}
