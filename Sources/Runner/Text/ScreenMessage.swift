import Foundation
import Support

/// The interview screens' own words (titles, progress, keys, help), French and English side by side, each in the
/// mediator's words and in easy-to-read words; the questionnaire's texts come from the questionnaire.
enum ScreenMessage: WordedCatalogue, Hashable {
    case specifyOther(label: String)
    case answerTyped(String)
    case confirmWarningKeys
    case confirmPause, confirmPauseKeys
    case confirmLeave
    case allAsked
    case thankYou, finishedAndSaved
    case paused, howToResume(command: String)
    case leftBeforeStart
    case sessionCode(String), participantCode(String)
    case waveTitle, waveQuestion
    case checkCodeTitle, codeElement(prompt: String, value: String), checkCodeQuestion, checkCodeKeys
    case elementProgress(Int, of: Int), questionProgress(Int, of: Int)
    case savedAnswer(String)
    /// Follows the option already recorded, in words, so that neither colour nor a symbol carries it alone.
    case recordedMark
    case interviewerNote(String)
    case rangeBetween(Decimal, Decimal), rangeFrom(Decimal), rangeUpTo(Decimal)
    case keysScale(points: Int), keysChoose, keysChooseTyped, keysTick, keysNumbers, keysNumber, keysText, keysCode
    case keyConfirm, keyKeep, keySkip, keyBack, keyRepeat, keyHelp, keyPause
    /// On a screen where answers are typed, a command letter is typed too, then Enter.
    case lettersThenEnter
    /// A long list on a small terminal shows a window of options.
    case moreOptions(first: Int, last: Int, of: Int)
    case helpTitle, helpDigits, helpEnter, helpSkip, helpBack, helpRepeat, helpPause, helpQuit
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
        case .confirmLeave:
            return Localized(fr: "Quitter ? L'entretien n'a pas commencé : rien n'est enregistré.",
                             en: "Leave? The interview has not started: nothing is saved.")
        case .allAsked: return Localized(fr: "Toutes les questions ont été posées.", en: "All the questions have been asked.")
        case .thankYou: return Localized(fr: "Merci pour vos réponses !", en: "Thank you for your answers!")
        case .finishedAndSaved: return Localized(fr: "Le questionnaire est terminé et enregistré.", en: "The questionnaire is finished and saved.")
        case .paused: return Localized(fr: "Entretien en pause. Les réponses sont enregistrées.", en: "Interview paused. The answers are saved.")
        case .howToResume(let command): return Localized(fr: "Pour reprendre : \(command)", en: "To resume: \(command)")
        case .leftBeforeStart:
            return Localized(fr: "Entretien abandonné avant de commencer : rien n'a été enregistré.",
                             en: "Interview left before it started: nothing was saved.")
        case .sessionCode(let code):
            return Localized(fr: "Code de la session (pour l'enquêteur) : \(code)", en: "Session code (for the interviewer): \(code)")
        case .participantCode(let code): return Localized(fr: "Code participant : \(code)", en: "Participant code: \(code)")
        case .waveTitle: return Localized(fr: "Vague de mesure", en: "Measurement wave")
        case .waveQuestion:
            return Localized(fr: "À quel moment de l'accompagnement cet entretien a-t-il lieu ?",
                             en: "At which point of the support does this interview take place?")
        case .checkCodeTitle: return Localized(fr: "Vérification du code participant", en: "Checking the participant code")
        case .codeElement(let prompt, let value): return Localized(fr: "  \(prompt) : \(value)", en: "  \(prompt): \(value)")
        case .checkCodeQuestion:
            return Localized(fr: "Relisez chaque élément avec la personne. Le code est-il juste ?",
                             en: "Read each element back to the person. Is the code right?")
        case .checkCodeKeys:
            return Localized(fr: "o : oui, commencer  ·  n : non, le retaper  ·  p : corriger le dernier élément",
                             en: "y: yes, start  ·  n: no, type it again  ·  p: correct the last element")
        case .elementProgress(let element, let count):
            return Localized(fr: "Élément \(element) sur \(count)", en: "Element \(element) of \(count)")
        case .questionProgress(let position, let total):
            return Localized(fr: "Question \(position) sur \(total)", en: "Question \(position) of \(total)")
        case .savedAnswer(let answer):
            return Localized(fr: "Réponse enregistrée : \(answer) (Entrée pour la garder)", en: "Saved answer: \(answer) (Enter keeps it)")
        case .recordedMark: return Localized(fr: "(réponse enregistrée)", en: "(saved answer)")
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
        case .keysChooseTyped: return Localized(fr: "tapez le numéro puis Entrée", en: "type the answer's number then Enter")
        case .keysTick: return Localized(fr: "numéros : cocher/décocher, puis Entrée", en: "numbers: tick/untick, then Enter")
        case .keysNumbers: return Localized(fr: "numéros séparés par des espaces, puis Entrée", en: "numbers separated by spaces, then Enter")
        case .keysNumber: return Localized(fr: "tapez le nombre puis Entrée", en: "type the number then Enter")
        case .keysText: return Localized(fr: "tapez la réponse puis Entrée", en: "type the answer then Enter")
        case .keysCode: return Localized(fr: "tapez l'élément puis Entrée", en: "type the element then Enter")
        case .keyConfirm: return Localized(fr: "Entrée : valider", en: "Enter: confirm")
        case .keyKeep: return Localized(fr: "Entrée : garder", en: "Enter: keep")
        case .keySkip: return Localized(fr: "s : sauter", en: "s: skip")
        case .keyBack: return Localized(fr: "p : retour", en: "p: back")
        case .keyRepeat: return Localized(fr: "r : répéter", en: "r: repeat")
        case .keyHelp: return Localized(fr: "? : aide", en: "?: help")
        case .keyPause: return Localized(fr: "q : pause", en: "q: pause")
        case .lettersThenEnter: return Localized(fr: "(lettre puis Entrée)", en: "(letter then Enter)")
        case .moreOptions(let first, let last, let count):
            return Localized(fr: "↑ ↓ : autres réponses (\(first) à \(last) sur \(count))",
                             en: "↑ ↓: more answers (\(first) to \(last) of \(count))")
        case .helpTitle: return Localized(fr: "Aide", en: "Help")
        case .helpDigits:
            return Localized(fr: "  Chiffres : choisir une réponse. Lettres indiquées : réponses comme « Je ne sais pas ».",
                             en: "  Digits: choose an answer. The letters shown: answers such as “I don't know”.")
        case .helpEnter:
            return Localized(fr: "  Entrée : valider une réponse tapée, ou garder la réponse déjà donnée. Entrée seule n'enregistre rien.",
                             en: "  Enter: confirm a typed answer, or keep the answer already given. Enter alone saves nothing.")
        case .helpSkip:
            return Localized(fr: "  s : sauter une question facultative (enregistrée comme « passée »).",
                             en: "  s: skip an optional question (saved as “skipped”).")
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

