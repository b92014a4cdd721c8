import Foundation
import Questionnaire

/// Writes a dataset as a wide CSV and, beside it, its codebook, SPSS syntax and R script.
public enum DatasetExport {
    public struct Files: Hashable, Sendable {
        public var csv: URL
        public var codebook: URL
        public var spss: URL
        public var r: URL
    }

    public enum ExportError: Error, Sendable {
        case notCSV(String)
        case unwritable(file: String, code: Int32)

        public func message(_ l: Language) -> String {
            switch self {
            case .notCSV(let name):
                return l.pick(fr: "le fichier de sortie doit finir par .csv : \(name)", en: "the output file must end in .csv: \(name)")
            case .unwritable(let file, let code):
                return l.pick(fr: "impossible d'écrire \(file) (\(String(cString: strerror(code))))",
                              en: "cannot write \(file) (\(String(cString: strerror(code))))")
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

    /// Writes `X.csv`, `X.codebook.csv`, `X.sps` and `X.R` (mode 0600). The generated files name the CSV by its file name
    /// only, never by a full path.
    @discardableResult
    public static func write(_ dataset: Dataset, to csvURL: URL, options: ExportOptions = ExportOptions()) throws(ExportError) -> Files {
        guard csvURL.pathExtension.lowercased() == "csv" else { throw .notCSV(csvURL.lastPathComponent) }
        let base = csvURL.deletingPathExtension()
        let files = Files(csv: csvURL, codebook: URL(fileURLWithPath: base.path + ".codebook.csv"),
                          spss: URL(fileURLWithPath: base.path + ".sps"), r: URL(fileURLWithPath: base.path + ".R"))
        let layout = ExportLayout(dataset, options: options)
        let name = csvURL.lastPathComponent
        do {
            try PrivateFile.save(layout.csv(), to: files.csv)
            try PrivateFile.save(layout.codebookCSV(), to: files.codebook)
            try PrivateFile.save(Array(layout.spssSyntax(csvFileName: name).utf8), to: files.spss)
            try PrivateFile.save(Array(layout.rScript(csvFileName: name).utf8), to: files.r)
        } catch {
            throw .unwritable(file: error.fileName, code: error.code)
        }
        return files
    }
}
