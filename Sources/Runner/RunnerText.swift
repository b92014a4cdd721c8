import Foundation
import Questionnaire
import Support

/// The runner's own messages, French and English side by side.
enum RunnerText {
    static func escapeHint(_ escapes: [EscapeAnswer], _ l: Language) -> String {
        escapes.isEmpty ? "" : l.pick(fr: ", ou ", en: ", or ") + escapes.map { String($0.key) }.joined(separator: l.pick(fr: " ou ", en: " or "))
    }

    static func typeDigit(_ low: Int, _ high: Int, _ escapes: [EscapeAnswer], _ l: Language) -> String {
        l.pick(fr: "Tapez un chiffre de \(low) à \(high)", en: "Type a number from \(low) to \(high)") + escapeHint(escapes, l)
    }

    static func typeOption(_ count: Int, _ escapes: [EscapeAnswer], _ l: Language) -> String {
        l.pick(fr: "Tapez un numéro de 1 à \(count)", en: "Type a number from 1 to \(count)") + escapeHint(escapes, l)
    }

    static func typeOptions(_ count: Int, _ l: Language) -> String {
        l.pick(fr: "Tapez des numéros de 1 à \(count), séparés par des espaces", en: "Type numbers from 1 to \(count), separated by spaces")
    }

    static func exclusiveAlone(_ label: String, _ l: Language) -> String {
        l.pick(fr: "« \(label) » ne va pas avec d'autres réponses", en: "“\(label)” cannot be combined with other answers")
    }

    static func atLeast(_ n: Int, _ l: Language) -> String {
        l.pick(fr: "Choisissez au moins \(n) réponse\(n > 1 ? "s" : "")", en: "Choose at least \(n) answer\(n > 1 ? "s" : "")")
    }

    static func atMost(_ n: Int, _ l: Language) -> String {
        l.pick(fr: "Choisissez au plus \(n) réponse\(n > 1 ? "s" : "")", en: "Choose at most \(n) answer\(n > 1 ? "s" : "")")
    }

    static func tooLong(_ n: Int, _ l: Language) -> String {
        l.pick(fr: "Réponse trop longue : \(n) caractères au plus", en: "Answer too long: at most \(n) characters")
    }

    static func number(_ value: Decimal, _ l: Language) -> String {
        let text = NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
        return l == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func typeNumber(_ format: NumberFormat, _ l: Language) -> String {
        let kind = format.allowsDecimals ? l.pick(fr: "un nombre", en: "a number") : l.pick(fr: "un nombre entier", en: "a whole number")
        switch (format.minimum, format.maximum) {
        case let (low?, high?):
            return l.pick(fr: "Tapez \(kind) de \(number(low, l)) à \(number(high, l))", en: "Type \(kind) from \(number(low, l)) to \(number(high, l))")
        case let (low?, nil):
            return l.pick(fr: "Tapez \(kind) (au moins \(number(low, l)))", en: "Type \(kind) (at least \(number(low, l)))")
        case let (nil, high?):
            return l.pick(fr: "Tapez \(kind) (au plus \(number(high, l)))", en: "Type \(kind) (at most \(number(high, l)))")
        case (nil, nil):
            return l.pick(fr: "Tapez \(kind)", en: "Type \(kind)")
        }
    }

    static func required(_ l: Language) -> String {
        l.pick(fr: "Cette question demande une réponse", en: "This question needs an answer")
    }

    static func firstQuestion(_ l: Language) -> String {
        l.pick(fr: "C'est la première question", en: "This is the first question")
    }

    static func codeLetters(_ n: Int, _ l: Language) -> String {
        l.pick(fr: "Tapez \(n) lettre\(n > 1 ? "s" : ""), ou Entrée si la personne ne sait pas",
               en: "Type \(n) letter\(n > 1 ? "s" : ""), or Enter if the person does not know")
    }

    static func codeDigits(_ n: Int, _ l: Language) -> String {
        l.pick(fr: "Tapez \(n) chiffre\(n > 1 ? "s" : ""), ou Entrée si la personne ne sait pas",
               en: "Type \(n) digit\(n > 1 ? "s" : ""), or Enter if the person does not know")
    }

    static func pressEnterToFinish(_ l: Language) -> String {
        l.pick(fr: "Appuyez sur Entrée pour terminer, ou p pour revenir en arrière",
               en: "Press Enter to finish, or p to go back")
    }

    static func answerYesOrNo(_ l: Language) -> String {
        l.pick(fr: "Tapez o pour oui, n pour non", en: "Type y for yes, n for no")
    }

    static func isYes(_ text: String) -> Bool { ["o", "oui", "y", "yes"].contains(text.lowercased()) }
    static func isNo(_ text: String) -> Bool { ["n", "non", "no"].contains(text.lowercased()) }
}
