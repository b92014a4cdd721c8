import Foundation
import Questionnaire
import Support

/// What the interview says on its message line when a key or a line cannot be taken: French and English side by
/// side, each in the mediator's words and in easy-to-read words.
enum RunnerText: WordedCatalogue, Hashable {
    case typeDigit(low: Int, high: Int, escapeKeys: [Character])
    case typeOption(count: Int, escapeKeys: [Character])
    case typeOptions(count: Int)
    case exclusiveAlone(label: String)
    case atLeast(Int), atMost(Int)
    case tooLong(Int)
    case typeNumber(NumberFormat)
    case required
    /// Enter on a question with no answer yet: it records nothing.
    case answerOrSkip
    case firstQuestion
    case codeLetters(Int), codeDigits(Int)
    case codeTypedAgain
    case confirmCodeKeys
    case chooseWave(count: Int)
    case pressEnterToFinish

    var localized: Localized {
        switch self {
        case .typeDigit(let low, let high, let keys):
            return Localized(fr: "Tapez un chiffre de \(low) à \(high)", en: "Type a number from \(low) to \(high)") + Self.escapeHint(keys)
        case .typeOption(let count, let keys):
            return Localized(fr: "Tapez un numéro de 1 à \(count)", en: "Type a number from 1 to \(count)") + Self.escapeHint(keys)
        case .typeOptions(let count):
            return Localized(fr: "Tapez des numéros de 1 à \(count), séparés par des espaces",
                             en: "Type numbers from 1 to \(count), separated by spaces")
        case .exclusiveAlone(let label):
            return Localized(fr: "« \(label) » ne va pas avec d'autres réponses", en: "“\(label)” cannot be combined with other answers")
        case .atLeast(let n):
            return .plural(n, fr: ("Choisissez au moins \(n) réponse", "Choisissez au moins \(n) réponses"),
                           en: ("Choose at least \(n) answer", "Choose at least \(n) answers"))
        case .atMost(let n):
            return .plural(n, fr: ("Choisissez au plus \(n) réponse", "Choisissez au plus \(n) réponses"),
                           en: ("Choose at most \(n) answer", "Choose at most \(n) answers"))
        case .tooLong(let n):
            return .plural(n, fr: ("Réponse trop longue : \(n) caractère au plus", "Réponse trop longue : \(n) caractères au plus"),
                           en: ("Answer too long: at most \(n) character", "Answer too long: at most \(n) characters"))
        case .typeNumber(let format):
            let kind = format.allowsDecimals ? Localized(fr: "un nombre", en: "a number") : Localized(fr: "un nombre entier", en: "a whole number")
            return Localized(fr: "Tapez \(kind.fr)", en: "Type \(kind.en)") + Self.range(format)
        case .required:
            return Localized(fr: "Cette question demande une réponse", en: "This question needs an answer")
        case .answerOrSkip:
            return Localized(fr: "Rien n'est enregistré : tapez une réponse, ou s pour sauter la question",
                             en: "Nothing saved: type an answer, or s to skip the question")
        case .firstQuestion:
            return Localized(fr: "C'est la première question", en: "This is the first question")
        case .codeLetters(let n):
            return .plural(n, fr: ("Tapez \(n) lettre, ou x si la personne ne sait pas", "Tapez \(n) lettres, ou x si la personne ne sait pas"),
                           en: ("Type \(n) letter, or x if the person does not know", "Type \(n) letters, or x if the person does not know"))
        case .codeDigits(let n):
            return .plural(n, fr: ("Tapez \(n) chiffre, ou x si la personne ne sait pas", "Tapez \(n) chiffres, ou x si la personne ne sait pas"),
                           en: ("Type \(n) digit, or x if the person does not know", "Type \(n) digits, or x if the person does not know"))
        case .codeTypedAgain:
            return Localized(fr: "Le code est effacé : tapez-le de nouveau", en: "The code is cleared: type it again")
        case .confirmCodeKeys:
            return Localized(fr: "Tapez o si le code est juste, n pour le retaper", en: "Type y if the code is right, n to type it again")
        case .chooseWave(let count):
            return Localized(fr: "Tapez le numéro de la vague, de 1 à \(count)", en: "Type the number of the wave, from 1 to \(count)")
        case .pressEnterToFinish:
            return Localized(fr: "Appuyez sur Entrée pour terminer, ou p pour revenir en arrière", en: "Press Enter to finish, or p to go back")
        }
    }

