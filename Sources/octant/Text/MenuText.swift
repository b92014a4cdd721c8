import Support

/// The numbered menu of `octant` alone on a terminal, French and English side by side.
enum MenuText: MessageCatalogue, Hashable {
    case administer, resume, check, results, quit
    case yourChoice
    case whoTypes
    case yourChoiceDefaultFirst
    case resultsUnavailable
    case typeMenuChoice
    case endedWithStatus(Int32)
    case enterToReturn
    case noQuestionnaire(folder: String)
    case questionnaireNumber
    case typeNumber(upTo: Int)

    var localized: Localized {
        switch self {
        case .administer: return Localized(fr: "Faire passer un questionnaire", en: "Administer a questionnaire")
        case .resume: return Localized(fr: "Reprendre un entretien interrompu", en: "Resume an interrupted interview")
        case .check: return Localized(fr: "Vérifier un questionnaire", en: "Check a questionnaire")
        case .results: return Localized(fr: "Voir les résultats", en: "See the results")
        case .quit: return Localized(fr: "Quitter", en: "Quit")
        case .yourChoice: return Localized(fr: "Votre choix : ", en: "Your choice: ")
        case .whoTypes:
            return Localized(fr: "Qui tape les réponses ?\n  1  l'enquêteur ou le médiateur\n  2  la personne elle-même",
                             en: "Who types the answers?\n  1  the interviewer or mediator\n  2  the respondent")
        case .yourChoiceDefaultFirst: return Localized(fr: "Votre choix (Entrée : 1) : ", en: "Your choice (Enter: 1): ")
        case .resultsUnavailable:
            return Localized(fr: "Les résultats ne sont pas encore disponibles dans cette version d'Octant.",
                             en: "Results are not available yet in this version of Octant.")
        case .typeMenuChoice: return Localized(fr: "Tapez 1, 2, 3, 4 ou q.", en: "Type 1, 2, 3, 4 or q.")
        case .endedWithStatus(let status): return Localized(fr: "(terminé avec le code \(status))", en: "(ended with status \(status))")
        case .enterToReturn: return Localized(fr: "Entrée pour revenir au menu… ", en: "Enter to return to the menu… ")
        case .noQuestionnaire(let folder):
            return Localized(fr: "Aucun questionnaire dans le dossier Questionnaires/ d'ici (\(folder)).",
                             en: "No questionnaire in the Questionnaires/ folder here (\(folder)).")
        case .questionnaireNumber: return Localized(fr: "Numéro du questionnaire (Entrée : retour) : ", en: "Questionnaire number (Enter: back): ")
        case .typeNumber(let count): return Localized(fr: "Tapez un numéro de 1 à \(count).", en: "Type a number from 1 to \(count).")
        }
    }

    static let samples: [MenuText] = [
        .administer, .resume, .check, .results, .quit, .yourChoice, .whoTypes, .yourChoiceDefaultFirst, .resultsUnavailable,
        .typeMenuChoice, .endedWithStatus(1), .enterToReturn, .noQuestionnaire(folder: "/home/ana"), .questionnaireNumber, .typeNumber(upTo: 3),
    ]
}
