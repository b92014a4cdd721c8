import Support

/// The commands, by the word typed after `octant`.
enum CommandName: String, CaseIterable, Sendable {
    case check, show, report, link, export, `import`, verify, simulate, run, help, version, plan
}

/// One command's whole interface: what it is for, what it takes, and each option. Parsing, validation, help and
/// suggestions are all read from these values, so an option exists in one place only.
struct CommandSpec: Sendable {
    /// nil for `octant` alone: the menu on a terminal, else the general help.
    let name: CommandName?
    let summary: Localized
    let operands: [Operand]
    /// The command's own options, in the order help lists them; `commonOptions` come with every command.
    let options: [OptionSpec]

    /// Options every command takes.
    static let commonOptions: [OptionSpec] = [
        OptionSpec(.lang, .choice(Language.allCases.map { Choice($0.rawValue) }),
                   Localized(fr: "langue des messages (par défaut celle du questionnaire, sinon celle de l'environnement)",
                             en: "language of the messages (default: the questionnaire's, else the environment's)")),
        OptionSpec(.help, .flag, Localized(fr: "cette aide (aussi -h)", en: "this help (also -h)")),
    ]

    var accepted: [OptionSpec] { options + Self.commonOptions }

    func option(_ name: OptionName) -> OptionSpec? { accepted.first { $0.name == name } }

    /// `octant report` — what the usage lines and the help title start with.
    var invocation: String { ["octant", name?.rawValue].compactMap { $0 }.joined(separator: " ") }
}

/// What follows an option's name.
enum OptionKind: Sendable {
    /// A switch: `--json`.
    case flag
    /// A value the command reads itself (a path, a number), shown by its placeholder: `--data DIR`.
    case value(Localized)
    /// One of a fixed list, refused before the command runs when it is not: `--format md`.
    case choice([Choice])
}

/// One accepted value of a choice option.
struct Choice: Sendable {
    let value: String
    /// Other spellings taken for it (`enquêteur` for `interviewer`); help shows only `value`.
    let aliases: [String]

    init(_ value: String, aliases: [String] = []) {
        self.value = value
        self.aliases = aliases
    }
}

struct OptionSpec: Sendable {
    let name: OptionName
    let kind: OptionKind
    let summary: Localized
    /// Given several times, every value counts (`--by a --by b`); otherwise the last one wins.
    var repeatable = false
    var required = false
    /// Operands that replace the command's own when this option is given: `run --resume [QUESTIONNAIRE…]`.
    var operands: [Operand]?

    init(_ name: OptionName, _ kind: OptionKind, _ summary: Localized, repeatable: Bool = false, required: Bool = false,
         operands: [Operand]? = nil) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.repeatable = repeatable
        self.required = required
        self.operands = operands
    }

    var takesValue: Bool {
        if case .flag = kind { return false }
        return true
    }
}

/// A word after the command that is not an option (a questionnaire, a CSV file).
struct Operand: Sendable {
    let placeholder: Localized
    var optional = false
    /// Any number of them (at least one unless `optional`).
    var repeats = false
}
