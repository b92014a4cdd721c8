import Support

extension HelpText {
    /// What a command does, beyond its options: the prose of its help page.
    static func details(of command: CommandName) -> Localized {
        switch command {
        case .check:
            return Localized(fr: """
                Vérifie chaque questionnaire et affiche tous ses problèmes sous la forme
                fichier:ligne:colonne: erreur|avertissement: message, avec la ligne, un repère ^ et un conseil.
                Code de sortie : 0 sans erreur (avertissements permis), 1 s'il y a des erreurs, 2 si la commande est mal écrite.
                """, en: """
                Checks each questionnaire and prints all its problems as
                file:line:column: error|warning: message, with the line, a caret ^ and a hint.
                Exit status: 0 with no error (warnings allowed), 1 on errors, 2 on a usage error.
                """)
        case .show:
            return Localized(fr: """
                Affiche le questionnaire dans l'ordre où il sera posé (sections, questions, items, échelles, conditions),
                puis son dictionnaire des variables : chaque colonne de données, son libellé, ses valeurs et ses codes
                manquants. --lang en affiche les textes traduits en anglais.
                """, en: """
                Shows the questionnaire in the order it will be asked (sections, questions, items, scales, conditions),
                then its codebook: every data column, its label, its values and missing codes. --lang en shows the
                English translations of the texts.
                """)
        case .report:
            return Localized(fr: """
                Calcule le rapport d'évaluation : effectifs par groupe, réponses à chaque question (moyenne, écart type,
                lecture par rapport au point neutre, le milieu de l'échelle d'accord déclarée par le questionnaire :
                4,5 sur les 8 points des questionnaires fournis), comparaisons du plan d'analyse (lettres a/b/c après
                ANOVA et LSD de Fisher, « Différence Oui/Non », astérisques), MANOVA de chaque bloc, scores et alpha de
                Cronbach. Un bloc « retrospective » est analysé en paires (avant / maintenant de la même session : test t
                apparié, rangs signés de Wilcoxon, d_z).
                Avec --change, par item et par score : moyennes avant et après, changement moyen et son IC, test t
                apparié, rangs signés de Wilcoxon, d_z, part d'améliorés / inchangés / dégradés ; une comparaison au
                départ des personnes revues et perdues (biais d'attrition) ; pour chaque comparaison à deux groupes du
                plan, la différence des changements (test t de Welch, interaction groupe × temps). Le reste du rapport
                décrit alors la vague APRÈS (chaque personne une fois). Les personnes sont reliées par leur code anonyme
                (voir octant link) : --change lit les journaux, les codes participants ne sont jamais exportés en CSV.
                """, en: """
                Computes the evaluation report: counts per group, answers to each question (mean, SD, reading against
                the neutral point, the middle of the agreement scale the questionnaire declares: 4.5 on the 8 points of
                the bundled questionnaires), the analysis plan's comparisons (letters a/b/c after ANOVA and Fisher's
                LSD, "Difference Yes/No", asterisks), each block's MANOVA, scores and Cronbach's alpha. A
                "retrospective" block is analysed as pairs (before / now of the same session: paired t test, Wilcoxon
                signed-rank, d_z).
                With --change, per item and score: means before and after, mean change and its CI, paired t test,
                Wilcoxon signed-rank, d_z, shares improved / unchanged / worsened; a baseline comparison of the people
                seen again and those lost (attrition bias); for each two-group comparison of the plan, the difference
                of the changes (Welch t test, group × time interaction). The rest of the report then describes the
                AFTER wave (each person once). People are linked by their anonymous code (see octant link): --change
                reads the journals, participant codes are never exported to CSV.
                """)
        case .link:
            return Localized(fr: """
                Relie les sessions d'une même personne d'une vague à l'autre par son code participant anonyme (déclaré
                par « code » dans le questionnaire, demandé au début de chaque session). D'abord les codes identiques ;
                puis les codes qui ne diffèrent que d'un élément (faute de frappe, oubli), seulement si les réponses
                déclarées par « confirm: » (tranche d'âge, lieu…) sont données et identiques des deux côtés. Rien n'est
                deviné : plusieurs codes proches (ambigus) et un même code deux fois dans une vague (doublon) sont
                signalés avec les numéros de session, et laissés non reliés. Affiche par vague les sessions, les
                personnes reliées et non reliées : la perte de personnes change les conclusions. Les codes eux-mêmes ne
                sont jamais affichés.
                """, en: """
                Links a person's sessions across waves by their anonymous participant code (declared by "code" in the
                questionnaire, asked at the start of each session). First identical codes; then codes one element apart
                (a typo, a forgotten element), only when the answers named by "confirm:" (age band, site…) are given
                and equal on both sides. Nothing is guessed: several close codes (ambiguous) and one code twice in a
                wave (duplicate) are reported with their session numbers and left unlinked. Shows per wave the
                sessions, the people linked and unlinked: losing people changes conclusions. The codes themselves are
                never shown.
                """)
        case .export:
            return Localized(fr: """
                Écrit un CSV large : une ligne par session, une colonne par variable nommée par son identifiant
                (aise.materiel), précédées de session, wave, status (complete/partial), device, started.
                Convention : les codes sont les valeurs ; une réponse hors échelle garde son code (nsp) ; toute autre
                valeur manquante (sans réponse, non posée, non atteinte, invalide) est une cellule vide. Un texte
                commençant par = + - @ est précédé de ' (formules). Avec --numeric-codes : options et réponses hors
                échelle en nombres (value N de l'option, sinon son rang ; code manquant de la réponse hors échelle,
                le même dans toutes les variables : value N, sinon -1, -2… dans l'ordre des déclarations).
                CSV : français (« ; », virgule décimale, BOM) quand le questionnaire ou --lang est en français,
                international (« , », point) sinon ; --csv choisit, la commande dit lequel elle a écrit.
                Clé de personne (--person-key, questionnaire avec code participant) : la colonne person_key vaut
                HMAC-SHA-256(secret, code) en hexadécimal, la même à chaque vague, vide sans code. Le secret
                (32 octets aléatoires) est créé une fois dans DOSSIER/link-secret (0600), jamais exporté : sans lui
                on ne peut ni retrouver un code ni tester un code deviné. Les codes participants ne sont jamais exportés.
                À côté du CSV : le dictionnaire (avec les nombres de chaque code), la syntaxe SPSS/PSPP (libellés,
                valeurs manquantes) et un script R de base : items Likert en facteurs ordonnés, réponses hors échelle
                en NA avec le facteur <variable>_escape qui dit laquelle.
                """, en: """
                Writes a wide CSV: one row per session, one column per variable named by its id (aise.materiel),
                after session, wave, status (complete/partial), device, started.
                Convention: codes are the values; an escape answer keeps its code (nsp); any other missing value
                (skipped, not asked, not reached, invalid) is an empty cell. A text starting with = + - @ gets a leading
                ' (formulas). With --numeric-codes: options and escape answers as numbers (the option's value N, else
                its rank; the escape answer's missing code, the same in every variable: value N, else -1, -2... in
                declaration order).
                CSV: French (';', decimal comma, BOM) when the questionnaire or --lang is French, international (',',
                decimal point) otherwise; --csv chooses, and the command says which one it wrote.
                Person key (--person-key, questionnaire with a participant code): the person_key column holds
                HMAC-SHA-256(secret, code) in hex, the same at every wave, empty without a code. The secret (32 random
                bytes) is created once in DIR/link-secret (0600) and never exported: without it nobody can recover a
                code or test a guessed one. Participant codes are never exported.
                Beside the CSV: the codebook (with each code's number), SPSS/PSPP syntax (labels, missing values) and a
                base R script: Likert items as ordered factors, escape answers as NA with a <variable>_escape factor
                saying which one.
                """)
        case .import:
            return Localized(fr: """
                Importe des réponses recueillies ailleurs (formulaire web, LimeSurvey, KoboToolbox), colonnes reconnues
                par leur nom ; séparateur , ; ou tabulation détecté, BOM accepté, virgule décimale acceptée, codes ou
                libellés. Chaque valeur est vérifiée (point hors échelle, code inconnu, texte dans un nombre, colonne
                inconnue ou en double) et signalée avec sa ligne et sa colonne. Réimporter le même fichier n'ajoute rien.
                """, en: """
                Imports responses collected elsewhere (web form, LimeSurvey, KoboToolbox), columns matched by name;
                , ; or tab separator detected, BOM tolerated, decimal comma accepted, codes or labels. Every value is
                checked (point out of scale, unknown code, text in a number, unknown or duplicated column) and reported
                with its line and column. Importing the same file again adds nothing.
                """)
        case .verify:
            return Localized(fr: """
                Vérifie chaque journal du dossier (format 2 .ojl et format 1 .jsonl), ligne par ligne, sans jamais
                s'arrêter au premier problème ni rien modifier. Chaque endroit abîmé est donné sous la forme
                fichier:ligne : lignes manquantes, ligne modifiée (somme de contrôle), en double ou déplacée, illisible,
                dernière ligne incomplète, fichier copié à moitié ; avec les sessions touchées, par leur code de session
                (jamais le code participant). Puis ce qui est récupérable : les sessions intactes, et pour les autres les
                réponses enregistrées avant le dommage. « n° » est le numéro écrit en tête de chaque ligne : il suit sa
                position dans le fichier tant qu'aucune ligne ne manque.
                Code de sortie : 0 tout est intact (une dernière ligne incomplète, que le journal met de côté à sa
                prochaine ouverture, n'est qu'un avertissement), 1 un journal est endommagé, 2 commande mal écrite.
                """, en: """
                Checks each journal of the folder (format 2 .ojl and format 1 .jsonl), line by line, never stopping at
                the first problem and changing nothing. Each damaged place is given as file:line: missing lines, an
                altered line (checksum), a duplicated or moved line, an unreadable line, an incomplete last line, a
                half-copied file; with the sessions it touches, by their session code (never the participant code).
                Then what can be salvaged: the intact sessions, and for the others the answers recorded before the
                damage. "Number" is the one written at the start of each line: it follows the line's place in the
                file as long as no line is missing.
                Exit status: 0 all intact (an incomplete last line, which the journal sets aside when next opened, is
                only a warning), 1 a journal is damaged, 2 usage error.
                """)
        case .simulate:
            return Localized(fr: """
                Génère des sessions SYNTHÉTIQUES, toutes terminées ; l'appareil « synthetic-S » (S : la graine) les
                marque comme simulées. Les conditions sont respectées (une question masquée n'est pas posée), les
                questions obligatoires toujours répondues, les bornes, min/max et options exclusives respectées ;
                quelques réponses facultatives sont passées et des réponses « hors échelle » apparaissent où la question
                les permet. Échelles : effet aléatoire par groupe du plan d'analyse, trait latent par bloc (items
                corrélés), blocs rétrospectifs « avant » plus bas que « maintenant » en moyenne. Avec --targets, chaque
                cible manquée est signalée à la fin. Avec --to sans --targets, les lignes sont écrites par lots : la
                mémoire reste bornée (un million de répondants pour des mesures).
                """, en: """
                Generates SYNTHETIC sessions, all completed; the device "synthetic-S" (S: the seed) marks them as
                simulated. Conditions are respected (a hidden question is not asked), required questions always
                answered, ranges, min/max and exclusive options respected; a few optional answers are skipped and
                escape answers appear where the question allows them. Scales: a random effect per group of the analysis
                plan, a latent trait per block (correlated items), retrospective "before" lower than "now" on average.
                With --targets, every missed target is reported at the end. With --to and no --targets, rows are
                written in batches, so memory stays bounded (a million respondents for benchmarks).
                """)
        case .run:
            return Localized(fr: """
                Fait passer le questionnaire, une question à la fois. Chaque réponse est enregistrée sur le disque
                (journal de l'appareil) avant que la question suivante s'affiche. Si le questionnaire déclare des
                vagues, la vague est demandée d'abord (ou donnée par --wave) ; le code participant est relu élément par
                élément et confirmé (o) avant la première question.
                Touches : un chiffre de l'échelle ou d'une option : répondre (une seule touche jusqu'à 9 ; une Entrée
                tapée juste après est ignorée) · un nombre, un texte ou un numéro de plus de 9 options, puis Entrée ·
                la lettre indiquée : « Je ne sais pas », « Non concerné »… · s : sauter une question facultative (la
                seule façon de sauter) · Entrée : valider ce qui est tapé ou garder la réponse déjà donnée ; seule,
                elle n'enregistre rien · p ou ← : revenir en arrière (la réponse enregistrée est marquée « > ») ·
                r : répéter · ? : aide · q : pause · ↑ ↓ : autres réponses quand la liste dépasse l'écran · Ctrl-C :
                quitter (code 130, les réponses restent). Là où la réponse se tape, une lettre de commande se tape
                aussi, puis Entrée.
                La pause affiche la commande exacte de reprise (octant run --resume … --session CODE) ; l'entretien
                reprend avec sa langue, son mode, ses textes faciles à lire et sa vague.
                Code de sortie : 0 terminé ou en pause, 1 erreur du journal ou fin de l'entrée, 2 commande mal écrite.
                """, en: """
                Administers the questionnaire, one question at a time. Each answer is saved on disk (the device's
                journal) before the next question appears. When the questionnaire declares waves, the wave is asked
                first (or given with --wave); the participant code is read back element by element and confirmed (y)
                before the first question.
                Keys: a digit of the scale or of an option: answer (one key up to 9; an Enter typed right after is
                ignored) · a number, a text or the number of one of more than 9 options, then Enter · the letter shown:
                "I don't know", "Not applicable"… · s: skip an optional question (the only way to skip) · Enter:
                confirm what is typed or keep the answer already given; alone it records nothing · p or ←: go back (the
                saved answer is marked ">") · r: repeat · ?: help · q: pause · ↑ ↓: more answers when the list does
                not fit the screen · Ctrl-C: quit (status 130, the answers stay saved). Where the answer is typed, a
                command letter is typed too, then Enter.
                The pause shows the exact command to resume (octant run --resume … --session CODE); the interview comes
                back with its language, mode, easy-to-read texts and wave.
                Exit status: 0 finished or paused, 1 journal error or end of input, 2 usage error.
                """)
        case .help:
            return Localized(fr: "Sans commande, l'aide générale ; avec une commande, son aide, comme octant COMMANDE --help.",
                             en: "Without a command, the general help; with one, its help, as octant COMMAND --help.")
        case .version:
            return Localized(fr: "Affiche « octant » et son numéro de version, à joindre à tout signalement de problème.",
                             en: "Prints \"octant\" and its version number, to quote in any problem report.")
        case .plan:
            return Localized(
                fr: """
                Prépare une évaluation, avant de recueillir les réponses, comme power.t.test et pwr de R (test bilatéral).
                before-after : le nombre de personnes à mesurer deux fois pour voir un changement --delta Δ quand l'écart-type
                du changement est --sd σ (ou directement --dz Δ/σ), au seuil --alpha (0,05) avec la puissance --power (0,80) ;
                --attrition A (part perdue entre les vagues) divise ce nombre par 1 − A, arrondi au-dessus : le nombre à
                inclure au départ.
                groups : avec les effectifs --sizes 30,25,40, la plus petite différence que l'on peut détecter entre les deux
                plus petits groupes (en écarts-types, en points avec --sd) et, pour les k groupes ensemble, le f de Cohen
                détectable par l'ANOVA (F non central). Avec les effectifs actuels : octant plan groups QUESTIONNAIRE
                --data DOSSIER --by VARIABLE compte les groupes comme le rapport les compare (ceux de moins que le
                minimum du plan, et ceux qu'il faut cacher pour ne pas les trahir, ne sont ni comptés ni montrés).
                """,
                en: """
                Prepares an evaluation, before collecting answers, as R's power.t.test and pwr (two-sided test).
                before-after: how many people to measure twice to see a change --delta Δ when the standard deviation of the
                change is --sd σ (or directly --dz Δ/σ), at level --alpha (0.05) with power --power (0.80); --attrition A
                (share lost between the waves) divides that number by 1 − A, rounded up: the number to enrol at baseline.
                groups: with the group sizes --sizes 30,25,40, the smallest difference detectable between the two smallest
                groups (in standard deviations, in points with --sd) and, for the k groups together, the Cohen's f the
                ANOVA detects (noncentral F). With the current sizes: octant plan groups QUESTIONNAIRE --data FOLDER
                --by VARIABLE counts the groups as the report compares them (those under the plan's minimum, and those
                hidden so as not to give them away, are neither counted nor shown).
                """)
        }
    }
}
