import Foundation
import Questionnaire

/// The information of a row besides its answers.
public struct RowHeader: Hashable, Sendable {
    public var sessionID: SessionID
    public var wave: String?
    public var status: RowStatus
    public var device: String?
    public var startedAt: JournalTimestamp?
    /// The anonymous participant code, normalised; only journals carry it (exports never write it).
    public var participantCode: String?

    public init(sessionID: SessionID, wave: String? = nil, status: RowStatus, device: String? = nil,
                startedAt: JournalTimestamp? = nil, participantCode: String? = nil) {
        self.sessionID = sessionID
        self.wave = wave
        self.status = status
        self.device = device
        self.startedAt = startedAt
        self.participantCode = participantCode
    }
}

/// The per-row columns besides the answers, with wave and device names stored once.
public struct RowHeaders: Sendable {
    public internal(set) var sessionIDs: [SessionID] = []
    /// Index into `waveNames`, 0 meaning "no wave".
    public internal(set) var waveIndexes: [UInt16] = []
    public internal(set) var waveNames: [String] = [""]
    public internal(set) var statuses: [RowStatus] = []
    /// Index into `deviceNames`, 0 meaning "unknown".
    public internal(set) var deviceIndexes: [UInt16] = []
    public internal(set) var deviceNames: [String] = [""]
    /// Milliseconds since the epoch; `Int64.min` when unknown.
    public internal(set) var startTimes: [Int64] = []
    /// Participant codes by row, for linking waves only: kept in memory, never rendered or exported.
    public internal(set) var participantCodes: [Int: String] = [:]

    public func participantCode(row: Int) -> String? { participantCodes[row] }
    public func wave(row: Int) -> String? { waveIndexes[row] == 0 ? nil : waveNames[Int(waveIndexes[row])] }
    public func device(row: Int) -> String? { deviceIndexes[row] == 0 ? nil : deviceNames[Int(deviceIndexes[row])] }
    public func startedAt(row: Int) -> JournalTimestamp? {
        startTimes[row] == Int64.min ? nil : JournalTimestamp(millisecondsSinceEpoch: startTimes[row])
    }

    mutating func reserveCapacity(_ rows: Int) {
        sessionIDs.reserveCapacity(rows)
        waveIndexes.reserveCapacity(rows)
        statuses.reserveCapacity(rows)
        deviceIndexes.reserveCapacity(rows)
        startTimes.reserveCapacity(rows)
    }

    mutating func append(_ header: RowHeader) {
        sessionIDs.append(header.sessionID)
        waveIndexes.append(Self.intern(header.wave, in: &waveNames))
        statuses.append(header.status)
        deviceIndexes.append(Self.intern(header.device, in: &deviceNames))
        startTimes.append(header.startedAt?.millisecondsSinceEpoch ?? Int64.min)
        if let code = header.participantCode, !code.isEmpty { participantCodes[sessionIDs.count - 1] = code }
    }

    /// Appends the rows of `other` (read from a later part of the same file), its session ids passed through `sessionID`.
    mutating func append(contentsOf other: RowHeaders, sessionID: (_ row: Int, _ id: SessionID) -> SessionID) {
        let offset = sessionIDs.count
        let waves = other.waveNames.map { Self.intern($0, in: &waveNames) }
        let devices = other.deviceNames.map { Self.intern($0, in: &deviceNames) }
        sessionIDs += other.sessionIDs.enumerated().map { sessionID($0.offset, $0.element) }
        waveIndexes += other.waveIndexes.map { waves[Int($0)] }
        statuses += other.statuses
        deviceIndexes += other.deviceIndexes.map { devices[Int($0)] }
        startTimes += other.startTimes
        for (row, code) in other.participantCodes { participantCodes[offset + row] = code }
    }

    static func intern(_ name: String?, in names: inout [String]) -> UInt16 {
        guard let name, !name.isEmpty else { return 0 }
        if let index = names.lastIndex(of: name) { return UInt16(index) }
        guard names.count < Int(UInt16.max) else { return 0 }
        names.append(name)
        return UInt16(names.count - 1)
    }
}

