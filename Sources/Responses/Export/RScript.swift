import Questionnaire

/// `FILE.R`: base R that reads the exported CSV into a data frame `octant`, each column typed as an analyst expects:
/// - scale items: ordered factors of the scale points, labelled, so `as.integer()` gives the point;
/// - single choices and grid rows: factors of the options, labelled; attribute "values" gives each level's number (the
///   `.sps` codes); multiple-choice options: factors of 0/1;
/// - numbers: numeric;
/// - escape answers ("Je ne sais pas"): NA in the variable, never a level, so no escape code ends up in a mean; which
///   escape it was is in the companion factor `<variable>_escape` (NA when the answer was no escape), whose attribute
///   "codes" gives the missing codes (the same in every variable, as in the `.sps`).
/// Each column carries its question text in the attribute "label".
///
/// Every text written here passes through `rString` (quoted, escaped, sanitised), the CSV's file name included: it comes
/// from the command line and must never reach a code or comment line as it is.
extension ExportLayout {
    static func rString(_ text: String) -> String {
        var result = "\""
        for scalar in ScriptText.sanitized(text).unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func rVector(_ items: [String]) -> String { "c(" + items.map(rString).joined(separator: ", ") + ")" }

    /// `c("Femme" = 1L, …)`: numbers named by their labels.
    static func rNamedIntegers(_ entries: [(label: String, code: Int)]) -> String {
        "c(" + entries.map { "\(rString($0.label)) = \($0.code)L" }.joined(separator: ", ") + ")"
    }

    /// Labels made unique (a factor merges equal labels): a repeated one gets its cell text after it.
    func uniqueLabels(_ entries: [CodedValue], variable: Variable) -> [String] {
        var seen = Set<String>()
        return entries.map { entry in
            let label = seen.insert(entry.label).inserted ? entry.label : "\(entry.label) (\(cellText(entry.value, variable: variable)))"
            seen.insert(label)
            return label
        }
    }

    /// The name of a variable's escape factor, kept apart from every column of the export.
    static func escapeColumnName(_ name: String, taken: inout Set<String>) -> String {
        var candidate = name + "_escape"
        while taken.contains(candidate) { candidate += "_" }
        taken.insert(candidate)
        return candidate
    }

    func rScript(csvFileName: String) -> String {
        // The separator is one of `,`, `;` or tab, written as an R escape rather than through rString, which drops tabs.
        let separator = options.format.separator == UInt8(ascii: "\t") ? "\"\\t\"" : Self.rString(String(UnicodeScalar(options.format.separator)))
        let missing = survey.escapes.map { "#   \(survey.missingCode(of: $0)) = \(Self.rString(text($0.label)))" }
        var lines = [
            "# Octant: \(Self.rString(survey.id)) version \(ScriptText.sanitized(survey.version)). Base R only.",
            "# From the folder that holds the CSV read below: source(\(Self.rString(String(csvFileName.dropLast(4)) + ".R")), encoding = \"UTF-8\")",
            "# Scale items are ordered factors of their points; choices are factors (attribute \"values\": their numbers).",
            "# Escape answers are NA; <variable>_escape says which one it was. Missing codes, the same in every variable:",
        ] + missing + [
            "octant <- read.csv(\(Self.rString(csvFileName)), sep = \(separator), colClasses = \"character\",",
            "                   na.strings = character(0), check.names = FALSE, fileEncoding = \"UTF-8-BOM\", encoding = \"UTF-8\")",
        ]
        var taken = Set(header)
        for column in columns {
            let variable = dataset.variables[column]
            let name = Self.rString(variable.name), cell = "octant[[\(name)]]"
            let escapes = escapeCodes(variable)
            if !escapes.isEmpty, !variable.kind.holdsText {
                let companion = "octant[[\(Self.rString(Self.escapeColumnName(variable.name, taken: &taken)))]]"
                lines.append("\(companion) <- factor(\(cell), levels = \(Self.rVector(escapes.map { cellText($0.value, variable: variable) })),")
                lines.append("    labels = \(Self.rVector(uniqueLabels(escapes, variable: variable))))")
                lines.append("attr(\(companion), \"codes\") <- \(Self.rNamedIntegers(escapes.map { ($0.label, $0.code) }))")
                lines.append("attr(\(companion), \"label\") <- \(Self.rString(text(variable.label)))")
            }
            switch variable.kind {
            case .scale, .choice, .indicator:
                let values = spssCodes(variable).filter { !$0.isEscape }
                let labels = uniqueLabels(values, variable: variable)
                let ordered: String
                if case .scale = variable.kind { ordered = ", ordered = TRUE" } else { ordered = "" }
                lines.append("\(cell) <- factor(\(cell), levels = \(Self.rVector(values.map { cellText($0.value, variable: variable) })),")
                lines.append("    labels = \(Self.rVector(labels))\(ordered))")
                if case .choice = variable.kind {
                    lines.append("attr(\(cell), \"values\") <- \(Self.rNamedIntegers(zip(labels, values).map { ($0, $1.code) }))")
                }
            case .integer, .decimal, .score:
                let texts = escapes.map { cellText($0.value, variable: variable) }
                if !texts.isEmpty { lines.append("\(cell)[\(cell) %in% \(Self.rVector(texts))] <- NA") }
                lines.append("\(cell) <- as.numeric(sub(\",\", \".\", \(cell), fixed = TRUE))")
            case .text, .otherText:
                lines.append("\(cell)[\(cell) == \"\"] <- NA")
            }
            lines.append("attr(\(cell), \"label\") <- \(Self.rString(text(variable.label)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
