import Questionnaire
import Support

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
          export Q --data D --to F.csv   exporte les réponses (CSV, dictionnaire, syntaxe SPSS, script R)
          import Q F.csv --data D        importe des réponses recueillies ailleurs (formulaire web, LimeSurvey, Kobo)
          simulate FICHIER   génère des réponses SYNTHÉTIQUES (répétition de l'analyse, démonstrations, mesures)
          run FICHIER        fait passer le questionnaire, une question à la fois (run --resume : reprendre)
          link FICHIER --data DOSSIER    relie les sessions d'une même personne d'une vague à l'autre (code anonyme)
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
          export Q --data D --to F.csv   exports the responses (CSV, codebook, SPSS syntax, R script)
          import Q F.csv --data D        imports responses collected elsewhere (web form, LimeSurvey, Kobo)
          simulate FILE      generates SYNTHETIC answers (rehearsing the analysis, demos, benchmarks)
          run FILE           administers the questionnaire, one question at a time (run --resume: resume)
          link FILE --data DIR           links a person's sessions across waves (anonymous code)
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
                          [--output FICHIER] [--wave V] [--change AVANT:APRÈS] [--lang fr|en]

            Calcule le rapport d'évaluation à partir des réponses du dossier DOSSIER (journaux d'entretiens) :
            effectifs par groupe (les groupes de moins de N répondants ne sont ni comparés ni montrés), réponses à
            chaque question (moyenne, écart type, lecture par rapport au point neutre 4,5), comparaisons du plan
            d'analyse (lettres a/b/c après ANOVA et LSD de Fisher, « Différence Oui/Non », astérisques), MANOVA
            de chaque bloc, scores et alpha de Cronbach.
            --by remplace les comparaisons du plan ; --output écrit un fichier (créé en 0600), dont l'extension
            choisit le format (.md, .json, .csv, .html). Un bloc « retrospective » est analysé en paires
            (avant / maintenant de la même session : test t apparié, rangs signés de Wilcoxon, d_z).
            --wave V ne décrit que les sessions de la vague V.
            --change AVANT:APRÈS (ex. avant:apres) ajoute l'évaluation avant / après des mêmes personnes, reliées
            par leur code anonyme (voir octant link) : par item et par score, moyennes avant et après, changement
            moyen et son IC, test t apparié, rangs signés de Wilcoxon, d_z, part d'améliorés / inchangés / dégradés ;
            une comparaison au départ des personnes revues et perdues (biais d'attrition) ; pour chaque comparaison
            à deux groupes du plan, la différence des changements (test t de Welch, interaction groupe × temps).
            Le reste du rapport décrit alors la vague APRÈS (chaque personne une fois). --change lit les journaux :
            les codes participants ne sont jamais exportés en CSV.
            """, en: """
            octant report QUESTIONNAIRE --data DIR [--by VARIABLE]… [--posthoc lsd|tukey|bonferroni|holm|games-howell]
                          [--test student|welch|auto] [--minimum N] [--format terminal|markdown|json|csv|html]
                          [--output FILE] [--wave W] [--change BEFORE:AFTER] [--lang fr|en]

            Computes the evaluation report from the answers in DIR (interview journals): counts per group (groups
            under N respondents are neither compared nor shown), answers to each question (mean, SD, reading
            against the neutral point 4.5), the analysis plan's comparisons (letters a/b/c after ANOVA and Fisher's
            LSD, "Difference Yes/No", asterisks), each block's MANOVA, scores and Cronbach's alpha.
            --by replaces the plan's comparisons; --output writes a file (created 0600) whose extension chooses
            the format (.md, .json, .csv, .html). A "retrospective" block is analysed as pairs (before / now of
            the same session: paired t test, Wilcoxon signed-rank, d_z).
            --wave W describes only the sessions of wave W.
            --change BEFORE:AFTER (e.g. avant:apres) adds the before/after evaluation of the same people, linked by
            their anonymous code (see octant link): per item and score, means before and after, mean change and
            its CI, paired t test, Wilcoxon signed-rank, d_z, shares improved / unchanged / worsened; a baseline
            comparison of the people seen again and those lost (attrition bias); for each two-group comparison of
            the plan, the difference of the changes (Welch t test, group × time interaction). The rest of the
            report then describes the AFTER wave (each person once). --change reads the journals: participant
            codes are never exported to CSV.
            """)
        case "export":
            return l.pick(fr: """
            octant export QUESTIONNAIRE --data DOSSIER --to FICHIER.csv [--labels] [--separator ';'] [--decimal-comma]
                          [--bom] [--no-text] [--drop-codes] [--lang fr|en]

            Écrit un CSV large : une ligne par session, une colonne par variable nommée par son identifiant
            (aise.materiel), précédées de session, wave, status (complete/partial), device, started.
            Convention : les codes sont les valeurs (--labels écrit les libellés) ; une réponse hors échelle
            garde son code (nsp) ; toute autre valeur manquante (sans réponse, non posée, non atteinte,
            invalide) est une cellule vide. Un texte commençant par = + - @ est précédé de ' (formules).
            --separator ';' et --decimal-comma pour les tableurs français, --bom pour Excel.
            --no-text retire les réponses libres. Les codes participants ne sont jamais exportés
            (--drop-codes est donc toujours vrai). À côté : FICHIER.codebook.csv, FICHIER.sps (SPSS/PSPP,
            libellés et valeurs manquantes) et FICHIER.R (R de base, facteurs étiquetés). Fichiers en 0600.
            Plusieurs --data fusionnent les journaux de plusieurs ordinateurs.
            """, en: """
            octant export QUESTIONNAIRE --data DIR --to FILE.csv [--labels] [--separator ';'] [--decimal-comma]
                          [--bom] [--no-text] [--drop-codes] [--lang fr|en]

            Writes a wide CSV: one row per session, one column per variable named by its id
            (aise.materiel), after session, wave, status (complete/partial), device, started.
            Convention: codes are the values (--labels writes labels); an escape answer keeps its code
            (nsp); any other missing value (skipped, not asked, not reached, invalid) is an empty cell.
            A text starting with = + - @ gets a leading ' (formulas). --separator ';' and --decimal-comma
            for French spreadsheets, --bom for Excel. --no-text drops open answers. Participant codes are
            never exported (so --drop-codes always holds). Beside it: FILE.codebook.csv, FILE.sps
            (SPSS/PSPP, labels and missing values) and FILE.R (base R, labelled factors). Files are 0600.
            Several --data merge the journals of several computers.
            """)
        case "import":
            return l.pick(fr: """
            octant import QUESTIONNAIRE FICHIER.csv --data DOSSIER [--invalid refuse|missing] [--lang fr|en]

            Importe des réponses recueillies ailleurs (formulaire web, LimeSurvey, KoboToolbox), colonnes
            reconnues par leur nom ; séparateur , ; ou tabulation détecté, BOM accepté, virgule décimale
            acceptée, codes ou libellés. Chaque valeur est vérifiée (point hors échelle, code inconnu,
            texte dans un nombre, colonne inconnue ou en double) et signalée avec sa ligne et sa colonne.
            --invalid refuse (par défaut) refuse tout le fichier ; --invalid missing charge les cellules
            invalides comme manquantes « invalides », comptées dans les rapports. Les lignes sont écrites
            dans DOSSIER/journal-import-<empreinte>.jsonl ; réimporter le même fichier n'ajoute rien.
            """, en: """
            octant import QUESTIONNAIRE FILE.csv --data DIR [--invalid refuse|missing] [--lang fr|en]

            Imports responses collected elsewhere (web form, LimeSurvey, KoboToolbox), columns matched
            by name; , ; or tab separator detected, BOM tolerated, decimal comma accepted, codes or
            labels. Every value is checked (point out of scale, unknown code, text in a number, unknown
            or duplicated column) and reported with its line and column. --invalid refuse (default)
            refuses the whole file; --invalid missing loads invalid cells as "invalid" missing values,
            counted in reports. Rows are written to DIR/journal-import-<hash>.jsonl; importing the same
            file again adds nothing.
            """)
        case "simulate":
            return l.pick(fr: """
            octant simulate FICHIER --respondents N [--seed S] [--data DOSSIER | --to FICHIER.csv] [--targets CIBLES.csv] [--wave V]

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
            --to FICHIER.csv écrit, au lieu du journal, le CSV large (avec dictionnaire, syntaxe SPSS et script R)
            identique octet pour octet à « simulate --data D » suivi de « export --data D --to FICHIER.csv » ;
            la colonne device vaut « synthetic-S ». Sans --targets, les lignes sont écrites par lots : la mémoire
            reste bornée (un million de répondants pour des mesures). --to et --data s'excluent.
            --waves avant,apres [--effect E] [--attrition A] [--code-errors C] simule les mêmes N personnes à
            chaque vague (même code participant, mêmes réponses de profil) : les items Likert montent de E points
            par vague (0,5 par défaut ; les items inversés descendent), une part A des personnes est perdue à
            chaque vague (0,2), une part C des codes est mal tapée d'un élément (0,02), pour répéter octant link
            et octant report --change.
            """, en: """
            octant simulate FILE --respondents N [--seed S] [--data DIR | --to FILE.csv] [--targets TARGETS.csv] [--wave W]

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
            --to FILE.csv writes, instead of the journal, the wide CSV (with codebook, SPSS syntax and R script)
            byte for byte as "simulate --data D" then "export --data D --to FILE.csv" would; its device column
            is "synthetic-S". Without --targets rows are written in batches, so memory stays bounded (a million
            respondents for benchmarks). --to and --data exclude each other.
            --waves avant,apres [--effect E] [--attrition A] [--code-errors C] simulates the same N people at
            each wave (same participant code, same profile answers): Likert items rise by E points per wave
            (default 0.5; reverse-keyed items fall), a share A of the people is lost at each wave (0.2), a share
            C of the codes is mistyped in one element (0.02), to rehearse octant link and octant report --change.
            """)
        case "run":
            return runHelp(l)
        case "link":
            return l.pick(fr: """
            octant link QUESTIONNAIRE --data DOSSIER [--json] [--lang fr|en]

            Relie les sessions d'une même personne d'une vague à l'autre par son code participant anonyme
            (déclaré par « code » dans le questionnaire, demandé au début de chaque session). D'abord les codes
            identiques ; puis les codes qui ne diffèrent que d'un élément (faute de frappe, oubli), seulement si
            les réponses déclarées par « confirm: » (tranche d'âge, lieu…) sont données et identiques des deux
            côtés. Rien n'est deviné : plusieurs codes proches (ambigus) et un même code deux fois dans une vague
            (doublon) sont signalés avec les numéros de session, et laissés non reliés. Affiche par vague les
            sessions, les personnes reliées et non reliées : la perte de personnes change les conclusions.
            Les codes eux-mêmes ne sont jamais affichés. --json donne les mêmes comptes en JSON.
            """, en: """
            octant link QUESTIONNAIRE --data DIR [--json] [--lang fr|en]

            Links a person's sessions across waves by their anonymous participant code (declared by "code" in the
            questionnaire, asked at the start of each session). First identical codes; then codes one element
            apart (a typo, a forgotten element), only when the answers named by "confirm:" (age band, site…) are
            given and equal on both sides. Nothing is guessed: several close codes (ambiguous) and one code twice
            in a wave (duplicate) are reported with their session numbers and left unlinked. Shows per wave the
            sessions, the people linked and unlinked: losing people changes conclusions. The codes themselves are
            never shown. --json gives the same counts as JSON.
            """)
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
