import Foundation
import Questionnaire
import Support

/// Numbers as a French or English reader expects them: decimal comma in French, p-values that never
/// read as 0, fixed decimals for means.
public enum Format {
    public static func number(_ value: Double, decimals: Int? = nil, language: Language) -> String {
        guard value.isFinite else { return "—" }
        var text: String
        if let decimals {
            text = String(format: "%.\(decimals)f", value)
        } else {
            text = String(format: "%.4g", value)
            if text.contains("e") { text = String(format: "%.2e", value) }
        }
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    public static func mean(_ value: Double?, language: Language) -> String {
        value.map { number($0, decimals: 2, language: language) } ?? "—"
    }

    /// "p < 0,001" below a thousandth, three decimals otherwise.
    public static func p(_ value: Double?, language: Language) -> String {
        guard let value, value.isFinite else { return "—" }
        if value < 0.001 { return language == .fr ? "p < 0,001" : "p < 0.001" }
        return "p = " + number(value, decimals: 3, language: language)
    }

    public static func percent(_ value: Double?, language: Language) -> String {
        guard let value else { return "—" }
        return number(value, decimals: 1, language: language) + (language == .fr ? " %" : "%")
    }

    public static func postHocName(_ method: AnalysisPlan.PostHoc, _ l: Language) -> String {
        switch method {
        case .lsd: return l.pick(fr: "test post hoc LSD de Fisher", en: "Fisher's LSD post hoc test")
        case .tukey: return l.pick(fr: "test HSD de Tukey–Kramer", en: "Tukey–Kramer HSD test")
        case .bonferroni: return l.pick(fr: "comparaisons par paires avec correction de Bonferroni", en: "pairwise comparisons, Bonferroni-corrected")
        case .holm: return l.pick(fr: "comparaisons par paires avec correction de Holm", en: "pairwise comparisons, Holm-corrected")
        case .gamesHowell: return l.pick(fr: "test de Games–Howell", en: "Games–Howell test")
        }
    }
}
