import Foundation
import Questionnaire

/// Columns a CSV may hold besides the variables (written by `octant export`).
enum RowField: String, CaseIterable {
    case session, wave, status, device, started
}

/// Builds a dataset from a CSV, column arrays first, checking every cell against the questionnaire.
///
/// Empty cells: "not asked" when the variable's condition is false for the row (or, for an "autre" text, when
/// that option is not chosen), "not reached" in a partial row after its last answer, "skipped" otherwise.
/// In a multiple choice, an empty option beside answered ones is 0 (not chosen). A variable with no column is
/// "not reached" (nothing was recorded). Score columns are recomputed from the items, never read.
struct CSVDatasetLoader {
    enum Target { case field(RowField), variable(Int), ignored }

    /// Code of an empty cell until its row decides which kind of missing it is.
    static let pending: UInt8 = 250

    let codebook: Codebook
    let policy: InvalidPolicy
    let parsers: [CellParser]
    let conditions: VariableConditions
    let waves: Set<String>
    var issues: [ImportIssue] = []

    var codes: [[UInt8]]
    var numbers: [[Double]]
    var status: [[UInt8]]
    var texts: [[String]]
    var exact: [[Int: Decimal]]
    var invalidRaw: [[Int: String]]
    var headers = RowHeaders()
    var rowsWithEmptyCells: [Int] = []
    let isCodeColumn: [Bool]
    let isScoreColumn: [Bool]
    var stage = UnsafeMutablePointer<UInt8>.allocate(capacity: 0)
    var stageWidth = 0
    var stagedRows = 0
    var rowCount = 0

    init(codebook: Codebook, policy: InvalidPolicy) {
        self.codebook = codebook
        self.policy = policy
        var formats: [String: NumberFormat] = [:]
        for question in codebook.survey.questions { if case .number(let format) = question.kind { formats[question.id] = format } }
        parsers = codebook.variables.map { CellParser($0, format: formats[$0.questionId]) }
        conditions = VariableConditions(codebook)
        waves = Set(codebook.survey.waves.map(\.id))
        isCodeColumn = codebook.variables.map { variable in
            switch variable.kind {
            case .scale, .choice, .indicator: return true
            default: return false
            }
        }
        isScoreColumn = codebook.variables.map(Self.isScore)
        let count = codebook.variables.count
        codes = Array(repeating: [], count: count)
        numbers = Array(repeating: [], count: count)
        status = Array(repeating: [], count: count)
        texts = Array(repeating: [], count: count)
        exact = Array(repeating: [:], count: count)
        invalidRaw = Array(repeating: [:], count: count)
    }

    mutating func report(_ kind: ImportIssue.Kind, line: Int, column: String, value: String) {
        issues.append(ImportIssue(kind: kind, line: line, column: column, value: value))
    }

    /// Maps header names to targets, reporting unknown and duplicated columns (both ignored).
    mutating func targets(_ names: [String], line: Int) -> [Target] {
        var seen = Set<String>()
        return names.map { raw in
            let name = raw.trimmedSpaces
            guard seen.insert(name).inserted else {
                report(.duplicatedColumn, line: line, column: name, value: name)
                return .ignored
            }
            if let field = RowField(rawValue: name) { return .field(field) }
            guard let column = codebook.variables.firstIndex(where: { $0.name == name }) else {
                report(.unknownColumn, line: line, column: name, value: name)
                return .ignored
            }
            if case .score = codebook.variables[column].kind { return .ignored }
            return .variable(column)
        }
    }

