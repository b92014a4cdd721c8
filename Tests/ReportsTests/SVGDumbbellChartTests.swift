import Foundation
import XCTest
@testable import Reports

/// The before/after chart: dots where the means are, the direction shown by colour and by an arrowhead, hidden
/// means not drawn, the midpoint marked, the numbers in the text alternative.
final class SVGDumbbellChartTests: XCTestCase {
    let chart = DumbbellChartSVG(title: "Bloc", items: [(label: "monte", before: 3.25, after: 5.1), (label: "baisse (R)", before: 6.5, after: 4),
                                                        (label: "caché", before: nil, after: 5), (label: "stable", before: 4, after: 4)],
                                 scale: 1...8, beforeLabel: "Avant", afterLabel: "Après", language: .fr)

    func marks(_ page: XMLPage) -> [XMLPage.Element] { page.elements.filter { !page.isInLegend($0) } }

    func testDotsSitAtTheMeansAndTheMidpointIsMarked() throws {
        let page = try XMLPage(chart.render(id: "d"))
        let before = marks(page).filter { $0.name == "circle" && $0.attributes["class"] == "before" }
        let after = marks(page).filter { $0.name == "circle" && $0.attributes["class"] == "marker" }
        XCTAssertEqual(before.compactMap { $0.attributes["cx"].flatMap(Double.init) }, [3.25, 6.5, 4].map { (chart.x($0) * 10).rounded() / 10 })
        XCTAssertEqual(after.compactMap { $0.attributes["cx"].flatMap(Double.init) }, [5.1, 4, 4].map { (chart.x($0) * 10).rounded() / 10 })
        XCTAssertEqual(chart.x(4.5), (chart.plotLeft + chart.plotRight) / 2, accuracy: 1e-9)
        let midpoint = try XCTUnwrap(page.elements.first { $0.attributes["class"] == "midpoint" })
        XCTAssertEqual(Double(midpoint.attributes["x1"] ?? "") ?? .nan, chart.x(4.5), accuracy: 0.05)
        XCTAssertTrue(page.elements.contains { $0.name == "text" && page.text(of: $0) == "milieu 4,5" })
        XCTAssertEqual(chart.x(0), chart.plotLeft, "held inside the axis")
    }

    func testDirectionIsShownByColourAndArrow() throws {
        let page = try XMLPage(chart.render(id: "d"))
        let segments = marks(page).filter { $0.name == "line" && $0.attributes["class"] == "change" }
        XCTAssertEqual(segments.map { $0.attributes["stroke"] }, ["#0072b2", "#d55e00", "#555555"])
        // Arrowheads point from the first time to the second: their tip (the path's first point) lies on that side.
        let arrows = marks(page).filter { $0.name == "path" && $0.attributes["class"] == "arrow" }
        XCTAssertEqual(arrows.count, 2, "none for an unchanged item")
        func points(_ path: XMLPage.Element) -> [Double] {
            (path.attributes["d"] ?? "").split(whereSeparator: { "MLZ ".contains($0) }).compactMap { Double($0) }
        }
        let up = points(arrows[0]), down = points(arrows[1])
        XCTAssertGreaterThan(up[0], up[2], "tip to the right of the base: an increase")
        XCTAssertLessThan(down[0], down[2], "tip to the left: a decrease")
        XCTAssertEqual(arrows.map { $0.attributes["fill"] }, ["#0072b2", "#d55e00"])
        // Both colours stand out from white paper (WCAG 1.4.11).
        XCTAssertGreaterThanOrEqual(DumbbellChartSVG.up.contrast(with: .white), 3)
        XCTAssertGreaterThanOrEqual(DumbbellChartSVG.down.contrast(with: .white), 3)
        // The legend names both times and both directions.
        let legend = page.elements.filter { $0.name == "text" && page.isInLegend($0) }.map { page.text(of: $0) }
        XCTAssertEqual(legend, ["Avant", "Après", "hausse", "baisse"])
    }

