import Foundation
import Questionnaire
import Support

/// Where each point of one Likert item lies on a diverging stacked bar (Heiberger & Robbins 2014, "Design of
/// diverging stacked bar charts for Likert scales and other applications", J. Stat. Softw. 57(5)): shares in
/// percent, the points below the midpoint to the left of zero, those above to the right, and on an odd scale
/// the middle point split half and half across the zero line.
struct LikertBarLayout: Equatable {
    struct Segment: Equatable {
        var point: Int
        /// Percent of the answers, negative to the left of the zero line.
        var start: Double
        var end: Double
        var share: Double { end - start }
    }

    var segments: [Segment]
    var total: Int
    /// Percent of the answers left (below the midpoint, with half the middle point) and right of zero.
    var left: Double
    var right: Double

    init(counts: [Int]) {
        let counts = counts.map { max(0, $0) }
        let total = counts.reduce(0, +)
        self.total = total
        let shares = counts.map { total > 0 ? 100 * Double($0) / Double(total) : 0 }
        let points = counts.count
        let lowerCount = points / 2
        let middleShare = points % 2 == 1 ? shares[lowerCount] : 0
        let left = shares.prefix(lowerCount).reduce(0, +) + middleShare / 2
        self.left = left
        right = shares.suffix(lowerCount).reduce(0, +) + middleShare / 2
        var position = -left
        var segments: [Segment] = []
        for (index, share) in shares.enumerated() {
            segments.append(Segment(point: index + 1, start: position, end: position + share))
            position += share
        }
        self.segments = segments
    }
}

/// The SVG of a Likert block: one diverging bar per item, percentages on the axis, a legend of the points and anchors.
struct LikertChartSVG {
    var title: String
    var points: Int
    var items: [(label: String, counts: [Int])]
    var anchors: (String, String)
    /// What the shares left and right of the midpoint read as ("désaccord", "accord" on an agreement scale).
    var sides: (String, String)
    var language: Language

    func words(_ message: ReportText) -> String { message.text(language) }

    let width = 880.0, labelRight = 272.0, plotLeft = 284.0, plotRight = 800.0, barHeight = 22.0, top = 8.0

    /// The axis reaches the longest side, rounded up to a multiple of 20 %.
    var extent: Double {
        let longest = items.map { LikertBarLayout(counts: fitted($0.counts)) }.map { max($0.left, $0.right) }.max() ?? 0
        return min(100, max(20, (longest / 20).rounded(.up) * 20))
    }

    /// Counts for exactly the scale's points: a malformed block is drawn with what it has rather than crash.
    func fitted(_ counts: [Int]) -> [Int] {
        Array((counts + Array(repeating: 0, count: max(0, points))).prefix(max(0, points)))
    }

    func labelLines(_ label: String) -> [String] { chartLabelLines(label, width: chartLabelWidth, lines: chartLabelLineCount) }

    /// Rows grow with their label, so that a long item keeps three readable lines.
    func rowHeight(_ lines: [String]) -> Double { max(36, Double(lines.count) * 13 + 12) }

    func x(_ percent: Double) -> Double {
        let centre = (plotLeft + plotRight) / 2
        return centre + percent / extent * (plotRight - plotLeft) / 2
    }

