import Foundation
import Questionnaire
import Support

/// What the interview says on its message line when a key or a line cannot be taken: French and English side by side.
enum RunnerText: MessageCatalogue, Hashable {
    case typeDigit(low: Int, high: Int, escapeKeys: [Character])
    case typeOption(count: Int, escapeKeys: [Character])
    case typeOptions(count: Int)
    case exclusiveAlone(label: String)
    case atLeast(Int), atMost(Int)
    case tooLong(Int)
    case typeNumber(NumberFormat)
    case required
    case firstQuestion
    case codeLetters(Int), codeDigits(Int)
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
            switch (format.minimum.map(Localized.decimal), format.maximum.map(Localized.decimal)) {
            case let (low?, high?):
                return Localized(fr: "Tapez \(kind.fr) de \(low.fr) à \(high.fr)", en: "Type \(kind.en) from \(low.en) to \(high.en)")
            case let (low?, nil):
                return Localized(fr: "Tapez \(kind.fr) (au moins \(low.fr))", en: "Type \(kind.en) (at least \(low.en))")
            case let (nil, high?):
                return Localized(fr: "Tapez \(kind.fr) (au plus \(high.fr))", en: "Type \(kind.en) (at most \(high.en))")
            default:
                return Localized(fr: "Tapez \(kind.fr)", en: "Type \(kind.en)")
            }
        case .required:
            return Localized(fr: "Cette question demande une réponse", en: "This question needs an answer")
        case .firstQuestion:
            return Localized(fr: "C'est la première question", en: "This is the first question")
        case .codeLetters(let n):
            return .plural(n, fr: ("Tapez \(n) lettre, ou Entrée si la personne ne sait pas", "Tapez \(n) lettres, ou Entrée si la personne ne sait pas"),
                           en: ("Type \(n) letter, or Enter if the person does not know", "Type \(n) letters, or Enter if the person does not know"))
        case .codeDigits(let n):
            return .plural(n, fr: ("Tapez \(n) chiffre, ou Entrée si la personne ne sait pas", "Tapez \(n) chiffres, ou Entrée si la personne ne sait pas"),
                           en: ("Type \(n) digit, or Enter if the person does not know", "Type \(n) digits, or Enter if the person does not know"))
        case .pressEnterToFinish:
            return Localized(fr: "Appuyez sur Entrée pour terminer, ou p pour revenir en arrière", en: "Press Enter to finish, or p to go back")
        }
    }

    /// The escape keys the question allows ("j", "k"), appended to the digits: ", ou j ou k".
    private static func escapeHint(_ keys: [Character]) -> Localized {
        guard !keys.isEmpty else { return Localized(invariant: "") }
        let list = keys.map(String.init)
        return Localized(fr: ", ou " + list.joined(separator: " ou "), en: ", or " + list.joined(separator: " or "))
    }

    static let samples: [RunnerText] = [
        .typeDigit(low: 1, high: 8, escapeKeys: []), .typeDigit(low: 1, high: 8, escapeKeys: ["j", "k"]),
        .typeOption(count: 3, escapeKeys: ["j"]), .typeOptions(count: 5), .exclusiveAlone(label: "Aucun"),
        .atLeast(1), .atLeast(2), .atMost(0), .atMost(3), .tooLong(1), .tooLong(200),
        .typeNumber(NumberFormat(minimum: 0, maximum: Decimal(string: "2.5"), allowsDecimals: true)),
        .typeNumber(NumberFormat(minimum: 16)), .typeNumber(NumberFormat(maximum: 110)), .typeNumber(NumberFormat()),
        .required, .firstQuestion, .codeLetters(1), .codeLetters(2), .codeDigits(2), .pressEnterToFinish,
    ]
}
