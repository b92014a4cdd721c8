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
          simulate FICHIER   génère des réponses SYNTHÉTIQUES (répétition de l'analyse, démonstrations, mesures)
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
          simulate FILE      generates SYNTHETIC answers (rehearsing the analysis, demos, benchmarks)
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
        case "simulate":
            return l.pick(fr: """
            octant simulate FICHIER --respondents N [--seed S] [--data DOSSIER] [--targets CIBLES.csv] [--wave V]

            Génère N sessions SYNTHÉTIQUES, toutes terminées, dans le journal DOSSIER/journal-synthetic-S.jsonl
            (par défaut DOSSIER = Responses/) : l'appareil « synthetic-S » marque ces données comme simulées.
            Les conditions sont respectées (une question masquée n'est pas posée), les questions obligatoires
            toujours répondues, les bornes, min/max et options exclusives respectées ; quelques réponses
            facultatives sont passées et des réponses « hors échelle » apparaissent où la question les permet.
            Échelles : effet aléatoire par groupe du plan d'analyse, trait latent par bloc (items corrélés),
            blocs rétrospectifs « avant » plus bas que « maintenant » en moyenne. Même graine, même journal.
            --targets suit les chiffres publiés d'un rapport (voir Questionnaires/data/README.md) : effectifs
            des groupes, moyennes par groupe à ±0,05 (vérifiées à la fin ; chaque cible manquée est signalée).
            --wave enregistre la vague dans chaque session.
            """, en: """
            octant simulate FILE --respondents N [--seed S] [--data DIR] [--targets TARGETS.csv] [--wave W]

            Generates N SYNTHETIC sessions, all completed, in the journal DIR/journal-synthetic-S.jsonl
            (default DIR = Responses/): the device "synthetic-S" marks the data as simulated.
            Conditions are respected (a hidden question is not asked), required questions always answered,
            ranges, min/max and exclusive options respected; a few optional answers are skipped and escape
            answers appear where the question allows them. Scales: a random effect per group of the analysis
            plan, a latent trait per block (correlated items), retrospective "before" lower than "now" on
            average. Same seed, same journal.
            --targets follows a report's published numbers (see Questionnaires/data/README.md): group sizes,
            group means within ±0.05 (checked at the end; every missed target is reported).
            --wave records the wave in every session.
            """)
        case "help":
            return general(l)
        default:
            return nil
        }
    }
}
