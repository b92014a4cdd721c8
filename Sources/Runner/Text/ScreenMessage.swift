import Foundation
import Support

/// The interview screens' own words (titles, progress, keys, help), French and English side by side; the
/// questionnaire's texts come from the questionnaire.
enum ScreenMessage: MessageCatalogue, Hashable {
    case specifyOther(label: String)
    case answerTyped(String)
    case confirmWarningKeys
    case confirmPause, confirmPauseKeys
    case allAsked
    case thankYou, finishedAndSaved
    case paused, howToResume
    case leftBeforeStart
    case sessionCode(String), participantCode(String)
    case elementProgress(Int, of: Int), questionProgress(Int, of: Int)
    case savedAnswer(String)
    case interviewerNote(String)
    case rangeBetween(Decimal, Decimal), rangeFrom(Decimal), rangeUpTo(Decimal)
    case keysScale(points: Int), keysChoose, keysTick, keysNumbers, keysNumber, keysText
    case keyConfirm, keyKeep, keySkip, keyBack, keyRepeat, keyHelp, keyPause
    case helpTitle, helpDigits, helpEnter, helpBack, helpRepeat, helpPause, helpQuit
    case skipped

    var localized: Localized {
        switch self {
        case .specifyOther(let label):
            return Localized(fr: "« \(label) » : précisez, puis Entrée", en: "“\(label)”: please specify, then Enter")
        case .answerTyped(let answer): return Localized(fr: "Réponse tapée : \(answer)", en: "Answer typed: \(answer)")
        case .confirmWarningKeys: return Localized(fr: "o : oui, je confirme    n : non, corriger", en: "y: yes, I confirm    n: no, correct it")
        case .confirmPause:
            return Localized(fr: "Mettre l'entretien en pause ? Les réponses sont enregistrées ; il pourra être repris.",
                             en: "Pause the interview? The answers are saved; it can be resumed.")
        case .confirmPauseKeys: return Localized(fr: "o : oui, pause    n : non, continuer", en: "y: yes, pause    n: no, continue")
        case .allAsked: return Localized(fr: "Toutes les questions ont été posées.", en: "All the questions have been asked.")
        case .thankYou: return Localized(fr: "Merci pour vos réponses !", en: "Thank you for your answers!")
        case .finishedAndSaved: return Localized(fr: "Le questionnaire est terminé et enregistré.", en: "The questionnaire is finished and saved.")
        case .paused: return Localized(fr: "Entretien en pause. Les réponses sont enregistrées.", en: "Interview paused. The answers are saved.")
        case .howToResume: return Localized(fr: "Pour reprendre : octant run --resume", en: "To resume: octant run --resume")
        case .leftBeforeStart:
            return Localized(fr: "Entretien abandonné avant de commencer : rien n'a été enregistré.",
                             en: "Interview left before it started: nothing was saved.")
        case .sessionCode(let code):
            return Localized(fr: "Code de la session (pour l'enquêteur) : \(code)", en: "Session code (for the interviewer): \(code)")
        case .participantCode(let code): return Localized(fr: "Code participant : \(code)", en: "Participant code: \(code)")
        case .elementProgress(let element, let count):
            return Localized(fr: "Élément \(element) sur \(count)", en: "Element \(element) of \(count)")
        case .questionProgress(let position, let total):
            return Localized(fr: "Question \(position) sur \(total)", en: "Question \(position) of \(total)")
        case .savedAnswer(let answer):
            return Localized(fr: "Réponse enregistrée : \(answer) (Entrée pour la garder)", en: "Saved answer: \(answer) (Enter keeps it)")
        case .interviewerNote(let note): return Localized(fr: "Note pour l'enquêteur : \(note)", en: "Interviewer note: \(note)")
        case .rangeBetween(let low, let high):
            let (a, b) = (Localized.decimal(low), Localized.decimal(high))
            return Localized(fr: "de \(a.fr) à \(b.fr)", en: "from \(a.en) to \(b.en)")
        case .rangeFrom(let low):
            let a = Localized.decimal(low)
            return Localized(fr: "au moins \(a.fr)", en: "at least \(a.en)")
        case .rangeUpTo(let high):
            let b = Localized.decimal(high)
            return Localized(fr: "au plus \(b.fr)", en: "at most \(b.en)")
        case .keysScale(let points): return Localized(fr: "1 à \(points) : répondre", en: "1 to \(points): answer")
        case .keysChoose: return Localized(fr: "numéro : choisir", en: "number: choose")
        case .keysTick: return Localized(fr: "numéros : cocher/décocher, puis Entrée", en: "numbers: tick/untick, then Enter")
        case .keysNumbers: return Localized(fr: "numéros séparés par des espaces, puis Entrée", en: "numbers separated by spaces, then Enter")
        case .keysNumber: return Localized(fr: "tapez le nombre puis Entrée", en: "type the number then Enter")
        case .keysText: return Localized(fr: "tapez la réponse puis Entrée", en: "type the answer then Enter")
        case .keyConfirm: return Localized(fr: "Entrée : valider", en: "Enter: confirm")
        case .keyKeep: return Localized(fr: "Entrée : garder", en: "Enter: keep")
        case .keySkip: return Localized(fr: "Entrée : passer", en: "Enter: skip")
        case .keyBack: return Localized(fr: "p : retour", en: "p: back")
        case .keyRepeat: return Localized(fr: "r : répéter", en: "r: repeat")
        case .keyHelp: return Localized(fr: "? : aide", en: "?: help")
        case .keyPause: return Localized(fr: "q : pause", en: "q: pause")
        case .helpTitle: return Localized(fr: "Aide", en: "Help")
        case .helpDigits:
            return Localized(fr: "  Chiffres : choisir une réponse. Lettres indiquées : réponses comme « Je ne sais pas ».",
                             en: "  Digits: choose an answer. The letters shown: answers such as “I don't know”.")
        case .helpEnter:
            return Localized(fr: "  Entrée : passer une question facultative (ou garder la réponse déjà donnée).",
                             en: "  Enter: skip an optional question (or keep the answer already given).")
        case .helpBack:
            return Localized(fr: "  p ou ← : question précédente, la réponse peut être changée.",
                             en: "  p or ←: previous question; the answer can be changed.")
        case .helpRepeat:
            return Localized(fr: "  r : afficher de nouveau la question (pour la relire).", en: "  r: show the question again (to read it aloud).")
        case .helpPause:
            return Localized(fr: "  q : pause ; chaque réponse est déjà enregistrée, l'entretien pourra être repris.",
                             en: "  q: pause; every answer is already saved, the interview can be resumed.")
        case .helpQuit:
            return Localized(fr: "  Ctrl-C : quitter tout de suite (les réponses données restent enregistrées).",
                             en: "  Ctrl-C: quit at once (the answers given stay saved).")
        case .skipped: return Localized(fr: "passée", en: "skipped")
        }
    }

    static let samples: [ScreenMessage] = [
        .specifyOther(label: "Autre"), .answerTyped("120"), .confirmWarningKeys, .confirmPause, .confirmPauseKeys, .allAsked,
        .thankYou, .finishedAndSaved, .paused, .howToResume, .leftBeforeStart, .sessionCode("K7M2Q9"), .participantCode("EL05X"),
        .elementProgress(1, of: 3), .questionProgress(4, of: 60), .savedAnswer("3 (Plutôt d'accord)"), .interviewerNote("Lire lentement"),
        .rangeBetween(0, Decimal(string: "2.5")!), .rangeFrom(16), .rangeUpTo(110),
        .keysScale(points: 8), .keysChoose, .keysTick, .keysNumbers, .keysNumber, .keysText,
        .keyConfirm, .keyKeep, .keySkip, .keyBack, .keyRepeat, .keyHelp, .keyPause,
        .helpTitle, .helpDigits, .helpEnter, .helpBack, .helpRepeat, .helpPause, .helpQuit, .skipped,
    ]
}
