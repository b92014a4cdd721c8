import Support

/// A command line read against its command's table: the command, its operands, and each option's value(s).
struct Arguments {
    let spec: CommandSpec
    /// Counted against the table by `validate()` before any command runs, so a command may index those it declares.
    private(set) var operands: [String] = []
    private var values: [OptionName: [String]] = [:]
    private var flags: Set<OptionName> = []

    var command: CommandName? { spec.name }

    /// `octant` with nothing after it (the menu's case).
    var isBare: Bool { command == nil && operands.isEmpty && values.isEmpty && flags.isEmpty }

    /// Reads `raw` (without the program name). Options may come before the command (`octant --lang en check f`),
    /// which is why the command is found first; then every word is read against that command's options.
    init(_ raw: [String]) throws(UsageError) {
        let position = Self.commandPosition(in: raw)
        if let position {
            let word = raw[position]
            guard let name = CommandName(rawValue: word) else {
                throw UsageError(.unknownCommand(word), suggestions: Suggestions.closest(to: word, among: CommandName.allCases.map(\.rawValue)))
            }
            spec = CommandSpec.spec(for: name)
        } else {
            spec = .topLevel
        }
        var words = raw
        if let position { words.remove(at: position) }
        try read(words)
    }

    private mutating func read(_ words: [String]) throws(UsageError) {
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" { operands += words[index...]; return }
            if word == "-h" { flags.insert(.help); continue }
            guard word.hasPrefix("-"), word != "-" else { operands.append(word); continue }
            let (typed, inline) = Self.split(word)
            guard word.hasPrefix("--"), let name = OptionName(rawValue: typed), let option = spec.option(name) else {
                throw UsageError(.unknownOption(word.hasPrefix("--") ? "--" + typed : word), command: spec.name,
                                 suggestions: Suggestions.closest(to: "--" + typed, among: spec.accepted.map(\.name.typed)))
            }
            switch option.kind {
            case .flag:
                guard inline == nil else { throw UsageError(.unexpectedValue(option: name.typed), command: spec.name) }
                flags.insert(name)
            case .value, .choice:
                var value = inline
                if value == nil, index < words.count {
                    value = words[index]
                    index += 1
                }
                guard let value else { throw UsageError(.missingValue(option: name.typed), command: spec.name) }
                let accepted = try accept(value, for: option)
                if option.repeatable { values[name, default: []].append(accepted) } else { values[name] = [accepted] }
            }
        }
    }

    /// A choice's canonical spelling (aliases folded), or the value as given.
    private func accept(_ value: String, for option: OptionSpec) throws(UsageError) -> String {
        guard case .choice(let choices) = option.kind else { return value }
        if let choice = choices.first(where: { $0.value == value || $0.aliases.contains(value) }) { return choice.value }
        let allowed = choices.map(\.value)
        throw UsageError(.invalidChoice(option: option.name.typed, value: value, allowed: allowed), command: spec.name,
                         suggestions: Suggestions.closest(to: value, among: allowed))
    }

    /// `--name=value` → ("name", "value"); `--name` → ("name", nil).
    private static func split(_ word: String) -> (name: String, value: String?) {
        let body = word.drop { $0 == "-" }
        guard let equal = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equal]), String(body[body.index(after: equal)...]))
    }

    /// The first word that is neither an option nor an option's value. Whether an option before the command takes
    /// a value is read from the tables, so no list is kept apart from them.
    private static func commandPosition(in raw: [String]) -> Int? {
        var index = 0
        while index < raw.count {
            let word = raw[index]
            if word == "--" { return index + 1 < raw.count ? index + 1 : nil }
            if !word.hasPrefix("-") || word == "-" { return index }
            let (name, inline) = split(word)
            index += 1
            if inline == nil, let option = OptionName(rawValue: name), takesValueSomewhere(option) { index += 1 }
        }
        return nil
    }

    private static func takesValueSomewhere(_ name: OptionName) -> Bool {
        (CommandSpec.all + [.topLevel]).contains { $0.option(name)?.takesValue == true }
    }

    /// Operand counts and required options, once `--help` has been ruled out.
    func validate() throws(UsageError) {
        let expected = spec.accepted.first { $0.operands != nil && has($0.name) }?.operands ?? spec.operands
        let usage = HelpPage.usageLines(spec)
        let required = expected.filter { !$0.optional }
        if operands.count < required.count {
            throw UsageError(.missingOperand(required[operands.count].placeholder, usage: usage), command: spec.name)
        }
        if !expected.contains(where: \.repeats), operands.count > expected.count {
            throw UsageError(.extraOperand(operands[expected.count], usage: usage), command: spec.name)
        }
        if let missing = spec.options.first(where: { $0.required && !has($0.name) }) {
            throw UsageError(.missingOption(HelpPage.label(missing), usage: usage), command: spec.name)
        }
    }

    func has(_ option: OptionName) -> Bool { flags.contains(option) || values[option] != nil }

    /// The value of an option (the last one given).
    func value(_ option: OptionName) -> String? { values[option]?.last }

    /// Every value of a repeatable option, in order.
    func allValues(_ option: OptionName) -> [String] { values[option] ?? [] }

    /// The interface language: `--lang`, else the questionnaire's, else the environment's.
    func language(questionnaireLanguage: String? = nil) -> Language {
        if let code = value(.lang), let language = Language(rawValue: code) { return language }
        if let questionnaireLanguage { return Language(forCode: questionnaireLanguage) }
        return Environment.language
    }

    /// `--lang` as typed anywhere on the line, to speak the user's language even about a line that cannot be read.
    static func requestedLanguage(in raw: [String]) -> Language? {
        for (index, word) in raw.enumerated() {
            if word.hasPrefix("--lang=") { return Language(rawValue: String(word.dropFirst(7))) }
            if word == "--lang", index + 1 < raw.count { return Language(rawValue: raw[index + 1]) }
        }
        return nil
    }
}

/// A command line that cannot be run as written: exit status 2, with a suggestion when a near word exists.
struct UsageError: Error {
    var message: UsageText
    /// The command whose help the user is pointed to.
    var command: CommandName?
    var suggestions: [String] = []

    init(_ message: UsageText, command: CommandName? = nil, suggestions: [String] = []) {
        self.message = message
        self.command = command
        self.suggestions = suggestions
    }

    func text(_ language: Language, command fallback: CommandName?) -> String {
        var lines = [message.text(language)]
        if !suggestions.isEmpty { lines.append(UsageText.didYouMean(suggestions).text(language)) }
        lines.append(UsageText.seeHelp(command ?? fallback).text(language))
        return lines.joined(separator: "\n")
    }
}
