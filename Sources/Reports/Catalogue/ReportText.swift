import Analysis
import Questionnaire
import Statistics
import Support

/// Every sentence, heading and label a report shows, French and English side by side. Numbers inside messages are
/// formatted here, for each language, by `NumberStyle`.
enum ReportText: MessageCatalogue {
    // Opening
    case syntheticBanner
    case waveScope(wave: String, label: String?)
    case surveyIntro(id: String, version: String, respondents: Int)
    case scaleReading(Report.ScaleInfo)
    // Sample
    case sampleHeading
    case groupHeader
    case notComparedTooSmall(minimum: Int)
    case notComparedOutsidePlan
    case hidden
    case noAnswer
    case otherHiddenGroupsAndNoAnswer
    case tooFewForStatistics(groups: [String], minimum: Int)
    case countHiddenAgainstSubtraction
    case provenanceHeading
    case keyFindingsHeading
    case finding(significant: Bool, item: String, block: String?, grouping: String, higher: String, higherMean: String,
                 lower: String, lowerMean: String, p: String, effect: String?)
    case effectSize(name: String, value: String, magnitude: Int)
    case noDifferenceInTables
    case moreDifferences(Int)
    case differencesAgainstChance(differences: Int, tests: Int, expected: Double)
    case changeFinding(significant: Bool, item: String, block: String?, from: String, to: String, before: String, after: String,
                       change: String, interval: String, pairs: Int, p: String, effect: String?, reversed: Bool)
    case moreChanges(Int)
    case noChangeInTables
    case attritionFinding(compared: Int, differing: Int)
    case cautionNoBeforeAfter
    case cautionBeforeAfter(linked: Int, firstWave: Int, percent: String)
    case multiplicity(Report.Multiplicity, tendential: Double)
    case equalVariancesHeader
    case rankTestHeader, rankTestNote
    case cliffDeltaHeader
    case cliffDeltaNote(first: String, second: String, level: Double)
    case dunnPairs([(item: String, pairs: [String])], significant: Double)
    case equalVariancesNote(significant: Double)
    case provenanceProducer(String, date: String?)
    case provenanceQuestionnaire(id: String, version: String, sha256: String)
    case provenanceData(sessions: Int, fingerprint: String?)
    case provenanceOptions(String)
    case notComparedProtectsSmallerGroup
    // Answers
    case answersHeading
    case numberSummary(label: String, mean: Double?, standardDeviation: Double?, median: Double?, count: Int, unit: String?)
    case numberWithoutAnswer(label: String)
    case openAnswers(label: String, count: Int)
    case itemHeader, meanHeader, standardDeviationHeader, readingHeader, answerHeader
    case percentLowSide(agreement: Bool)
    case percentHighSide(agreement: Bool)
    case position(Report.Position, agreement: Bool)
    case notSignificantMark
    case notSignificantlyFromMidpoint(midpoint: Double)
    case outsideTheScale(counts: String)
    case percentOfRespondents(answered: Int, withEscapes: Bool)
    case hiddenCountMark
    case smallCountHidden(minimum: Int)
    case severalAnswers(respondents: Int)
    // Comparisons
    case comparisonsHeading
    case byGrouping(label: String)
    case differenceHeader
    case cohensDHeader, etaSquaredHeader, dzHeader
    case etaSquaredNote(level: Double)
    case cohensDNote(first: String, second: String, level: Double)
    case differenceMark(SignificanceClass)
    case manovaLine(wilks: Double?, numeratorDF: Double?, denominatorDF: Double?, f: Double?, wilksP: Double?, pillai: Double?, pillaiP: Double?, count: Int)
    case method(Report.ComparisonMethod, significant: Double, tendential: Double, minimum: Int)
    case groupCodes(String)
    case groupsNotCompared([String])
    case meanHiddenTooFewAnswers(minimum: Int)
    case labelled(label: String, text: String)
    case note(ReportNote)
    case scoresLabel
    // Scores
    case scoresHeading, scoreHeader, itemsHeader, standardizedAlphaHeader, itemRestHeader, alphaIfDeletedHeader
    case scoresMethod(level: Double)
    case alphaHeader, pairwiseAlphaHeader
    // Before/after
    case retrospectiveHeading, retrospectiveIntro
    case then, now, before, after
    case changeHeader
    /// A confidence interval; the French comma is the decimal mark, so its bounds are separated by a semicolon.
    case interval(lower: Double, upper: Double, decimals: Int = 2)
    case confidenceIntervalHeader(level: Double)
    case signedRankHeader
    case sharesHeader
    case changeExplanation(before: String, after: String)
    case pairedSignificance(significant: Double, tendential: Double)
    case pairedMethod(level: Double)
    case retrospectiveMethod(then: String, now: String, level: Double)
    case pairValueHidden(minimum: Int)
    case changeHeading(from: String, to: String)
    case samePeopleHeading
    case linking(sessions: String, pairs: Int, seenInTwoWaves: Int?, exact: Int, near: Int, unconfirmed: Int, ambiguous: Int,
                 ambiguousSessions: Int, duplicates: Int, duplicateSessions: Int, withoutCode: Int, malformed: Int, outsideWaves: Int)
    case attritionHeading
    case variableHeader, seenAgainCountHeader, seenAgainMeanHeader, lostCountHeader, lostMeanHeader, welchPHeader
    case attritionExplanation(from: String)
    case answersMeanHidden(minimum: Int)
    case atBaseline(from: String)
    case higherAmongSeenAgain, lowerAmongSeenAgain, noDifference, trendMark
    case differenceInDifferencesHeading(label: String)
    case noComparisonWithoutTwoGroups(minimum: Int)
    case beforeAfterOf(group: String)
    case changeOf(group: String)
    case differenceExplanation(a: String, b: String, countA: String, countB: String)
    case differenceMethod
    case groupPairValuesHidden(minimum: Int)
    case changesCompared(a: String, b: String)
    case largerChange(group: String)
    // Charts
    case chartNotShownTooFewPairs, chartIncrease, chartDecrease, chartNotShown, chartNoChange, chartNoAnswer
    case chartUp(Double), chartDown(Double)
    case dumbbellDescription(lower: Double, upper: Double, midpoint: Double, before: String, after: String)
    case side(low: Bool, agreement: Bool)
    case percentOfAnswers
    case chartPercent(Int)
    case likertSides(low: String, lowShare: String, high: String, highShare: String)
    case likertLayout(points: Int)
    case likertIntro(points: Int, low: String, high: String)
    case midpointTick(Double)
    case meanAxis(lower: Double, upper: Double)
    case confidenceInterval
    case meanNotShown
    case intervalInline(low: Double, high: Double)
    case meansDescription(lower: Double, upper: Double, midpoint: Double)
    // Media
    case contents
    case continued

