import Foundation
import Questionnaire
import Support

/// The export's wide CSV written dataset after dataset, for more rows than should be held at once (a million simulated
/// respondents): the bytes are exactly those `DatasetExport.write` gives for all the rows in one dataset, and the
/// companions (codebook, SPSS syntax, R script) are the same too, since they depend only on the questionnaire and on the
/// longest cell of each column, which is carried from piece to piece.
///
/// Pieces are encoded by `rowEncoder`, which is a value that several threads can use at once, then appended in row order.
/// The CSV is written to a private (0600) temporary file and appears under its name only when `finish()` succeeds.
public final class DatasetCSVStream {
    /// Rows of one dataset, encoded as CSV lines, with the longest cell of each column.
    public struct EncodedRows: Sendable {
        public let rowCount: Int
        fileprivate let bytes: [UInt8]
        fileprivate let widths: ExportCellWidths
    }

    /// Encodes datasets of the stream's questionnaire with the stream's options.
    public struct RowEncoder: Sendable {
        let options: ExportOptions

        public func encode(_ dataset: Dataset) -> EncodedRows {
            let layout = ExportLayout(dataset, options: options)
            var bytes: [UInt8] = [], widths = ExportCellWidths(fields: layout.fields.count, columns: layout.columns.count)
            layout.appendRows(to: &bytes, widths: &widths)
            return EncodedRows(rowCount: dataset.rowCount, bytes: bytes, widths: widths)
        }
    }

    public let files: DatasetExport.Files
    public private(set) var rowCount = 0
    public var rowEncoder: RowEncoder { RowEncoder(options: layout.options) }
    /// A layout without rows: the header and the companions need only the codebook and the options.
    private let layout: ExportLayout
    private var widths: ExportCellWidths
    private let writer: PrivateFile.Writer

    public init(codebook: Codebook, to csvURL: URL, options: ExportOptions = ExportOptions()) throws(DatasetExport.ExportError) {
        files = try DatasetExport.Files(csv: csvURL)
        layout = ExportLayout(Dataset(codebook: codebook), options: options)
        widths = ExportCellWidths(fields: layout.fields.count, columns: layout.columns.count)
        do {
            writer = try PrivateFile.Writer(csvURL)
            try writer.append(layout.csvHeader())
        } catch {
            throw .unwritable(file: error.fileName, code: error.code)
        }
    }

    /// Appends rows after those already written.
    public func append(_ rows: EncodedRows) throws(DatasetExport.ExportError) {
        precondition(rows.widths.columns.count == widths.columns.count, "rows of the stream's questionnaire and options")
        do { try writer.append(rows.bytes) } catch { throw .unwritable(file: error.fileName, code: error.code) }
        widths.formMaximum(with: rows.widths)
        rowCount += rows.rowCount
    }

    /// Syncs the CSV, gives it its name, and writes its codebook, SPSS syntax and R script beside it.
    @discardableResult
    public func finish() throws(DatasetExport.ExportError) -> DatasetExport.Files {
        do { try writer.commit() } catch { throw .unwritable(file: error.fileName, code: error.code) }
        try DatasetExport.writeCompanions(of: layout, widths: widths, files: files, systemFile: false)
        return files
    }
}
