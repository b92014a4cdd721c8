import Support

/// The help's own words: headings, examples and each command's description (in `HelpText+Details.swift`). Options
/// are described in the command tables, where they are declared.
enum HelpText: MessageCatalogue, Hashable {
    case usageHeading, generalUsage
    case commandsHeading, optionsHeading, commonOptionsHeading
    case examplesHeading, examples
    case details(CommandName)

    var localized: Localized {
        switch self {
        case .usageHeading: return Localized(fr: "Utilisation :", en: "Usage:")
        case .generalUsage: return Localized(fr: "octant COMMANDE [OPTIONS] [FICHIERS…]", en: "octant COMMAND [OPTIONS] [FILES…]")
        case .commandsHeading: return Localized(fr: "Commandes :", en: "Commands:")
        case .optionsHeading: return Localized(fr: "Options :", en: "Options:")
        case .commonOptionsHeading: return Localized(fr: "Options communes :", en: "Common options:")
        case .examplesHeading: return Localized(fr: "Exemples :", en: "Examples:")
        case .examples:
            return Localized(fr: """
                  octant check Questionnaires/*.survey
                  octant show Questionnaires/esc-usagers.survey
                  octant help report        l'aide d'une commande, comme octant report --help
                """, en: """
                  octant check Questionnaires/*.survey
                  octant show Questionnaires/esc-usagers.survey
                  octant help report        a command's help, as octant report --help
                """)
        case .details(let command): return Self.details(of: command)
        }
    }

    static let samples: [HelpText] = [.usageHeading, .generalUsage, .commandsHeading, .optionsHeading, .commonOptionsHeading,
                                      .examplesHeading, .examples] + CommandName.allCases.map(HelpText.details)
}