    /// Reads every record of `reader` after the header.
    mutating func load(_ reader: CSVRecordReader, sessionSeed: UInt64) throws(CSVReadError) {
        var fields: [CSVFieldSpan] = []
        guard try reader.next(&fields) else {
            report(.emptyFile, line: 1, column: "", value: "")
            return
        }
        let names = fields.map { reader.string($0) }
        let targets = self.targets(names, line: reader.recordLine)
        var present = [Bool](repeating: false, count: codebook.variables.count)
        for case .variable(let column) in targets { present[column] = true }
        let absent = present.indices.filter { !present[$0] && !Self.isScore(codebook.variables[$0]) }
        let scalePoints: [Int] = codebook.variables.map { if case .scale(let points) = $0.kind { return points } else { return 0 } }
        let isTextColumn: [Bool] = codebook.variables.map { if case .text = $0.kind { return true } else { return false } }
        // Code cells go first to a row-major block of `chunkRows` rows, moved to the columns a block at a time:
        // one store per cell instead of an array append.
        stageWidth = codebook.variables.count
        stage.deallocate()
        stage = UnsafeMutablePointer<UInt8>.allocate(capacity: stageWidth * Self.chunkRows)
        defer {
            stage.deallocate()
            stage = UnsafeMutablePointer<UInt8>.allocate(capacity: 0)
        }

        while try reader.next(&fields) {
            let row = rowCount
            let line = reader.recordLine
            if fields.count != targets.count {
                report(.wrongCellCount(expected: targets.count, found: fields.count), line: line, column: "", value: "")
            }
            var rowHeader = RowHeader(sessionID: Self.derivedSessionID(seed: sessionSeed, row: row), status: .complete)
            var hasEmpty = false
            let stageRow = stage + stagedRows * stageWidth
            reader.buffer.withUnsafeBufferPointer { bytes in
                for (position, target) in targets.enumerated() {
                    guard case .variable(let column) = target else {
                        if case .field(let field) = target {
                            if position < fields.count, readFastField(field, fields[position], bytes, into: &rowHeader) { continue }
                            let text = position < fields.count ? reader.string(fields[position]).trimmedSpaces : ""
                            readField(field, text, into: &rowHeader, line: line)
                        }
                        continue
                    }
                    guard position < fields.count else { append(Self.pending, column: column, isCode: isCodeColumn[column]); hasEmpty = true; continue }
                    let span = fields[position]
                    let length = span.end - span.start
                    if length == 0 {
                        append(Self.pending, column: column, isCode: isCodeColumn[column])
                        hasEmpty = true
                        continue
                    }
                    let points = scalePoints[column]
                    if points > 0, length <= 2 {
                        // The common case, a scale point written as one or two digits, without building a string.
                        let first = bytes[span.start]
                        var point = Int(first) - 0x30
                        if length == 2 { point = point * 10 + Int(bytes[span.start + 1]) - 0x30 }
                        if first >= 0x31, first <= 0x39, point >= 1, point <= points,
                           length == 1 || (0x30...0x39).contains(bytes[span.start + 1]) {
                            stageRow[column] = UInt8(point)
                            continue
                        }
                    }
                    let raw = reader.string(span)
                    if !isTextColumn[column], raw.trimmedSpaces.isEmpty {
                        append(Self.pending, column: column, isCode: isCodeColumn[column])
                        hasEmpty = true
                        continue
                    }
                    switch parsers[column].parse(raw) {
                    case .success(let value): store(value, column: column, row: row, isCode: isCodeColumn[column])
                    case .failure(let kind):
                        report(kind, line: line, column: codebook.variables[column].name, value: raw)
                        append(MissingReason.invalid.rawValue, column: column, isCode: isCodeColumn[column])
                        invalidRaw[column][row] = raw
                    }
                }
            }
            for column in absent { append(MissingReason.notReached.rawValue, column: column, isCode: isCodeColumn[column]) }
            headers.append(rowHeader)
            if hasEmpty { rowsWithEmptyCells.append(row) }
            rowCount += 1
            stagedRows += 1
            if stagedRows == Self.chunkRows { flushStage() }
        }
        flushStage()
    }

    static let chunkRows = 4096

