import Analysis
import Foundation
import Questionnaire
import Responses

/// Answers written row by row, by variable name, then built into a `Dataset` as a journal or an import builds it and
/// read through `DatasetSource`: the report tests take the production data path. A variable a row does not name
/// was not asked of it.
public struct FixtureRows: Sendable {
    public var codebook: Codebook
    public var rows: [[String: DatasetValue]]

    public init(codebook: Codebook, rows: [[String: DatasetValue]]) {
        self.codebook = codebook
        self.rows = rows
    }

    public var dataset: Dataset {
        var dataset = Dataset(codebook: codebook)
        for (index, row) in rows.enumerated() {
            let values = dataset.variables.map { row[$0.name] ?? .missing(.notAsked) }
            dataset.appendRow(RowHeader(sessionID: SessionID(high: 0x5EED, low: UInt64(index + 1)), status: .complete), values: values)
        }
        dataset.computeScores()
        return dataset
    }

    /// What `octant report` reads.
    public var source: DatasetSource { DatasetSource(dataset) }
}

extension DatasetValue {
    /// A whole or decimal number, as a journal records it.
    public static func number(_ value: Double) -> DatasetValue { .number(Decimal(value)) }
    public static let skipped = DatasetValue.missing(.skipped)
}
