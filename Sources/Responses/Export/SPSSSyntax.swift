import Questionnaire

/// `FILE.sps`: PSPP/SPSS syntax that reads the exported CSV into a fully labelled file.
///
/// Every column is read as text, then recoded: scale points as themselves, options as their value (declared, else their
/// rank), indicators 0/1, numbers as numbers. Empty cells are system-missing. Escape answers become user-missing codes
/// with their labels, each the same number in every variable (`ExportCodes`).
///
/// Every text written here passes through `spssString` (quoted, sanitised): labels and the CSV's file name come from
/// files someone else wrote, and a line break in one of them would otherwise end a comment and start a command.
extension ExportLayout {
    static func spssString(_ text: String, maximumBytes: Int = 32_000) -> String {
        let cleaned = ScriptText.sanitized(text)
        return "'" + cleaned.prefix(bytes: maximumBytes).replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The longest cell of every row field and exported column of this dataset.
    func cellWidths() -> ExportCellWidths {
        var widths = ExportCellWidths(fields: fields.count, columns: columns.count)
        _ = csv(widths: &widths)
        return widths
    }

    /// `widths` are those of every row of the CSV when this layout holds only some of them (a streamed export).
    func spssSyntax(csvFileName: String, widths given: ExportCellWidths? = nil) -> String {
        let widths = given ?? cellWidths()
        let names = SPSSNames(self)
        let separator = options.format.separator == UInt8(ascii: "\t") ? "\\t" : String(UnicodeScalar(options.format.separator))
        let base = String(csvFileName.dropLast(4))
        var lines: [String] = [
            "* Octant: \(Self.spssString(survey.id)) version \(ScriptText.sanitized(survey.version)), labels in \(Self.spssString(options.language ?? survey.language)).",
            "* Reads the CSV named in GET DATA below; run this file from the folder that holds it: pspp \(Self.spssString(base + ".sps")).",
            "* Empty cells are system-missing. Escape answers are user-missing, with the same code in every variable:",
        ] + survey.escapes.map { "*   \(survey.missingCode(of: $0)) = \(Self.spssString(text($0.label)))." } + [
            "* Options are their declared values, else their rank in the questionnaire (see the codebook).",
            "GET DATA /TYPE=TXT /FILE=\(Self.spssString(csvFileName)) /ENCODING='UTF-8'",
            "  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=\"\(separator)\" /QUALIFIER='\"'",
            "  /VARIABLES=",
        ]
        for (index, field) in fields.enumerated() {
            lines.append("    \(names.rowField(field)) A\(widths.readWidth(field: index))")
        }
        let raw = columns.enumerated().map { "octant_raw_\($0.offset + 1)" }
        for index in columns.indices { lines.append("    \(raw[index]) A\(widths.readWidth(column: index))") }
        lines[lines.count - 1] += "."
        for (index, column) in columns.enumerated() {
            let variable = dataset.variables[column], name = names.variable(column)
            if variable.kind.holdsText { lines.append("STRING \(name) (A\(widths.readWidth(column: index))).") } else {
                let format: String
                switch variable.kind {
                case .integer: format = "F12.0"
                case .decimal, .score: format = "F12.4"
                default:
                    // Wide enough for a declared value or missing code such as -999 or 9999.
                    let widest = spssCodes(variable).map { String($0.code).count }.max() ?? 1
                    format = "F\(max(4, widest)).0"
                }
                lines.append("NUMERIC \(name) (\(format)).")
            }
        }
        for (index, column) in columns.enumerated() {
            let variable = dataset.variables[column], name = names.variable(column), source = raw[index]
            switch variable.kind {
            case .text, .otherText:
                lines.append("COMPUTE \(name) = \(source).")
            case .scale, .choice, .indicator:
                let pairs = spssCodes(variable).map { "(\(Self.spssString(cellText($0.value, variable: variable)))=\($0.code))" }
                lines.append("RECODE \(source) \(pairs.joined(separator: " ")) (ELSE=SYSMIS) INTO \(name).")
            case .integer, .decimal, .score:
                var branch = "DO IF \(source) = ''.\n  COMPUTE \(name) = $SYSMIS.\n"
                for entry in spssCodes(variable) {
                    branch += "ELSE IF \(source) = \(Self.spssString(cellText(entry.value, variable: variable))).\n  COMPUTE \(name) = \(entry.code).\n"
                }
                branch += "ELSE.\n  COMPUTE \(name) = NUMBER(REPLACE(\(source), ',', '.'), F40.0).\nEND IF."
                lines.append(branch)
            }
        }
        lines.append("VARIABLE LABELS")
        let labelled = [("session", "Session"), ("wave", "Vague / wave"), ("status", "complete / partial"), ("device", "Appareil / device"),
                        ("started", "Début (UTC) / start (UTC)"), (Self.personKeyField, Self.personKeyDescription)]
            .filter { fields.contains($0.0) }.map { "  \(names.rowField($0.0)) \(Self.spssString($0.1))" }
            + columns.map { "  \(names.variable($0)) \(Self.spssString(text(dataset.variables[$0].label), maximumBytes: 255))" }
        lines.append(labelled.joined(separator: "\n") + ".")
        for column in columns {
            let variable = dataset.variables[column], name = names.variable(column)
            // A scale point without a label of its own needs none in SPSS: its value says it.
            let codes = spssCodes(variable).filter { entry in
                if case .point(let point) = entry.value { return entry.label != String(point) }
                return true
            }
            if !codes.isEmpty {
                lines.append("VALUE LABELS \(name) " + codes.map { "\($0.code) \(Self.spssString($0.label, maximumBytes: 120))" }.joined(separator: " ") + ".")
            }
            if let missing = spssMissingValues(variable) { lines.append("MISSING VALUES \(name) (\(missing)).") }
            if case .scale = variable.kind { lines.append("VARIABLE LEVEL \(name) (ORDINAL).") }
            if case .choice = variable.kind { lines.append("VARIABLE LEVEL \(name) (NOMINAL).") }
            if case .indicator = variable.kind { lines.append("VARIABLE LEVEL \(name) (NOMINAL).") }
        }
        if !raw.isEmpty { lines.append("DELETE VARIABLES \(raw.joined(separator: " ")).") }
        lines.append("EXECUTE.")
        lines.append("* SAVE OUTFILE=\(Self.spssString(base + ".sav")).")
        return lines.joined(separator: "\n") + "\n"
    }
}


extension ExportLayout {
    /// SPSS takes at most three discrete missing values, or a range: more escape answers on one variable are given as
    /// the range from the lowest code to the highest, which the questionnaire check keeps clear of every answer.
    /// Text columns get none: their escape answers are words, and SPSS string missing values are 8 bytes at most.
    func spssMissingValues(_ variable: Variable) -> String? {
        guard !variable.kind.holdsText else { return nil }
        let missing = escapeCodes(variable).map(\.code).sorted()
        guard let lowest = missing.first, let highest = missing.last else { return nil }
        return missing.count <= 3 ? missing.map(String.init).joined(separator: ", ") : "\(lowest) THRU \(highest)"
    }
}