    func testHiddenMeanIsNotDrawnAndTheDescriptionCarriesTheNumbers() throws {
        let page = try XMLPage(chart.render(id: "d"))
        let groups = page.elements.filter { $0.name == "g" && $0.attributes["class"] == "item" }
        XCTAssertEqual(groups.count, 4)
        let hidden = page.children(of: groups[2])
        XCTAssertFalse(hidden.contains { $0.name == "circle" || $0.name == "line" })
        XCTAssertTrue(hidden.contains { $0.name == "text" && page.text(of: $0).hasPrefix("non montré") })
        let values = marks(page).filter { $0.name == "text" && $0.attributes["class"] == "value" }.map { page.text(of: $0) }
        XCTAssertEqual(values, ["3,25", "5,10", "4,00", "6,50", "4,00"], "one value for an unchanged item")
        let description = try XCTUnwrap(page.elements.first { $0.name == "desc" }.map { page.text(of: $0) })
        XCTAssertTrue(description.contains("monte : avant 3,25, après 5,10 (hausse de 1,85)"), description)
        XCTAssertTrue(description.contains("baisse (R) : avant 6,50, après 4,00 (baisse de 2,50)"), description)
        XCTAssertTrue(description.contains("caché : non montré"), description)
        XCTAssertTrue(description.contains("stable : avant 4,00, après 4,00 (pas de changement)"), description)
        let svg = try XCTUnwrap(page.elements.first { $0.name == "svg" })
        XCTAssertEqual(svg.attributes["role"], "img")
        XCTAssertEqual(svg.attributes["aria-labelledby"], "d-title d-desc")
    }

    func testEnglishAndLowValuesNearTheMargin() throws {
        let chart = DumbbellChartSVG(title: "t", items: [(label: "low", before: 1, after: 1.2)], scale: 1...8,
                                     beforeLabel: "Before", afterLabel: "After", language: .en)
        let page = try XMLPage(chart.render(id: "e"))
        // The value left of a dot near 1 has no room in the margin: it goes above the dot instead of over the label.
        let low = try XCTUnwrap(page.elements.first { $0.attributes["class"] == "value" && page.text(of: $0) == "1.00" })
        XCTAssertEqual(low.attributes["text-anchor"], "middle")
        XCTAssertGreaterThanOrEqual(Double(low.attributes["x"] ?? "") ?? 0, chart.labelRight)
        let description = try XCTUnwrap(page.elements.first { $0.name == "desc" }.map { page.text(of: $0) })
        XCTAssertTrue(description.contains("low: before 1.00, after 1.20 (up by 0.20)"), description)
        XCTAssertTrue(description.contains("midpoint (4.5)"), description)
    }

    func testHostileAndDegenerateChartsStayWellFormed() throws {
        let hostile = "<script>alert('x')</script>\" onload=\"x\" \u{202E}"
        let document = Document(title: hostile, language: .fr, blocks: [
            .chart(.dumbbell(title: hostile, items: [(label: hostile, before: 2, after: 3)], scale: 1...8, beforeLabel: hostile, afterLabel: hostile)),
            .chart(.dumbbell(title: "", items: [], scale: 1...8, beforeLabel: "", afterLabel: "")),
            .chart(.dumbbell(title: "plat", items: [(label: "a", before: .nan, after: .infinity)], scale: 3...3, beforeLabel: "a", afterLabel: "b")),
        ])
        let html = HTMLRenderer().render(document)
        XCTAssertFalse(html.contains("<script"))
        let page = try XMLPage(html)
        XCTAssertEqual(page.elements.filter { $0.name == "svg" }.count, 3)
        XCTAssertFalse(page.elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } })
        XCTAssertTrue(page.elements.contains { $0.name == "title" && page.text(of: $0) == "<script>alert('x')</script>\" onload=\"x\" " })
    }
}
