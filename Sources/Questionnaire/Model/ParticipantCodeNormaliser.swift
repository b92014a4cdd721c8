import Foundation

/// Turns what a person answers for one element of the participant code into its stable form:
/// upper case, accents removed, `X` for each character when they do not know.
public enum ParticipantCodeNormaliser {
    /// Answers that mean "I don't know" (compared after folding case and accents).
    static let unknownAnswers: Set<String> = ["", "x", "xx", "xxx", "nsp", "ne sait pas", "je ne sais pas", "sais pas",
                                             "dk", "don't know", "dont know", "i don't know", "unknown"]

    /// The normalised element, or nil when the answer does not fit (a letter element given digits, too many digits…).
    /// Letters: the first `length` letters of the answer ("Marie" → "MA"); fewer letters are padded with `X`.
    /// Digits: exactly the number, left-padded with zeros ("5" → "05" for two digits).
    public static func normalise(_ answer: String, element: ParticipantCode.Element) -> String? {
        let folded = answer.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
        if unknownAnswers.contains(folded.lowercased().replacingOccurrences(of: "’", with: "'")) {
            return String(repeating: "X", count: element.length)
        }
        switch element.kind {
        case .letters:
            let letters = folded.uppercased().unicodeScalars.filter { ("A"..."Z").contains($0) }
            guard !letters.isEmpty, folded.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) || $0 == " " || $0 == "-" || $0 == "'" })
            else { return nil }
            let kept = String(String.UnicodeScalarView(letters.prefix(element.length)))
            return kept + String(repeating: "X", count: element.length - kept.count)
        case .digits:
            let digits = folded.unicodeScalars.filter { ("0"..."9").contains($0) }
            guard !digits.isEmpty, digits.count == folded.unicodeScalars.count, digits.count <= element.length else { return nil }
            let kept = String(String.UnicodeScalarView(digits))
            return String(repeating: "0", count: element.length - kept.count) + kept
        }
    }
}