    func render(id: String) -> String {
        let colors = ChartPalette.diverging(points: points)
        var body: [String] = []
        let rowHeights = items.map { rowHeight(labelLines($0.label)) }
        let plotBottom = top + rowHeights.reduce(0, +)
        let step = extent <= 40 ? 10.0 : 20.0
        // Grid and axis first, so that the bars lie over them.
        var tick = -extent
        var axis: [String] = []
        while tick <= extent + 0.001 {
            body.append("<line class=\"grid\" x1=\"\(svgNumber(x(tick)))\" y1=\"\(svgNumber(top))\" x2=\"\(svgNumber(x(tick)))\" y2=\"\(svgNumber(plotBottom))\"/>")
            axis.append(svgText(percentText(abs(tick)), x: x(tick), y: plotBottom + 14, anchor: "middle", className: "tick"))
            tick += step
        }
        for (index, item) in items.enumerated() {
            let layout = LikertBarLayout(counts: fitted(item.counts))
            let centreY = top + rowHeights.prefix(index).reduce(0, +) + rowHeights[index] / 2
            let barY = centreY - barHeight / 2
            let summary = itemSummary(item.label, layout)
            body.append("<g class=\"item\">")
            body.append("<title>\(MarkupText.escape(summary))</title>")
            body.append(svgLabel(labelLines(item.label), x: labelRight, y: centreY, lineHeight: 13, tooltip: item.label))
            if layout.total == 0 {
                body.append(svgText(words(.chartNoAnswer), x: x(0) + 6, y: centreY + 4, className: "note"))
            }
            for segment in layout.segments where segment.share > 0 {
                let color = colors[segment.point - 1]
                let left = x(segment.start), right = x(segment.end)
                body.append("<rect x=\"\(svgNumber(left))\" y=\"\(svgNumber(barY))\" width=\"\(svgNumber(right - left))\" height=\"\(svgNumber(barHeight))\" fill=\"\(color.hex)\"/>")
                if right - left >= 20 {
                    body.append(svgText(String(Int(segment.share.rounded())), x: (left + right) / 2, y: centreY + 4, anchor: "middle",
                                        className: "value", fill: color.readableText.hex))
                }
            }
            body.append(svgText("N = \(layout.total)", x: plotRight + 8, y: centreY + 4, className: "count"))
            body.append("</g>")
        }
        body.append("<line class=\"zero\" x1=\"\(svgNumber(x(0)))\" y1=\"\(svgNumber(top - 4))\" x2=\"\(svgNumber(x(0)))\" y2=\"\(svgNumber(plotBottom + 2))\"/>")
        body += axis
        let captionY = plotBottom + 32
        body.append(svgText("← " + sides.0, x: x(0) - 8, y: captionY, anchor: "end", className: "axis-title"))
        body.append(svgText(sides.1 + " →", x: x(0) + 8, y: captionY, className: "axis-title"))
        body.append(svgText(words(.percentOfAnswers), x: plotLeft - 20, y: plotBottom + 14, anchor: "end", className: "axis-title"))
        let legendY = captionY + 16
        body += legend(y: legendY, colors: colors)
        return svgElement(id: id, width: width, height: legendY + 30, title: title, description: description(), body: body)
    }

    func legend(y: Double, colors: [ChartColor]) -> [String] {
        let swatch = min(34.0, 400 / Double(max(1, points)))
        let start = width / 2 - swatch * Double(points) / 2
        var out = ["<g class=\"legend\">"]
        for point in 1...max(1, points) where point <= colors.count {
            let left = start + Double(point - 1) * swatch
            out.append("<rect x=\"\(svgNumber(left))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(swatch - 2))\" height=\"18\" fill=\"\(colors[point - 1].hex)\"/>")
            out.append(svgText(String(point), x: left + (swatch - 2) / 2, y: y + 13, anchor: "middle", className: "value",
                               fill: colors[point - 1].readableText.hex))
        }
        let room = Int((start - 12) / (12 * characterWidth))
        out.append(svgText(MarkupText.truncated("1 = " + anchors.0, to: room), x: start - 8, y: y + 13, anchor: "end", tooltip: anchors.0))
        out.append(svgText(MarkupText.truncated("\(points) = " + anchors.1, to: room), x: start + swatch * Double(points) + 6, y: y + 13,
                           tooltip: anchors.1))
        out.append("</g>")
        return out
    }

    func percentText(_ value: Double) -> String {
        words(.chartPercent(Int(value.rounded())))
    }

    func itemSummary(_ label: String, _ layout: LikertBarLayout) -> String {
        guard layout.total > 0 else { return words(.labelled(label: label, text: words(.chartNoAnswer))) }
        let shares = layout.segments.map { words(.labelled(label: String($0.point), text: percentText($0.share))) }.joined(separator: ", ")
        return words(.labelled(label: label + " (N = \(layout.total))", text: shares))
            + words(.likertSides(low: sides.0, lowShare: percentText(layout.left), high: sides.1, highShare: percentText(layout.right)))
    }

    func description() -> String {
        let layoutText = words(.likertLayout(points: points))
        let intro = words(.likertIntro(points: points, low: anchors.0, high: anchors.1))
        let details = items.map { itemSummary($0.label, LikertBarLayout(counts: fitted($0.counts))) }.joined(separator: ". ")
        return intro + layoutText + " " + details + "."
    }
}
