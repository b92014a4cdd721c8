import Foundation

/// What a file from another tool needs beyond what Octant infers from its header: written by the evaluator beside the
/// questionnaire (`esc-usagers.mapping`), one setting a line, `#` comments. Every name and value may be quoted.
///
///     missing: NA, N/A, ".", -99          outside values meaning "no answer", besides the empty cell
///     ignore: lastpage, seed              columns to leave out (an empty header, R's row names, always is)
///     column "G01Q01": sexe               which variable (or `ignore`) an outside column feeds
///     values sexe: AO01 = femme, AO02 = homme      outside values of a question's (or variable's) cells
///     status: submitdate                   a filled cell: complete; an empty one: partial
///     status: complet, TRUE = complete, FALSE = partial
///     wave: vague, t0 = avant, t1 = apres  the wave, from a column, through a table
///     code: code_mere, code_jour           the participant code, element by element, from these columns
///     id: _uuid                            the tool's own row id: a row imported twice is recognised
///     started: startdate, "yyyy-MM-dd HH:mm:ss", Europe/Paris
public struct ImportMapping: Hashable, Sendable {
    public var missingMarkers: [String] = []
    public var ignored: [String] = []
    /// Outside column → variable name (or a row field, or `ignore`).
    public var columns: [String: String] = [:]
    /// Question id or variable name → outside value → Octant value (code, scale point, escape id).
    public var values: [String: [String: String]] = [:]
    public var status: TableRule?
    public var wave: TableRule?
    public var codeColumns: [String] = []
    public var idColumn: String?
    public var started: TimeRule?

    /// A column read through a table; with no table, a filled cell is the first outcome and an empty one the second.
    public struct TableRule: Hashable, Sendable {
        public var column: String
        public var table: [String: String]
    }

    public struct TimeRule: Hashable, Sendable {
        public var column: String
        public var format: String
        public var zone: String
    }

    public init() {}

    /// Lines that cannot be read, by line number, with what was expected.
    public struct Problem: Error, Hashable, Sendable {
        public var line: Int
        public var text: String
    }

    public static func parse(_ text: String) -> Result<ImportMapping, Problem> {
        var mapping = ImportMapping()
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let body = Self.stripComment(String(raw)).trimmingCharacters(in: .whitespaces)
            guard !body.isEmpty else { continue }
            guard let colon = Self.colon(in: body) else { return .failure(Problem(line: line, text: body)) }
            let head = Self.words(String(body[..<colon]))
            let items = Self.items(String(body[body.index(after: colon)...]))
            guard let keyword = head.first else { return .failure(Problem(line: line, text: body)) }
            switch (keyword, head.count) {
            case ("missing", 1): mapping.missingMarkers += items.map(\.left)
            case ("ignore", 1): mapping.ignored += items.map(\.left)
            case ("column", 2):
                guard let target = items.first?.left else { return .failure(Problem(line: line, text: body)) }
                mapping.columns[head[1]] = target
            case ("values", 2):
                var table = mapping.values[head[1]] ?? [:]
                for item in items {
                    guard let right = item.right else { return .failure(Problem(line: line, text: body)) }
                    table[item.left] = right
                }
                mapping.values[head[1]] = table
            case ("status", 1), ("wave", 1):
                guard let column = items.first, column.right == nil else { return .failure(Problem(line: line, text: body)) }
                var table: [String: String] = [:]
                for item in items.dropFirst() {
                    guard let right = item.right else { return .failure(Problem(line: line, text: body)) }
                    table[item.left] = right
                }
                let rule = TableRule(column: column.left, table: table)
                if keyword == "status" { mapping.status = rule } else { mapping.wave = rule }
            case ("code", 1): mapping.codeColumns = items.map(\.left)
            case ("id", 1): mapping.idColumn = items.first?.left
            case ("started", 1):
                guard items.count >= 2 else { return .failure(Problem(line: line, text: body)) }
                mapping.started = TimeRule(column: items[0].left, format: items[1].left, zone: items.count > 2 ? items[2].left : "UTC")
            default:
                return .failure(Problem(line: line, text: body))
            }
        }
        return .success(mapping)
    }

    /// A `#` outside quotes starts a comment.
    static func stripComment(_ line: String) -> String {
        var inQuotes = false
        for index in line.indices {
            if line[index] == "\"" { inQuotes.toggle() }
            if line[index] == "#" && !inQuotes { return String(line[..<index]) }
        }
        return line
    }

    /// The first `:` outside quotes.
    static func colon(in line: String) -> String.Index? {
        var inQuotes = false
        for index in line.indices {
            if line[index] == "\"" { inQuotes.toggle() }
            if line[index] == ":" && !inQuotes { return index }
        }
        return nil
    }

    /// Words and quoted texts separated by spaces.
    static func words(_ text: String) -> [String] {
        tokens(text, separators: [" "]).filter { !$0.isEmpty }
    }

    /// `a, b = c, "d, e" = f`: items separated by commas, each `left` or `left = right`.
    static func items(_ text: String) -> [(left: String, right: String?)] {
        tokens(text, separators: [","], keepQuotes: true).compactMap { item in
            // `""` names a column without a header (R's row names).
            if item.trimmingCharacters(in: .whitespaces) == "\"\"" { return ("", nil) }
            let parts = tokens(item, separators: ["="], keepQuotes: true)
            let left = unquoted(parts[0]), right = parts.count > 1 ? unquoted(parts[1...].joined(separator: "=")) : nil
            return left.isEmpty && right == nil ? nil : (left, right)
        }
    }

    static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, trimmed.first == "\"", trimmed.last == "\"" else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }

    static func tokens(_ text: String, separators: Set<Character>, keepQuotes: Bool = false) -> [String] {
        var out: [String] = [], current = "", inQuotes = false
        for character in text {
            if character == "\"" {
                inQuotes.toggle()
                if keepQuotes { current.append(character) }
                continue
            }
            if separators.contains(character) && !inQuotes {
                out.append(keepQuotes ? current : current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        out.append(keepQuotes ? current : current.trimmingCharacters(in: .whitespaces))
        return out
    }
}
