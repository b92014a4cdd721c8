import Foundation
import Questionnaire

/// A file to import, read as Octant reads it: its encoding settled, then either Octant's own layout (read as it is)
/// or another tool's (translated through the header matcher and the mapping). Every problem it finds is located at
/// the file's own line and column.
struct ImportSource {
    var canonical: [UInt8]
    var issues: [ImportIssue] = []
    var warnings: [ImportWarning] = []
    var participantCodes: [String?] = []
    var foreign: ForeignTable?

    init(bytes raw: [UInt8], codebook: Codebook, mapping: ImportMapping?) throws(CSVReadError) {
        var bytes = raw
        let (encoding, valid) = TextEncoding.detect(raw)
        if !valid {
            issues += Self.invalidPlaces(raw)
        } else if encoding == .windows1252 {
            bytes = TextEncoding.utf8(fromWindows1252: raw)
            warnings.append(.convertedFromWindows1252)
        }
        let separator = Self.separator(of: bytes)
        let reader = CSVRecordReader(bytes: bytes)
        reader.separator = separator
        var fields: [CSVFieldSpan] = []
        let header = try reader.next(&fields) ? fields.map { reader.string($0).trimmingCharacters(in: .whitespaces) } : []
        if mapping == nil, ForeignTable.isOctantLayout(header, codebook: codebook) {
            canonical = bytes
            let present = Set(header)
            let absent = codebook.variables.filter { variable in
                if case .score = variable.kind { return false }
                return !present.contains(variable.name)
            }
            if !header.isEmpty, !absent.isEmpty { warnings.append(.absentVariables(absent.map(\.name))) }
            return
        }
        let table = try ForeignTable(bytes: bytes, separator: separator, codebook: codebook, mapping: mapping ?? ImportMapping())
        canonical = table.canonical
        issues += table.issues
        warnings += table.warnings
        participantCodes = table.participantCodes
        foreign = table
    }

    /// The separator that cuts the first records into the same number of fields, the most fields winning: a French
    /// Excel file has commas inside its `;`-separated headers ("En matière numérique, je me sens…").
    static func separator(of bytes: [UInt8]) -> UInt8 {
        var best: (separator: UInt8, fields: Int) = (UInt8(ascii: ","), 0)
        for candidate in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
            let reader = CSVRecordReader(bytes: Array(bytes.prefix(1 << 20)))
            reader.separator = candidate
            var fields: [CSVFieldSpan] = [], counts: [Int] = []
            while counts.count < 20, (try? reader.next(&fields)) == true { counts.append(fields.count) }
            // The last record read may be cut by the 1 MiB window.
            if counts.count > 2 { counts.removeLast() }
            guard let first = counts.first, first > 1, counts.allSatisfy({ $0 == first }) else { continue }
            if first > best.fields { best = (candidate, first) }
        }
        return best.separator
    }

    /// The file read, translated if it is another tool's, then checked by the loader: the dataset, every problem at
    /// the file's own line and column, and what the translation found (warnings, participant codes). Problems of the
    /// translation itself (broken UTF-8, a column no variable takes) refuse the file as the loader's do.
    static func load(bytes: [UInt8], name: String, codebook: Codebook, mapping: ImportMapping?, policy: InvalidPolicy,
                     seed: UInt64, checksDuplicateSessions: Bool) throws(DatasetError) -> (Dataset, [ImportIssue], ImportSource) {
        let source: ImportSource
        do { source = try ImportSource(bytes: bytes, codebook: codebook, mapping: mapping) } catch {
            throw .invalidCSV(file: name, [DatasetImport.issue(error)])
        }
        let (dataset, found): (Dataset, [ImportIssue])
        do throws(DatasetError) {
            (dataset, found) = try Dataset.load(csvBytes: source.canonical, name: name, codebook: codebook, policy: policy,
                                                sessionSeed: seed, checksDuplicateSessions: checksDuplicateSessions)
        } catch .invalidCSV(let file, let issues) {
            throw .invalidCSV(file: file, source.issues + source.located(issues))
        }
        let issues = source.issues + source.located(found)
        if policy == .refuse, !source.issues.isEmpty { throw .invalidCSV(file: name, issues) }
        return (dataset, issues, source)
    }

    /// The loader's problems, at the file's own lines and columns.
    func located(_ issues: [ImportIssue]) -> [ImportIssue] {
        guard let foreign else { return issues }
        return issues.map(foreign.located)
    }

    /// Each field holding bytes that are not UTF-8, by record line and header name.
    static func invalidPlaces(_ bytes: [UInt8]) -> [ImportIssue] {
        let reader = CSVRecordReader(bytes: bytes)
        var found: [ImportIssue] = []
        do {
            reader.separator = separator(of: bytes)
            var fields: [CSVFieldSpan] = []
            guard try reader.next(&fields) else { return [] }
            let header = fields.map { reader.string($0) }
            check(fields, reader: reader, header: header, into: &found)
            while try reader.next(&fields) { check(fields, reader: reader, header: header, into: &found) }
        } catch {
            return found
        }
        return found
    }

    private static func check(_ fields: [CSVFieldSpan], reader: CSVRecordReader, header: [String], into found: inout [ImportIssue]) {
        for (position, field) in fields.enumerated() {
            let cell = Array(reader.buffer[field.start..<field.end])
            var index = 0
            while index < cell.count {
                if cell[index] < 0x80 { index += 1; continue }
                let length = TextEncoding.sequenceLength(cell, at: index)
                if length > 0 { index += length; continue }
                let shown = cell[index..<min(cell.count, index + 2)].map { String(format: "%02X", $0) }.joined(separator: " ")
                let column = position < header.count ? header[position] : "#\(position + 1)"
                found.append(ImportIssue(kind: .invalidUTF8, line: reader.recordLine, column: column, value: shown))
                break
            }
        }
    }
}
