import Support

/// A runner catalogue whose every message also exists in easy-to-read words (FALC: short sentences, everyday words,
/// one idea a sentence), for a person who reads the screen alone or asked for easy texts.
protocol WordedCatalogue: MessageCatalogue {
    var easyRead: Localized { get }
}

extension WordedCatalogue {
    func text(_ language: Language, _ wording: Wording) -> String {
        switch wording {
        case .standard: return localized[language]
        case .easyRead: return easyRead[language]
        }
    }
}
