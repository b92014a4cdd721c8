import Foundation
import Questionnaire

/// Responses in columns: one row per session, one column per codebook variable, each cell typed
/// (see `DatasetValue`). Storage is compact and column-wise so the statistics read raw arrays.
public struct Dataset: Sendable {
    public let codebook: Codebook
    public var variables: [Variable] { codebook.variables }
    public internal(set) var columns: [DatasetColumn]
    let layouts: [ColumnLayout]
    let indexByName: [String: Int]

    public internal(set) var headers = RowHeaders()

    public init(codebook: Codebook) {
        self.codebook = codebook
        layouts = codebook.variables.map(ColumnLayout.init)
        columns = codebook.variables.map { DatasetColumn.empty(for: $0.kind) }
        var index: [String: Int] = [:]
        for (position, variable) in codebook.variables.enumerated() where index[variable.name] == nil { index[variable.name] = position }
        indexByName = index
    }

    public var rowCount: Int { headers.sessionIDs.count }
    public var sessionIDs: [SessionID] { headers.sessionIDs }
    public var statuses: [RowStatus] { headers.statuses }
    /// Milliseconds since the epoch; `Int64.min` when unknown.
    public var startTimes: [Int64] { headers.startTimes }

    public func columnIndex(named name: String) -> Int? { indexByName[name] }

    public func wave(row: Int) -> String? { headers.wave(row: row) }
    public func device(row: Int) -> String? { headers.device(row: row) }
    public func startedAt(row: Int) -> JournalTimestamp? { headers.startedAt(row: row) }
    /// For linking waves only (see `ParticipantLinker`); never rendered or exported.
    public func participantCode(row: Int) -> String? { headers.participantCode(row: row) }

    /// The typed value of one cell.
    public func value(row: Int, column: Int) -> DatasetValue {
        switch columns[column] {
        case .codes(let storage):
            return layouts[column].value(of: storage.codes[row])
        case .numbers(let storage):
            let code = storage.status[row]
            guard code == ColumnCode.present else { return layouts[column].value(of: code) }
            if let exact = storage.exact[row] { return .number(exact) }
            return .number(Self.decimal(storage.values[row]))
        case .texts(let storage):
            let code = storage.status[row]
            return code == ColumnCode.present ? .text(storage.texts[row]) : layouts[column].value(of: code)
        }
    }

    public func value(row: Int, variable name: String) -> DatasetValue? {
        columnIndex(named: name).map { value(row: row, column: $0) }
    }

    /// The raw text of an invalid imported cell.
    public func invalidRaw(row: Int, column: Int) -> String? { columns[column].invalidRaw[row] }

    /// The shortest decimal that reads back as this double: exact for every value typed with up to 15 digits.
    static func decimal(_ value: Double) -> Decimal {
        if value == value.rounded(), abs(value) < 1e15 { return Decimal(Int64(value)) }
        return Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
    }

    /// Counts of each missing reason and of escape answers in a column, for reports.
    public func missingCounts(column: Int) -> (reasons: [MissingReason: Int], escapes: [String: Int]) {
        let counts: [Int]
        switch columns[column] {
        case .codes(let storage): counts = ByteHistogram.counts(of: storage.codes)
        case .numbers(let storage): counts = ByteHistogram.counts(of: storage.status)
        case .texts(let storage): counts = ByteHistogram.counts(of: storage.status)
        }
        var reasons: [MissingReason: Int] = [:]
        for reason in MissingReason.allCases where counts[Int(reason.rawValue)] > 0 { reasons[reason] = counts[Int(reason.rawValue)] }
        var escapes: [String: Int] = [:]
        for (position, escape) in variables[column].missingCodes.prefix(ColumnCode.maximumEscapes).enumerated() {
            let count = counts[Int(ColumnCode.escapeBase) + position]
            if count > 0 { escapes[escape.code] = count }
        }
        return (reasons, escapes)
    }
}

extension Dataset: Equatable {
    /// Same rows with the same values; devices and the way values are stored are not compared.
    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        guard lhs.variables == rhs.variables, lhs.rowCount == rhs.rowCount, lhs.sessionIDs == rhs.sessionIDs,
              lhs.statuses == rhs.statuses, lhs.startTimes == rhs.startTimes else { return false }
        for row in 0..<lhs.rowCount where lhs.wave(row: row) != rhs.wave(row: row) { return false }
        for column in lhs.variables.indices {
            for row in 0..<lhs.rowCount where lhs.value(row: row, column: column) != rhs.value(row: row, column: column) {
                return false
            }
        }
        return true
    }
}
