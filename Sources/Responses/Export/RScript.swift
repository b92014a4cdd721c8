import Questionnaire

/// `FILE.R`: base R that reads the exported CSV into a data frame `octant` with labelled factors.
/// Coded columns become factors whose levels are the values then the escape answers; numbers become numeric with
/// escape answers as NA; each column carries its question text in the attribute "label".
extension ExportLayout {
    static func rString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func rVector(_ items: [String]) -> String { "c(" + items.map(rString).joined(separator: ", ") + ")" }

    func rScript(csvFileName: String) -> String {
        let separator = options.format.separator == UInt8(ascii: "\t") ? "\t" : String(UnicodeScalar(options.format.separator))
        var lines = [
            "# Octant: \(survey.id) version \(survey.version). Base R only.",
            "# From the folder that holds \(csvFileName): source(\(Self.rString(String(csvFileName.dropLast(4)) + ".R")), encoding = \"UTF-8\")",
            "octant <- read.csv(\(Self.rString(csvFileName)), sep = \(Self.rString(separator)), colClasses = \"character\",",
            "                   na.strings = character(0), check.names = FALSE, fileEncoding = \"UTF-8-BOM\", encoding = \"UTF-8\")",
        ]
        for column in columns {
            let variable = dataset.variables[column]
            let name = Self.rString(variable.name)
            switch variable.kind {
            case .scale, .choice, .indicator:
                var seen = Set<String>()
                let codes = spssCodes(variable)
                let labels = codes.map { entry -> String in
                    let label = seen.insert(entry.label).inserted ? entry.label : "\(entry.label) (\(cellText(entry.value, variable: variable)))"
                    seen.insert(label)
                    return label
                }
                lines.append("octant[[\(name)]] <- factor(octant[[\(name)]], levels = \(Self.rVector(codes.map { cellText($0.value, variable: variable) })),")
                lines.append("    labels = \(Self.rVector(labels)))")
            case .integer, .decimal, .score:
                let escapes = variable.missingCodes.map { cellText(.escape($0.code), variable: variable) }
                if !escapes.isEmpty { lines.append("octant[[\(name)]][octant[[\(name)]] %in% \(Self.rVector(escapes))] <- NA") }
                lines.append("octant[[\(name)]] <- as.numeric(sub(\",\", \".\", octant[[\(name)]], fixed = TRUE))")
            case .text, .otherText:
                lines.append("octant[[\(name)]][octant[[\(name)]] == \"\"] <- NA")
            }
            lines.append("attr(octant[[\(name)]], \"label\") <- \(Self.rString(text(variable.label)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
