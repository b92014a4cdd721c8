import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ReportFixtures
import Responses
import XCTest
@testable import Analysis
@testable import Reports
import Questionnaire
import Support

/// The HTML report: golden files, self-containment, accessibility structure, escaping, and chart geometry.
final class HTMLRendererTests: XCTestCase {
    func document(_ language: Language) -> Document {
        let report = ReportBuilder(survey: SmallDataset.survey, data: SmallDataset.table.source, options: ReportOptions(language: language)).build()
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
        let document = Document(title: "T", language: .fr, blocks: [.banner("DONNÉES SYNTHÉTIQUES"), .paragraph("texte")])
        let page = try XMLPage(HTMLRenderer().render(document))
        let banner = try XCTUnwrap(page.elements.first { $0.attributes["role"] == "note" })
        XCTAssertEqual(banner.attributes["class"], "banner")
        XCTAssertEqual(page.text(of: banner), "DONNÉES SYNTHÉTIQUES")
        XCTAssertTrue(HTMLStyle.css.contains(".banner {"))
    }

    func testHostileLabelsAreEscapedEverywhere() throws {
        let hostile = "<script>alert('x')</script>\" onload=\"alert(1)\" ]]> &amp; \u{202E}evil\u{202C}\u{0007}\u{001B}[31m"
        let document = Document(
            title: hostile, language: .fr,
            blocks: [
                .heading(level: 2, text: hostile, id: hostile),
                .paragraph(hostile), .banner(hostile),
                .table(Document.Table(caption: hostile, header: [.init(hostile), .init(hostile)],
                                      rows: [[.init(hostile), .init(hostile, superscript: hostile)]], numeric: [false, true], notes: [hostile])),
                .chart(.likertBars(title: hostile, points: 8, items: [(label: hostile, counts: [1, 2, 3, 4, 5, 6, 7, 8])], anchors: (hostile, hostile), sides: ("désaccord", "accord"))),
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
        // The document's language is typed: no label can reach the lang attribute.
        XCTAssertEqual(page.elements.first?.attributes["lang"], "fr")
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
