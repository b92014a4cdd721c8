import Questionnaire

/// The help texts, French and English side by side.
enum Help {
    static func general(_ l: Language) -> String {
        l.pick(fr: """
        octant — questionnaires d'évaluation d'impact : écrire, passer, analyser

        Utilisation : octant COMMANDE [OPTIONS] [FICHIERS…]

        Commandes :
          check FICHIER…     vérifie des questionnaires (.survey) et signale chaque problème
          show FICHIER       affiche le questionnaire tel qu'il sera posé, et son dictionnaire des variables
          help [COMMANDE]    affiche cette aide, ou celle d'une commande

        Options communes :
          --lang fr|en       langue des messages (par défaut celle du questionnaire)
          --help, -h         aide

        Exemples :
          octant check Questionnaires/*.survey
          octant show Questionnaires/esc-usagers.survey
        """, en: """
        octant — impact-evaluation questionnaires: write, administer, analyse

        Usage: octant COMMAND [OPTIONS] [FILES…]

        Commands:
          check FILE…        checks questionnaires (.survey) and reports every problem
          show FILE          shows the questionnaire as it will be asked, and its codebook
          help [COMMAND]     shows this help, or a command's

        Common options:
          --lang fr|en       language of messages (default: the questionnaire's)
          --help, -h         help

        Examples:
          octant check Questionnaires/*.survey
          octant show Questionnaires/esc-usagers.survey
        """)
    }

    static func command(_ name: String, _ l: Language) -> String? {
        switch name {
        case "check":
            return l.pick(fr: """
            octant check FICHIER… [--quiet] [--lang fr|en]

            Vérifie chaque questionnaire et affiche tous ses problèmes sous la forme
            fichier:ligne:colonne: erreur|avertissement: message, avec la ligne, un repère ^ et un conseil.
            Code de sortie : 0 sans erreur (avertissements permis), 1 s'il y a des erreurs, 2 si la commande est mal écrite.
            """, en: """
            octant check FILE… [--quiet] [--lang fr|en]

            Checks each questionnaire and prints all its problems as
            file:line:column: error|warning: message, with the line, a caret ^ and a hint.
            Exit status: 0 with no error (warnings allowed), 1 on errors, 2 on a usage error.
            """)
        case "show":
            return l.pick(fr: """
            octant show FICHIER [--codebook] [--lang fr|en]

            Affiche le questionnaire dans l'ordre où il sera posé (sections, questions, items, échelles,
            conditions), puis son dictionnaire des variables : chaque colonne de données, son libellé,
            ses valeurs et ses codes manquants. --codebook n'affiche que le dictionnaire.
            --lang en affiche les textes traduits en anglais.
            """, en: """
            octant show FILE [--codebook] [--lang fr|en]

            Shows the questionnaire in the order it will be asked (sections, questions, items, scales,
            conditions), then its codebook: every data column, its label, its values and missing codes.
            --codebook shows only the codebook. --lang en shows the English translations of the texts.
            """)
        case "help":
            return general(l)
        default:
            return nil
        }
    }
}
