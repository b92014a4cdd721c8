import Support

/// What `octant` says when a command line cannot be run as written (exit status 2), French and English side by side.
enum UsageText: MessageCatalogue, Hashable {
    case unknownCommand(String)
    case unknownOption(String)
    case missingValue(option: String)
    case unexpectedValue(option: String)
    case invalidChoice(option: String, value: String, allowed: [String])
    case didYouMean([String])
    case missingOperand(Localized, usage: [Localized])
    case extraOperand(String, usage: [Localized])
    case missingOption(Localized, usage: [Localized])
    case seeHelp(CommandName?)
    case noWavesDeclared
    case changeNeedsTwoWaves(declared: [String])
    case changeNeedsParticipantCode
    case changeNeedsJournals
    case unknownWave(String, declared: [String])
    case minimumNotPositive, widthNotPositive
    case byNeedsChoiceQuestion(String)
    case dataNotFound(String)
    case outputMustBeCSV
    case outputExtensionUnknown(String, known: [String])
    case personKeyNeedsParticipantCode
    case respondentsNotPositive
    case seedNotWhole
    case toAndDataExclusive
    case linkNeedsWavesAndCode
    case linkNeedsJournals
    case panelOptionWithoutWaves(String)
    case wavesExcludeOthers
    case shareOutOfRange(String)
    case effectOutOfRange