    var easyRead: Localized {
        switch self {
        case .specifyOther(let label):
            return Localized(fr: "Vous avez choisi « \(label) ». Écrivez votre réponse. Puis appuyez sur Entrée.",
                             en: "You chose “\(label)”. Write your answer. Then press Enter.")
        case .answerTyped(let answer): return Localized(fr: "Votre réponse : \(answer)", en: "Your answer: \(answer)")
        case .confirmWarningKeys:
            return Localized(fr: "Tapez o pour garder cette réponse.\nTapez n pour la changer.",
                             en: "Type y to keep this answer.\nType n to change it.")
        case .confirmPause:
            return Localized(fr: "Vous voulez faire une pause ? Vos réponses sont gardées. Vous pourrez continuer plus tard.",
                             en: "Do you want to take a break? Your answers are kept. You can go on later.")
        case .confirmPauseKeys:
            return Localized(fr: "Tapez o pour faire une pause.\nTapez n pour continuer.", en: "Type y to take a break.\nType n to go on.")
        case .confirmLeave:
            return Localized(fr: "Vous voulez arrêter ? Rien n'est gardé pour l'instant.", en: "Do you want to stop? Nothing is kept yet.")
        case .allAsked: return Localized(fr: "Vous avez vu toutes les questions.", en: "You have seen all the questions.")
        case .thankYou: return Localized(fr: "Merci pour vos réponses !", en: "Thank you for your answers!")
        case .finishedAndSaved: return Localized(fr: "C'est fini. Vos réponses sont gardées.", en: "It is finished. Your answers are kept.")
        case .paused: return Localized(fr: "C'est la pause. Vos réponses sont gardées.", en: "This is a break. Your answers are kept.")
        case .howToResume(let command):
            return Localized(fr: "Pour continuer plus tard, la personne qui vous accompagne tape : \(command)",
                             en: "To go on later, the person who helps you types: \(command)")
        case .leftBeforeStart: return Localized(fr: "Vous avez arrêté. Rien n'est gardé.", en: "You stopped. Nothing is kept.")
        case .sessionCode(let code):
            return Localized(fr: "Code à noter par la personne qui vous accompagne : \(code)",
                             en: "Code for the person who helps you to write down: \(code)")
        case .participantCode(let code): return Localized(fr: "Votre code : \(code)", en: "Your code: \(code)")
        case .waveTitle: return Localized(fr: "Le moment de l'accompagnement", en: "The time of the support")
        case .waveQuestion: return Localized(fr: "C'est quel moment ?", en: "Which time is it?")
        case .checkCodeTitle: return Localized(fr: "Votre code", en: "Your code")
        case .codeElement(let prompt, let value): return Localized(fr: "  \(prompt) : \(value)", en: "  \(prompt): \(value)")
        case .checkCodeQuestion: return Localized(fr: "Lisez votre code. Il est juste ?", en: "Read your code. Is it right?")
        case .checkCodeKeys:
            return Localized(fr: "Tapez o pour oui.\nTapez n pour non : vous le tapez encore une fois.",
                             en: "Type y for yes.\nType n for no: you type it one more time.")
        case .elementProgress(let element, let count):
            return Localized(fr: "Partie \(element) sur \(count)", en: "Part \(element) of \(count)")
        case .questionProgress(let position, let total):
            return Localized(fr: "Question \(position) sur \(total)", en: "Question \(position) of \(total)")
        case .savedAnswer(let answer): return Localized(fr: "Votre réponse : \(answer)", en: "Your answer: \(answer)")
        case .recordedMark: return Localized(fr: "(votre réponse)", en: "(your answer)")
        case .interviewerNote(let note): return Localized(fr: "Note : \(note)", en: "Note: \(note)")
        case .rangeBetween(let low, let high):
            let (a, b) = (Localized.decimal(low), Localized.decimal(high))
            return Localized(fr: "entre \(a.fr) et \(b.fr)", en: "from \(a.en) to \(b.en)")
        case .rangeFrom(let low):
            let a = Localized.decimal(low)
            return Localized(fr: "\(a.fr) ou plus", en: "\(a.en) or more")
        case .rangeUpTo(let high):
            let b = Localized.decimal(high)
            return Localized(fr: "\(b.fr) ou moins", en: "\(b.en) or less")
        case .keysScale(let points):
            return Localized(fr: "Pour répondre : tapez un chiffre de 1 à \(points).", en: "To answer: type a number from 1 to \(points).")
        case .keysChoose: return Localized(fr: "Pour répondre : tapez un numéro.", en: "To answer: type a number.")
        case .keysChooseTyped:
            return Localized(fr: "Pour répondre : tapez le numéro. Puis appuyez sur Entrée.", en: "To answer: type the number. Then press Enter.")
        case .keysTick:
            return Localized(fr: "Pour choisir : tapez un numéro. Puis appuyez sur Entrée.", en: "To choose: type a number. Then press Enter.")
        case .keysNumbers:
            return Localized(fr: "Pour choisir : tapez les numéros. Puis appuyez sur Entrée.", en: "To choose: type the numbers. Then press Enter.")
        case .keysNumber:
            return Localized(fr: "Pour répondre : tapez le nombre. Puis appuyez sur Entrée.", en: "To answer: type the number. Then press Enter.")
        case .keysText:
            return Localized(fr: "Pour répondre : écrivez. Puis appuyez sur Entrée.", en: "To answer: write. Then press Enter.")
        case .keysCode:
            return Localized(fr: "Tapez la réponse. Puis appuyez sur Entrée.", en: "Type the answer. Then press Enter.")
        case .keyConfirm: return Localized(fr: "Pour valider : appuyez sur Entrée.", en: "To confirm: press Enter.")
        case .keyKeep: return Localized(fr: "Pour garder votre réponse : appuyez sur Entrée.", en: "To keep your answer: press Enter.")
        case .keySkip: return Localized(fr: "Pour passer la question : tapez s.", en: "To skip the question: type s.")
        case .keyBack: return Localized(fr: "Pour revenir en arrière : tapez p.", en: "To go back: type p.")
        case .keyRepeat: return Localized(fr: "Pour relire : tapez r.", en: "To read again: type r.")
        case .keyHelp: return Localized(fr: "Pour de l'aide : tapez ?", en: "For help: type ?")
        case .keyPause: return Localized(fr: "Pour faire une pause : tapez q.", en: "To take a break: type q.")
        case .lettersThenEnter:
            return Localized(fr: "Après une lettre, appuyez sur Entrée.", en: "After a letter, press Enter.")
        case .moreOptions(let first, let last, let count):
            return Localized(fr: "Réponses \(first) à \(last) sur \(count). Flèches ↑ ↓ : voir les autres.",
                             en: "Answers \(first) to \(last) of \(count). Arrows ↑ ↓: see the others.")
        case .helpTitle: return Localized(fr: "Aide", en: "Help")
        case .helpDigits:
            return Localized(fr: "  Pour répondre, tapez le chiffre de votre réponse.", en: "  To answer, type the number of your answer.")
        case .helpEnter:
            return Localized(fr: "  Entrée sert à valider. Entrée seule ne répond pas.", en: "  Enter is to confirm. Enter alone does not answer.")
        case .helpSkip:
            return Localized(fr: "  Vous ne voulez pas répondre ? Tapez s.", en: "  You don't want to answer? Type s.")
        case .helpBack:
            return Localized(fr: "  Pour changer une réponse : tapez p. Vous revenez à la question d'avant.",
                             en: "  To change an answer: type p. You go back to the question before.")
        case .helpRepeat: return Localized(fr: "  Pour relire la question : tapez r.", en: "  To read the question again: type r.")
        case .helpPause:
            return Localized(fr: "  Pour faire une pause : tapez q. Vos réponses sont gardées.",
                             en: "  To take a break: type q. Your answers are kept.")
        case .helpQuit:
            return Localized(fr: "  Un problème ? Appelez la personne qui vous accompagne.",
                             en: "  A problem? Call the person who helps you.")
        case .skipped: return Localized(fr: "pas de réponse", en: "no answer")
        }
    }

