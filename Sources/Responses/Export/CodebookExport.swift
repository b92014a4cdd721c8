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

    /// `FILE.codebook.csv`: one line per column of the CSV, with its question text, kind, value labels and missing codes,
    /// and the number each code stands for in the `.sps` and `.R` (`numeric_codes`: `femme=1 | nsp=-1`).
    func codebookCSV() -> [UInt8] {
        var output: [UInt8] = options.format.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        let format = options.format
        format.appendRecord(["variable", "question", "kind", "value_labels", "missing_codes", "reversed", "spss_name",
                             "numeric_codes"], to: &output)
        let names = SPSSNames(self)
        let rowDescriptions = [
            ("session", "Identifiant de session (aléatoire) / session id (random)"),
            ("wave", "Vague / wave"),
            ("status", "complete | partial"),
            ("device", "Appareil ou fichier importé / device or imported file"),
            ("started", "Début de la session, UTC ISO 8601 / session start, UTC ISO 8601"),
            (Self.personKeyField, Self.personKeyDescription),
        ]
        for (name, description) in rowDescriptions where fields.contains(name) {
            format.appendRecord([name, description, "text", "", "", "", names.rowField(name), ""], to: &output)
        }
        for column in columns {
            let variable = dataset.variables[column]
            let values = variable.valueLabels.map { "\($0.code)=\(text($0.label))" }.joined(separator: " | ")
            let missing = variable.missingCodes.map { "\($0.code)=\(text($0.label))" }.joined(separator: " | ")
            format.appendRecord([variable.name, FormulaGuard.guarded(text(variable.label)), Self.kindName(variable.kind),
                                 FormulaGuard.guarded(values), FormulaGuard.guarded(missing), variable.isReversed ? "reversed" : "",
                                 names.variable(column), numericCodes(variable)], to: &output)
        }
        return output
    }

    /// Options and escape answers with their numbers; scale points and 0/1 are their own numbers and are left out.
    func numericCodes(_ variable: Variable) -> String {
        spssCodes(variable).compactMap { entry -> String? in
            let code: String
            switch entry.value {
            case .option(let option): code = option
            case .escape(let escape): code = escape
            default: return nil
            }
            return "\(code)=\(entry.code)"
        }.joined(separator: " | ")
    }
}
