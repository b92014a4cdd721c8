import Analysis
import Foundation
import Questionnaire
import Support

/// The SVG of a before/after block: one line per item, an open dot at the mean before and a filled dot at the
/// mean after, joined by a segment whose colour and arrowhead show the direction (blue up, orange down, grey
/// unchanged, so that colour is never the only cue), the values written next to the dots, and the scale's
/// midpoint marked. Same frame as the means chart (label margin, axis, bands, legend).
struct DumbbellChartSVG: MeanScaleChart {
    typealias Item = (label: String, before: Double?, after: Double?)
    var title: String
    var items: [Item]
    var scale: ClosedRange<Double>
    var beforeLabel: String
    var afterLabel: String
    var language: Language

    let width = 880.0, labelRight = 272.0, plotLeft = 292.0, plotRight = 850.0, top = 8.0, dotRadius = 5.5

    static let up = ChartColor(hex: "#0072b2"), down = ChartColor(hex: "#d55e00"), flat = ChartColor(hex: "#555555")


    /// Both means, when both are shown and finite.
    func pair(_ item: Item) -> (before: Double, after: Double)? {
        guard let before = item.before, let after = item.after, before.isFinite, after.isFinite else { return nil }
        return (before, after)
    }

    /// Direction as the chart draws it: a change smaller than the second decimal shown reads as none.
    func direction(_ before: Double, _ after: Double) -> Int {
        let change = after - before
        return abs(change) < 0.005 ? 0 : (change > 0 ? 1 : -1)
    }

    func color(_ direction: Int) -> ChartColor { direction > 0 ? Self.up : (direction < 0 ? Self.down : Self.flat) }

    func label(of item: Item) -> String { item.label }

    func rowHeight(_ item: Item) -> Double { max(36, Double(labelLines(item).count) * 13 + 12) }

    func marks(_ item: Item, y: Double, height: Double) -> [String] { dumbbell(item, y: y) }

    /// One item's marks: the segment, its arrowhead, both dots and both values; a short note when a mean is hidden.
    func dumbbell(_ item: Item, y: Double) -> [String] {
        guard let (before, after) = pair(item) else {
            return [svgText(words(.chartNotShownTooFewPairs),
                            x: plotLeft + 6, y: y + 4, className: "note")]
        }
        let direction = direction(before, after)
        let hex = color(direction).hex
        let (from, to) = (x(before), x(after))
        var out: [String] = []
        out.append("<line class=\"change\" stroke=\"\(hex)\" stroke-width=\"3\" x1=\"\(svgNumber(from))\" y1=\"\(svgNumber(y))\" x2=\"\(svgNumber(to))\" y2=\"\(svgNumber(y))\"/>")
        // The arrowhead sits in the middle of the segment, pointing to the second time, when there is room for it.
        if direction != 0, abs(to - from) >= 2 * dotRadius + 12 {
            let tip = (from + to) / 2 + Double(direction) * 5, base = tip - Double(direction) * 9
            out.append("<path class=\"arrow\" fill=\"\(hex)\" d=\"M\(svgNumber(tip)) \(svgNumber(y))L\(svgNumber(base)) \(svgNumber(y - 5))L\(svgNumber(base)) \(svgNumber(y + 5))Z\"/>")
        }
        out.append(beforeDot(x: from, y: y))
        out.append(afterDot(x: to, y: y, fill: hex))
        // Values outside the segment (the lower one to the left); where the margin is short, above the dot.
        let lowIsBefore = before <= after
        let (lowX, highX) = (min(from, to), max(from, to))
        let lowText = number(lowIsBefore ? before : after, decimals: 2), highText = number(lowIsBefore ? after : before, decimals: 2)
        if lowX - dotRadius - 4 - estimatedTextWidth(lowText, fontSize: 11) >= labelRight + 4 {
            out.append(svgText(lowText, x: lowX - dotRadius - 4, y: y + 4, anchor: "end", className: "value"))
        } else {
            out.append(svgText(lowText, x: lowX, y: y - dotRadius - 4, anchor: "middle", className: "value"))
        }
        if direction == 0 { return out }
        if highX + dotRadius + 4 + estimatedTextWidth(highText, fontSize: 11) <= width - 2 {
            out.append(svgText(highText, x: highX + dotRadius + 4, y: y + 4, className: "value"))
        } else {
            out.append(svgText(highText, x: highX, y: y - dotRadius - 4, anchor: "middle", className: "value"))
        }
        return out
    }

    /// Before: an open dot; after: a filled one (told apart by shape as well as colour).
    func beforeDot(x: Double, y: Double) -> String {
        "<circle class=\"before\" fill=\"#ffffff\" stroke=\"#1a1a1a\" stroke-width=\"1.5\" cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"\(svgNumber(dotRadius))\"/>"
    }

    func afterDot(x: Double, y: Double, fill: String) -> String {
        "<circle class=\"marker\" fill=\"\(fill)\" cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"\(svgNumber(dotRadius))\"/>"
    }

    /// The two times by their dots, then the two directions by their colour and arrow.
    func legend(y: Double) -> (lines: [String], height: Double) {
        var out = ["<g class=\"legend\">"]
        var flow = LegendFlow(left: plotLeft, right: width, top: y)
        for (index, time) in [beforeLabel, afterLabel].enumerated() {
            let label = MarkupText.truncated(time, to: 40)
            let (left, centre) = flow.place(22 + estimatedTextWidth(label, fontSize: 12) + 16)
            out.append(index == 0 ? beforeDot(x: left + 6, y: centre) : afterDot(x: left + 6, y: centre, fill: Self.flat.hex))
            out.append(svgText(label, x: left + 16, y: centre + 4, tooltip: label == time ? nil : time))
        }
        for (direction, text) in [(1, words(.chartIncrease)), (-1, words(.chartDecrease))] {
            let (left, centre) = flow.place(40 + estimatedTextWidth(text, fontSize: 12))
            let hex = color(direction).hex
            let (start, end) = direction > 0 ? (left, left + 24) : (left + 24, left)
            out.append("<line class=\"change\" stroke=\"\(hex)\" stroke-width=\"3\" x1=\"\(svgNumber(start))\" y1=\"\(svgNumber(centre))\" x2=\"\(svgNumber(end))\" y2=\"\(svgNumber(centre))\"/>")
            let base = end - Double(direction) * 9
            out.append("<path class=\"arrow\" fill=\"\(hex)\" d=\"M\(svgNumber(end)) \(svgNumber(centre))L\(svgNumber(base)) \(svgNumber(centre - 5))L\(svgNumber(base)) \(svgNumber(centre + 5))Z\"/>")
            out.append(svgText(text, x: left + 30, y: centre + 4))
        }
        out.append("</g>")
        return (out, flow.height)
    }


    func itemSummary(_ item: Item) -> String {
        guard let (before, after) = pair(item) else {
            return words(.labelled(label: item.label, text: words(.chartNotShown)))
        }
        let change = after - before
        let reading: String
        switch direction(before, after) {
        case 1: reading = words(.chartUp(change))
        case -1: reading = words(.chartDown(-change))
        default: reading = words(.chartNoChange)
        }
        return words(.labelled(label: item.label, text: "\(beforeLabel.lowercased()) \(number(before, decimals: 2)), \(afterLabel.lowercased()) \(number(after, decimals: 2)) (\(reading))"))
    }

    func description() -> String {
        words(.dumbbellDescription(lower: lower, upper: upper, midpoint: midpoint, before: beforeLabel, after: afterLabel))
            + items.map(itemSummary).joined(separator: ". ") + "."
    }
}