extension Dataset {
    /// Appends a row. `values` has one entry per variable (scores may be anything: they are recomputed by `computeScores`);
    /// a value that does not fit its variable is stored as invalid with `invalidRaw` (or its description) kept.
    public mutating func appendRow(_ header: RowHeader, values: [DatasetValue], invalidRaw: [Int: String] = [:]) {
        precondition(values.count == columns.count, "one value per variable")
        headers.append(header)
        let row = rowCount - 1
        for (column, value) in values.enumerated() {
            append(value, column: column, row: row, raw: invalidRaw[column])
        }
    }

    /// Stores one value in the last row of a column.
    mutating func append(_ value: DatasetValue, column: Int, row: Int, raw: String? = nil) {
        let layout = layouts[column]
        switch columns[column] {
        case .codes(var storage):
            columns[column] = .texts(TextColumn())  // release the storage so the append below does not copy it
            if let code = layout.code(of: value) {
                storage.codes.append(code)
                if code == MissingReason.invalid.rawValue, let raw { storage.invalidRaw[row] = raw }
            } else {
                storage.codes.append(MissingReason.invalid.rawValue)
                storage.invalidRaw[row] = raw ?? Self.describe(value)
            }
            columns[column] = .codes(storage)
        case .numbers(var storage):
            columns[column] = .texts(TextColumn())
            if case .number(let number) = value {
                storage.values.append(NSDecimalNumber(decimal: number).doubleValue)
                storage.status.append(ColumnCode.present)
                if Self.significantDigits(number) > 15 { storage.exact[row] = number }
            } else {
                storage.values.append(0)
                let code = layout.code(of: value)
                storage.status.append(code ?? MissingReason.invalid.rawValue)
                if code == nil || code == MissingReason.invalid.rawValue { storage.invalidRaw[row] = raw ?? Self.describe(value) }
            }
            columns[column] = .numbers(storage)
        case .texts(var storage):
            columns[column] = .codes(CodeColumn())
            if case .text(let text) = value {
                storage.texts.append(text)
                storage.status.append(ColumnCode.present)
            } else {
                storage.texts.append("")
                let code = layout.code(of: value)
                storage.status.append(code ?? MissingReason.invalid.rawValue)
                if code == nil || code == MissingReason.invalid.rawValue { storage.invalidRaw[row] = raw ?? Self.describe(value) }
            }
            columns[column] = .texts(storage)
        }
    }

    static func describe(_ value: DatasetValue) -> String {
        switch value {
        case .point(let point): return String(point)
        case .option(let code), .escape(let code): return code
        case .indicator(let chosen): return chosen ? "1" : "0"
        case .number(let number): return ExactDecimalText.text(of: number) ?? "\(number)"
        case .text(let text): return text
        case .missing: return ""
        }
    }

    static func significantDigits(_ number: Decimal) -> Int {
        // Whole numbers below 10¹⁵ (ages, counts: nearly every number cell) need no text.
        let double = NSDecimalNumber(decimal: number).doubleValue
        if abs(double) < 1e15, double == double.rounded(), number == Decimal(Int64(double)) {
            return double == 0 ? 0 : String(Int64(abs(double))).count
        }
        guard let text = ExactDecimalText.text(of: number) else { return 0 }
        let digits = text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }
        let significant = digits.drop { $0 == 0x30 }
        return significant.count
    }

    /// The rows of one wave (or those with no wave, for nil), in their order.
    public func rows(ofWave wave: String?) -> Dataset {
        var result = Dataset(codebook: codebook)
        result.append(contentsOf: self, rows: (0..<rowCount).filter { self.wave(row: $0) == wave })
        return result
    }

    /// Appends the rows of another dataset of the same questionnaire (all of them, or those listed).
    public mutating func append(contentsOf other: Dataset, rows selected: [Int]? = nil) {
        precondition(other.variables == variables, "datasets of the same questionnaire")
        for row in selected ?? Array(0..<other.rowCount) {
            let header = RowHeader(sessionID: other.sessionIDs[row], wave: other.wave(row: row), status: other.statuses[row],
                                   device: other.device(row: row), startedAt: other.startedAt(row: row),
                                   participantCode: other.headers.participantCode(row: row))
            appendRow(header, values: variables.indices.map { other.value(row: row, column: $0) },
                      invalidRaw: other.columns.indices.reduce(into: [:]) { $0[$1] = other.invalidRaw(row: row, column: $1) })
        }
    }
}
