import Analysis
import Foundation
import Questionnaire
import Support

/// The SVG of group means with their confidence intervals: one band per item, one row per group inside it
/// (a shape at the mean, a horizontal line for the interval), the scale's midpoint marked, and a legend that
/// tells the groups apart by shape as well as colour.
struct MeansChartSVG: MeanScaleChart {
    typealias Item = (label: String, means: [Double?], lower: [Double?], upper: [Double?])
    var title: String
    var groups: [String]
    var items: [Item]
    var scale: ClosedRange<Double>
    var language: Language

    let width = 880.0, labelRight = 272.0, plotLeft = 292.0, plotRight = 850.0, groupStep = 15.0, top = 8.0


    func color(_ group: Int) -> ChartColor { ChartPalette.groupColors[group % ChartPalette.groupColors.count] }

    func label(of item: Item) -> String { item.label }

    func rowHeight(_ item: Item) -> Double { max(Double(groups.count) * groupStep + 10, Double(labelLines(item).count) * 13 + 12) }

    /// One row per group around the band's centre: the interval as a line with end ticks, the mean as the group's shape.
    func marks(_ item: Item, y: Double, height: Double) -> [String] {
        var marks: [String] = []
        let firstRow = y - Double(groups.count - 1) * groupStep / 2
        for group in groups.indices {
            guard let mean = item.means[safe: group] ?? nil, mean.isFinite else { continue }
            let rowY = firstRow + Double(group) * groupStep
            let hex = color(group).hex
            if let low = item.lower[safe: group] ?? nil, let high = item.upper[safe: group] ?? nil, low.isFinite, high.isFinite {
                let (left, right) = (x(low), x(high))
                marks.append("<path class=\"ci\" stroke=\"\(hex)\" d=\"M\(svgNumber(left)) \(svgNumber(rowY))H\(svgNumber(right))M\(svgNumber(left)) \(svgNumber(rowY - 4))V\(svgNumber(rowY + 4))M\(svgNumber(right)) \(svgNumber(rowY - 4))V\(svgNumber(rowY + 4))\"/>")
            }
            marks.append(marker(group, x: x(mean), y: rowY))
        }
        return marks
    }

    /// Group entries flow left to right and wrap; the last entry shows what the horizontal lines are.
    func legend(y: Double) -> (lines: [String], height: Double) {
        var out = ["<g class=\"legend\">"]
        var flow = LegendFlow(left: plotLeft, right: width, top: y)
        for (index, group) in groups.enumerated() {
            let label = MarkupText.truncated(group, to: 40)
            let (left, centre) = flow.place(22 + estimatedTextWidth(label, fontSize: 12) + 16)
            out.append(marker(index, x: left + 6, y: centre))
            out.append(svgText(label, x: left + 16, y: centre + 4, tooltip: label == group ? nil : group))
        }
        let ciLabel = words(.confidenceInterval)
        let (left, centre) = flow.place(40 + estimatedTextWidth(ciLabel, fontSize: 12))
        out.append("<path class=\"ci\" stroke=\"#555555\" d=\"M\(svgNumber(left)) \(svgNumber(centre))H\(svgNumber(left + 24))M\(svgNumber(left)) \(svgNumber(centre - 4))V\(svgNumber(centre + 4))M\(svgNumber(left + 24)) \(svgNumber(centre - 4))V\(svgNumber(centre + 4))\"/>")
        out.append(svgText(ciLabel, x: left + 30, y: centre + 4))
        out.append("</g>")
        return (out, flow.height)
    }

    /// Circle, square, triangle, diamond, inverted triangle, pentagon: a group is told by its shape without colour.
    func marker(_ group: Int, x: Double, y: Double) -> String {
        let fill = color(group).hex
        let r = 5.0
        func polygon(_ corners: [(Double, Double)]) -> String {
            "<path class=\"marker\" fill=\"\(fill)\" d=\"M" + corners.map { "\(svgNumber(x + $0.0)) \(svgNumber(y + $0.1))" }.joined(separator: "L") + "Z\"/>"
        }
        switch group % 6 {
        case 0: return "<circle class=\"marker\" fill=\"\(fill)\" cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"\(svgNumber(r))\"/>"
        case 1: return polygon([(-r, -r), (r, -r), (r, r), (-r, r)].map { ($0.0 * 0.9, $0.1 * 0.9) })
        case 2: return polygon([(0, -r - 1), (r + 1, r), (-r - 1, r)])
        case 3: return polygon([(0, -r - 1.5), (r + 1.5, 0), (0, r + 1.5), (-r - 1.5, 0)])
        case 4: return polygon([(-r - 1, -r), (r + 1, -r), (0, r + 1)])
        default:
            return polygon((0..<5).map { corner in
                let angle = -Double.pi / 2 + Double(corner) * 2 * Double.pi / 5
                return (cos(angle) * (r + 1), sin(angle) * (r + 1))
            })
        }
    }


    func itemSummary(_ item: Item) -> String {
        let parts = groups.enumerated().map { index, group -> String in
            guard let mean = item.means[safe: index] ?? nil, mean.isFinite else {
                return group + words(.meanNotShown)
            }
            var text = group + " " + number(mean, decimals: 2)
            if let low = item.lower[safe: index] ?? nil, let high = item.upper[safe: index] ?? nil {
                text += words(.intervalInline(low: low, high: high))
            }
            return text
        }
        return words(.labelled(label: item.label, text: parts.joined(separator: ", ")))
    }

    func description() -> String {
        words(.meansDescription(lower: lower, upper: upper, midpoint: midpoint))
            + items.map(itemSummary).joined(separator: ". ") + "."
    }
}
