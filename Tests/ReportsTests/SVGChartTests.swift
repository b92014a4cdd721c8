import Foundation
import XCTest
@testable import Reports

/// The SVG charts' geometry: diverging bars split at the midpoint (Heiberger & Robbins 2014), bars to scale,
/// RdBu colours with readable text, means with their intervals and the scale's midpoint.
final class SVGChartTests: XCTestCase {
    func testEvenScaleSplitsAtTheMidpoint() {
        let layout = LikertBarLayout(counts: [1, 1, 1, 1, 2, 2, 1, 1])
        XCTAssertEqual(layout.total, 10)
        XCTAssertEqual(layout.left, 40, accuracy: 1e-12)
        XCTAssertEqual(layout.right, 60, accuracy: 1e-12)
        XCTAssertEqual(layout.segments.first?.start ?? .nan, -40, accuracy: 1e-12)
        XCTAssertEqual(layout.segments[4].start, 0, accuracy: 1e-12, "point 5 starts at the zero line")
        XCTAssertEqual(layout.segments.last?.end ?? .nan, 60, accuracy: 1e-12)
        for (segment, next) in zip(layout.segments, layout.segments.dropFirst()) { XCTAssertEqual(segment.end, next.start, accuracy: 1e-12) }
    }

    func testOddScaleSplitsTheMiddlePointAcrossZero() {
        let layout = LikertBarLayout(counts: [1, 1, 2, 1, 1])
        XCTAssertEqual(layout.segments[2].start, -100.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(layout.segments[2].end, 100.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(layout.left, 50, accuracy: 1e-12)
        XCTAssertEqual(layout.right, 50, accuracy: 1e-12)
    }

    func testItemWithoutAnswersDrawsNoBar() throws {
        let chart = LikertChartSVG(title: "t", points: 8, items: [(label: "vide", counts: Array(repeating: 0, count: 8))],
                                   anchors: ("non", "oui"), sides: ("désaccord", "accord"), language: .fr)
        let page = try XMLPage(chart.render(id: "c"))
        let bars = page.elements.filter { $0.name == "rect" && !page.isInLegend($0) }
        XCTAssertEqual(bars.count, 0)
        XCTAssertTrue(page.elements.contains { $0.name == "text" && page.text(of: $0) == "aucune réponse" })
    }

    func testLikertBarsAreDrawnToScale() throws {
        let chart = LikertChartSVG(title: "t", points: 8, items: [(label: "item", counts: [0, 0, 1, 1, 2, 2, 2, 2])],
                                   anchors: ("non", "oui"), sides: ("désaccord", "accord"), language: .en)
        XCTAssertEqual(chart.extent, 80, "the longest side (80 %) rounded up to 20 %")
        let page = try XMLPage(chart.render(id: "c"))
        let bars = page.elements.filter { $0.name == "rect" && !page.isInLegend($0) }
        XCTAssertEqual(bars.count, 6)
        let widths = bars.compactMap { $0.attributes["width"].flatMap(Double.init) }
        let perPercent = (chart.plotRight - chart.plotLeft) / 2 / 80
        XCTAssertEqual(widths.reduce(0, +), 100 * perPercent, accuracy: 0.5)
        let zero = try XCTUnwrap(page.elements.first { $0.attributes["class"] == "zero" }?.attributes["x1"].flatMap(Double.init))
        let firstLeft = try XCTUnwrap(bars.first?.attributes["x"].flatMap(Double.init))
        XCTAssertEqual(zero - firstLeft, 20 * perPercent, accuracy: 0.1, "20 % of the answers below the midpoint")
        // The legend numbers every point and names both anchors.
        let legendTexts = page.elements.filter { $0.name == "text" && page.isInLegend($0) }.map { page.text(of: $0) }
        XCTAssertEqual(Array(legendTexts.prefix(8)), (1...8).map(String.init))
        XCTAssertTrue(legendTexts.contains("1 = non") && legendTexts.contains("8 = oui"))
    }

    func testDivergingPaletteIsRdBuWithReadableText() {
        let eight = ChartPalette.diverging(points: 8).map(\.hex)
        XCTAssertEqual(eight, ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"])
        for points in 2...14 {
            let colors = ChartPalette.diverging(points: points)
            XCTAssertEqual(colors.count, points)
            XCTAssertGreaterThan(colors[0].red, colors[0].blue, "disagreement is red")
            XCTAssertGreaterThan(colors[points - 1].blue, colors[points - 1].red, "agreement is blue")
            for color in colors {
                let text = color.readableText
                XCTAssertGreaterThanOrEqual(color.contrast(with: text), 4.5, "\(points) points: \(color.hex) with \(text.hex)")
                XCTAssertGreaterThanOrEqual(color.contrast(with: text), color.contrast(with: text == .black ? .white : .black))
            }
        }
        XCTAssertEqual(ChartColor.black.contrast(with: .white), 21, accuracy: 1e-9)
        // Group markers: the first five stand out from white paper (WCAG 1.4.11, 3:1 for graphics).
        for color in ChartPalette.groupColors.prefix(5) { XCTAssertGreaterThanOrEqual(color.contrast(with: .white), 3, color.hex) }
    }

    func testMeansChartMarksMidpointClampsIntervalsAndSkipsHiddenMeans() throws {
        let chart = MeansChartSVG(title: "t", groups: ["A", "B", "C"],
                                  items: [(label: "item", means: [7.5, nil, 2], lower: [6.9, nil, 1.5], upper: [8.4, nil, 2.5])],
                                  scale: 1...8, language: .fr)
        let page = try XMLPage(chart.render(id: "m"))
        let midpoint = try XCTUnwrap(page.elements.first { $0.attributes["class"] == "midpoint" })
        XCTAssertEqual(Double(midpoint.attributes["x1"] ?? "") ?? .nan, chart.x(4.5), accuracy: 0.05)
        XCTAssertEqual(chart.x(4.5), (chart.plotLeft + chart.plotRight) / 2, accuracy: 1e-9)
        XCTAssertEqual(chart.x(9), chart.plotRight, "an interval past the scale stops at its end")
        let markers = page.elements.filter { $0.attributes["class"] == "marker" && !page.isInLegend($0) }
        XCTAssertEqual(markers.count, 2, "no mark for the hidden mean")
        XCTAssertEqual(Set(markers.map(\.name)), ["circle", "path"], "groups differ by shape")
        let description = try XCTUnwrap(page.elements.first { $0.name == "desc" }.map { page.text(of: $0) })
        XCTAssertTrue(description.contains("A 7,50 (IC 6,90 à 8,40)"), description)
        XCTAssertTrue(description.contains("B non montrée"), description)
        // The legend names each group next to its shape.
        let legend = page.elements.filter { $0.name == "text" && page.isInLegend($0) }.map { page.text(of: $0) }
        XCTAssertEqual(Array(legend.prefix(3)), ["A", "B", "C"])
    }

    func testDegenerateChartsStillRenderWellFormed() throws {
        let document = Document(title: "", language: .fr, blocks: [
            .chart(.likertBars(title: "", points: 0, items: [(label: "", counts: [])], anchors: ("", ""), sides: ("désaccord", "accord"))),
            .chart(.likertBars(title: "un point", points: 1, items: [(label: "a", counts: [3])], anchors: ("", ""), sides: ("désaccord", "accord"))),
            .chart(.likertBars(title: "trop de comptes", points: 4, items: [(label: "a", counts: [1, 2, 3, 4, 5, 6]), (label: "b", counts: [-3])],
                               anchors: ("", ""), sides: ("désaccord", "accord"))),
            .chart(.means(title: "", groups: [], items: [], scale: 1...8)),
            .chart(.means(title: "plat", groups: ["A"], items: [(label: "a", means: [.nan], lower: [], upper: [])], scale: 3...3)),
            .table(Document.Table(caption: nil, header: [], rows: [[]], numeric: [], notes: [])),
        ])
        let page = try XMLPage(HTMLRenderer().render(document))
        XCTAssertEqual(page.elements.filter { $0.name == "svg" }.count, 5)
        let layout = LikertBarLayout(counts: [1])
        XCTAssertEqual(layout.left, 50, accuracy: 1e-12, "a one-point scale is all middle, split across zero")
    }
}
