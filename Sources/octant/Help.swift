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
          run FICHIER        fait passer le questionnaire, une question à la fois (run --resume : reprendre)
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
          run FILE           administers the questionnaire, one question at a time (run --resume: resume)
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
        case "run":
            return runHelp(l)
        case "help":
            return general(l)
        default:
            return nil
        }
    }

    static func runHelp(_ l: Language) -> String {
        l.pick(fr: """
        octant run QUESTIONNAIRE [--data DOSSIER] [--wave VAGUE] [--mode interviewer|self] [--lang fr|en] [--plain] [--easy]
        octant run --resume [QUESTIONNAIRE…] [--data DOSSIER] [--plain] [--easy]

        Fait passer le questionnaire, une question à la fois. Chaque réponse est enregistrée sur le disque
        (journal de l'appareil dans DOSSIER, par défaut Responses/) avant que la question suivante s'affiche.
          --mode interviewer   l'enquêteur lit les questions et tape les réponses (par défaut) ; ses notes sont affichées
          --mode self          la personne répond seule ; les notes de l'enquêteur sont cachées
          --wave VAGUE         la vague de mesure (avant, apres…)
          --easy               textes faciles à lire et à comprendre (FALC)
          --plain              affichage ligne à ligne, sans redessiner l'écran (conseillé avec un lecteur d'écran) ;
                               automatique quand l'entrée ou la sortie n'est pas un terminal
          --resume             liste les entretiens non terminés et reprend celui choisi à la première question sans réponse
                               (le questionnaire est cherché dans Questionnaires/ du dossier courant)

        Touches : 1 à 8 répondre · la lettre indiquée : « Je ne sais pas », « Non concerné »… · Entrée : passer une
        question facultative (ou garder la réponse déjà donnée) · p ou ← : revenir en arrière · r : répéter ·
        ? : aide · q : pause (l'entretien pourra être repris) · Ctrl-C : quitter (code 130, les réponses restent).
        Code de sortie : 0 terminé ou en pause, 1 erreur du journal ou fin de l'entrée, 2 commande mal écrite.
        """, en: """
        octant run QUESTIONNAIRE [--data FOLDER] [--wave WAVE] [--mode interviewer|self] [--lang fr|en] [--plain] [--easy]
        octant run --resume [QUESTIONNAIRE…] [--data FOLDER] [--plain] [--easy]

        Administers the questionnaire, one question at a time. Each answer is saved on disk (the device's journal in
        FOLDER, Responses/ by default) before the next question appears.
          --mode interviewer   the interviewer reads the questions and types the answers (default); notes are shown
          --mode self          the respondent answers alone; the interviewer's notes are hidden
          --wave WAVE          the measurement wave (avant, apres…)
          --easy               easy-to-read texts (FALC)
          --plain              line by line, no screen redraw (recommended with a screen reader);
                               automatic when input or output is not a terminal
          --resume             lists unfinished interviews and resumes the chosen one at its first unanswered question
                               (the questionnaire is looked for in Questionnaires/ of the current folder)

        Keys: 1 to 8 answer · the letter shown: "I don't know", "Not applicable"… · Enter: skip an optional question
        (or keep the answer already given) · p or ←: go back · r: repeat · ?: help · q: pause (the interview can be
        resumed) · Ctrl-C: quit (status 130, the answers stay saved).
        Exit status: 0 finished or paused, 1 journal error or end of input, 2 usage error.
        """)
    }
}
