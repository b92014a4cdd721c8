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
          report FICHIER --data DOSSIER
                             le rapport d'évaluation : échantillon, réponses, comparaisons de groupes, scores
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
          report FILE --data DIR
                             the evaluation report: sample, answers, group comparisons, scores
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
        case "report":
            return l.pick(fr: """
            octant report QUESTIONNAIRE --data DOSSIER [--by VARIABLE]… [--posthoc lsd|tukey|bonferroni|holm|games-howell]
                          [--test student|welch|auto] [--minimum N] [--format terminal|markdown|json|csv|html]
                          [--output FICHIER] [--lang fr|en]

            Calcule le rapport d'évaluation à partir des réponses du dossier DOSSIER (journaux d'entretiens) :
            effectifs par groupe (les groupes de moins de N répondants ne sont ni comparés ni montrés), réponses à
            chaque question (moyenne, écart type, lecture par rapport au point neutre 4,5), comparaisons du plan
            d'analyse (lettres a/b/c après ANOVA et LSD de Fisher, « Différence Oui/Non », astérisques), MANOVA
            de chaque bloc, scores et alpha de Cronbach.
            --by remplace les comparaisons du plan ; --output écrit un fichier (créé en 0600), dont l'extension
            choisit le format (.md, .json, .csv, .html).
            """, en: """
            octant report QUESTIONNAIRE --data DIR [--by VARIABLE]… [--posthoc lsd|tukey|bonferroni|holm|games-howell]
                          [--test student|welch|auto] [--minimum N] [--format terminal|markdown|json|csv|html]
                          [--output FILE] [--lang fr|en]

            Computes the evaluation report from the answers in DIR (interview journals): counts per group (groups
            under N respondents are neither compared nor shown), answers to each question (mean, SD, reading
            against the neutral point 4.5), the analysis plan's comparisons (letters a/b/c after ANOVA and Fisher's
            LSD, "Difference Yes/No", asterisks), each block's MANOVA, scores and Cronbach's alpha.
            --by replaces the plan's comparisons; --output writes a file (created 0600) whose extension chooses
            the format (.md, .json, .csv, .html).
            """)
        case "help":
            return general(l)
        default:
            return nil
        }
    }
}
