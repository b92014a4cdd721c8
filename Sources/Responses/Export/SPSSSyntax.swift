import Questionnaire

/// `FILE.sps`: PSPP/SPSS syntax that reads the exported CSV into a fully labelled file.
///
/// Every column is read as text, then recoded: scale points as themselves, options as their 1-based position in the
/// questionnaire, indicators 0/1, numbers as numbers. Empty cells are system-missing. Escape answers become user-missing
/// negative codes with their labels: -1, -2… in coded columns, -999999001, -999999002… in number columns.
extension ExportLayout {
    static let numberEscapeBase = -999_999_000

    /// The numeric SPSS code of each value a coded column can hold, with its label.
    func spssCodes(_ variable: Variable) -> [(value: DatasetValue, code: Int, label: String)] {
        var result: [(DatasetValue, Int, String)] = []
        switch variable.kind {
        case .scale(let points):
            for point in 1...points {
                let label = variable.valueLabels.first { $0.code == String(point) }.map { text($0.label) } ?? String(point)
                result.append((.point(point), point, label))
            }
        case .choice:
            for (index, option) in variable.valueLabels.enumerated() { result.append((.option(option.code), index + 1, text(option.label))) }
        case .indicator:
            for option in variable.valueLabels { result.append((.indicator(option.code == "1"), option.code == "1" ? 1 : 0, text(option.label))) }
        default:
            break
        }
        let base = isCoded(variable) ? 0 : Self.numberEscapeBase
        for (index, escape) in variable.missingCodes.enumerated() {
            result.append((.escape(escape.code), base - index - 1, text(escape.label)))
        }
        return result
    }

    func isCoded(_ variable: Variable) -> Bool {
        switch variable.kind {
        case .scale, .choice, .indicator: return true
        default: return false
        }
    }

    static func spssString(_ text: String, maximumBytes: Int = 32_000) -> String {
        let cleaned = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return "'" + cleaned.prefix(bytes: maximumBytes).replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The longest cell of every row field and exported column of this dataset.
    func cellWidths() -> ExportCellWidths {
        var widths = ExportCellWidths(fields: ExportLayout.rowFields.count, columns: columns.count)
        _ = csv(widths: &widths)
        return widths
    }

    /// `widths` are those of every row of the CSV when this layout holds only some of them (a streamed export).
    func spssSyntax(csvFileName: String, widths given: ExportCellWidths? = nil) -> String {
        let widths = given ?? cellWidths()
        let names = SPSSNames(self)
        let separator = options.format.separator == UInt8(ascii: "\t") ? "\\t" : String(UnicodeScalar(options.format.separator))
        var lines: [String] = [
            "* Octant: \(survey.id) version \(survey.version), labels in \(options.language ?? survey.language).",
            "* Reads \(csvFileName) (run this file from the folder that holds it): pspp \(csvFileName.replacingOccurrences(of: ".csv", with: "")).sps",
            "* Empty cells are system-missing. Escape answers are user-missing codes: -1, -2 ... in coded columns,",
            "* -999999001, -999999002 ... in number columns. Options are numbered in questionnaire order (see the codebook).",
            "GET DATA /TYPE=TXT /FILE=\(Self.spssString(csvFileName)) /ENCODING='UTF-8'",
            "  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=\"\(separator)\" /QUALIFIER='\"'",
            "  /VARIABLES=",
        ]
        for (index, field) in ExportLayout.rowFields.enumerated() {
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
                default: format = "F4.0"
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
                        ("started", "Début (UTC) / start (UTC)")].map { "  \(names.rowField($0.0)) \(Self.spssString($0.1))" }
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
            if !variable.missingCodes.isEmpty {
                lines.append("MISSING VALUES \(name) (LOWEST THRU \(isCoded(variable) ? -1 : Self.numberEscapeBase - 1)).")
            }
            if case .scale = variable.kind { lines.append("VARIABLE LEVEL \(name) (ORDINAL).") }
            if case .choice = variable.kind { lines.append("VARIABLE LEVEL \(name) (NOMINAL).") }
            if case .indicator = variable.kind { lines.append("VARIABLE LEVEL \(name) (NOMINAL).") }
        }
        if !raw.isEmpty { lines.append("DELETE VARIABLES \(raw.joined(separator: " ")).") }
        lines.append("EXECUTE.")
        lines.append("* SAVE OUTFILE=\(Self.spssString(csvFileName.replacingOccurrences(of: ".csv", with: ".sav"))).")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The longest cell (UTF-8 bytes) of each row field and each exported column: the widths SPSS reads the text columns
/// with. Kept apart from the rows so that a CSV written in pieces can take the maximum over all its pieces.
struct ExportCellWidths: Hashable, Sendable {
    /// In `ExportLayout.rowFields` order.
    var fields: [Int]
    /// In the order of `ExportLayout.columns`.
    var columns: [Int]

    init(fields: Int, columns: Int) {
        self.fields = Array(repeating: 0, count: fields)
        self.columns = Array(repeating: 0, count: columns)
    }

    /// Takes in one CSV record: the row fields, then the exported columns.
    mutating func include(_ record: [String]) {
        for index in fields.indices { fields[index] = max(fields[index], record[index].utf8.count) }
        for index in columns.indices { columns[index] = max(columns[index], record[fields.count + index].utf8.count) }
    }

    mutating func formMaximum(with other: ExportCellWidths) {
        for index in fields.indices { fields[index] = max(fields[index], other.fields[index]) }
        for index in columns.indices { columns[index] = max(columns[index], other.columns[index]) }
    }

    /// At least 1 (an all-empty column), at most SPSS's longest string.
    func readWidth(field index: Int) -> Int { Self.clamped(fields[index]) }
    func readWidth(column index: Int) -> Int { Self.clamped(columns[index]) }
    private static func clamped(_ width: Int) -> Int { min(max(width, 1), 32_767) }
}
