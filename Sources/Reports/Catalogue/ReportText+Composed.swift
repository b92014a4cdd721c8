import Analysis
import Questionnaire
import Statistics
import Support

/// The catalogue's longer messages, built from the typed report's values.
extension ReportText {
    /// What a mean on this scale reads as, from the scale's own points, anchors and midpoint: a tenth of a point
    /// either side of the midpoint is neutral, as the evaluation report reads its scale.
    static func scaleReading(_ scale: Report.ScaleInfo, _ fr: NumberStyle, _ en: NumberStyle) -> Localized {
        let m = scale.midpoint
        let decimals = m == m.rounded() ? 0 : 1
        let (lowEnd, highStart) = (m - 0.1, m + 0.1)
        let anchorsFr = scale.lowAnchor.flatMap { low in scale.highAnchor.map { high in ", de 1 (« \(low) ») à \(scale.points) (« \(high) »)" } } ?? ""
        let anchorsEn = scale.lowAnchor.flatMap { low in scale.highAnchor.map { high in ", from 1 (\"\(low)\") to \(scale.points) (\"\(high)\")" } } ?? ""
        let head = Localized(fr: "Échelle « \(scale.id) » en \(scale.points) points\(anchorsFr) : de 1 à \(fr.number(lowEnd, decimals: 1)) la moyenne se lit ",
                             en: "Scale \"\(scale.id)\", \(scale.points) points\(anchorsEn): a mean from 1 to \(en.number(lowEnd, decimals: 1)) reads ")
        let reading = scale.measuresAgreement
            ? Localized(fr: "comme un désaccord, de \(fr.number(highStart, decimals: 1)) à \(scale.points) comme un accord (position neutre : \(fr.number(m, decimals: decimals))).",
                        en: "as disagreement, from \(en.number(highStart, decimals: 1)) to \(scale.points) as agreement (neutral point: \(en.number(m, decimals: decimals))).")
            : Localized(fr: "du côté bas de l'échelle, de \(fr.number(highStart, decimals: 1)) à \(scale.points) du côté haut (milieu : \(fr.number(m, decimals: decimals))).",
                        en: "on the low side of the scale, from \(en.number(highStart, decimals: 1)) to \(scale.points) on the high side (midpoint: \(en.number(m, decimals: decimals))).")
        return head + reading
    }

    static func method(_ method: Report.ComparisonMethod, significant: Double, tendential: Double, minimum: Int,
                       _ fr: NumberStyle, _ en: NumberStyle) -> Localized {
        let (sigFr, tendFr) = (fr.number(significant, decimals: 2), fr.number(tendential, decimals: 2))
        let (sigEn, tendEn) = (en.number(significant, decimals: 2), en.number(tendential, decimals: 2))
        switch method {
        case .anovaThenPostHoc(let postHoc):
            let name = postHocName(postHoc)
            return Localized(
                fr: "ANOVA à un facteur puis \(name.fr) ; deux groupes sans lettre commune diffèrent (p < \(tendFr), différence significative si p < \(sigFr), tendancielle sinon). Groupes de moins de \(minimum) répondants non comparés.",
                en: "One-way ANOVA then \(name.en); two groups sharing no letter differ (p < \(tendEn): significant if p < \(sigEn), tendential otherwise). Groups under \(minimum) respondents not compared.")
        case .twoGroups(let test):
            let name = twoGroupTestName(test)
            return Localized(fr: "\(name.fr) ; « Oui » si p < \(sigFr) (significatif), « Oui (tend.) » si p < \(tendFr) (tendanciel).",
                             en: "\(name.en); \"Yes\" if p < \(sigEn) (significant), \"Yes (trend)\" if p < \(tendEn) (tendential).")
        case .anova:
            return Localized(fr: "ANOVA à un facteur ; * : différence significative (p < \(sigFr)) entre certains groupes, (*) : tendancielle (p < \(tendFr)).",
                             en: "One-way ANOVA; *: significant difference (p < \(sigEn)) between some groups, (*): tendential (p < \(tendEn)).")
        case .welchANOVA(let test, let postHoc):
            let which: Localized
            if test == .auto {
                let classic = postHoc.map { postHocName($0) } ?? Localized(fr: "", en: "")
                which = Localized(fr: "ANOVA de Welch (puis test de Games–Howell) sur les items marqués (W), dont les variances diffèrent (Brown–Forsythe p < \(sigFr)) ; ANOVA à un facteur" + (postHoc == nil ? "" : " puis \(classic.fr)") + " sur les autres",
                                  en: "Welch's ANOVA (then the Games–Howell test) on the items marked (W), whose variances differ (Brown–Forsythe p < \(sigEn)); one-way ANOVA" + (postHoc == nil ? "" : " then \(classic.en)") + " on the others")
            } else {
                which = postHoc == nil ? Localized(fr: "ANOVA de Welch (variances inégales)", en: "Welch's ANOVA (unequal variances)")
                    : Localized(fr: "ANOVA de Welch (variances inégales) puis test de Games–Howell", en: "Welch's ANOVA (unequal variances) then the Games–Howell test")
            }
            let reading = postHoc == nil
                ? Localized(fr: "* : différence significative (p < \(sigFr)) entre certains groupes, (*) : tendancielle (p < \(tendFr))",
                            en: "*: significant difference (p < \(sigEn)) between some groups, (*): tendential (p < \(tendEn))")
                : Localized(fr: "deux groupes sans lettre commune diffèrent (p < \(tendFr), différence significative si p < \(sigFr), tendancielle sinon)",
                            en: "two groups sharing no letter differ (p < \(tendEn): significant if p < \(sigEn), tendential otherwise)")
            return Localized(fr: "\(which.fr) ; \(reading.fr). Groupes de moins de \(minimum) répondants non comparés.",
                             en: "\(which.en); \(reading.en). Groups under \(minimum) respondents not compared.")
        }
    }

