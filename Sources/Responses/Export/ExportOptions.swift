import Questionnaire
import Support

/// What `octant export` writes. Participant codes are never exported (they stay in the journal, where they link waves).
public struct ExportOptions: Hashable, Sendable {
    public var format: CSVFormat
    /// Value labels instead of codes (scale points, options, escape answers).
    public var labels: Bool
    /// Open text answers (and "autre, précisez" texts); `false` drops those columns.
    public var includeText: Bool
    /// Language of labels; the questionnaire's main language when nil.
    public var language: String?
    /// Numbers instead of codes in the CSV: options as their values, escape answers as their missing codes (the numbers
    /// the `.sps` and `.R` use). Without it an option is its code (`femme`) and an escape answer its id (`nsp`).
    public var numericCodes: Bool
    /// The data folder's secret, from which each row's `person_key` is derived (`LinkSecret`); the column is written
    /// only with it, and only for a questionnaire that asks a participant code. It is asked for, not written by
    /// default, because Octant's own CSV import does not know the column yet.
    public var linkSecret: LinkSecret?

    public init(format: CSVFormat = .standard, labels: Bool = false, includeText: Bool = true, language: String? = nil,
                numericCodes: Bool = false, linkSecret: LinkSecret? = nil) {
        self.format = format
        self.labels = labels
        self.includeText = includeText
        self.language = language
        self.numericCodes = numericCodes
        self.linkSecret = linkSecret
    }
}

/// The columns and cell texts of an export, shared by the CSV, the SPSS syntax and the R script so they always agree.
///
/// Convention: codes as values (option codes, scale points, 0/1); an escape answer is written as its code (`nsp`), or
/// with `numericCodes` options and escape answers as their numbers (`ExportCodes`);
/// every other missing value (skipped, not asked, not reached, invalid, too few items) is an empty cell. The kinds of
/// missing are told apart in reports, not in the CSV. Text answers are one line (the questionnaire language says so): a
/// line break, which only imported data can bring, is written as a space, because SPSS and PSPP read one case per line.
struct ExportLayout {
    let dataset: Dataset
    let options: ExportOptions
    /// Exported variable columns, in codebook order.
    let columns: [Int]
    let codes: ExportCodes
    static let rowFields = RowField.allCases.map(\.rawValue)
    /// The columns before the variables: the row fields, then `person_key` when asked for and the questionnaire asks a
    /// participant code (the code itself is never exported: only its keyed hash, see `LinkSecret`).
    let fields: [String]
    static let personKeyField = "person_key"
    static let personKeyDescription = "Clé de personne : HMAC-SHA-256 du code participant avec le secret du dossier (vide sans code) / "
        + "person key: HMAC-SHA-256 of the participant code with the folder's secret (empty without a code)"

    init(_ dataset: Dataset, options: ExportOptions) {
        self.dataset = dataset
        self.options = options
        codes = ExportCodes(dataset.codebook.survey)
        let keyed = options.linkSecret != nil && dataset.codebook.survey.participantCode != nil
        fields = keyed ? Self.rowFields + [Self.personKeyField] : Self.rowFields
        columns = dataset.variables.indices.filter { column in
            if dataset.variables[column].kind.holdsText { return options.includeText }
            return true
        }
    }

    var survey: Survey { dataset.codebook.survey }

    /// A questionnaire text in the export's language, without control or bidi characters (`ScriptText`): the same
    /// text then goes into the CSV, the codebook, the `.sps` and the `.R`, so a label always matches its cell.
    func text(_ label: LocalizedText) -> String {
        ScriptText.sanitized(label.text(in: options.language ?? survey.language, mainLanguage: survey.language))
    }

    var header: [String] { fields + columns.map { dataset.variables[$0].name } }

    /// What the CSV holds for a value of a variable.
    func cellText(_ value: DatasetValue, variable: Variable) -> String {
        switch value {
        case .point(let point): return label(code: String(point), in: variable.valueLabels) ?? String(point)
        case .option(let code):
            if let label = label(code: code, in: variable.valueLabels) { return label }
            return options.numericCodes ? codes.option(code, of: variable).map(String.init) ?? code : code
        case .indicator(let chosen): return label(code: chosen ? "1" : "0", in: variable.valueLabels) ?? (chosen ? "1" : "0")
        case .number(let number):
            let text = ExactDecimalText.text(of: number) ?? "\(number)"
            return options.format.decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
        case .text(let text): return FormulaGuard.guarded(Self.oneLine(text))
        case .escape(let code):
            if let label = label(code: code, in: variable.missingCodes) { return label }
            return options.numericCodes ? codes.escape(code).map(String.init) ?? code : code
        case .missing: return ""
        }
    }

    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }

    private func label(code: String, in labels: [Variable.ValueLabel]) -> String? {
        guard options.labels, let label = labels.first(where: { $0.code == code }) else { return nil }
        return FormulaGuard.guarded(text(label.label))
    }

    func rowFields(_ row: Int) -> [String] {
        var values = [dataset.sessionIDs[row].hex, dataset.wave(row: row) ?? "", dataset.statuses[row].name,
                      dataset.device(row: row) ?? "", dataset.startedAt(row: row)?.iso8601 ?? ""]
        if fields.count > values.count { values.append(options.linkSecret?.personKey(participantCode: dataset.participantCode(row: row)) ?? "") }
        return values
    }

    func csv() -> [UInt8] {
        var widths = ExportCellWidths(fields: fields.count, columns: columns.count)
        return csv(widths: &widths)
    }

    /// The CSV, and the longest cell of each column for the SPSS syntax (measured on the way, not in a second pass).
    func csv(widths: inout ExportCellWidths) -> [UInt8] {
        var output = csvHeader()
        output.reserveCapacity(dataset.rowCount * (columns.count * 3 + 80))
        appendRows(to: &output, widths: &widths)
        return output
    }

    /// The byte order mark (if asked for) and the header line: what a CSV starts with, whatever its rows.
    func csvHeader() -> [UInt8] {
        var output: [UInt8] = options.format.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        options.format.appendRecord(header, to: &output)
        return output
    }

    /// The rows' lines alone, so that a CSV can also be written dataset after dataset (`DatasetCSVStream`).
    func appendRows(to output: inout [UInt8], widths: inout ExportCellWidths) {
        // Looked up once, not per cell: `dataset.variables` is computed, and copying a `Variable` retains all its texts.
        let exported = columns.map { (column: $0, variable: dataset.variables[$0]) }
        var record: [String] = []
        record.reserveCapacity(fields.count + exported.count)
        for row in 0..<dataset.rowCount {
            record.removeAll(keepingCapacity: true)
            record += rowFields(row)
            for (column, variable) in exported { record.append(cellText(dataset.value(row: row, column: column), variable: variable)) }
            widths.include(record)
            options.format.appendRecord(record, to: &output)
        }
    }
}
