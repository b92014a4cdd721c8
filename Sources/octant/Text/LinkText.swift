import Support

/// `octant link`'s account of who was seen in which wave, French and English side by side. Counts and session ids
/// only: a participant code never appears in these texts.
enum LinkText: MessageCatalogue, Hashable {
    case heading
    case wave(id: String, label: String, sessions: Int, withCode: Int, linked: Int, unlinked: Int)
    case people(linked: Int, exact: Int, near: Int)
    case nearAccepted(element: String, sessions: [String])
    case nearUnconfirmed(Int)
    case ambiguous([String])
    case duplicate([String])
    case withoutCode(Int)
    case malformed(Int)
    case outsideWaves(Int)
    case attritionMatters

    var localized: Localized {
        switch self {
        case .heading:
            return Localized(fr: "Sessions par vague (reliées = la même personne vue dans une autre vague) :",
                             en: "Sessions per wave (linked = the same person seen in another wave):")
        case .wave(let id, let label, let sessions, let withCode, let linked, let unlinked):
            return Localized(fr: "  \(id) (\(label)) : ", en: "  \(id) (\(label)): ")
                + .plural(sessions, fr: ("\(sessions) session, ", "\(sessions) sessions, "), en: ("\(sessions) session, ", "\(sessions) sessions, "))
                + Localized(fr: "\(withCode) avec un code, ", en: "\(withCode) with a code, ")
                + .plural(linked, fr: ("\(linked) reliée, ", "\(linked) reliées, "), en: ("\(linked) linked, ", "\(linked) linked, "))
                + .plural(unlinked, fr: ("\(unlinked) non reliée", "\(unlinked) non reliées"), en: ("\(unlinked) unlinked", "\(unlinked) unlinked"))
        case .people(let linked, let exact, let near):
            return Localized(fr: "Personnes vues dans au moins deux vagues : \(linked) (liens par code identique : \(exact) ; codes à un élément près, confirmés : \(near))",
                             en: "People seen in at least two waves: \(linked) (links by identical code: \(exact); codes one element apart, confirmed: \(near))")
        case .nearAccepted(let element, let sessions):
            let list = sessions.joined(separator: ", ")
            return Localized(fr: "  relié malgré l'élément « \(element) » différent : sessions \(list)",
                             en: "  linked despite a different '\(element)' element: sessions \(list)")
        case .nearUnconfirmed(let n):
            return Localized(fr: "Codes à un élément près NON reliés (réponses de confirmation absentes ou différentes, ou pas de « confirm: ») : \(n)",
                             en: "Codes one element apart NOT linked (confirming answers missing or different, or no 'confirm:'): \(n)")
        case .ambiguous(let sessions):
            let list = sessions.joined(separator: ", ")
            return Localized(fr: "Ambigu (plusieurs codes proches, rien n'est deviné) : sessions \(list)",
                             en: "Ambiguous (several close codes, nothing is guessed): sessions \(list)")
        case .duplicate(let sessions):
            let list = sessions.joined(separator: ", ")
            return Localized(fr: "Code en double dans une même vague (deux personnes, ou deux passations) : sessions \(list)",
                             en: "Code used twice in one wave (two people, or interviewed twice): sessions \(list)")
        case .withoutCode(let n): return Localized(fr: "Sessions sans code : \(n)", en: "Sessions without a code: \(n)")
        case .malformed(let n):
            return Localized(fr: "Codes d'une autre forme (autre version du questionnaire ?) : \(n)",
                             en: "Codes of another shape (another version of the questionnaire?): \(n)")
        case .outsideWaves(let n): return Localized(fr: "Sessions sans vague déclarée : \(n)", en: "Sessions without a declared wave: \(n)")
        case .attritionMatters:
            return Localized(fr: "La perte de personnes entre les vagues peut changer les conclusions : `octant report --change` compare au départ les personnes reliées et les autres.",
                             en: "Losing people between waves can change the conclusions: `octant report --change` compares linked and unlinked people at baseline.")
        }
    }

    static let samples: [LinkText] = [
        .heading, .wave(id: "avant", label: "Avant", sessions: 1, withCode: 1, linked: 0, unlinked: 1),
        .wave(id: "apres", label: "Après", sessions: 81, withCode: 80, linked: 64, unlinked: 17), .people(linked: 64, exact: 60, near: 4),
        .nearAccepted(element: "initiales", sessions: ["K7M2Q9", "P3X8R1"]), .nearUnconfirmed(2), .ambiguous(["K7M2Q9", "P3X8R1", "Z9Q2W4"]),
        .duplicate(["K7M2Q9", "P3X8R1"]), .withoutCode(3), .malformed(1), .outsideWaves(2), .attritionMatters,
    ]
}
