import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Analysis
@testable import Reports
import Questionnaire

/// The HTML report: golden files, self-containment, accessibility structure, escaping, and chart geometry.
final class HTMLRendererTests: XCTestCase {
    func document(_ language: Language) -> Document {
        let report = ReportBuilder(survey: SmallDataset.survey, data: SmallDataset.table, options: ReportOptions(language: language)).build()
        return DocumentBuilder(report: report).build()
    }

    func testGolden() throws {
        try GoldenFile.assertMatches(HTMLRenderer().render(document(.fr)), "report.fr.html")
        try GoldenFile.assertMatches(HTMLRenderer().render(document(.en)), "report.en.html")
    }

    func testWholePageIsWellFormedXML() throws {
        for language in Language.allCases {
            let page = try XMLPage(HTMLRenderer().render(document(language)))
            XCTAssertEqual(page.elements.first?.name, "html")
            XCTAssertEqual(page.elements.first?.attributes["lang"], language.rawValue)
            XCTAssertTrue(page.elements.contains { $0.name == "meta" && $0.attributes["charset"] == "utf-8" })
            XCTAssertEqual(page.elements.filter { $0.name == "title" }.first.map { page.text(of: $0) }, document(language).title)
        }
    }

    func testSelfContained() {
        let html = HTMLRenderer().render(document(.fr)).lowercased()
        for forbidden in ["<script", "http://", "https://", "url(", "@import", "src=", "<link", "<iframe", "<object", "javascript:"] {
            XCTAssertFalse(html.contains(forbidden), forbidden)
        }
        // The only links are to the page's own headings.
        let links = html.components(separatedBy: "href=\"").dropFirst()
        XCTAssertFalse(links.isEmpty)
        for link in links { XCTAssertTrue(link.hasPrefix("#"), String(link.prefix(30))) }
    }

    func testTablesAreAccessible() throws {
        let document = document(.fr)
        let page = try XMLPage(HTMLRenderer().render(document))
        let tableCount = document.blocks.filter { if case .table = $0 { return true } else { return false } }.count
        XCTAssertEqual(page.elements.filter { $0.name == "table" }.count, tableCount)
        XCTAssertEqual(page.elements.filter { $0.name == "caption" }.count, tableCount, "every table is named")
        XCTAssertEqual(page.elements.filter { $0.name == "thead" }.count, tableCount)
        let headers = page.elements.filter { $0.name == "th" }
        XCTAssertTrue(headers.allSatisfy { ["col", "row"].contains($0.attributes["scope"]) })
        // The model's letters: "7,07" with a superscript "a" in a right-aligned cell.
        let html = HTMLRenderer().render(document)
        XCTAssertTrue(html.contains("<td class=\"num\">7,07<sup>a</sup></td>"), "letters as superscripts in numeric cells")
        XCTAssertTrue(html.contains("<th scope=\"row\">à la maison</th>"))
        XCTAssertTrue(html.contains("<caption>Je me sens à l&#39;aise : — Selon « Service »</caption>"))
        XCTAssertTrue(html.contains("<div class=\"notes\"><p>MANOVA du bloc"), "notes right under their table")
    }

