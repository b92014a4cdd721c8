import Analysis
import Questionnaire

/// What the charts drawn on a mean scale (group means, before/after) share: the value-to-position mapping and the axis
/// with its grid, ticks, midpoint line and title.
protocol MeanScaleChart {
    var scale: ClosedRange<Double> { get }
    var language: Language { get }
    var plotLeft: Double { get }
    var plotRight: Double { get }
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

    func number(_ value: Double, decimals: Int) -> String { Format.number(value, decimals: decimals, language: language) }

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
        out.append(svgText(language.pick(fr: "milieu ", en: "midpoint ") + number(midpoint, decimals: 1), x: x(midpoint), y: plotTop - 7,
                           anchor: "middle", className: "tick"))
        out.append(svgText(language.pick(fr: "Moyenne (échelle de \(number(lower, decimals: 0)) à \(number(upper, decimals: 0)))",
                                         en: "Mean (scale \(number(lower, decimals: 0)) to \(number(upper, decimals: 0)))"),
                           x: (plotLeft + plotRight) / 2, y: plotBottom + 32, anchor: "middle", className: "axis-title"))
        return out
    }
}
