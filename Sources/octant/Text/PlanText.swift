import Support

/// `octant plan`'s texts, French and English side by side. Numbers arrive already written in the language.
enum PlanText: MessageCatalogue, Hashable {
    case beforeAfterHeading(alpha: String, power: String)
    case effect(dz: String)
    case effectFromChange(dz: String, delta: String, sd: String)
    case peopleNeeded(exact: String, whole: Int)
    case withAttrition(share: String, enrolled: Int)
    case groupsHeading(alpha: String, power: String, sizes: String)
    case smallestPair(first: Int, second: Int, d: String)
    case smallestPairInPoints(first: Int, second: Int, d: String, points: String, sd: String)
    case cohenF(groups: Int, f: String)
    case unknownDesign(String)
    case invalidNumber(option: String, value: String)
    case beforeAfterNeedsEffect
    case groupsNeedSizes
    case currentGroups(variable: String, groups: Int, leftOut: Int, minimum: Int)
    case currentGroupsNeedDataAndBy
    case fewerThanTwoCurrentGroups
    case notReached

    var localized: Localized {
        switch self {
        case .beforeAfterHeading(let alpha, let power):
            return Localized(fr: "Avant/après, test t apparié bilatéral (α = \(alpha), puissance = \(power)), comme power.t.test de R :",
                             en: "Before/after, two-sided paired t test (α = \(alpha), power = \(power)), as R's power.t.test:")
        case .effect(let dz):
            return Localized(fr: "  effet standardisé d_z = \(dz)", en: "  standardized effect d_z = \(dz)")
        case .effectFromChange(let dz, let delta, let sd):
            return Localized(fr: "  effet standardisé d_z = Δ/σ = \(delta)/\(sd) = \(dz)",
                             en: "  standardized effect d_z = Δ/σ = \(delta)/\(sd) = \(dz)")
        case .peopleNeeded(let exact, let whole):
            return Localized(fr: "  personnes mesurées aux deux vagues : n = \(exact), soit \(whole)",
                             en: "  people measured at both waves: n = \(exact), that is \(whole)")
        case .withAttrition(let share, let enrolled):
            return Localized(fr: "  avec \(share) de perte entre les vagues : \(enrolled) personnes à inclure au départ (arrondi au-dessus)",
                             en: "  with \(share) lost between the waves: \(enrolled) people to enrol at baseline (rounded up)")
        case .groupsHeading(let alpha, let power, let sizes):
            return Localized(fr: "Groupes de \(sizes) personnes (test bilatéral, α = \(alpha), puissance = \(power)) :",
                             en: "Groups of \(sizes) people (two-sided test, α = \(alpha), power = \(power)):")
        case .smallestPair(let first, let second, let d):
            return Localized(fr: "  plus petite paire (\(first) et \(second)) : différence détectable d = \(d) écart-type",
                             en: "  smallest pair (\(first) and \(second)): detectable difference d = \(d) standard deviation")
        case .smallestPairInPoints(let first, let second, let d, let points, let sd):
            return Localized(fr: "  plus petite paire (\(first) et \(second)) : différence détectable d = \(d) écart-type, soit \(points) point avec σ = \(sd)",
                             en: "  smallest pair (\(first) and \(second)): detectable difference d = \(d) standard deviation, that is \(points) point with σ = \(sd)")
        case .cohenF(let groups, let f):
            return Localized(fr: "  les \(groups) groupes ensemble (F de l'ANOVA) : f de Cohen détectable = \(f)",
                             en: "  the \(groups) groups together (ANOVA F): detectable Cohen's f = \(f)")
        case .unknownDesign(let word):
            return Localized(fr: "octant plan : « \(word) » n'est pas un plan ; before-after ou groups",
                             en: "octant plan: '\(word)' is not a design; before-after or groups")
        case .invalidNumber(let option, let value):
            return Localized(fr: "octant plan : \(option) « \(value) » n'est pas une valeur possible",
                             en: "octant plan: \(option) '\(value)' is not a possible value")
        case .beforeAfterNeedsEffect:
            return Localized(fr: "octant plan before-after : donnez --dz, ou --delta et --sd",
                             en: "octant plan before-after: give --dz, or --delta and --sd")
        case .currentGroups(let variable, let groups, let leftOut, let minimum):
            let fr = "Groupes actuels selon « \(variable) » : \(groups) comparables" + (leftOut == 0 ? "."
                : ", \(leftOut) laissé\(leftOut > 1 ? "s" : "") de côté (moins de \(minimum) répondants, ou caché\(leftOut > 1 ? "s" : "") pour ne pas les trahir).")
            let en = "Current groups by “\(variable)”: \(groups) comparable" + (leftOut == 0 ? "."
                : ", \(leftOut) set aside (fewer than \(minimum) respondents, or hidden so as not to give them away).")
            return Localized(fr: fr, en: en)
        case .currentGroupsNeedDataAndBy:
            return Localized(fr: "octant plan groups QUESTIONNAIRE : donnez les réponses (--data) et la question qui forme les groupes (--by)",
                             en: "octant plan groups QUESTIONNAIRE: give the answers (--data) and the question that forms the groups (--by)")
        case .fewerThanTwoCurrentGroups:
            return Localized(fr: "octant plan groups : il faut au moins deux groupes comparables",
                             en: "octant plan groups: at least two comparable groups are needed")
        case .groupsNeedSizes:
            return Localized(fr: "octant plan groups : donnez au moins deux effectifs de 2 ou plus, --sizes 30,25",
                             en: "octant plan groups: give at least two sizes of 2 or more, --sizes 30,25")
        case .notReached:
            return Localized(fr: "octant plan : cette puissance n'est atteinte dans aucune limite raisonnable",
                             en: "octant plan: this power is not reached within any reasonable limit")
        }
    }

    static let samples: [PlanText] = [
        .beforeAfterHeading(alpha: "0,05", power: "0,80"), .effect(dz: "0,5000"),
        .effectFromChange(dz: "0,5000", delta: "0,5", sd: "1"), .peopleNeeded(exact: "33,3672", whole: 34),
        .withAttrition(share: "20 %", enrolled: 43), .groupsHeading(alpha: "0,05", power: "0,80", sizes: "30, 25, 40"),
        .smallestPair(first: 25, second: 30, d: "0,7800"),
        .smallestPairInPoints(first: 25, second: 30, d: "0,7800", points: "0,97", sd: "1,25"),
        .cohenF(groups: 3, f: "0,2900"), .unknownDesign("avant"), .invalidNumber(option: "--power", value: "2"),
        .beforeAfterNeedsEffect, .groupsNeedSizes, .notReached, .currentGroups(variable: "Service", groups: 3, leftOut: 0, minimum: 5),
        .currentGroups(variable: "Service", groups: 2, leftOut: 1, minimum: 5), .currentGroups(variable: "Service", groups: 2, leftOut: 2, minimum: 5),
        .currentGroupsNeedDataAndBy, .fewerThanTwoCurrentGroups,
    ]
}
