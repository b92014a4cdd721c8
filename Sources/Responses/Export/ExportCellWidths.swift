/// The longest cell (UTF-8 bytes) of each row field and each exported column: the widths SPSS reads the text columns
/// with. Kept apart from the rows so that a CSV written in pieces can take the maximum over all its pieces.
struct ExportCellWidths: Hashable, Sendable {
    /// In `ExportLayout.fields` order.
    var fields: [Int]
    /// In the order of `ExportLayout.columns`.
    var columns: [Int]

    init(fields: Int, columns: Int) {
        self.fields = Array(repeating: 0, count: fields)
        self.columns = Array(repeating: 0, count: columns)
    }

    /// Takes in one CSV record: the row fields, then the exported columns.
    mutating func include(_ record: [String]) {
        for index in fields.indices { fields[index] = max(fields[index], record[index].utf8.count) }
        for index in columns.indices { columns[index] = max(columns[index], record[fields.count + index].utf8.count) }
    }

    mutating func formMaximum(with other: ExportCellWidths) {
        for index in fields.indices { fields[index] = max(fields[index], other.fields[index]) }
        for index in columns.indices { columns[index] = max(columns[index], other.columns[index]) }
    }

    /// At least 1 (an all-empty column), at most SPSS's longest string.
    func readWidth(field index: Int) -> Int { Self.clamped(fields[index]) }
    func readWidth(column index: Int) -> Int { Self.clamped(columns[index]) }
    private static func clamped(_ width: Int) -> Int { min(max(width, 1), 32_767) }
}
