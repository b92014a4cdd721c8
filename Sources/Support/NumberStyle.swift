import Foundation

/// Numbers as a reader of the language expects them: decimal comma and narrow no-break spaces between thousands in
/// French, point and commas in English; p-values that never read as 0; percent signs. Locale-free on purpose: the
/// machine's locale must not change a report.
public struct NumberStyle: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    var decimalSeparator: Character { language == .fr ? "," : "." }
    /// French groups thousands with U+202F (narrow no-break space), from five digits on as French typography does.
    var groupSeparator: String { language == .fr ? "\u{202F}" : "," }
    var groupFrom: Int { language == .fr ? 10_000 : 10_000 }

    /// Fixed decimals, or four significant digits when `decimals` is nil; "—" for a missing or non-finite value.
    public func number(_ value: Double?, decimals: Int? = nil) -> String {
        guard let value, value.isFinite else { return "—" }
        var text: String
        if let decimals {
            text = String(format: "%.\(decimals)f", value)
        } else {
            text = String(format: "%.4g", value)
            if text.contains("e") { text = String(format: "%.2e", value) }
        }
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return localised(text)
    }

    /// A count: whole, grouped by thousands from 10,000.
    public func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard value.magnitude >= groupFrom else { return value < 0 ? "-" + digits : digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: groupSeparator)
    }

    /// A mean: two decimals.
    public func mean(_ value: Double?) -> String { number(value, decimals: 2) }

    /// "p < 0,001" below a thousandth, "p = 0,012" otherwise.
    public func p(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        if value < 0.001 { return "p < " + localised("0.001") }
        return "p = " + number(value, decimals: 3)
    }

    /// p in a column headed p: "0,012", "< 0,001", "—".
    public func pCell(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return value < 0.001 ? "< " + localised("0.001") : number(value, decimals: 3)
    }

    /// One decimal and the percent sign, spaced in French.
    public func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return number(value, decimals: 1) + (language == .fr ? " %" : "%")
    }

    private func localised(_ text: String) -> String {
        decimalSeparator == "." ? text : String(text.map { $0 == "." ? decimalSeparator : $0 })
    }
}
