import Foundation
import Support

extension Localized {
    /// A decimal as each language writes it (comma in French), never rounded: a typed bound is shown as declared.
    static func decimal(_ value: Decimal) -> Localized {
        let text = NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
        return Localized(fr: text.replacingOccurrences(of: ".", with: ","), en: text)
    }
}