    var localized: Localized {
        switch self {
        case .unknownCommand(let name): return Localized(fr: "commande inconnue « \(name) »", en: "unknown command '\(name)'")
        case .unknownOption(let option): return Localized(fr: "option inconnue « \(option) »", en: "unknown option '\(option)'")
        case .missingValue(let option): return Localized(fr: "l'option \(option) attend une valeur", en: "option \(option) needs a value")
        case .unexpectedValue(let option):
            return Localized(fr: "l'option \(option) ne prend pas de valeur", en: "option \(option) takes no value")
        case .invalidChoice(let option, let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return Localized(fr: "valeur inconnue « \(value) » pour \(option) (valeurs possibles : \(list))",
                             en: "unknown value '\(value)' for \(option) (possible values: \(list))")
        case .didYouMean(let words):
            return Localized(fr: "Vouliez-vous dire " + words.map { "« \($0) »" }.joined(separator: " ou ") + " ?",
                             en: "Did you mean " + words.map { "'\($0)'" }.joined(separator: " or ") + "?")
        case .missingOperand(let placeholder, let usage):
            return Localized(fr: "il manque \(placeholder.fr)", en: "\(placeholder.en) is missing") + Self.usage(usage)
        case .extraOperand(let word, let usage):
            return Localized(fr: "argument en trop « \(word) »", en: "unexpected argument '\(word)'") + Self.usage(usage)
        case .missingOption(let option, let usage):
            return Localized(fr: "l'option \(option.fr) est obligatoire", en: "option \(option.en) is required") + Self.usage(usage)
        case .seeHelp(let command):
            let topic = ["octant help", command?.rawValue].compactMap { $0 }.joined(separator: " ")
            return Localized(fr: "Voir « \(topic) ».", en: "See '\(topic)'.")
        case .noWavesDeclared:
            return Localized(fr: "le questionnaire ne déclare pas de vagues (« waves »)", en: "the questionnaire declares no waves ('waves')")
        case .changeNeedsTwoWaves(let declared):
            let list = declared.joined(separator: ", ")
            return Localized(fr: "--change attend deux vagues différentes du questionnaire, AVANT:APRÈS (vagues : \(list))",
                             en: "--change takes two different waves of the questionnaire, BEFORE:AFTER (waves: \(list))")
        case .changeNeedsParticipantCode:
            return Localized(fr: "le questionnaire ne déclare pas de code participant (« code ») : impossible de relier les vagues",
                             en: "the questionnaire declares no participant code ('code'): the waves cannot be linked")
        case .changeNeedsJournals:
            return Localized(fr: "--change lit les journaux (--data DOSSIER) : les codes participants ne sont jamais exportés en CSV",
                             en: "--change reads the journals (--data DIR): participant codes are never exported to CSV")
        case .unknownWave(let wave, let declared):
            let list = declared.joined(separator: ", ")
            return Localized(fr: "vague inconnue « \(wave) » (vagues : \(list))", en: "unknown wave '\(wave)' (waves: \(list))")
        case .minimumNotPositive:
            return Localized(fr: "--minimum attend un entier positif", en: "--minimum takes a positive whole number")
        case .widthNotPositive:
            return Localized(fr: "--width attend un nombre entier de colonnes", en: "--width takes a whole number of columns")
        case .byNeedsChoiceQuestion(let name):
            return Localized(fr: "--by \(name) : il faut une question « single » ou « yesno » du questionnaire",
                             en: "--by \(name): a 'single' or 'yesno' question of the questionnaire is needed")
        case .dataNotFound(let path): return Localized(fr: "données introuvables : \(path)", en: "data not found: \(path)")
        case .outputExtensionUnknown(let name, let known):
            let list = known.map { "." + $0 }.joined(separator: ", ")
            return Localized(fr: "aucun format de rapport ne s'écrit dans « \(name) » : l'extension de --output doit être l'une de \(list) (ou aucune, pour le texte du terminal)",
                             en: "no report format writes '\(name)': the --output extension must be one of \(list) (or none, for the terminal's text)")
        case .personKeyNeedsParticipantCode:
            return Localized(fr: "--person-key dérive la clé du code participant : ce questionnaire n'en déclare pas (code …)",
                             en: "--person-key derives the key from the participant code: this questionnaire declares none (code …)")
        case .outputMustBeCSV:
            return Localized(fr: "le fichier à écrire doit finir par .csv", en: "the file to write must end in .csv")
        case .respondentsNotPositive:
            return Localized(fr: "--respondents attend un nombre entier positif", en: "--respondents needs a positive whole number")
        case .seedNotWhole:
            return Localized(fr: "--seed attend un entier positif ou nul", en: "--seed needs a non-negative whole number")
        case .toAndDataExclusive:
            return Localized(fr: "--to et --data s'excluent : --to écrit le CSV au lieu du journal, --data écrit le journal",
                             en: "--to and --data exclude each other: --to writes the CSV instead of the journal, --data writes the journal")
        case .linkNeedsWavesAndCode:
            return Localized(fr: "le questionnaire doit déclarer des vagues (« waves ») et un code participant (« code »)",
                             en: "the questionnaire must declare waves ('waves') and a participant code ('code')")
        case .linkNeedsJournals:
            return Localized(fr: "--data attend le dossier des journaux (les codes ne sont jamais exportés en CSV)",
                             en: "--data takes the journals' directory (codes are never exported to CSV)")
        case .panelOptionWithoutWaves(let option):
            return Localized(fr: "\(option) ne s'emploie qu'avec --waves", en: "\(option) only goes with --waves")
        case .wavesExcludeOthers:
            return Localized(fr: "--waves écrit un journal de plusieurs vagues : sans --wave, --to ni --targets",
                             en: "--waves writes a journal of several waves: without --wave, --to or --targets")
        case .shareOutOfRange(let option):
            return Localized(fr: "\(option) attend une part entre 0 et 1 (ex. 0.2)", en: "\(option) takes a share between 0 and 1 (e.g. 0.2)")
        case .effectOutOfRange:
            return Localized(fr: "--effect attend un nombre de points d'échelle (ex. 0.5)", en: "--effect takes a number of scale points (e.g. 0.5)")
        }
    }

    /// The usage lines after a message about what is missing or extra.
    private static func usage(_ lines: [Localized]) -> Localized {
        let fr = lines.map { "\n  " + $0.fr }.joined(), en = lines.map { "\n  " + $0.en }.joined()
        return Localized(fr: "\nUtilisation :" + fr, en: "\nUsage:" + en)
    }

    static let samples: [UsageText] = {
        let usage = [Localized(fr: "octant show FICHIER [OPTIONS]", en: "octant show FILE [OPTIONS]")]
        return [
            .unknownCommand("chek"), .unknownOption("--formt"), .missingValue(option: "--data"), .unexpectedValue(option: "--json"),
            .invalidChoice(option: "--format", value: "docx", allowed: ["terminal", "markdown"]), .didYouMean(["check"]),
            .didYouMean(["--to", "--wave"]), .missingOperand(Localized(fr: "FICHIER", en: "FILE"), usage: usage),
            .extraOperand("b.survey", usage: usage), .missingOption(Localized(fr: "--data DOSSIER", en: "--data DIR"), usage: usage),
            .seeHelp(nil), .seeHelp(.report), .noWavesDeclared, .changeNeedsTwoWaves(declared: ["avant", "apres"]),
            .changeNeedsParticipantCode, .changeNeedsJournals, .unknownWave("t9", declared: ["avant", "apres"]),
            .minimumNotPositive, .widthNotPositive, .byNeedsChoiceQuestion("age"), .dataNotFound("donnees"), .outputMustBeCSV,
            .respondentsNotPositive, .seedNotWhole, .toAndDataExclusive, .linkNeedsWavesAndCode, .linkNeedsJournals,
            .panelOptionWithoutWaves("--effect"), .wavesExcludeOthers, .shareOutOfRange("--attrition"), .effectOutOfRange,
            .outputExtensionUnknown("r.docx", known: ["md", "json", "csv", "html", "htm", "txt"]), .personKeyNeedsParticipantCode,
        ]
    }()
}