    static let samples: [ScreenMessage] = [
        .specifyOther(label: "Autre"), .answerTyped("120"), .confirmWarningKeys, .confirmPause, .confirmPauseKeys, .confirmLeave,
        .allAsked, .thankYou, .finishedAndSaved, .paused, .howToResume(command: "octant run --resume --data t2"),
        .leftBeforeStart, .sessionCode("K7M2Q9"), .participantCode("EL05X"), .waveTitle, .waveQuestion,
        .checkCodeTitle, .codeElement(prompt: "Jour de naissance", value: "05"), .checkCodeQuestion, .checkCodeKeys,
        .elementProgress(1, of: 3), .questionProgress(4, of: 60), .savedAnswer("3 (Plutôt d'accord)"), .recordedMark,
        .interviewerNote("Lire lentement"), .rangeBetween(0, Decimal(string: "2.5")!), .rangeFrom(16), .rangeUpTo(110),
        .keysScale(points: 8), .keysChoose, .keysChooseTyped, .keysTick, .keysNumbers, .keysNumber, .keysText, .keysCode,
        .keyConfirm, .keyKeep, .keySkip, .keyBack, .keyRepeat, .keyHelp, .keyPause, .lettersThenEnter, .moreOptions(first: 1, last: 4, of: 12),
        .helpTitle, .helpDigits, .helpEnter, .helpSkip, .helpBack, .helpRepeat, .helpPause, .helpQuit, .skipped,
    ]
}
