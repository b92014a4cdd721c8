import Foundation
import Questionnaire

/// Text made safe for HTML and SVG, in content and in attribute values alike: the five markup
/// characters become references, and what could hide or reorder text (control characters, bidi
/// overrides) or break XML well-formedness (U+FFFE, U+FFFF) is removed. Labels come from
/// questionnaires and answers, so nothing in them may become markup.
enum MarkupText {
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\n", "\r", "\t": out.append(" ")
            default: if !isRemoved(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true  // bidi embeddings, overrides and isolates can disguise text
        case 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// At most `limit` characters, an ellipsis marking the cut (the full text goes in a `<title>`).
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))).trimmingTrailingSpaces + "…"
    }
}

/// SVG coordinates in the C locale with at most one decimal, so that renderings are stable.
func svgNumber(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    var text = String(format: "%.1f", value)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text == "-0" ? "0" : text
}

/// An RGB colour written as `#rrggbb`, with the WCAG 2 relative luminance used to pick readable text on it.
struct ChartColor: Equatable {
    var red: Double, green: Double, blue: Double

    init(hex: String) {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        red = Double((value >> 16) & 0xFF) / 255
        green = Double((value >> 8) & 0xFF) / 255
        blue = Double(value & 0xFF) / 255
    }

    init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    var hex: String {
        let parts = [red, green, blue].map { Int(($0 * 255).rounded()).clamped(0, 255) }
        return "#" + parts.map { String(format: "%02x", $0) }.joined()
    }

    /// WCAG 2.1 relative luminance (sRGB linearised).
    var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.1 contrast ratio, 1 to 21.
    func contrast(with other: ChartColor) -> Double {
        let (a, b) = (luminance + 0.05, other.luminance + 0.05)
        return max(a, b) / min(a, b)
    }

    static let black = ChartColor(hex: "#000000")
    static let white = ChartColor(hex: "#ffffff")

    /// Black or white, whichever contrasts more with this colour.
    var readableText: ChartColor { contrast(with: .black) >= contrast(with: .white) ? .black : .white }

    func mixed(with other: ChartColor, _ weight: Double) -> ChartColor {
        ChartColor(red: red + (other.red - red) * weight, green: green + (other.green - green) * weight,
                   blue: blue + (other.blue - blue) * weight)
    }
}

extension Int {
    func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(high, Swift.max(low, self)) }
}

/// Colours of the charts, chosen to stay distinguishable with colour-vision deficiencies.
enum ChartPalette {
    /// ColorBrewer RdBu (Brewer 2003), 3 to 11 classes, disagreement in red, agreement in blue. The neutral
    /// middle class of odd scales is a mid grey rather than RdBu's near-white, so that it shows on white paper.
    static let divergingClasses: [Int: [String]] = [
        3: ["#ef8a62", "#bdbdbd", "#67a9cf"],
        4: ["#ca0020", "#f4a582", "#92c5de", "#0571b0"],
        5: ["#ca0020", "#f4a582", "#bdbdbd", "#92c5de", "#0571b0"],
        6: ["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"],
        7: ["#b2182b", "#ef8a62", "#fddbc7", "#bdbdbd", "#d1e5f0", "#67a9cf", "#2166ac"],
        8: ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
        9: ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#bdbdbd", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
        10: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"],
        11: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#bdbdbd", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"],
    ]

    /// One colour per scale point; two points take RdBu's outer pair of 4, scales past 11 points interpolate the 11 classes.
    static func diverging(points: Int) -> [ChartColor] {
        if let hexes = divergingClasses[points] { return hexes.map(ChartColor.init(hex:)) }
        if points <= 2 { return ["#ca0020", "#0571b0"].prefix(max(0, points)).map(ChartColor.init(hex:)) }
        let base = divergingClasses[11]!.map(ChartColor.init(hex:))
        return (0..<points).map { index in
            let position = Double(index) / Double(points - 1) * Double(base.count - 1)
            let low = Int(position.rounded(.down)), high = Swift.min(base.count - 1, low + 1)
            return base[low].mixed(with: base[high], position - Double(low))
        }
    }

    /// Okabe & Ito (2008) colour-blind-safe colours (yellow left out: too pale on white), paired with distinct shapes.
    /// The first five contrast at least 3:1 with white (WCAG 1.4.11); the pale ones come last and markers are outlined.
    static let groupColors = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#000000", "#e69f00", "#56b4e9"].map(ChartColor.init(hex:))
}

/// Label lines for a chart's left margin: words wrapped on at most `lines` lines of `width` characters,
/// the last one truncated with an ellipsis when the text is longer.
func chartLabelLines(_ text: String, width: Int, lines: Int) -> [String] {
    let wrapped = wrap(text, width: width)
    guard wrapped.count > lines else { return wrapped }
    var kept = Array(wrapped.prefix(lines))
    kept[lines - 1] = MarkupText.truncated(kept[lines - 1] + " " + wrapped[lines], to: width)
    return kept
}

/// The average width of a character in ems, on the wide side of common sans-serif fonts (DejaVu Sans, Arial).
let characterWidth = 0.6

/// Item labels in a chart's left margin: characters per line and lines, the rest in the label's tooltip.
let chartLabelWidth = 36, chartLabelLineCount = 3

/// A rough width of text in a sans-serif font, enough to lay out labels and legends without a font engine.
func estimatedTextWidth(_ text: String, fontSize: Double) -> Double {
    Double(text.count) * fontSize * characterWidth
}

/// The `<svg>` element of a chart: accessible as one image whose name is its title and whose description is
/// the text alternative; sized by its view box so that it scales down on narrow screens.
func svgElement(id: String, width: Double, height: Double, title: String, description: String, body: [String]) -> String {
    var out = ["<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(svgNumber(width)) \(svgNumber(height))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(height))\" aria-labelledby=\"\(id)-title \(id)-desc\">",
               "<title id=\"\(id)-title\">\(MarkupText.escape(title))</title>",
               "<desc id=\"\(id)-desc\">\(MarkupText.escape(description))</desc>"]
    out += body
    out.append("</svg>")
    return out.joined(separator: "\n")
}

/// An SVG `<text>` element; `tooltip` adds a `<title>` with the full text of a truncated label.
func svgText(_ text: String, x: Double, y: Double, anchor: String = "start", className: String? = nil, fill: String? = nil,
             tooltip: String? = nil) -> String {
    var attributes = "x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\""
    if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
    if let className { attributes += " class=\"\(className)\"" }
    if let fill { attributes += " fill=\"\(fill)\"" }
    let title = tooltip.map { "<title>\(MarkupText.escape($0))</title>" } ?? ""
    return "<text \(attributes)>\(title)\(MarkupText.escape(text))</text>"
}

/// Multi-line label text as one `<text>` with `<tspan>` lines, vertically centred on `y`.
func svgLabel(_ lines: [String], x: Double, y: Double, lineHeight: Double, anchor: String = "end", tooltip: String? = nil) -> String {
    let first = y - Double(lines.count - 1) * lineHeight / 2 + 4
    let spans = lines.enumerated().map { index, line in
        "<tspan x=\"\(svgNumber(x))\" y=\"\(svgNumber(first + Double(index) * lineHeight))\">\(MarkupText.escape(line))</tspan>"
    }.joined()
    let title = tooltip.map { "<title>\(MarkupText.escape($0))</title>" } ?? ""
    return "<text class=\"label\" text-anchor=\"\(anchor)\">\(title)\(spans)</text>"
}
