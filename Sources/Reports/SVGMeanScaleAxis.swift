import Analysis
import Questionnaire
import Support

/// What the charts drawn on a mean scale (group means, before/after) share: the value-to-position mapping and the axis
/// with its grid, ticks, midpoint line and title.
protocol MeanScaleChart {
    associatedtype Item
    var title: String { get }
    var items: [Item] { get }
    var scale: ClosedRange<Double> { get }
    var language: Language { get }
    var width: Double { get }
    var top: Double { get }
    var labelRight: Double { get }
    var plotLeft: Double { get }
    var plotRight: Double { get }
    func label(of item: Item) -> String
    func rowHeight(_ item: Item) -> Double
    /// The item's values in words, for its tooltip.
    func itemSummary(_ item: Item) -> String
    /// The item's marks, centred on `y` in a row of `height`.
    func marks(_ item: Item, y: Double, height: Double) -> [String]
    func legend(y: Double) -> (lines: [String], height: Double)
    func description() -> String
}

extension MeanScaleChart {
    var lower: Double { scale.lowerBound }
    var upper: Double { scale.upperBound > scale.lowerBound ? scale.upperBound : scale.lowerBound + 1 }
    var midpoint: Double { (lower + upper) / 2 }

    /// The horizontal position of a value, held inside the axis (an interval past the scale ends at its edge).
    func x(_ value: Double) -> Double {
        let clamped = min(upper, max(lower, value))
        return plotLeft + (clamped - lower) / (upper - lower) * (plotRight - plotLeft)
    }

    func number(_ value: Double, decimals: Int) -> String { NumberStyle(language).number(value, decimals: decimals) }
    func words(_ message: ReportText) -> String { message.text(language) }

    func labelLines(_ item: Item) -> [String] { chartLabelLines(label(of: item), width: chartLabelWidth, lines: chartLabelLineCount) }

    /// The frame: the legend, then one row per item (alternate rows banded, the label on the left, the marks in a
    /// group titled with the item's values), then the axis under them.
    func render(id: String) -> String {
        var body: [String] = []
        let (legendLines, legendHeight) = legend(y: top)
        body += legendLines
        let plotTop = top + legendHeight + 18
        let plotBottom = plotTop + items.map(rowHeight).reduce(0, +)
        var y = plotTop
        var bands: [String] = [], marks: [String] = []
        for (index, item) in items.enumerated() {
            let height = rowHeight(item)
            if index % 2 == 0 {
                bands.append("<rect class=\"band\" x=\"0\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(height))\"/>")
            }
            marks.append("<g class=\"item\">")
            marks.append("<title>\(MarkupText.escape(itemSummary(item)))</title>")
            marks.append(svgLabel(labelLines(item), x: labelRight, y: y + height / 2, lineHeight: 13, tooltip: label(of: item)))
            marks += self.marks(item, y: y + height / 2, height: height)
            marks.append("</g>")
            y += height
        }
        body += bands
        body += axis(plotTop: plotTop, plotBottom: plotBottom)
        body += marks
        return svgElement(id: id, width: width, height: plotBottom + 40, title: title, description: description(), body: body)
    }

    func axis(plotTop: Double, plotBottom: Double) -> [String] {
        var out: [String] = []
        let span = upper - lower
        let step = span <= 12 ? 1.0 : (span / 10).rounded(.up)
        var tick = lower.rounded(.up)
        while tick <= upper + 1e-9 {
            out.append("<line class=\"grid\" x1=\"\(svgNumber(x(tick)))\" y1=\"\(svgNumber(plotTop))\" x2=\"\(svgNumber(x(tick)))\" y2=\"\(svgNumber(plotBottom))\"/>")
            out.append(svgText(number(tick, decimals: 0), x: x(tick), y: plotBottom + 14, anchor: "middle", className: "tick"))
            tick += step
        }
        out.append("<line class=\"midpoint\" x1=\"\(svgNumber(x(midpoint)))\" y1=\"\(svgNumber(plotTop - 4))\" x2=\"\(svgNumber(x(midpoint)))\" y2=\"\(svgNumber(plotBottom))\"/>")
        out.append(svgText(words(.midpointTick(midpoint)), x: x(midpoint), y: plotTop - 7,
                           anchor: "middle", className: "tick"))
        out.append(svgText(words(.meanAxis(lower: lower, upper: upper)),
                           x: (plotLeft + plotRight) / 2, y: plotBottom + 32, anchor: "middle", className: "axis-title"))
        return out
    }
}

/// Legend entries placed left to right from `left`, wrapping to a new row before `right`.
struct LegendFlow {
    /// Height of a legend row, in SVG user units.
    static let rowSpacing = 18.0
    let left: Double, right: Double, top: Double
    private var cursor: Double
    private var row = 0.0

    init(left: Double, right: Double, top: Double) {
        (self.left, self.right, self.top, cursor) = (left, right, top, left)
    }

    /// Where an entry of this width starts, and the vertical centre of its row.
    mutating func place(_ entryWidth: Double) -> (left: Double, centre: Double) {
        if cursor + entryWidth > right, cursor > left { cursor = left; row += 1 }
        defer { cursor += entryWidth }
        return (cursor, top + 10 + row * Self.rowSpacing)
    }

    var height: Double { (row + 1) * Self.rowSpacing }
}
