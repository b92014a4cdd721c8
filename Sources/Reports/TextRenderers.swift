import Analysis
import Foundation
import Questionnaire

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
                out.append(clean(text))
                out.append(String(repeating: level <= 2 ? "─" : "·", count: min(width, text.count)))
            case .paragraph(let text):
                out.append("")
                out += wrap(clean(text), width: width)
            case .banner(let text):
                out.append("")
                out += wrap("▶ " + clean(text), width: width)
            case .table(let table):
                out.append("")
                out += renderTable(table)
            case .chart:
                continue
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func clean(_ text: String) -> String { TerminalText.printable(text) }

    func cellText(_ cell: Document.Cell) -> String { clean(cell.text) + (cell.superscript.map(clean) ?? "") }

    func renderTable(_ table: Document.Table) -> [String] {
        var out: [String] = []
        if let caption = table.caption { out += wrap(clean(caption), width: width) }
        let columns = table.header.count
        let rows = [table.header] + table.rows
        var widths = (0..<columns).map { column in rows.map { row in column < row.count ? cellText(row[column]).count : 0 }.max() ?? 0 }
        // The first column takes what the others leave, and wraps.
        let others = widths.dropFirst().reduce(0, +) + 2 * (columns - 1)
        widths[0] = max(16, min(widths[0], width - others))
        for (index, row) in rows.enumerated() {
            let first = wrap(cellText(row.first ?? .init("")), width: widths[0])
            for (lineIndex, line) in first.enumerated() {
                var parts = [line.padding(toLength: widths[0], withPad: " ", startingAt: 0)]
                for column in 1..<max(1, columns) {
                    let text = lineIndex == 0 && column < row.count ? cellText(row[column]) : ""
                    let pad = String(repeating: " ", count: max(0, widths[column] - text.count))
                    parts.append(table.numeric[safe: column] == true ? pad + text : text + pad)
                }
                out.append(parts.joined(separator: "  ").trimmingTrailingSpaces)
            }
            if index == 0 { out.append(String(repeating: "─", count: min(width, widths.reduce(0, +) + 2 * (columns - 1)))) }
        }
        for note in table.notes { out += wrap(clean(note), width: width).map { "  " + $0 } }
        return out
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