    var easyRead: Localized {
        switch self {
        case .typeDigit(let low, let high, let keys):
            return Localized(fr: "Tapez un chiffre. Entre \(low) et \(high).", en: "Type a number. From \(low) to \(high).") + Self.easyEscapeHint(keys)
        case .typeOption(let count, let keys):
            return Localized(fr: "Tapez un numéro. Entre 1 et \(count).", en: "Type a number. From 1 to \(count).") + Self.easyEscapeHint(keys)
        case .typeOptions(let count):
            return Localized(fr: "Tapez des numéros. Entre 1 et \(count).", en: "Type numbers. From 1 to \(count).")
        case .exclusiveAlone(let label):
            return Localized(fr: "« \(label) » va tout seul. Enlevez les autres réponses.",
                             en: "“\(label)” goes alone. Remove the other answers.")
        case .atLeast(let n):
            return .plural(n, fr: ("Choisissez \(n) réponse ou plus.", "Choisissez \(n) réponses ou plus."),
                           en: ("Choose \(n) answer or more.", "Choose \(n) answers or more."))
        case .atMost(let n):
            return .plural(n, fr: ("Choisissez \(n) réponse au plus.", "Choisissez \(n) réponses au plus."),
                           en: ("Choose \(n) answer or fewer.", "Choose \(n) answers or fewer."))
        case .tooLong(let n):
            return Localized(fr: "C'est trop long. Écrivez moins. \(n) signes au plus.",
                             en: "This is too long. Write less. \(n) signs at most.")
        case .typeNumber(let format):
            let kind = format.allowsDecimals ? Localized(fr: "Tapez un nombre.", en: "Type a number.")
                : Localized(fr: "Tapez un nombre sans virgule.", en: "Type a number without a decimal point.")
            return kind + Self.easyRange(format)
        case .required:
            return Localized(fr: "Il faut répondre à cette question.", en: "You need to answer this question.")
        case .answerOrSkip:
            return Localized(fr: "Rien n'est enregistré. Tapez une réponse. Ou tapez s pour passer.",
                             en: "Nothing is saved. Type an answer. Or type s to skip.")
        case .firstQuestion:
            return Localized(fr: "C'est la première question.", en: "This is the first question.")
        case .codeLetters(let n):
            return .plural(n, fr: ("Tapez \(n) lettre. Vous ne savez pas ? Tapez x.", "Tapez \(n) lettres. Vous ne savez pas ? Tapez x."),
                           en: ("Type \(n) letter. You don't know? Type x.", "Type \(n) letters. You don't know? Type x."))
        case .codeDigits(let n):
            return .plural(n, fr: ("Tapez \(n) chiffre. Vous ne savez pas ? Tapez x.", "Tapez \(n) chiffres. Vous ne savez pas ? Tapez x."),
                           en: ("Type \(n) digit. You don't know? Type x.", "Type \(n) digits. You don't know? Type x."))
        case .codeTypedAgain:
            return Localized(fr: "Le code est effacé. Tapez-le encore une fois.", en: "The code is gone. Type it one more time.")
        case .confirmCodeKeys:
            return Localized(fr: "C'est juste ? Tapez o pour oui. Tapez n pour non.", en: "Is it right? Type y for yes. Type n for no.")
        case .chooseWave(let count):
            return Localized(fr: "Tapez un numéro. Entre 1 et \(count).", en: "Type a number. From 1 to \(count).")
        case .pressEnterToFinish:
            return Localized(fr: "Appuyez sur Entrée pour finir.", en: "Press Enter to finish.")
        }
    }

    /// The escape keys the question allows ("j", "k"), appended to the digits: ", ou j ou k".
    private static func escapeHint(_ keys: [Character]) -> Localized {
        guard !keys.isEmpty else { return Localized(invariant: "") }
        let list = keys.map(String.init)
        return Localized(fr: ", ou " + list.joined(separator: " ou "), en: ", or " + list.joined(separator: " or "))
    }

    private static func easyEscapeHint(_ keys: [Character]) -> Localized {
        guard !keys.isEmpty else { return Localized(invariant: "") }
        let list = keys.map(String.init)
        return Localized(fr: " Ou une lettre : " + list.joined(separator: ", ") + ".", en: " Or a letter: " + list.joined(separator: ", ") + ".")
    }

    private static func range(_ format: NumberFormat) -> Localized {
        switch (format.minimum.map(Localized.decimal), format.maximum.map(Localized.decimal)) {
        case let (low?, high?): return Localized(fr: " de \(low.fr) à \(high.fr)", en: " from \(low.en) to \(high.en)")
        case let (low?, nil): return Localized(fr: " (au moins \(low.fr))", en: " (at least \(low.en))")
        case let (nil, high?): return Localized(fr: " (au plus \(high.fr))", en: " (at most \(high.en))")
        default: return Localized(invariant: "")
        }
    }

    private static func easyRange(_ format: NumberFormat) -> Localized {
        switch (format.minimum.map(Localized.decimal), format.maximum.map(Localized.decimal)) {
        case let (low?, high?): return Localized(fr: " Entre \(low.fr) et \(high.fr).", en: " From \(low.en) to \(high.en).")
        case let (low?, nil): return Localized(fr: " \(low.fr) ou plus.", en: " \(low.en) or more.")
        case let (nil, high?): return Localized(fr: " \(high.fr) ou moins.", en: " \(high.en) or less.")
        default: return Localized(invariant: "")
        }
    }

    static let samples: [RunnerText] = [
        .typeDigit(low: 1, high: 8, escapeKeys: []), .typeDigit(low: 1, high: 8, escapeKeys: ["j", "k"]),
        .typeOption(count: 3, escapeKeys: ["j"]), .typeOptions(count: 5), .exclusiveAlone(label: "Aucun"),
        .atLeast(1), .atLeast(2), .atMost(0), .atMost(3), .tooLong(1), .tooLong(200),
        .typeNumber(NumberFormat(minimum: 0, maximum: Decimal(string: "2.5"), allowsDecimals: true)),
        .typeNumber(NumberFormat(minimum: 16)), .typeNumber(NumberFormat(maximum: 110)), .typeNumber(NumberFormat()),
        .required, .answerOrSkip, .firstQuestion, .codeLetters(1), .codeLetters(2), .codeDigits(2), .codeTypedAgain,
        .confirmCodeKeys, .chooseWave(count: 2), .pressEnterToFinish,
    ]
}
