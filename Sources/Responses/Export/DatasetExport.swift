import Foundation
import Questionnaire
import Support

/// Writes a dataset as a wide CSV and, beside it, its codebook, SPSS syntax and R script.
public enum DatasetExport {
    public struct Files: Hashable, Sendable {
        public var csv: URL
        public var codebook: URL
        public var spss: URL
        public var r: URL
        public var systemFile: URL
    }

    public enum ExportError: Error, Hashable, Sendable {
        case notCSV(String)
        case unwritable(file: String, code: Int32)
        /// The system file could not be laid out (a bug: names and labels are made valid before).
        case systemFile(String)

        public func message(_ language: Language) -> String { localized[language] }

        public var localized: Localized {
            switch self {
            case .notCSV(let name): return ResponsesMessage.notCSV(name).localized
            case .unwritable(let file, let code): return ResponsesMessage.unwritable(file: file, errno: code).localized
            case .systemFile(let problem): return ResponsesMessage.systemFileRefused(problem).localized
            }
        }
    }

    /// The CSV bytes alone.
    public static func csv(_ dataset: Dataset, options: ExportOptions = ExportOptions()) -> [UInt8] {
        ExportLayout(dataset, options: options).csv()
    }

    public static func codebookCSV(_ dataset: Dataset, options: ExportOptions = ExportOptions()) -> [UInt8] {
        ExportLayout(dataset, options: options).codebookCSV()
    }

    public static func spssSyntax(_ dataset: Dataset, csvFileName: String, options: ExportOptions = ExportOptions()) -> String {
        ExportLayout(dataset, options: options).spssSyntax(csvFileName: csvFileName)
    }

    public static func rScript(_ dataset: Dataset, csvFileName: String, options: ExportOptions = ExportOptions()) -> String {
        ExportLayout(dataset, options: options).rScript(csvFileName: csvFileName)
    }

    /// Writes `X.csv`, `X.codebook.csv`, `X.sps`, `X.R` and `X.sav` (mode 0600). The generated files name the CSV by its file name
    /// only, never by a full path.
    @discardableResult
    public static func write(_ dataset: Dataset, to csvURL: URL, options: ExportOptions = ExportOptions()) throws(ExportError) -> Files {
        let files = try Files(csv: csvURL)
        let layout = ExportLayout(dataset, options: options)
        var widths = ExportCellWidths(fields: layout.fields.count, columns: layout.columns.count)
        do {
            try PrivateFile.save(layout.csv(widths: &widths), to: files.csv)
        } catch {
            throw .unwritable(file: error.fileName, code: error.code)
        }
        try writeCompanions(of: layout, widths: widths, files: files, systemFile: true)
        return files
    }

    /// The codebook, SPSS syntax and R script of a CSV; `widths` are those of all its rows (see `ExportCellWidths`).
    /// `systemFile`: the `.sav` holds the rows themselves, so only an export that has them all in one layout writes it.
    static func writeCompanions(of layout: ExportLayout, widths: ExportCellWidths, files: Files, systemFile: Bool) throws(ExportError) {
        var savBytes: [UInt8]?
        if systemFile {
            do throws(SystemFileError) { savBytes = try layout.systemFile().bytes() } catch { throw .systemFile(error.description) }
        }
        let name = files.csv.lastPathComponent
        do {
            try PrivateFile.save(layout.codebookCSV(), to: files.codebook)
            try PrivateFile.save(Array(layout.spssSyntax(csvFileName: name, widths: widths).utf8), to: files.spss)
            try PrivateFile.save(Array(layout.rScript(csvFileName: name).utf8), to: files.r)
            if let savBytes { try PrivateFile.save(savBytes, to: files.systemFile) }
        } catch {
            throw .unwritable(file: error.fileName, code: error.code)
        }
    }
}

extension DatasetExport.Files {
    /// `X.csv` and its companions `X.codebook.csv`, `X.sps`, `X.R` beside it.
    init(csv csvURL: URL) throws(DatasetExport.ExportError) {
        guard csvURL.pathExtension.lowercased() == "csv" else { throw .notCSV(csvURL.lastPathComponent) }
        let base = csvURL.deletingPathExtension()
        self.init(csv: csvURL, codebook: URL(fileURLWithPath: base.path + ".codebook.csv"),
                  spss: URL(fileURLWithPath: base.path + ".sps"), r: URL(fileURLWithPath: base.path + ".R"),
                  systemFile: URL(fileURLWithPath: base.path + ".sav"))
    }
}