    static func postHocName(_ method: AnalysisPlan.PostHoc) -> Localized {
        switch method {
        case .lsd: return Localized(fr: "test post hoc LSD de Fisher", en: "Fisher's LSD post hoc test")
        case .tukey: return Localized(fr: "test HSD de Tukey–Kramer", en: "Tukey–Kramer HSD test")
        case .bonferroni: return Localized(fr: "comparaisons par paires avec correction de Bonferroni", en: "pairwise comparisons, Bonferroni-corrected")
        case .holm: return Localized(fr: "comparaisons par paires avec correction de Holm", en: "pairwise comparisons, Holm-corrected")
        case .gamesHowell: return Localized(fr: "test de Games–Howell", en: "Games–Howell test")
        }
    }

    static func twoGroupTestName(_ test: ReportOptions.TwoGroupTest) -> Localized {
        switch test {
        case .student: return Localized(fr: "t de Student", en: "Student's t")
        case .welch: return Localized(fr: "t de Welch", en: "Welch's t")
        case .auto: return Localized(fr: "t de Student, ou de Welch si le test de Levene conclut à des variances différentes",
                                     en: "Student's t, or Welch's t when Levene's test finds unequal variances")
        }
    }

    static func note(_ note: ReportNote) -> Localized {
        switch note {
        case .noVariation: return Localized(fr: "aucune variation des réponses : test impossible", en: "no variation in the answers: no test possible")
        case .tooFewAnswersToTest: return Localized(fr: "trop peu de réponses pour tester", en: "too few answers to test")
        case .testNotPossible(let reason): return Localized(fr: "test impossible : \(reason)", en: "no test possible: \(reason)")
        case .fewerThanTwoGroups(let minimum):
            return Localized(fr: "moins de deux groupes d'au moins \(minimum) réponses", en: "fewer than two groups of at least \(minimum) answers")
        case .fewerThanTwoGroupsForMANOVA(let minimum):
            return Localized(fr: "MANOVA non calculée : moins de deux groupes d'au moins \(minimum) réponses complètes au bloc.",
                             en: "MANOVA not computed: fewer than two groups with at least \(minimum) complete answers to the block.")
        case .manovaWithout(let groups, let minimum):
            let list = groups.joined(separator: ", ")
            return Localized(fr: "MANOVA sans \(list) : moins de \(minimum) réponses complètes au bloc.",
                             en: "MANOVA without \(list): fewer than \(minimum) complete answers to the block.")
        case .manovaTooFewRespondents(let residualDF, let items):
            return Localized(fr: "MANOVA impossible : trop peu de réponses complètes au bloc (\(residualDF) degrés de liberté résiduels pour \(items) items ; il en faut au moins autant que d'items)",
                             en: "MANOVA not possible: too few complete answers to the block (\(residualDF) residual degrees of freedom for \(items) items; it needs at least as many as items)")
        case .manovaSingular:
            return Localized(fr: "MANOVA impossible : matrice intra-groupes singulière (items constants ou redondants)",
                             en: "MANOVA not possible: singular within-group matrix (constant or redundant items)")
        case .tooFewLinkedPeople(let linked, let minimum):
            return .plural(linked,
                           fr: ("\(linked) personne reliée entre les deux vagues : moins que le minimum de \(minimum), rien n'est calculé.",
                                "\(linked) personnes reliées entre les deux vagues : moins que le minimum de \(minimum), rien n'est calculé."),
                           en: ("\(linked) person linked across the two waves: fewer than the minimum of \(minimum), nothing is computed.",
                                "\(linked) people linked across the two waves: fewer than the minimum of \(minimum), nothing is computed."))
        case .tooFewPairs(let minimum):
            return Localized(fr: "moins de \(minimum) personnes avec les deux réponses", en: "fewer than \(minimum) people with both answers")
        case .tooFewAnswersOnOneSide(let minimum):
            return Localized(fr: "moins de \(minimum) réponses d'un côté : pas de comparaison", en: "fewer than \(minimum) answers on one side: no comparison")
        case .groupWithTooFewPairs(let minimum):
            return Localized(fr: "un groupe a moins de \(minimum) personnes avec les deux réponses", en: "a group has fewer than \(minimum) people with both answers")
        case .everyoneChangedEqually:
            return Localized(fr: "tout le monde a changé de la même façon : pas de test t", en: "everyone changed by the same amount: no t test")
        }
    }
}
