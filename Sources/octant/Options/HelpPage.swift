import Support

/// The help pages, written from the command tables: what a table declares is what help shows.
enum HelpPage {
    static let width = 100

    /// `octant help COMMAND` and `octant COMMAND --help`.
    static func command(_ spec: CommandSpec, _ l: Language) -> String {
        guard let name = spec.name else { return general(l) }
        var lines = ["\(spec.invocation) — \(spec.summary[l])", "", HelpText.usageHeading.text(l)]
        lines += usageLines(spec).map { "  " + $0[l] }
        lines += ["", HelpText.details(name).text(l)]
        let own = spec.options.map { (label($0)[l], $0.summary[l]) }, common = CommandSpec.commonOptions.map { (label($0)[l], $0.summary[l]) }
        let column = self.column(own + common)
        if !own.isEmpty { lines += ["", HelpText.optionsHeading.text(l)] + table(own, column: column) }
        lines += ["", HelpText.commonOptionsHeading.text(l)] + table(common, column: column)
        return lines.joined(separator: "\n")
    }

    /// `octant help`, `octant --help`, and `octant` alone off a terminal.
    static func general(_ l: Language) -> String {
        let top = CommandSpec.topLevel
        var lines = ["octant — \(top.summary[l])", "", HelpText.usageHeading.text(l) + " " + HelpText.generalUsage.text(l),
                     "", HelpText.commandsHeading.text(l)]
        // "report QUESTIONNAIRE --data DIR|FILE.csv": the program's name would only repeat down the column.
        let commands = CommandSpec.all.map { spec in (String(synopsis(spec, withOptions: false)[l].dropFirst("octant ".count)), spec.summary[l]) }
        let options = (CommandSpec.commonOptions + top.options).map { (label($0)[l], $0.summary[l]) }
        let column = self.column(commands + options)
        lines += table(commands, column: column)
        lines += ["", HelpText.commonOptionsHeading.text(l)] + table(options, column: column)
        lines += ["", HelpText.examplesHeading.text(l), HelpText.examples.text(l)]
        return lines.joined(separator: "\n")
    }

    /// How the command is written: its operands and required options, then `[OPTIONS]` if it has others; one more
    /// line for each option that changes the operands (`octant run --resume [QUESTIONNAIRE…]`).
    static func usageLines(_ spec: CommandSpec) -> [Localized] {
        [synopsis(spec, withOptions: true)] + spec.options.compactMap { option in
            option.operands.map { operands in
                Localized(invariant: spec.invocation + " " + option.name.typed) + words(operands)
                    + Localized(invariant: spec.options.count > 1 ? " [OPTIONS]" : "")
            }
        }
    }

    private static func synopsis(_ spec: CommandSpec, withOptions: Bool) -> Localized {
        var line = Localized(invariant: spec.invocation) + words(spec.operands)
        for option in spec.options where option.required { line = line + Localized(invariant: " ") + label(option) }
        if withOptions, spec.options.contains(where: { !$0.required }) { line = line + Localized(invariant: " [OPTIONS]") }
        return line
    }

    /// ` QUESTIONNAIRE FILE.csv`, ` FILE…`, ` [COMMAND]`.
    private static func words(_ operands: [Operand]) -> Localized {
        operands.reduce(Localized(invariant: "")) { line, operand in
            var word = operand.placeholder + Localized(invariant: operand.repeats ? "…" : "")
            if operand.optional { word = Localized(invariant: "[") + word + Localized(invariant: "]") }
            return line + Localized(invariant: " ") + word
        }
    }

    /// `--data DIR`, `--format terminal|markdown|…`, `--by VARIABLE…`.
    static func label(_ option: OptionSpec) -> Localized {
        var label = Localized(invariant: option.name.typed)
        switch option.kind {
        case .flag: break
        case .value(let placeholder): label = label + Localized(invariant: " ") + placeholder
        case .choice(let choices): label = label + Localized(invariant: " " + choices.map(\.value).joined(separator: "|"))
        }
        return option.repeatable ? label + Localized(invariant: "…") : label
    }

    /// Where the texts of a page's tables start: after the widest label, but never so far that a wide one (a long
    /// list of choices) squeezes every text; such a label gets its text on the next line.
    private static func column(_ rows: [(label: String, text: String)]) -> Int {
        min(32, (rows.map(\.label.count).filter { $0 + 4 <= 32 }.max() ?? 0) + 4)
    }

    /// Two columns: the label, then its text wrapped under itself.
    private static func table(_ rows: [(label: String, text: String)], column: Int) -> [String] {
        var lines: [String] = []
        for row in rows {
            let wrapped = wrap(row.text, width: width - column)
            let indent = String(repeating: " ", count: column)
            if row.label.count + 4 <= column {
                let first = ("  " + row.label).padding(toLength: column, withPad: " ", startingAt: 0) + (wrapped.first ?? "")
                lines.append(first)
                lines += wrapped.dropFirst().map { indent + $0 }
            } else {
                lines.append("  " + row.label)
                lines += wrapped.map { indent + $0 }
            }
        }
        return lines
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
