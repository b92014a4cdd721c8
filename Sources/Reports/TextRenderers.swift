import Analysis
import Foundation
import Questionnaire
import Support

/// Aligned UTF-8 tables for a terminal, readable at 80 columns: long labels wrap in the first column.
public struct TerminalRenderer {
    public var width: Int
    public init(width: Int = 80) { self.width = max(50, width) }

    public func render(_ document: Document) -> String {
        var out: [String] = [clean(document.title), String(repeating: "═", count: min(width, max(8, document.title.count)))]
        for block in document.blocks {
            switch block {
            case .heading(let level, let text, _):
                out.append("")
                let lines = wrap(clean(text), width: width)
                out += lines
                out.append(String(repeating: level <= 2 ? "─" : "·", count: min(width, lines.map(\.count).max() ?? 0)))
            case .paragraph(let text):
                out.append("")
                out += wrap(clean(text), width: width)
            case .banner(let text):
                out.append("")
                out += wrap("▶ " + clean(text), width: width)
            case .table(let table):
                out.append("")
                out += renderTable(table, continued: ReportText.continued.text(document.language))
            case .chart:
                continue
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func clean(_ text: String) -> String { TerminalText.printable(text) }

    func cellText(_ cell: Document.Cell) -> String { clean(cell.text) + (cell.superscript.map(clean) ?? "") }

    func renderTable(_ table: Document.Table, continued: String = "…") -> [String] {
        var out: [String] = []
        let columns = table.header.count
        let rows = [table.header] + table.rows
        let gap = 2
        // A numeric column is as wide as its numbers (its header wraps, word by word); a text column as its text.
        let natural = (0..<columns).map { column -> Int in
            let dataWidth = table.rows.map { row in column < row.count ? cellText(row[column]).count : 0 }.max() ?? 0
            let header = column < table.header.count ? cellText(table.header[column]) : ""
            guard table.numeric[safe: column] == true else { return max(dataWidth, header.count) }
            let longestWord = header.split(separator: " ").map(\.count).max() ?? 0
            return max(dataWidth, min(header.count, max(longestWord, 8)))
        }
        var widths = natural
        // Text columns give up width, widest first, until the table fits; their cells wrap.
        while widths.reduce(0, +) + gap * (columns - 1) > width {
            let candidates = (0..<columns).filter { table.numeric[safe: $0] != true && widths[$0] > 12 }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        // Still too wide (many numeric columns): the columns go into panels that fit, one under the other, each
        // repeating the first column, as R prints a wide data frame.
        if widths.reduce(0, +) + gap * (columns - 1) > width, let panels = panels(natural, table: table) {
            for (index, panel) in panels.enumerated() {
                let pick = { (row: [Document.Cell]) in ([0] + panel).map { row[safe: $0] ?? Document.Cell("") } }
                let part = Document.Table(caption: index == 0 ? table.caption : (table.caption.map { $0 + " " + continued } ?? continued),
                                          header: pick(table.header), rows: table.rows.map(pick),
                                          numeric: ([0] + panel).map { table.numeric[safe: $0] ?? false },
                                          notes: index == panels.count - 1 ? table.notes : [])
                if index > 0 { out.append("") }
                out += renderTable(part, continued: continued)
            }
            return out
        }
        if let caption = table.caption { out += wrap(clean(caption), width: width) }
        for (index, row) in rows.enumerated() {
            let cells = (0..<columns).map { column in column < row.count ? wrap(cellText(row[column]), width: max(1, widths[column])) : [""] }
            let height = cells.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var parts: [String] = []
                for column in 0..<columns {
                    let text = cells[column][safe: lineIndex] ?? ""
                    let pad = String(repeating: " ", count: max(0, widths[column] - text.count))
                    parts.append(table.numeric[safe: column] == true ? pad + text : text + pad)
                }
                out.append(parts.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces)
            }
            if index == 0 { out.append(String(repeating: "─", count: min(width, widths.reduce(0, +) + gap * (columns - 1)))) }
        }
        for note in table.notes { out += wrap(clean(note), width: width - 2).map { "  " + $0 } }
        return out
    }

    /// Columns after the first, in order, grouped so that each group fits beside the first column (kept at least
    /// 24 characters wide, or its natural width); nil when one group would hold everything or nothing fits.
    func panels(_ natural: [Int], table: Document.Table) -> [[Int]]? {
        guard natural.count > 2 else { return nil }
        let gap = 2
        let first = min(natural[0], max(24, width / 3))
        var panels: [[Int]] = [], current: [Int] = [], used = first
        for column in 1..<natural.count {
            let need = natural[column] + gap
            if used + need > width, !current.isEmpty {
                panels.append(current)
                current = []
                used = first
            }
            current.append(column)
            used += need
        }
        if !current.isEmpty { panels.append(current) }
        return panels.count > 1 ? panels : nil
    }
}

/// GitHub-flavoured Markdown: tables with pipes, letters as superscripts (`<sup>`), notes in italics.
public struct MarkdownRenderer {
    public init() {}

    public func render(_ document: Document) -> String {
        var out = ["# " + escape(document.title)]
        for block in document.blocks {
            switch block {
            case .heading(let level, let text, _): out += ["", String(repeating: "#", count: level) + " " + escape(text)]
            case .paragraph(let text): out += ["", escape(text)]
            case .banner(let text): out += ["", "> **" + escape(text) + "**"]
            case .table(let table):
                out.append("")
                if let caption = table.caption { out += ["**" + escape(caption) + "**", ""] }
                out.append("| " + table.header.map(cell).joined(separator: " | ") + " |")
                out.append("|" + table.numeric.map { $0 ? " ---: |" : " --- |" }.joined())
                for row in table.rows { out.append("| " + row.map(cell).joined(separator: " | ") + " |") }
                if !table.notes.isEmpty { out.append("") }
                for note in table.notes { out.append("*" + escape(note) + "*  ") }
            case .chart: continue
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func cell(_ cell: Document.Cell) -> String {
        escape(cell.text) + (cell.superscript.map { "<sup>\(escape($0))</sup>" } ?? "")
    }

    /// Markdown and the HTML it may carry: text from answers and questionnaires cannot inject markup.
    func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.printable(text) {
            switch character {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "\\", "#": out += "\\" + String(character)
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}

func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        if line.isEmpty { line = String(word) }
        else if line.count + 1 + word.count <= width { line += " " + word }
        else { lines.append(line); line = String(word) }
        while line.count > width {
            lines.append(String(line.prefix(width)))
            line = String(line.dropFirst(width))
        }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
