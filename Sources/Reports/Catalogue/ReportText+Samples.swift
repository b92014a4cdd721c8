import Analysis
import Questionnaire
import Statistics

/// One value of every message, for the completeness test: each must read in every language.
extension ReportText {
    static var samples: [ReportText] {
        let builtIn = Scale.agreement
        let agreement = Report.ScaleInfo(id: builtIn.id, points: builtIn.points, midpoint: builtIn.midpoint, lowAnchor: "Pas du tout d'accord",
                                         highAnchor: "Tout à fait d'accord", pointLabels: Array(repeating: nil, count: builtIn.points), measuresAgreement: true)
        let frequency = Report.ScaleInfo(id: "frequence", points: 5, midpoint: 3, lowAnchor: nil, highAnchor: nil,
                                         pointLabels: Array(repeating: nil, count: 5), measuresAgreement: false)
        let notes: [ReportNote] = [.noVariation, .tooFewAnswersToTest, .testNotPossible(reason: "x"), .fewerThanTwoGroups(minimum: 5),
                                   .fewerThanTwoGroupsForMANOVA(minimum: 5), .manovaWithout(groups: ["CAF"], minimum: 5), .manovaSingular, .manovaTooFewRespondents(residualDF: 2, items: 3),
                                   .tooFewLinkedPeople(linked: 1, minimum: 5), .tooFewLinkedPeople(linked: 3, minimum: 5),
                                   .tooFewPairs(minimum: 5), .tooFewAnswersOnOneSide(minimum: 5), .groupWithTooFewPairs(minimum: 5),
                                   .everyoneChangedEqually]
        let methods: [Report.ComparisonMethod] = AnalysisPlan.PostHoc.allCases.map { .anovaThenPostHoc($0) }
            + ReportOptions.TwoGroupTest.allCases.map { .twoGroups($0) } + [.anova]
            + [.welchANOVA(.welch, postHoc: .lsd), .welchANOVA(.welch, postHoc: nil), .welchANOVA(.auto, postHoc: .lsd), .welchANOVA(.auto, postHoc: nil)]
        var all: [ReportText] = [
            .syntheticBanner, .waveScope(wave: "avant", label: "Avant"), .surveyIntro(id: "s", version: "1", respondents: 1),
            .surveyIntro(id: "s", version: "1", respondents: 12_345), .scaleReading(agreement), .scaleReading(frequency),
            .sampleHeading, .groupHeader, .notComparedTooSmall(minimum: 5), .notComparedOutsidePlan, .hidden, .noAnswer,
            .otherHiddenGroupsAndNoAnswer, .tooFewForStatistics(groups: ["CAF"], minimum: 5), .countHiddenAgainstSubtraction, .notComparedProtectsSmallerGroup,
            .provenanceHeading, .keyFindingsHeading,
            .finding(significant: true, item: "à la maison", block: "Je me sens à l'aise :", grouping: "Service", higher: "CCAS", higherMean: "7,07",
                     lower: "CDAS", lowerMean: "5,08", p: "p < 0,001", effect: "d = 1,20, grand effet"),
            .finding(significant: false, item: "Aisance", block: nil, grouping: "Service", higher: "CCAS", higherMean: "6,66",
                     lower: "CDAS", lowerMean: "4,56", p: "p = 0,071", effect: nil),
            .effectSize(name: "d", value: "0,45", magnitude: 1), .noDifferenceInTables, .moreDifferences(1), .moreDifferences(12), .differencesAgainstChance(differences: 152, tests: 200, expected: 20), .differencesAgainstChance(differences: 1, tests: 1, expected: 0.1),
            .changeFinding(significant: true, item: "Aisance numérique", block: nil, from: "Avant", to: "Après", before: "3,21", after: "3,85",
                           change: "+0,64", interval: "[0,45 ; 0,83]", pairs: 240, p: "p < 0,001", effect: "d_z = 0,52 [0,38 ; 0,65], effet moyen", reversed: false),
            .changeFinding(significant: false, item: "stress", block: "Avec le numérique :", from: "Avant", to: "Après", before: "5,10", after: "4,80",
                           change: "-0,30", interval: "[-0,61 ; 0,01]", pairs: 1, p: "p = 0,061", effect: nil, reversed: true),
            .moreChanges(1), .moreChanges(3), .noChangeInTables, .attritionFinding(compared: 4, differing: 0), .attritionFinding(compared: 4, differing: 1),
            .cautionNoBeforeAfter, .cautionBeforeAfter(linked: 40, firstWave: 52, percent: "76,9 %"),
            .multiplicity(Report.Multiplicity(correction: .none, tests: 1, expectedByChance: 0.1), tendential: 0.10),
            .multiplicity(Report.Multiplicity(correction: .none, tests: 200, expectedByChance: 20), tendential: 0.10),
            .multiplicity(Report.Multiplicity(correction: .holm, tests: 12, expectedByChance: nil), tendential: 0.10),
            .multiplicity(Report.Multiplicity(correction: .fdr, tests: 12, expectedByChance: nil), tendential: 0.10), .equalVariancesHeader, .rankTestHeader, .rankTestNote, .cliffDeltaHeader, .cliffDeltaNote(first: "CCAS", second: "CDAS", level: 0.95), .dunnPairs([], significant: 0.05), .dunnPairs([(item: "Aisance", pairs: ["CCAS – CDAS", "CCAS – CAF"]), (item: "Confiance", pairs: ["CDAS – CAF"])], significant: 0.05), .equalVariancesNote(significant: 0.05), .provenanceProducer("octant 0.9.0", date: "2026-12-06T10:00:00.000Z"), .provenanceProducer("octant", date: nil),
            .provenanceQuestionnaire(id: "petit", version: "1", sha256: String(repeating: "ab", count: 32)),
            .provenanceData(sessions: 1, fingerprint: nil), .provenanceData(sessions: 40, fingerprint: String(repeating: "cd", count: 32)),
            .provenanceOptions("minimum = 5 ; posthoc = lsd"),
            .answersHeading, .numberSummary(label: "Âge", mean: 40, standardDeviation: 10, median: 41, count: 30, unit: "ans"),
            .numberWithoutAnswer(label: "Âge"), .openAnswers(label: "Remarques", count: 1), .openAnswers(label: "Remarques", count: 4),
            .itemHeader, .meanHeader, .standardDeviationHeader, .readingHeader, .answerHeader,
            .notSignificantMark, .notSignificantlyFromMidpoint(midpoint: builtIn.midpoint), .outsideTheScale(counts: "nsp 3"),
            .percentOfRespondents(answered: 30, withEscapes: true), .percentOfRespondents(answered: 30, withEscapes: false),
            .hiddenCountMark, .smallCountHidden(minimum: 5), .severalAnswers(respondents: 30), .comparisonsHeading,
            .byGrouping(label: "Service"), .differenceHeader, .cohensDHeader, .etaSquaredHeader, .dzHeader, .etaSquaredNote(level: 0.975), .cohensDNote(first: "Oui", second: "Non", level: 0.9),
            .manovaLine(wilks: 0.8, numeratorDF: 6, denominatorDF: 70, f: 2.1, wilksP: 0.04, pillai: 0.2, pillaiP: 0.05, count: 40),
            .groupCodes("1 = CCAS"), .groupsNotCompared(["CAF"]), .meanHiddenTooFewAnswers(minimum: 5),
            .labelled(label: "Item", text: "note"), .scoresLabel, .scoresHeading, .scoreHeader, .itemsHeader, .standardizedAlphaHeader,
            .itemRestHeader, .alphaIfDeletedHeader, .scoresMethod(level: 0.95), .alphaHeader, .pairwiseAlphaHeader, .retrospectiveHeading, .retrospectiveIntro, .then, .now, .before,
            .after, .changeHeader, .interval(lower: 0.8, upper: 1.7), .confidenceIntervalHeader(level: 0.95), .signedRankHeader, .sharesHeader,
            .changeExplanation(before: "Avant", after: "Après"), .pairedSignificance(significant: 0.05, tendential: 0.1),
            .pairedMethod(level: 0.95), .retrospectiveMethod(then: "avant", now: "maintenant", level: 0.95), .pairValueHidden(minimum: 5),
            .changeHeading(from: "Avant", to: "Après"), .samePeopleHeading,
            .linking(sessions: "Avant 30, Après 25", pairs: 20, seenInTwoWaves: 21, exact: 19, near: 1, unconfirmed: 1, ambiguous: 1,
                     ambiguousSessions: 3, duplicates: 1, duplicateSessions: 2, withoutCode: 1, malformed: 1, outsideWaves: 1),
            .attritionHeading, .variableHeader, .seenAgainCountHeader, .seenAgainMeanHeader, .lostCountHeader, .lostMeanHeader,
            .welchPHeader, .attritionExplanation(from: "Avant"), .answersMeanHidden(minimum: 5), .atBaseline(from: "Avant"),
            .higherAmongSeenAgain, .lowerAmongSeenAgain, .noDifference, .trendMark, .differenceInDifferencesHeading(label: "Formation"),
            .noComparisonWithoutTwoGroups(minimum: 5), .beforeAfterOf(group: "Oui"), .changeOf(group: "Oui"),
            .differenceExplanation(a: "Oui", b: "Non", countA: "7", countB: "12"), .differenceMethod, .groupPairValuesHidden(minimum: 5),
            .changesCompared(a: "Oui", b: "Non"), .largerChange(group: "Oui"), .chartNotShownTooFewPairs, .chartIncrease,
            .chartDecrease, .chartNotShown, .chartNoChange, .chartNoAnswer, .chartUp(0.5), .chartDown(0.5),
            .dumbbellDescription(lower: 1, upper: Double(builtIn.points), midpoint: builtIn.midpoint, before: "Avant", after: "Après"), .percentOfAnswers,
            .chartPercent(12), .likertSides(low: "désaccord", lowShare: "10 %", high: "accord", highShare: "90 %"),
            .likertLayout(points: 5), .likertLayout(points: builtIn.points), .likertIntro(points: builtIn.points, low: "Pas du tout d'accord", high: "Tout à fait d'accord"),
            .midpointTick(builtIn.midpoint), .meanAxis(lower: 1, upper: Double(builtIn.points)), .confidenceInterval, .meanNotShown, .intervalInline(low: 3, high: 4),
            .meansDescription(lower: 1, upper: Double(builtIn.points), midpoint: builtIn.midpoint), .contents, .continued,
        ]
        for agreement in [true, false] {
            all += [.percentLowSide(agreement: agreement), .percentHighSide(agreement: agreement),
                    .side(low: true, agreement: agreement), .side(low: false, agreement: agreement)]
            all += [Report.Position.low, .high, .neutral].map { .position($0, agreement: agreement) }
        }
        all += SignificanceClass.allCases.map { .differenceMark($0) }
        all += methods.map { .method($0, significant: 0.05, tendential: 0.1, minimum: 5) }
        all += notes.map { .note($0) }
        return all
    }
}
