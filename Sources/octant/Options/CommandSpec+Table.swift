import Analysis
import Questionnaire
import Support

/// The command tables: every command, every option, once. Help, parsing and suggestions read them.
extension CommandSpec {
    /// Every command, in the order the general help lists them.
    static var all: [CommandSpec] { CommandName.allCases.map(spec(for:)) }

    /// The switch is exhaustive: a new command cannot be added without its table.
    static func spec(for name: CommandName) -> CommandSpec {
        switch name {
        case .check: return .check
        case .show: return .show
        case .report: return .report
        case .link: return .link
        case .export: return .export
        case .import: return .import
        case .verify: return .verify
        case .simulate: return .simulate
        case .run: return .run
        case .help: return .help
        case .version: return .version
        case .plan: return .plan
        }
    }

    static let topLevel = CommandSpec(
        name: nil,
        summary: Localized(fr: "questionnaires d'évaluation d'impact : écrire, passer, analyser",
                           en: "impact-evaluation questionnaires: write, administer, analyse"),
        operands: [],
        options: [OptionSpec(.version, .flag, Localized(fr: "affiche la version d'octant", en: "prints octant's version"))])

    static let check = CommandSpec(
        name: .check,
        summary: Localized(fr: "vérifie des questionnaires (.survey) et signale chaque problème",
                           en: "checks questionnaires (.survey) and reports every problem"),
        operands: [Operand(placeholder: Placeholder.file, repeats: true)],
        options: [
            OptionSpec(.quiet, .flag, Localized(fr: "sans le bilan de chaque fichier : seulement les problèmes",
                                                en: "no summary line per file: only the problems")),
            OptionSpec(.timings, .flag, Localized(fr: "écrit sur la sortie d'erreur le temps de lecture de chaque fichier",
                                                  en: "writes each file's reading time on standard error")),
        ])

    static let show = CommandSpec(
        name: .show,
        summary: Localized(fr: "affiche le questionnaire tel qu'il sera posé, et son dictionnaire des variables",
                           en: "shows the questionnaire as it will be asked, and its codebook"),
        operands: [Operand(placeholder: Placeholder.file)],
        options: [OptionSpec(.codebook, .flag, Localized(fr: "n'affiche que le dictionnaire des variables", en: "shows only the codebook"))])

    static let report = CommandSpec(
        name: .report,
        summary: Localized(fr: "le rapport d'évaluation : échantillon, réponses, comparaisons de groupes, scores",
                           en: "the evaluation report: sample, answers, group comparisons, scores"),
        operands: [Operand(placeholder: Placeholder.questionnaire)],
        options: [
            OptionSpec(.data, .value(Localized(fr: "DOSSIER|FICHIER.csv", en: "DIR|FILE.csv")),
                       Localized(fr: "les réponses : un dossier de journaux d'entretiens, ou un CSV (export d'Octant, formulaire web)",
                                 en: "the answers: a folder of interview journals, or a CSV (an Octant export, a web form)"),
                       required: true),
            OptionSpec(.by, .value(Localized(fr: "VARIABLE", en: "VARIABLE")),
                       Localized(fr: "compare les groupes de cette question « single » ou « yesno » au lieu des comparaisons du plan d'analyse ; répétable",
                                 en: "compares the groups of this 'single' or 'yesno' question instead of the analysis plan's comparisons; repeatable"),
                       repeatable: true),
            OptionSpec(.posthoc, .choice(AnalysisPlan.PostHoc.allCases.map { Choice($0.rawValue) }),
                       Localized(fr: "méthode des comparaisons deux à deux après l'ANOVA (par défaut celle du plan d'analyse)",
                                 en: "pairwise comparison method after the ANOVA (default: the analysis plan's)")),
            OptionSpec(.test, .choice(["student", "welch", "auto", "anova"].map { Choice($0) }),
                       Localized(fr: "student : t de Student et ANOVA classique ; welch : t de Welch et ANOVA de Welch puis Games–Howell ; auto : Welch quand les variances diffèrent (Levene à deux groupes, Brown–Forsythe au-delà) ; anova : ANOVA classique à plus de deux groupes, à deux groupes le choix auto. Par défaut : auto à deux groupes, ANOVA classique au-delà",
                                 en: "student: Student's t and the classic ANOVA; welch: Welch's t and Welch's ANOVA then Games–Howell; auto: Welch when the variances differ (Levene for two groups, Brown–Forsythe beyond); anova: the classic ANOVA beyond two groups, the auto choice for two. Default: auto for two groups, the classic ANOVA beyond")),
            OptionSpec(.correction, .choice(AnalysisPlan.Correction.allCases.map { Choice($0.rawValue) }),
                       Localized(fr: "correction des p pour le nombre d'items d'une comparaison : none (par défaut du plan : le rapport dit combien de différences le hasard donnerait), holm, fdr (Benjamini–Hochberg)",
                                 en: "correction of the p-values for the number of items of a comparison: none (the plan's default: the report says how many differences chance would give), holm, fdr (Benjamini–Hochberg)")),
            OptionSpec(.ordinal, .flag, Localized(fr: "montre aussi, à côté des moyennes, les tests sur les rangs (Mann–Whitney, Kruskal–Wallis), qui ne supposent pas des points d'échelle également espacés (toujours dans le JSON et le CSV)",
                                                  en: "also shows, beside the means, the rank tests (Mann–Whitney, Kruskal–Wallis), which do not assume equally spaced scale points (always in the JSON and CSV)")),
            OptionSpec(.minimum, .value(Placeholder.count),
                       Localized(fr: "les groupes de moins de N répondants ne sont ni comparés ni montrés (par défaut celui du plan d'analyse)",
                                 en: "groups under N respondents are neither compared nor shown (default: the analysis plan's)")),
            OptionSpec(.format, .choice(ReportCommand.OutputFormat.allCases.map { Choice($0.rawValue) }),
                       Localized(fr: "format du rapport (par défaut : d'après l'extension de --output, sinon terminal)",
                                 en: "report format (default: from the --output extension, else terminal)")),
            OptionSpec(.output, .value(Placeholder.file),
                       Localized(fr: "écrit le rapport dans ce fichier (créé en 0600) ; .md, .json, .csv ou .html choisit le format",
                                 en: "writes the report to this file (created 0600); .md, .json, .csv or .html chooses the format")),
            OptionSpec(.width, .value(Placeholder.count),
                       Localized(fr: "largeur du rapport en terminal, en colonnes (80 par défaut, 50 au moins)",
                                 en: "width of the terminal report, in columns (default 80, at least 50)")),
            OptionSpec(.wave, .value(Placeholder.wave),
                       Localized(fr: "ne décrit que les sessions de cette vague", en: "describes only the sessions of this wave")),
            OptionSpec(.change, .value(Localized(fr: "AVANT:APRÈS", en: "BEFORE:AFTER")),
                       Localized(fr: "ajoute l'évaluation avant / après des mêmes personnes, reliées par leur code (ex. avant:apres)",
                                 en: "adds the before/after evaluation of the same people, linked by their code (e.g. avant:apres)")),
        ])

