import Foundation
import Questionnaire
import Support

/// One self-contained HTML5 file: inline CSS and SVG, no script and nothing fetched from anywhere, so that
/// it opens offline, prints, and can be mailed as is. The markup is also well-formed XML (void elements
/// closed, no named entities), which lets tests check it with an XML parser.
public struct HTMLRenderer {
    public init() {}

    public func render(_ document: Document) -> String {
        let language = document.language
        var ids = IdentifierSet()
        var out = ["<!DOCTYPE html>",
                   "<html lang=\"\(MarkupText.escape(languageTag(document.language.rawValue)))\">",
                   "<head>",
                   "<meta charset=\"utf-8\"/>",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
                   "<meta name=\"generator\" content=\"octant\"/>",
                   "<title>\(MarkupText.escape(document.title))</title>",
                   "<style>", HTMLStyle.css, "</style>",
                   "</head>",
                   "<body>",
                   "<main>",
                   "<h1>\(MarkupText.escape(document.title))</h1>"]
        let headingIds = document.blocks.map { block -> String? in
            guard case .heading(_, let text, let id) = block else { return nil }
            return ids.claim(id ?? text)
        }
        out += contents(document, headingIds: headingIds, language: language)
        var lastHeading: String?
        var chartNumber = 0
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .heading(let level, let text, _):
                let tag = "h\(min(6, max(2, level)))"
                out.append("<\(tag) id=\"\(headingIds[index] ?? "")\">\(MarkupText.escape(text))</\(tag)>")
                lastHeading = text
            case .paragraph(let text):
                out.append("<p>\(MarkupText.escape(text))</p>")
            case .banner(let text):
                out.append("<p class=\"banner\" role=\"note\"><strong>\(MarkupText.escape(text))</strong></p>")
            case .table(let table):
                out.append(render(table, context: lastHeading))
            case .chart(let chart):
                chartNumber += 1
                // A dot cannot occur in a heading's identifier, so chart identifiers never collide with them.
                out.append(render(chart, id: "chart.\(chartNumber)", language: language))
            }
        }
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// A BCP 47 tag made only of letters, digits and hyphens; anything else falls back to "und" (undetermined).
    func languageTag(_ code: String) -> String {
        let allowed = !code.isEmpty && code.count <= 35 && code.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "-" || CharacterSet.alphanumerics.contains($0)) }
        return allowed ? code : "und"
    }

    /// Links to the second-level headings, when there are several.
    func contents(_ document: Document, headingIds: [String?], language: Language) -> [String] {
        let entries = document.blocks.enumerated().compactMap { index, block -> String? in
            guard case .heading(let level, let text, _) = block, level <= 2, let id = headingIds[index] else { return nil }
            return "<li><a href=\"#\(id)\">\(MarkupText.escape(text))</a></li>"
        }
        guard entries.count > 1 else { return [] }
        return ["<nav aria-label=\"\(ReportText.contents.text(language))\">", "<ul>"] + entries + ["</ul>", "</nav>"]
    }

    /// A real table: caption, column headers in `<thead>`, the first column as row headers, numbers right-aligned,
    /// compact letters as superscripts, and the notes right under it. A table without a caption is named after
    /// its first column and the heading it sits under, so that it is never anonymous to a screen reader.
    func render(_ table: Document.Table, context: String?) -> String {
        let numeric = { (column: Int) in table.numeric[safe: column] == true }
        let firstIsRowHeader = !numeric(0)
        let caption = table.caption ?? ([table.header.first?.text, context].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — "))
        // Many columns (the before/after tables): smaller type, and numeric headers that wrap, so that labels keep room.
        var out = ["<div class=\"table-block\(table.header.count > 8 ? " wide" : "")\">", "<table>"]
        if !caption.isEmpty { out.append("<caption>\(MarkupText.escape(caption))</caption>") }
        out.append("<thead>")
        // A column without a title (the sample's remarks) gets an empty cell rather than an empty header.
        out.append("<tr>" + table.header.enumerated().map { column, cell in
            cell.text.isEmpty && cell.superscript == nil ? "<td></td>"
                : "<th scope=\"col\"\(numeric(column) ? " class=\"num\"" : "")>\(render(cell))</th>"
        }.joined() + "</tr>")
        out.append("</thead>")
        out.append("<tbody>")
        for row in table.rows {
            out.append("<tr>" + row.enumerated().map { column, cell in
                if column == 0 && firstIsRowHeader { return "<th scope=\"row\">\(render(cell))</th>" }
                return "<td\(numeric(column) ? " class=\"num\"" : "")>\(render(cell))</td>"
            }.joined() + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        if !table.notes.isEmpty {
            out.append("<div class=\"notes\">" + table.notes.map { "<p>\(MarkupText.escape($0))</p>" }.joined() + "</div>")
        }
        out.append("</div>")
        return out.joined(separator: "\n")
    }

    func render(_ cell: Document.Cell) -> String {
        MarkupText.escape(cell.text) + (cell.superscript.map { "<sup>\(MarkupText.escape($0))</sup>" } ?? "")
    }

    func render(_ chart: Document.Chart, id: String, language: Language) -> String {
        let title: String, svg: String
        switch chart {
        case .likertBars(let chartTitle, let points, let items, let anchors, let sides):
            title = chartTitle
            svg = LikertChartSVG(title: chartTitle, points: points, items: items, anchors: anchors, sides: sides, language: language)
                .render(id: id)
        case .means(let chartTitle, let groups, let items, let scale):
            title = chartTitle
            svg = MeansChartSVG(title: chartTitle, groups: groups, items: items, scale: scale, language: language).render(id: id)
        case .dumbbell(let chartTitle, let items, let scale, let beforeLabel, let afterLabel):
            title = chartTitle
            svg = DumbbellChartSVG(title: chartTitle, items: items, scale: scale, beforeLabel: beforeLabel, afterLabel: afterLabel,
                                   language: language).render(id: id)
        }
        // The caption is for sighted readers; assistive technology reads the image's own title and description.
        return ["<figure class=\"chart-block\">", "<figcaption aria-hidden=\"true\">\(MarkupText.escape(title))</figcaption>", svg, "</figure>"]
            .joined(separator: "\n")
    }
}

/// Element identifiers for headings: ASCII letters, digits and hyphens, unique within the page.
struct IdentifierSet {
    private var used: Set<String> = []

    mutating func claim(_ wanted: String) -> String {
        var base = String(wanted.lowercased().unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_") ? Character(scalar) : "-"
        })
        if base.isEmpty || !(base.first?.isLetter ?? false) { base = "s-" + base }
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