    /// Moves the staged code cells to their columns.
    mutating func flushStage() {
        guard stagedRows > 0 else { return }
        for column in codebook.variables.indices where isCodeColumn[column] {
            let stage = self.stage, width = stageWidth, rows = stagedRows
            codes[column].append(contentsOf: (0..<rows).lazy.map { stage[$0 * width + column] })
        }
        stagedRows = 0
    }

    /// Session ids and statuses as `octant export` writes them, read without building strings; false to take the slow path.
    func readFastField(_ field: RowField, _ span: CSVFieldSpan, _ buffer: UnsafeBufferPointer<UInt8>, into header: inout RowHeader) -> Bool {
        switch field {
        case .session:
            guard span.end - span.start == 32 else { return false }
            var high: UInt64 = 0, low: UInt64 = 0
            for index in 0..<32 {
                let byte = buffer[span.start + index]
                let digit: UInt64
                switch byte {
                case 0x30...0x39: digit = UInt64(byte - 0x30)
                case 0x61...0x66: digit = UInt64(byte - 0x61 + 10)
                case 0x41...0x46: digit = UInt64(byte - 0x41 + 10)
                default: return false
                }
                if index < 16 { high = high << 4 | digit } else { low = low << 4 | digit }
            }
            header.sessionID = SessionID(high: high, low: low)
            return true
        case .status:
            let bytes = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
            if bytes.elementsEqual(RowStatus.complete.name.utf8) { header.status = .complete; return true }
            if bytes.elementsEqual(RowStatus.partial.name.utf8) { header.status = .partial; return true }
            return false
        default:
            return false
        }
    }

    static func isScore(_ variable: Variable) -> Bool { if case .score = variable.kind { return true } else { return false } }

    @inline(__always)
    mutating func append(_ code: UInt8, column: Int, isCode: Bool) {
        if isCode {
            stage[stagedRows * stageWidth + column] = code
        } else {
            status[column].append(code)
            if case .text = codebook.variables[column].kind { texts[column].append("") } else { numbers[column].append(0) }
        }
    }

    mutating func store(_ value: DatasetValue, column: Int, row: Int, isCode: Bool) {
        switch value {
        case .number(let number):
            numbers[column].append(NSDecimalNumber(decimal: number).doubleValue)
            status[column].append(ColumnCode.present)
            if Dataset.significantDigits(number) > 15 { exact[column][row] = number }
        case .text(let text):
            texts[column].append(text)
            status[column].append(ColumnCode.present)
        default:
            let code = parsers[column].layout.code(of: value) ?? MissingReason.invalid.rawValue
            append(code, column: column, isCode: isCode)
        }
    }

    mutating func readField(_ field: RowField, _ text: String, into header: inout RowHeader, line: Int) {
        guard !text.isEmpty else { return }
        switch field {
        case .session:
            if let id = SessionID(hex: text.lowercased()) { header.sessionID = id } else { report(.badSessionID, line: line, column: field.rawValue, value: text) }
        case .wave:
            if waves.isEmpty || waves.contains(text) { header.wave = text }
            else { report(.unknownWave(known: codebook.survey.waves.map(\.id)), line: line, column: field.rawValue, value: text) }
        case .status:
            if let status = RowStatus(name: text) { header.status = status } else { report(.badStatus, line: line, column: field.rawValue, value: text) }
        case .device:
            header.device = text
        case .started:
            if let time = JournalTimestamp(iso8601: text) { header.startedAt = time } else { report(.badTimestamp, line: line, column: field.rawValue, value: text) }
        }
    }

    /// A row without a session id gets one derived from the file and the row number, so importing again gives the same.
    static func derivedSessionID(seed: UInt64, row: Int) -> SessionID {
        func mix(_ value: UInt64) -> UInt64 {
            var z = value &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let base = seed ^ UInt64(row) &* 0x2545_F491_4F6C_DD1D
        return SessionID(high: mix(base), low: mix(base ^ 0xD6E8_FEB8_6659_FD93))
    }
}