    func testChartsAreImagesWithTextAlternatives() throws {
        let document = document(.fr)
        let page = try XMLPage(HTMLRenderer().render(document))
        let charts = document.blocks.filter { if case .chart = $0 { return true } else { return false } }.count
        let svgs = page.elements.filter { $0.name == "svg" }
        XCTAssertEqual(svgs.count, charts)
        XCTAssertGreaterThan(charts, 0)
        let ids = Set(page.elements.compactMap { $0.attributes["id"] })
        for svg in svgs {
            XCTAssertEqual(svg.attributes["role"], "img")
            let labelledBy = (svg.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
            XCTAssertEqual(labelledBy.count, 2)
            for id in labelledBy { XCTAssertTrue(ids.contains(id), id) }
            let children = page.children(of: svg)
            XCTAssertEqual(children.prefix(2).map(\.name), ["title", "desc"])
            XCTAssertGreaterThan(page.text(of: children[1]).count, 40, "the description carries the chart's numbers")
        }
        // The Likert chart's description gives each item's shares, and its table stands right before it.
        let html = HTMLRenderer().render(document)
        XCTAssertTrue(html.contains("désaccord 28\u{202F}%, accord 72\u{202F}%"))
        let likertTable = try XCTUnwrap(html.range(of: "<caption>Je me sens à l&#39;aise :</caption>"))
        let likertChart = try XCTUnwrap(html.range(of: "<figure class=\"chart-block\">"))
        XCTAssertLessThan(likertTable.lowerBound, likertChart.lowerBound)
        XCTAssertFalse(html[likertTable.upperBound..<likertChart.lowerBound].contains("<table"))
    }

    func testBannerIsProminentNote() throws {
        let document = Document(title: "T", language: "fr", blocks: [.banner("DONNÉES SYNTHÉTIQUES"), .paragraph("texte")])
        let page = try XMLPage(HTMLRenderer().render(document))
        let banner = try XCTUnwrap(page.elements.first { $0.attributes["role"] == "note" })
        XCTAssertEqual(banner.attributes["class"], "banner")
        XCTAssertEqual(page.text(of: banner), "DONNÉES SYNTHÉTIQUES")
        XCTAssertTrue(HTMLStyle.css.contains(".banner {"))
    }

    func testHostileLabelsAreEscapedEverywhere() throws {
        let hostile = "<script>alert('x')</script>\" onload=\"alert(1)\" ]]> &amp; \u{202E}evil\u{202C}\u{0007}\u{001B}[31m"
        let document = Document(
            title: hostile, language: "fr\" onload=\"x",
            blocks: [
                .heading(level: 2, text: hostile, id: hostile),
                .paragraph(hostile), .banner(hostile),
                .table(Document.Table(caption: hostile, header: [.init(hostile), .init(hostile)],
                                      rows: [[.init(hostile), .init(hostile, superscript: hostile)]], numeric: [false, true], notes: [hostile])),
                .chart(.likertBars(title: hostile, points: 8, items: [(label: hostile, counts: [1, 2, 3, 4, 5, 6, 7, 8])], anchors: (hostile, hostile))),
                .chart(.means(title: hostile, groups: [hostile, "b"], items: [(label: hostile, means: [4, 5], lower: [3, 4], upper: [5, 6])], scale: 1...8)),
            ])
        let html = HTMLRenderer().render(document)
        let page = try XMLPage(html)
        let allowed: Set<String> = ["html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p", "strong", "div", "table", "caption",
                                    "thead", "tbody", "tr", "th", "td", "sup", "figure", "figcaption", "svg", "desc", "g", "text", "tspan",
                                    "rect", "line", "path", "circle", "nav", "ul", "li", "a"]
        XCTAssertEqual(Set(page.elements.map(\.name)).subtracting(allowed), [])
        XCTAssertFalse(page.elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } })
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x202C || $0.value < 0x20 && $0 != "\n" })
        // The hostile text survives as text: what a reader sees is the label, not its effect.
        let visible = "<script>alert('x')</script>\" onload=\"alert(1)\" ]]> &amp; evil[31m"
        XCTAssertTrue(page.elements.contains { $0.name == "p" && page.text(of: $0) == visible })
        XCTAssertTrue(page.elements.contains { $0.name == "sup" && page.text(of: $0) == visible })
        XCTAssertEqual(page.elements.first?.attributes["lang"], "und")
        let headingId = try XCTUnwrap(page.elements.first { $0.name == "h2" }?.attributes["id"])
        XCTAssertTrue(headingId.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }, headingId)
    }

    func testXMLCheckRejectsWhatAnUnescapedLabelWouldProduce() {
        XCTAssertThrowsError(try XMLPage("<p>a <b> c</p>"))
        XCTAssertThrowsError(try XMLPage("<p title=\"a\" onload=\"x\"\">t</p>"))
        XCTAssertThrowsError(try XMLPage("<p>R&D</p>"))
    }

    func testPrintStyleKeepsTablesAndChartsWhole() {
        let css = HTMLStyle.css
        XCTAssertTrue(css.contains("@media print"))
        for selector in [".table-block {", ".chart-block {"] {
            let rule = css.components(separatedBy: selector).dropFirst().first?.components(separatedBy: "}").first ?? ""
            XCTAssertTrue(rule.contains("break-inside: avoid"), selector)
        }
        XCTAssertFalse(css.contains("<") || css.contains("&") || css.contains(">"), "the style stays well-formed XML text")
    }

    func testEscapeCoversTheFiveMarkupCharacters() {
        XCTAssertEqual(MarkupText.escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        XCTAssertEqual(MarkupText.escape("x\u{0000}\u{0085}\u{2066}y\u{FFFF}\nz"), "xy z")
        XCTAssertEqual(MarkupText.escape("Ça ré — « x »"), "Ça ré — « x »")
    }

    func testHeadingIdentifiersAreUnique() {
        var ids = IdentifierSet()
        XCTAssertEqual(ids.claim("by-service"), "by-service")
        XCTAssertEqual(ids.claim("by-service"), "by-service-2")
        XCTAssertEqual(ids.claim("Éch é"), "s--ch--")
    }

    // MARK: Charts

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
                                   anchors: ("non", "oui"), language: .fr)
        let page = try XMLPage(chart.render(id: "c"))
        let bars = page.elements.filter { $0.name == "rect" && !page.isInLegend($0) }
        XCTAssertEqual(bars.count, 0)
        XCTAssertTrue(page.elements.contains { $0.name == "text" && page.text(of: $0) == "aucune réponse" })
    }

    func testLikertBarsAreDrawnToScale() throws {
        let chart = LikertChartSVG(title: "t", points: 8, items: [(label: "item", counts: [0, 0, 1, 1, 2, 2, 2, 2])],
                                   anchors: ("non", "oui"), language: .en)
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
}