    var localized: Localized {
        let (fr, en) = (NumberStyle(.fr), NumberStyle(.en))
        switch self {
        case .syntheticBanner:
            return Localized(fr: "DONNÉES SYNTHÉTIQUES — générées pour la démonstration, ce ne sont pas des réponses réelles.",
                             en: "SYNTHETIC DATA — generated for demonstration, these are not real answers.")
        case .waveScope(let wave, let label):
            let shown = label.map { " (\($0))" } ?? ""
            return Localized(fr: "Vague « \(wave) »\(shown) : l'échantillon, les réponses, les comparaisons et les scores portent sur les sessions de cette vague.",
                             en: "Wave \"\(wave)\"\(shown): the sample, answers, comparisons and scores cover the sessions of this wave.")
        case .surveyIntro(let id, let version, let respondents):
            return .plural(respondents,
                           fr: ("Questionnaire « \(id) », version \(version). \(fr.count(respondents)) répondant.", "Questionnaire « \(id) », version \(version). \(fr.count(respondents)) répondants."),
                           en: ("Questionnaire \"\(id)\", version \(version). \(en.count(respondents)) respondent.", "Questionnaire \"\(id)\", version \(version). \(en.count(respondents)) respondents."))
        case .scaleReading(let scale):
            return Self.scaleReading(scale, fr, en)
        case .sampleHeading: return Localized(fr: "Échantillon", en: "Sample")
        case .groupHeader: return Localized(fr: "Groupe", en: "Group")
        case .notComparedTooSmall(let minimum):
            return Localized(fr: "non comparé (moins de \(minimum))", en: "not compared (fewer than \(minimum))")
        case .notComparedOutsidePlan: return Localized(fr: "non comparé (hors du plan)", en: "not compared (outside the plan)")
        case .hidden: return Localized(fr: "masqué", en: "hidden")
        case .noAnswer: return Localized(fr: "Sans réponse", en: "No answer")
        case .otherHiddenGroupsAndNoAnswer: return Localized(fr: "Autres groupes masqués et sans réponse", en: "Other hidden groups and no answer")
        case .tooFewForStatistics(let groups, let minimum):
            let list = groups.joined(separator: ", ")
            return Localized(fr: "\(list) : trop peu de répondants (moins de \(minimum)) pour un traitement statistique ; ces groupes ne sont ni comparés ni détaillés.",
                             en: "\(list): too few respondents (fewer than \(minimum)) for statistics; these groups are neither compared nor detailed.")
        case .countHiddenAgainstSubtraction:
            return Localized(fr: "Un effectif est masqué pour que celui d'un petit groupe ne puisse pas être retrouvé par soustraction ; ce groupe n'est pas comparé non plus, car toute statistique calculée sur lui (intervalle, degrés de liberté, N) en trahirait l'effectif.",
                             en: "One count is hidden so that a small group's cannot be recovered by subtraction; that group is not compared either, since any statistic computed on it (interval, degrees of freedom, N) would give its size away.")
        case .provenanceHeading: return Localized(fr: "Provenance", en: "Provenance")
        case .keyFindingsHeading: return Localized(fr: "Ce qu'il faut retenir", en: "Key findings")
        case .finding(let significant, let item, let block, let grouping, let higher, let higherMean, let lower, let lowerMean, let p, let effect):
            let kind = significant ? Localized(fr: "différence significative", en: "significant difference")
                : Localized(fr: "différence tendancielle", en: "tendential difference")
            let place = block.map { Localized(fr: "« \(item) » (\($0))", en: "“\(item)” (\($0))") } ?? Localized(fr: "« \(item) »", en: "“\(item)”")
            let size = effect.map { Localized(fr: " ; \($0)", en: "; \($0)") } ?? Localized(invariant: "")
            return Localized(fr: "\(place.fr), selon « \(grouping) » : \(higher) (\(higherMean)) au-dessus de \(lower) (\(lowerMean)) ; \(kind.fr) (\(p)\(size.fr)).",
                             en: "\(place.en), by “\(grouping)”: \(higher) (\(higherMean)) above \(lower) (\(lowerMean)); \(kind.en) (\(p)\(size.en)).")
        case .effectSize(let name, let value, let magnitude):
            let words = [Localized(fr: "effet négligeable", en: "negligible effect"), Localized(fr: "petit effet", en: "small effect"),
                         Localized(fr: "effet moyen", en: "medium effect"), Localized(fr: "grand effet", en: "large effect")][min(3, max(0, magnitude))]
            return Localized(fr: "\(name) = \(value), \(words.fr)", en: "\(name) = \(value), \(words.en)")
        case .noDifferenceInTables:
            return Localized(fr: "Les tableaux ne montrent aucune différence significative ni tendancielle entre les groupes comparés.",
                             en: "The tables show no significant or tendential difference between the groups compared.")
        case .moreDifferences(let count):
            return .plural(count, fr: ("… et \(count) autre différence dans les tableaux.", "… et \(count) autres différences dans les tableaux."),
                           en: ("… and \(count) more difference in the tables.", "… and \(count) more differences in the tables."))
        case .changeFinding(let significant, let item, let block, let from, let to, let before, let after, let change, let interval,
                            let pairs, let p, let effect, let reversed):
            let (frWhere, enWhere) = (block.map { " (\($0))" } ?? "", block.map { " (\($0))" } ?? "")
            let (frKind, enKind) = significant ? ("changement significatif", "significant change") : ("changement tendanciel", "tendential change")
            let (frEffect, enEffect) = (effect.map { " ; \($0)" } ?? "", effect.map { "; \($0)" } ?? "")
            let (frKey, enKey) = reversed ? (" Item inversé : une baisse est une amélioration.", " Reverse-keyed item: a decrease is an improvement.") : ("", "")
            return Localized(fr: "« \(item) »\(frWhere), mêmes personnes : de \(before) (\(from)) à \(after) (\(to)), soit \(change) point \(interval) (\(fr.count(pairs)) paires) ; \(frKind) (\(p)\(frEffect)).\(frKey)",
                             en: "“\(item)”\(enWhere), same people: from \(before) (\(from)) to \(after) (\(to)), a change of \(change) point \(interval) (\(en.count(pairs)) pairs); \(enKind) (\(p)\(enEffect)).\(enKey)")
        case .moreChanges(let count):
            return .plural(count, fr: ("… et \(count) autre changement dans les tableaux avant / après.", "… et \(count) autres changements dans les tableaux avant / après."),
                           en: ("… and \(count) more change in the before / after tables.", "… and \(count) more changes in the before / after tables."))
        case .noChangeInTables:
            return Localized(fr: "Les tableaux avant / après ne montrent aucun changement significatif ni tendanciel chez les mêmes personnes.",
                             en: "The before / after tables show no significant or tendential change in the same people.")
        case .attritionFinding(let compared, let differing):
            return differing == 0
                ? Localized(fr: "Au départ, les personnes revues ne différaient pas de celles perdues de vue (\(fr.count(compared)) mesures comparées).",
                            en: "At the start, the people seen again did not differ from those lost (\(en.count(compared)) measures compared).")
                : Localized(fr: "Au départ, les personnes revues différaient de celles perdues de vue sur \(fr.count(differing)) des \(fr.count(compared)) mesures comparées : les changements valent pour les personnes revues, pas forcément pour toutes.",
                            en: "At the start, the people seen again differed from those lost on \(en.count(differing)) of the \(en.count(compared)) measures compared: the changes hold for the people seen again, not necessarily for all.")
        case .differencesAgainstChance(let differences, let tests, let expected):
            let (frFound, enFound) = differences == 1 ? ("Cette différence vient", "This difference comes")
                : ("Ces \(fr.count(differences)) différences viennent", "These \(en.count(differences)) differences come")
            let (frTests, enTests) = tests == 1 ? ("1 test fait", "1 test made") : ("\(fr.count(tests)) tests faits", "\(en.count(tests)) tests made")
            return Localized(fr: "\(frFound) de \(frTests) sans correction pour leur nombre : le hasard seul donnerait environ \(fr.number(expected, decimals: 1)) différence\(expected < 2 ? "" : "s"), même si aucun groupe ne différait.",
                             en: "\(enFound) from \(enTests) without correction for their number: chance alone would give about \(en.number(expected, decimals: 1)) difference\(expected == 1 ? "" : "s"), even if no group differed.")
        case .cautionNoBeforeAfter:
            return Localized(fr: "Ces écarts comparent des personnes différentes à un même moment : ils décrivent des groupes, ils ne mesurent pas l'effet de l'accompagnement. Seule une mesure avant et après des mêmes personnes (octant report --change) peut l'approcher.",
                             en: "These gaps compare different people at one time: they describe groups, they do not measure the effect of the support. Only a before and after measure of the same people (octant report --change) can come close to it.")
        case .cautionBeforeAfter(let linked, let first, let percent):
            return Localized(fr: "Avant/après : \(linked) personnes reliées sur \(first) interrogées à la première vague (\(percent)). Les personnes perdues peuvent différer de celles qui restent : voir la comparaison de l'attrition.",
                             en: "Before/after: \(linked) people linked out of \(first) interviewed at the first wave (\(percent)). The people lost may differ from those who stayed: see the attrition comparison.")
        case .multiplicity(let multiplicity, let tendential):
            let (fr, en) = (NumberStyle(.fr), NumberStyle(.en))
            let tests = Localized.plural(multiplicity.tests, fr: ("\(multiplicity.tests) test", "\(multiplicity.tests) tests"),
                                         en: ("\(multiplicity.tests) test", "\(multiplicity.tests) tests"))
            switch multiplicity.correction {
            case .none:
                let expected = multiplicity.expectedByChance ?? 0
                return Localized(
                    fr: "Les comparaisons font \(tests.fr) au seuil p < \(fr.number(tendential, decimals: 2)), sans correction pour leur nombre : même si aucun groupe ne différait, le nombre de différences « tendancielles » ou significatives dues au seul hasard serait d'environ \(fr.number(expected, decimals: 1)). Une différence isolée se lit donc avec prudence ; le plan d'analyse peut demander « correction: holm » ou « correction: fdr ».",
                    en: "The comparisons run \(tests.en) at p < \(en.number(tendential, decimals: 2)), uncorrected for their number: even if no group differed, the number of \"tendential\" or significant differences due to chance alone would be about \(en.number(expected, decimals: 1)). A lone difference is therefore read with caution; the analysis plan can ask for \"correction: holm\" or \"correction: fdr\".")
            case .holm:
                return Localized(fr: "Les p des \(tests.fr) sont corrigés, comparaison par comparaison, pour le nombre d'items (méthode de Holm) : les marques et les lettres lisent les p corrigés.",
                                 en: "The p-values of the \(tests.en) are corrected, comparison by comparison, for the number of items (Holm's method): marks and letters read the corrected p.")
            case .fdr:
                return Localized(fr: "Les p des \(tests.fr) sont corrigés, comparaison par comparaison, pour le nombre d'items (taux de fausses découvertes de Benjamini–Hochberg) : les marques et les lettres lisent les p corrigés.",
                                 en: "The p-values of the \(tests.en) are corrected, comparison by comparison, for the number of items (Benjamini–Hochberg false discovery rate): marks and letters read the corrected p.")
            }
        case .equalVariancesHeader: return Localized(fr: "Variances (p)", en: "Variances (p)")
        case .rankTestHeader: return Localized(fr: "Rangs (p)", en: "Ranks (p)")
        case .rankTestNote:
            return Localized(fr: "Rangs (p) : test de Mann–Whitney (deux groupes) ou de Kruskal–Wallis, sur les rangs des réponses : il ne suppose pas que les points de l'échelle sont également espacés.",
                             en: "Ranks (p): Mann–Whitney test (two groups) or Kruskal–Wallis, on the ranks of the answers: it does not assume the scale's points are equally spaced.")
        case .cliffDeltaHeader: return Localized(fr: "δ de Cliff [IC]", en: "Cliff's δ [CI]")
        case .cliffDeltaNote(let first, let second, let level):
            return Localized(fr: "δ de Cliff : probabilité qu'une réponse de « \(first) » soit plus haute qu'une réponse de « \(second) », moins la probabilité qu'elle soit plus basse ; de −1 à 1, 0 sans différence ; intervalle de confiance à \(Self.level(level, fr)) %.",
                             en: "Cliff's δ: the probability that an answer in “\(first)” is higher than one in “\(second)”, minus the probability that it is lower; from −1 to 1, 0 for no difference; \(Self.level(level, en))% confidence interval.")
        case .dunnPairs(let items, let significant):
            let (fr, en) = (NumberStyle(.fr).number(significant, decimals: 2), NumberStyle(.en).number(significant, decimals: 2))
            guard !items.isEmpty else {
                return Localized(fr: "Rangs, groupe par groupe (test de Dunn, p corrigés par la méthode de Holm) : aucune paire de groupes ne diffère au seuil de \(fr).",
                                 en: "Ranks, group by group (Dunn's test, Holm-corrected p): no pair of groups differs at the \(en) level.")
            }
            let list = items.map { "\($0.item) : \($0.pairs.joined(separator: ", "))" }.joined(separator: " ; ")
            let listEn = items.map { "\($0.item): \($0.pairs.joined(separator: ", "))" }.joined(separator: "; ")
            return Localized(fr: "Rangs, groupe par groupe (test de Dunn, p corrigés par la méthode de Holm) : paires qui diffèrent au seuil de \(fr) — \(list).",
                             en: "Ranks, group by group (Dunn's test, Holm-corrected p): pairs that differ at the \(en) level — \(listEn).")
        case .equalVariancesNote(let significant):
            let (fr, en) = (NumberStyle(.fr).number(significant, decimals: 2), NumberStyle(.en).number(significant, decimals: 2))
            return Localized(fr: "Variances (p) : test de Brown–Forsythe (écarts à la médiane) ; p < \(fr) : les groupes n'ont pas la même dispersion, et l'ANOVA de Welch s'impose.",
                             en: "Variances (p): Brown–Forsythe test (deviations from the median); p < \(en): the groups' spread differs, and Welch's ANOVA is the test to read.")
        case .provenanceProducer(let producer, let date):
            return Localized(fr: "Produit par \(producer)" + (date.map { ", le \($0) (UTC)" } ?? "") + ".",
                             en: "Produced by \(producer)" + (date.map { " on \($0) (UTC)" } ?? "") + ".")
        case .provenanceQuestionnaire(let id, let version, let sha256):
            return Localized(fr: "Questionnaire « \(id) », version \(version), SHA-256 \(sha256).",
                             en: "Questionnaire '\(id)', version \(version), SHA-256 \(sha256).")
        case .provenanceData(let sessions, let fingerprint):
            let count = Localized.plural(sessions, fr: ("\(sessions) session", "\(sessions) sessions"), en: ("\(sessions) session", "\(sessions) sessions"))
            return Localized(fr: "Données : \(count.fr)" + (fingerprint.map { ", empreinte SHA-256 \($0)" } ?? "") + ".",
                             en: "Data: \(count.en)" + (fingerprint.map { ", SHA-256 fingerprint \($0)" } ?? "") + ".")
        case .provenanceOptions(let list): return Localized(fr: "Options : \(list).", en: "Options: \(list).")
        case .notComparedProtectsSmallerGroup:
            return Localized(fr: "non comparé (protège un petit groupe)", en: "not compared (protects a small group)")
        case .answersHeading: return Localized(fr: "Réponses aux questions", en: "Answers to the questions")
        case .numberSummary(let label, let mean, let sd, let median, let count, let unit):
            let unit = unit.map { " " + $0 } ?? ""
            return Localized(fr: "\(label) : moyenne \(fr.number(mean, decimals: 2))\(unit), écart type \(fr.number(sd, decimals: 2)), médiane \(fr.number(median, decimals: 2)) (N = \(fr.count(count))).",
                             en: "\(label): mean \(en.number(mean, decimals: 2))\(unit), SD \(en.number(sd, decimals: 2)), median \(en.number(median, decimals: 2)) (N = \(en.count(count))).")
        case .numberWithoutAnswer(let label): return Localized(fr: "\(label) : aucune réponse.", en: "\(label): no answer.")
        case .openAnswers(let label, let count):
            return .plural(count, fr: ("\(label) : \(fr.count(count)) réponse libre (non reproduite dans le rapport).", "\(label) : \(fr.count(count)) réponses libres (non reproduites dans le rapport)."),
                           en: ("\(label): \(count) open answer (not reproduced in the report).", "\(label): \(en.count(count)) open answers (not reproduced in the report)."))
        case .itemHeader: return Localized(fr: "Item", en: "Item")
        case .meanHeader: return Localized(fr: "Moyenne", en: "Mean")
        case .standardDeviationHeader: return Localized(fr: "Écart type", en: "SD")
        case .readingHeader: return Localized(fr: "Lecture", en: "Reading")
        case .answerHeader: return Localized(fr: "Réponse", en: "Answer")
        case .percentLowSide(let agreement):
            return agreement ? Localized(fr: "% désaccord", en: "% disagree") : Localized(fr: "% sous le milieu", en: "% below midpoint")
        case .percentHighSide(let agreement):
            return agreement ? Localized(fr: "% accord", en: "% agree") : Localized(fr: "% au-dessus", en: "% above midpoint")
        case .position(let position, let agreement):
            switch (position, agreement) {
            case (.low, true): return Localized(fr: "désaccord", en: "disagreement")
            case (.high, true): return Localized(fr: "accord", en: "agreement")
            case (.low, false): return Localized(fr: "bas", en: "low")
            case (.high, false): return Localized(fr: "haut", en: "high")
            case (.neutral, _): return Localized(fr: "neutre", en: "neutral")
            }
        case .notSignificantMark: return Localized(invariant: " (n.s.)")
        case .notSignificantlyFromMidpoint(let midpoint):
            return Localized(fr: "n.s. : moyenne non significativement différente du point neutre \(fr.number(midpoint, decimals: 1)) (test t à un échantillon).",
                             en: "n.s.: mean not significantly different from the neutral point \(en.number(midpoint, decimals: 1)) (one-sample t test).")
        case .outsideTheScale(let counts):
            return Localized(fr: "Réponses hors échelle, exclues des moyennes : \(counts)", en: "Answers outside the scale, excluded from means: \(counts)")
        case .percentOfRespondents(let answered, let withEscapes):
            return withEscapes
                ? Localized(fr: "Pourcentages sur les \(fr.count(answered)) répondants à la question ; réponses hors choix comptées à part.",
                            en: "Percentages of the \(en.count(answered)) respondents to the question; answers outside the options counted apart.")
                : Localized(fr: "Pourcentages sur les \(fr.count(answered)) répondants à la question.",
                            en: "Percentages of the \(en.count(answered)) respondents to the question.")
        case .hiddenCountMark: return Localized(fr: "masqué*", en: "hidden*")
        case .smallCountHidden(let minimum):
            return Localized(fr: "* effectif masqué (moins de \(minimum), ou masqué pour qu'un petit effectif ne puisse pas être retrouvé par soustraction).",
                             en: "* count hidden (fewer than \(minimum), or hidden so that a small count cannot be recovered by subtraction).")
        case .severalAnswers(let respondents):
            return Localized(fr: "Plusieurs réponses possibles ; pourcentages sur les \(fr.count(respondents)) répondants à la question.",
                             en: "Several answers possible; percentages of the \(en.count(respondents)) respondents to the question.")
        case .comparisonsHeading: return Localized(fr: "Comparaisons entre groupes", en: "Comparisons between groups")
        case .byGrouping(let label): return Localized(fr: "Selon « \(label) »", en: "By \"\(label)\"")
        case .differenceHeader: return Localized(fr: "Différence", en: "Difference")
        case .cohensDHeader: return Localized(fr: "d de Cohen [IC]", en: "Cohen's d [CI]")
        case .etaSquaredHeader: return Localized(fr: "η² [IC]", en: "η² [CI]")
        case .dzHeader: return Localized(fr: "d_z [IC]", en: "d_z [CI]")
        case .etaSquaredNote(let level):
            return Localized(fr: "η² : part de la variance des réponses expliquée par le groupe (ANOVA classique), avec son intervalle de confiance à \(Self.level(level, fr)) % (F non central).",
                             en: "η²: share of the answers' variance explained by the group (classic ANOVA), with its \(Self.level(level, en))% confidence interval (noncentral F).")
        case .cohensDNote(let first, let second, let level):
            return Localized(fr: "d de Cohen : moyenne de « \(first) » moins celle de « \(second) », en écarts types communs, avec son intervalle de confiance à \(Self.level(level, fr)) % (t non central).",
                             en: "Cohen's d: the mean of “\(first)” minus that of “\(second)”, in pooled standard deviations, with its \(Self.level(level, en))% confidence interval (noncentral t).")
        case .differenceMark(let significance):
            switch significance {
            case .significant: return Localized(fr: "Oui", en: "Yes")
            case .tendential: return Localized(fr: "Oui (tend.)", en: "Yes (trend)")
            case .none: return Localized(fr: "Non", en: "No")
            }
        case .manovaLine(let wilks, let df1, let df2, let f, let wilksP, let pillai, let pillaiP, let count):
            return Localized(
                fr: "MANOVA du bloc : Λ de Wilks = \(fr.number(wilks, decimals: 3)), F(\(fr.number(df1, decimals: 0)), \(fr.number(df2, decimals: 0))) = \(fr.number(f, decimals: 2)), \(fr.p(wilksP)) ; trace de Pillai = \(fr.number(pillai, decimals: 3)), \(fr.p(pillaiP)) (N = \(fr.count(count)), réponses complètes au bloc).",
                en: "MANOVA of the block: Wilks' Λ = \(en.number(wilks, decimals: 3)), F(\(en.number(df1, decimals: 0)), \(en.number(df2, decimals: 0))) = \(en.number(f, decimals: 2)), \(en.p(wilksP)); Pillai's trace = \(en.number(pillai, decimals: 3)), \(en.p(pillaiP)) (N = \(en.count(count)), complete answers to the block).")
        case .method(let method, let significant, let tendential, let minimum):
            return Self.method(method, significant: significant, tendential: tendential, minimum: minimum, fr, en)
        case .groupCodes(let list): return Localized(fr: "Codes des groupes : \(list)", en: "Group codes: \(list)")
        case .groupsNotCompared(let groups):
            let list = groups.joined(separator: ", ")
            return Localized(fr: "Groupes non comparés : \(list).", en: "Groups not compared: \(list).")
        case .meanHiddenTooFewAnswers(let minimum):
            return Localized(fr: "— : moins de \(minimum) réponses dans le groupe, moyenne non montrée.",
                             en: "—: fewer than \(minimum) answers in the group, mean not shown.")
        case .labelled(let label, let text): return Localized(fr: "\(label) : \(text)", en: "\(label): \(text)")
        case .note(let note): return Self.note(note)
        case .scoresLabel: return Localized(fr: "Scores", en: "Scores")
        case .scoresHeading: return Localized(fr: "Scores et fidélité", en: "Scores and reliability")
        case .scoreHeader: return Localized(fr: "Score", en: "Score")
        case .itemsHeader: return Localized(fr: "Items", en: "Items")
        case .standardizedAlphaHeader: return Localized(fr: "α standardisé", en: "Standardized α")
        case .itemRestHeader: return Localized(fr: "Corrélation item–reste", en: "Item–rest correlation")
        case .alphaIfDeletedHeader: return Localized(fr: "α sans l'item", en: "α if deleted")
        case .scoresMethod(let level):
            let (frLevel, enLevel) = (Self.level(level, fr), Self.level(level, en))
            return Localized(fr: "Score : moyenne des items répondus, items inversés (R) recodés. α de Cronbach : « α » sur les répondants qui ont répondu à tous les items (lignes complètes, comme psych::alpha(na.omit(x))), avec l'α standardisé et le tableau des items ; « α par paires » sur la covariance de chaque paire d'items, calculée sur les répondants qui ont répondu aux deux (le choix par défaut de psych::alpha). Intervalles de confiance de Feldt à \(frLevel) %.",
                             en: "Score: mean of the answered items, reversed items (R) recoded. Cronbach's α: “α” over the respondents who answered every item (complete rows, as psych::alpha(na.omit(x))), with the standardized α and the item table; “pairwise α” from each pair of items' covariance over the respondents who answered both (psych::alpha's default). Feldt confidence intervals at \(enLevel)%.")
        case .alphaHeader: return Localized(fr: "α [IC]", en: "α [CI]")
        case .pairwiseAlphaHeader: return Localized(fr: "α par paires [IC]", en: "Pairwise α [CI]")
        case .retrospectiveHeading:
            return Localized(fr: "Questions rétrospectives : avant et maintenant", en: "Retrospective questions: then and now")
        case .retrospectiveIntro:
            return Localized(fr: "Dans la même session, chaque personne a répondu deux fois à chaque phrase : pour avant l’accompagnement et pour aujourd’hui. Les deux réponses d’une même personne sont comparées comme une paire.",
                             en: "In the same session, each person answered each sentence twice: for before the support and for today. The two answers of one person are compared as a pair.")
        case .then: return Localized(fr: "Avant", en: "Then")
        case .now: return Localized(fr: "Maintenant", en: "Now")
        case .before: return Localized(fr: "Avant", en: "Before")
        case .after: return Localized(fr: "Après", en: "After")
        case .changeHeader: return Localized(fr: "Changement", en: "Change")
        case .interval(let lower, let upper, let decimals):
            return Localized(fr: "[\(fr.number(lower, decimals: decimals)) ; \(fr.number(upper, decimals: decimals))]",
                             en: "[\(en.number(lower, decimals: decimals)), \(en.number(upper, decimals: decimals))]")
        case .confidenceIntervalHeader(let level):
            return Localized(fr: "IC \(Self.level(level, fr)) %", en: "\(Self.level(level, en))% CI")
        case .signedRankHeader: return Localized(fr: "p rangs signés", en: "signed-rank p")
        case .sharesHeader: return Localized(fr: "% amélioré / inchangé / dégradé", en: "% improved / unchanged / worsened")
        case .changeExplanation(let before, let after):
            return Localized(
                fr: "Changement : moyenne de (\(after.lowercased()) − \(before.lowercased())) et son intervalle de confiance (test t apparié) ; d_z : changement moyen / écart type du changement ; % amélioré, inchangé, dégradé : part des personnes dont la réponse a monté, n’a pas bougé ou a baissé (l’inverse pour un item (R)).",
                en: "Change: mean of (\(after.lowercased()) − \(before.lowercased())) and its confidence interval (paired t test); d_z: mean change / SD of the change; % improved, unchanged, worsened: share of the people whose answer went up, stayed or went down (the reverse for an (R) item).")
        case .pairedSignificance(let significant, let tendential):
            return Localized(fr: "* : changement significatif (p < \(fr.number(significant, decimals: 2)), test t apparié) ; (*) : tendanciel (p < \(fr.number(tendential, decimals: 2))).",
                             en: "*: significant change (p < \(en.number(significant, decimals: 2)), paired t test); (*): tendential (p < \(en.number(tendential, decimals: 2))).")
        case .pairedMethod(let level):
            return Localized(
                fr: "Mêmes personnes aux deux temps. Test t apparié (moyenne du changement, IC à \(Int(level * 100)) %), test des rangs signés de Wilcoxon (approximation normale), d_z = changement moyen / écart type du changement, avec son intervalle de confiance (t non central). (R) : item inversé, une baisse est une amélioration.",
                en: "Same people at both times. Paired t test (mean change, \(Int(level * 100))% CI), Wilcoxon signed-rank test (normal approximation), d_z = mean change / SD of change, with its confidence interval (noncentral t). (R): reverse-keyed item, a decrease is an improvement.")
        case .retrospectiveMethod(let then, let now, let level):
            return Localized(fr: "Question rétrospective : « \(then) » et « \(now) » donnés dans la même session. ",
                             en: "Retrospective question: \"\(then)\" and \"\(now)\" given in the same session. ") + ReportText.pairedMethod(level: level).localized
        case .pairValueHidden(let minimum):
            return Localized(fr: "— : moins de \(minimum) personnes avec les deux réponses, valeur non montrée.",
                             en: "—: fewer than \(minimum) people with both answers, value not shown.")
        case .changeHeading(let from, let to):
            return Localized(fr: "Avant / après : \(from) → \(to)", en: "Before / after: \(from) → \(to)")
        case .samePeopleHeading: return Localized(fr: "Changement des mêmes personnes", en: "Change of the same people")
        case .linking(let sessions, let pairs, let seen, let exact, let near, let unconfirmed, let ambiguous, let ambiguousSessions,
                      let duplicates, let duplicateSessions, let withoutCode, let malformed, let outsideWaves):
            var text = Localized(
                fr: "Sessions par vague : \(sessions). Personnes reliées entre les deux vagues (même code participant anonyme) : \(pairs)",
                en: "Sessions per wave: \(sessions). People linked across the two waves (same anonymous participant code): \(pairs)")
            if let seen { text = text + Localized(fr: " (\(seen) vues dans au moins deux vagues)", en: " (\(seen) seen in at least two waves)") }
            text = text + Localized(
                fr: ". Liens par code identique : \(exact) ; codes à un élément près acceptés (réponses de confirmation concordantes) : \(near). Non reliés : codes à un élément près non confirmés \(unconfirmed), cas ambigus \(ambiguous) (\(ambiguousSessions) sessions), codes en double dans une vague \(duplicates) (\(duplicateSessions) sessions), sessions sans code \(withoutCode)",
                en: ". Links by identical code: \(exact); codes one element apart accepted (confirming answers agree): \(near). Not linked: codes one element apart unconfirmed \(unconfirmed), ambiguous cases \(ambiguous) (\(ambiguousSessions) sessions), codes used twice in one wave \(duplicates) (\(duplicateSessions) sessions), sessions without a code \(withoutCode)")
            if malformed > 0 { text = text + Localized(fr: ", codes d’une autre forme \(malformed)", en: ", codes of another shape \(malformed)") }
            if outsideWaves > 0 {
                text = text + Localized(fr: ", sessions sans vague déclarée \(outsideWaves)", en: ", sessions without a declared wave \(outsideWaves)")
            }
            return text + Localized(fr: ". Les comparaisons avant / après ne portent que sur les personnes reliées.",
                                    en: ". Before/after comparisons include linked people only.")
        case .attritionHeading: return Localized(fr: "Personnes revues et personnes perdues de vue", en: "People seen again and people lost")
        case .variableHeader: return Localized(fr: "Variable", en: "Variable")
        case .seenAgainCountHeader: return Localized(fr: "N revus", en: "N seen again")
        case .seenAgainMeanHeader: return Localized(fr: "Moyenne revus", en: "Mean seen again")
        case .lostCountHeader: return Localized(fr: "N non revus", en: "N not seen again")
        case .lostMeanHeader: return Localized(fr: "Moyenne non revus", en: "Mean not seen again")
        case .welchPHeader: return Localized(invariant: "p (Welch)")
        case .attritionExplanation(let from):
            return Localized(
                fr: "Réponses à la première vague (« \(from) ») des personnes revues à la seconde et de celles qui ne l’ont pas été (perdues de vue, sans code utilisable ou non reliées). Une différence signifie que les personnes revues ne ressemblent pas à celles qui ont été perdues : le changement mesuré sur les seules personnes revues peut alors ne pas valoir pour tout le public. Test t de Welch (revus − non revus).",
                en: "First-wave (\"\(from)\") answers of the people seen again in the second wave and of those who were not (lost, without a usable code, or not linked). A difference means that the people seen again are not like those who were lost: the change measured on the people seen again may then not hold for the whole public. Welch t test (seen again − not seen again).")
        case .answersMeanHidden(let minimum):
            return Localized(fr: "— : moins de \(minimum) réponses, moyenne non montrée.", en: "—: fewer than \(minimum) answers, mean not shown.")
        case .atBaseline(let from): return Localized(fr: "Au départ (« \(from) »)", en: "At baseline (\"\(from)\")")
        case .higherAmongSeenAgain: return Localized(fr: "plus élevée chez les revus", en: "higher among those seen again")
        case .lowerAmongSeenAgain: return Localized(fr: "plus basse chez les revus", en: "lower among those seen again")
        case .noDifference: return Localized(fr: "pas de différence", en: "no difference")
        case .trendMark: return Localized(fr: " (tendance)", en: " (trend)")
        case .differenceInDifferencesHeading(let label):
            return Localized(fr: "Changement selon « \(label) » : différence des différences", en: "Change by \"\(label)\": difference-in-differences")
        case .noComparisonWithoutTwoGroups(let minimum):
            return Localized(fr: "Pas de comparaison : il faut deux groupes d’au moins \(minimum) personnes reliées. ",
                             en: "No comparison: it takes two groups of at least \(minimum) linked people. ")
        case .beforeAfterOf(let group): return Localized(fr: "\(group) : avant → après", en: "\(group): before → after")
        case .changeOf(let group): return Localized(fr: "Changement \(group)", en: "Change \(group)")
        case .differenceExplanation(let a, let b, let countA, let countB):
            return Localized(
                fr: "Différence = changement \(a) − changement \(b) (changement = après − avant), avec son intervalle de confiance ; p : test t de Welch sur les changements ; F : interaction groupe × temps. « Changement plus grand » : la moyenne a plus monté (ou moins baissé). Personnes reliées par groupe : \(a) \(countA), \(b) \(countB).",
                en: "Difference = change \(a) − change \(b) (change = after − before), with its confidence interval; p: Welch t test on the changes; F: group × time interaction. \"Larger change\": the mean went up more (or down less). Linked people per group: \(a) \(countA), \(b) \(countB).")
        case .differenceMethod:
            return Localized(fr: "Différence des changements (après − avant) entre les deux groupes, mêmes personnes aux deux temps : test t de Welch sur les changements ; F de l'interaction groupe × temps (plan mixte 2 × 2) = t² de Student.",
                             en: "Difference of the changes (after − before) between the two groups, same people at both times: Welch t test on the changes; group × time interaction F (2 × 2 mixed design) = Student's t².")
        case .groupPairValuesHidden(let minimum):
            return Localized(fr: "— : un groupe a moins de \(minimum) personnes avec les deux réponses, valeurs non montrées.",
                             en: "—: a group has fewer than \(minimum) people with both answers, values not shown.")
        case .changesCompared(let a, let b): return Localized(fr: "Changements comparés : \(a) et \(b)", en: "Changes compared: \(a) and \(b)")
        case .largerChange(let group): return Localized(fr: "changement plus grand : \(group)", en: "larger change: \(group)")
        case .chartNotShownTooFewPairs:
            return Localized(fr: "non montré : trop peu de personnes avec les deux réponses", en: "not shown: too few people with both answers")
        case .chartIncrease: return Localized(fr: "hausse", en: "increase")
        case .chartDecrease: return Localized(fr: "baisse", en: "decrease")
        case .chartNotShown: return Localized(fr: "non montré", en: "not shown")
        case .chartNoChange: return Localized(fr: "pas de changement", en: "no change")
        case .chartNoAnswer: return Localized(fr: "aucune réponse", en: "no answer")
        case .chartUp(let change): return Localized(fr: "hausse de \(fr.number(change, decimals: 2))", en: "up by \(en.number(change, decimals: 2))")
        case .chartDown(let change): return Localized(fr: "baisse de \(fr.number(change, decimals: 2))", en: "down by \(en.number(change, decimals: 2))")
        case .dumbbellDescription(let lower, let upper, let midpoint, let before, let after):
            return Localized(
                fr: "Moyenne des mêmes personnes à deux moments, par item, sur l'échelle de \(fr.number(lower, decimals: 0)) à \(fr.number(upper, decimals: 0)) : cercle vide « \(before) », cercle plein « \(after) », reliés par un trait bleu quand la moyenne monte, orange quand elle baisse ; ligne pointillée au milieu de l'échelle (\(fr.number(midpoint, decimals: 1))). ",
                en: "Mean of the same people at two times, per item, on the \(en.number(lower, decimals: 0)) to \(en.number(upper, decimals: 0)) scale: open circle \"\(before)\", filled circle \"\(after)\", joined by a blue line when the mean goes up, orange when it goes down; dashed line at the scale's midpoint (\(en.number(midpoint, decimals: 1))). ")
        case .side(let low, let agreement):
            switch (low, agreement) {
            case (true, true): return Localized(fr: "désaccord", en: "disagreement")
            case (false, true): return Localized(fr: "accord", en: "agreement")
            case (true, false): return Localized(fr: "sous le milieu", en: "below the midpoint")
            case (false, false): return Localized(fr: "au-dessus du milieu", en: "above the midpoint")
            }
        case .percentOfAnswers: return Localized(fr: "% des réponses", en: "% of answers")
        case .chartPercent(let value): return Localized(fr: "\(value)\u{202F}%", en: "\(value)%")
        case .likertSides(let low, let lowShare, let high, let highShare):
            return Localized(fr: " ; \(low) \(lowShare), \(high) \(highShare)", en: "; \(low) \(lowShare), \(high) \(highShare)")
        case .likertLayout(let points):
            let split = points / 2
            if points % 2 == 1 {
                return Localized(fr: "les points 1 à \(split) à gauche de la ligne centrale, \(split + 2) à \(points) à droite, le point \(split + 1) partagé de part et d'autre.",
                                 en: "points 1 to \(split) left of the centre line, \(split + 2) to \(points) right of it, point \(split + 1) split across it.")
            }
            return Localized(fr: "les points 1 à \(split) à gauche de la ligne centrale, \(split + 1) à \(points) à droite.",
                             en: "points 1 to \(split) left of the centre line, \(split + 1) to \(points) right of it.")
        case .likertIntro(let points, let low, let high):
            return Localized(fr: "Barres divergentes : pour chaque item, part des réponses à chaque point de 1 (\(low)) à \(points) (\(high)), ",
                             en: "Diverging bars: for each item, share of the answers at each point from 1 (\(low)) to \(points) (\(high)), ")
        case .midpointTick(let midpoint):
            return Localized(fr: "milieu \(fr.number(midpoint, decimals: 1))", en: "midpoint \(en.number(midpoint, decimals: 1))")
        case .meanAxis(let lower, let upper):
            return Localized(fr: "Moyenne (échelle de \(fr.number(lower, decimals: 0)) à \(fr.number(upper, decimals: 0)))",
                             en: "Mean (scale \(en.number(lower, decimals: 0)) to \(en.number(upper, decimals: 0)))")
        case .confidenceInterval: return Localized(fr: "intervalle de confiance", en: "confidence interval")
        case .meanNotShown: return Localized(fr: " non montrée", en: " not shown")
        case .intervalInline(let low, let high):
            return Localized(fr: " (IC \(fr.number(low, decimals: 2)) à \(fr.number(high, decimals: 2)))",
                             en: " (CI \(en.number(low, decimals: 2)) to \(en.number(high, decimals: 2)))")
        case .meansDescription(let lower, let upper, let midpoint):
            return Localized(
                fr: "Moyenne de chaque groupe sur l'échelle de \(fr.number(lower, decimals: 0)) à \(fr.number(upper, decimals: 0)), avec son intervalle de confiance ; ligne pointillée au milieu de l'échelle (\(fr.number(midpoint, decimals: 1))). ",
                en: "Mean of each group on the \(en.number(lower, decimals: 0)) to \(en.number(upper, decimals: 0)) scale, with its confidence interval; dashed line at the scale's midpoint (\(en.number(midpoint, decimals: 1))). ")
        case .contents: return Localized(fr: "Sommaire", en: "Contents")
        case .continued: return Localized(fr: "(suite)", en: "(continued)")
        }
    }

    /// "95" or "99,5": a confidence level in percent.
    static func level(_ level: Double, _ style: NumberStyle) -> String {
        let percent = level * 100
        return style.number(percent, decimals: percent == percent.rounded() ? 0 : 1)
    }
}