    static let link = CommandSpec(
        name: .link,
        summary: Localized(fr: "relie les sessions d'une même personne d'une vague à l'autre (code anonyme)",
                           en: "links a person's sessions across waves (anonymous code)"),
        operands: [Operand(placeholder: Placeholder.questionnaire)],
        options: [
            OptionSpec(.data, .value(Placeholder.directory),
                       Localized(fr: "le dossier des journaux d'entretiens (les codes ne sont jamais exportés en CSV)",
                                 en: "the folder of interview journals (codes are never exported to CSV)"),
                       required: true),
            OptionSpec(.json, .flag, Localized(fr: "les mêmes comptes en JSON", en: "the same counts as JSON")),
        ])

    static let verify = CommandSpec(
        name: .verify,
        summary: Localized(fr: "vérifie les journaux d'un dossier : ce qui est intact, endommagé, récupérable",
                           en: "checks a folder's journals: what is intact, damaged, salvageable"),
        operands: [],
        options: [
            OptionSpec(.data, .value(Placeholder.directory),
                       Localized(fr: "le dossier des journaux d'entretiens (rien n'y est modifié)",
                                 en: "the folder of interview journals (nothing in it is changed)"),
                       required: true),
            OptionSpec(.json, .flag, Localized(fr: "le même bilan en JSON", en: "the same account as JSON")),
        ])

    static let help = CommandSpec(
        name: .help,
        summary: Localized(fr: "affiche l'aide générale, ou celle d'une commande", en: "shows the general help, or a command's"),
        operands: [Operand(placeholder: Localized(fr: "COMMANDE", en: "COMMAND"), optional: true)],
        options: [])

    static let version = CommandSpec(
        name: .version,
        summary: Localized(fr: "affiche la version d'octant (comme octant --version)", en: "prints octant's version (as octant --version)"),
        operands: [],
        options: [])
}

/// The placeholders several tables share, so that the same thing is named the same way everywhere.
enum Placeholder {
    static let file = Localized(fr: "FICHIER", en: "FILE")
    static let csvFile = Localized(fr: "FICHIER.csv", en: "FILE.csv")
    static let questionnaire = Localized(invariant: "QUESTIONNAIRE")
    static let directory = Localized(fr: "DOSSIER", en: "DIR")
    static let count = Localized(invariant: "N")
    static let wave = Localized(fr: "VAGUE", en: "WAVE")
}