/// An XML parse of a page or an SVG: elements in document order with attributes, parent and text.
struct XMLPage {
    struct Element {
        var index: Int
        var name: String
        var attributes: [String: String]
        var parent: Int?
    }

    var elements: [Element] = []
    var texts: [Int: String] = [:]

    init(_ markup: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = collector
        // Foundation's parser can return true after a recoverable error (an element left open at the end), so every
        // reported error counts, and every element must be closed.
        guard parser.parse(), parser.parserError == nil, collector.errors.isEmpty, collector.stack.isEmpty else {
            throw NSError(domain: "XMLPage", code: 1, userInfo: [NSLocalizedDescriptionKey: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") line \(parser.lineNumber)"])
        }
        elements = collector.elements
        texts = collector.texts
    }

    /// The element's own and descendants' text, without the `<title>` tooltips of SVG labels.
    func text(of element: Element) -> String {
        let root = element.index
        var out = texts[root] ?? ""
        for child in elements.indices where elements[child].parent == root && elements[child].name != "title" {
            out += text(of: elements[child])
        }
        return out
    }

    func children(of element: Element) -> [Element] {
        elements.filter { $0.parent == element.index }
    }

    func isInLegend(_ element: Element) -> Bool {
        var parent = element.parent
        while let current = parent {
            if elements[current].attributes["class"] == "legend" { return true }
            parent = elements[current].parent
        }
        return false
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var texts: [Int: String] = [:]
        var stack: [Int] = []
        var errors: [Error] = []

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { errors.append(parseError) }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(Element(index: elements.count, name: elementName, attributes: attributes, parent: stack.last))
            stack.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let current = stack.last else { return }
            texts[current, default: ""] += string
        }
    }
}
