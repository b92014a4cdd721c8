import Foundation
import Questionnaire
import Support

extension RowField {
    /// `allCases` stored once (the synthesized property builds a new array on each call).
    static let ordered = allCases
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
    /// An import refuses a file whose session ids repeat, with its other problems; a report does not pay for the check.
    var checksDuplicateSessions = false
    var seenSessions = Set<SessionID>()
    /// Rows before this one are in the columns; later ones still in the stage.
    var flushedRows = 0
    var lastWave: ([UInt8], String)?
    /// Columns of the current row whose cell is empty, resolved at the end of the row.
    var emptyColumns: [Int] = []
    /// File size when known, to size the columns once the first rows tell the bytes per row.
    var expectedBytes = 0
    /// For each "autre" text column, the column and code of its option.
    var otherControls: [(column: Int, code: UInt8)?] = []
    /// Per indicator column, where the columns of its multiple choice are in `siblingColumns` (empty for other
    /// columns). Flat integers: the per-cell path touches no reference count.
    var indicatorSiblings: [Range<Int>] = []
    var siblingColumns: [Int] = []
    var hasCondition: [Bool] = []
    /// The columns whose answers conditions read, with their journal key: found once, not for every row.
    var conditionInputs: [(column: Int, key: String)] = []
    var conditionMemo = ConditionMemo()
    let isCodeColumn: [Bool]
    let isScoreColumn: [Bool]
    let isTextColumn: [Bool]
    /// Every escape code, option code (choices) and 0/1 (indicators) with the code stored for them: the common cells
    /// of code columns are matched on their bytes, without making a string.
    let shortCodes: ShortCodeTable
    let wholeNumberBounds: [ClosedRange<Int64>?]
    /// Code cells of the rows not yet flushed (`chunkRows` per column); allocated while records are read.
    var stage: UnsafeMutablePointer<UInt8>?
    var stageWidth = 0
    var stagedRows = 0
    var rowCount = 0

    init(codebook: Codebook, policy: InvalidPolicy) {
        self.codebook = codebook
        self.policy = policy
        var formats: [String: NumberFormat] = [:]
        for question in codebook.survey.questions { if case .number(let format) = question.kind { formats[question.id] = format } }
        parsers = codebook.variables.map { CellParser($0, format: formats[$0.questionId], survey: codebook.survey) }
        conditions = VariableConditions(codebook)
        waves = Set(codebook.survey.waves.map(\.id))
        isCodeColumn = codebook.variables.map { variable in
            switch variable.kind {
            case .scale, .choice, .indicator: return true
            default: return false
            }
        }
        isScoreColumn = codebook.variables.map(Self.isScore)
        isTextColumn = codebook.variables.map(\.kind.holdsText)
        shortCodes = ShortCodeTable(parsers.map { parser in
            var known = parser.layout.escapeIndex.map { (text: Array($0.key.utf8), code: $0.value) }
            switch parser.layout.variable.kind {
            case .choice: known += parser.layout.optionIndex.map { (text: Array($0.key.utf8), code: $0.value) }
            case .indicator: known += [(text: [UInt8(ascii: "0")], code: 0), (text: [UInt8(ascii: "1")], code: 1)]
            default: break
            }
            return known
        })
        wholeNumberBounds = parsers.map(Self.wholeNumberBounds)
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
            // Derived from the participant code by the export: never read back (the code stays in the journal).
            if name == ExportLayout.personKeyField { return .ignored }
            guard let column = codebook.variables.firstIndex(where: { $0.name == name }) else {
                report(.unknownColumn, line: line, column: name, value: name)
                return .ignored
            }
            if case .score = codebook.variables[column].kind { return .ignored }
            return .variable(column)
        }
    }

    /// What the header says of each position of a record.
    struct RecordPlan {
        /// Per header position: the variable column (>= 0), -1 for an ignored column, -2 - i for row field i.
        let columns: [Int]
        /// Variables without a column: "not reached" in every row.
        let absent: [Int]
        /// Per variable: the points of a scale read digit by digit (at most 9), else 0.
        let fastPoints: [UInt8]
    }

    /// Reads every record of `reader` after the header.
    mutating func load(_ reader: CSVRecordReader, sessionSeed: UInt64) throws(CSVReadError) {
        guard let plan = try readHeader(reader) else { return }
        try loadRecords(reader, plan: plan, sessionSeed: sessionSeed)
    }

    /// Maps the header record; nil (with the issue) for an empty file.
    mutating func readHeader(_ reader: CSVRecordReader) throws(CSVReadError) -> RecordPlan? {
        var fields: [CSVFieldSpan] = []
        guard try reader.next(&fields) else {
            report(.emptyFile, line: 1, column: "", value: "")
            return nil
        }
        let names = fields.map { reader.string($0) }
        let targets = self.targets(names, line: reader.recordLine)
        var present = [Bool](repeating: false, count: codebook.variables.count)
        for case .variable(let column) in targets { present[column] = true }
        let absent = present.indices.filter { !present[$0] && !Self.isScore(codebook.variables[$0]) }
        let columns: [Int] = targets.map { target in
            switch target {
            case .variable(let column): return column
            case .ignored: return -1
            case .field(let field): return -2 - RowField.ordered.firstIndex(of: field)!
            }
        }
        let fastPoints: [UInt8] = codebook.variables.map { if case .scale(let points) = $0.kind, points <= 9 { return UInt8(points) } else { return 0 } }
        return RecordPlan(columns: columns, absent: absent, fastPoints: fastPoints)
    }

    /// Reads the records of `reader` (after the header, or a part of the file) into the columns.
    mutating func loadRecords(_ reader: CSVRecordReader, plan recordPlan: RecordPlan, sessionSeed: UInt64) throws(CSVReadError) {
        var fields: [CSVFieldSpan] = []
        let planArray = recordPlan.columns, absent = recordPlan.absent
        let readsSessions = checksDuplicateSessions && planArray.contains(-2 - RowField.ordered.firstIndex(of: .session)!)
        // Code cells go first to a block of `chunkRows` rows per column, copied to the columns a block at a time:
        // one store per cell instead of an array append.
        stageWidth = codebook.variables.count
        let stage = UnsafeMutablePointer<UInt8>.allocate(capacity: stageWidth * Self.stageStride)
        self.stage = stage
        defer {
            stage.deallocate()
            self.stage = nil
        }
        // Raw copies for the per-cell loop, free of bounds checks and reference counting.
        let planCount = planArray.count
        let plan = UnsafeMutablePointer<Int>.allocate(capacity: max(planCount, 1))
        plan.initialize(from: planArray, count: planCount)
        let fastPoints = UnsafeMutablePointer<UInt8>.allocate(capacity: max(recordPlan.fastPoints.count, 1))
        fastPoints.initialize(from: recordPlan.fastPoints, count: recordPlan.fastPoints.count)
        defer {
            plan.deallocate()
            fastPoints.deallocate()
        }
        prepareRowResolution()
        var deferred: [(position: Int, span: CSVFieldSpan)] = []
        let separator = reader.separator, newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")
        while true {
            let row = rowCount
            var rowHeader = RowHeader(sessionID: Self.derivedSessionID(seed: sessionSeed, row: row), status: .complete)
            var hasEmpty = false
            emptyColumns.removeAll(keepingCapacity: true)
            let stageRow = stage + stagedRows
            let stageStride = Self.stageStride
            deferred.removeAll(keepingCapacity: true)
            // Fast path: a record without quotes whose scale points are single digits is read in one pass; anything
            // else (quotes, wrong cell count, the end of the buffer) goes to the general reader below.
            let fast = reader.fastRecord { bytes, start, limit in
                var index = start
                for position in 0..<planCount {
                    if position > 0 {
                        guard index < limit, bytes[index] == separator else { return nil }
                        index += 1
                    }
                    let column = plan[position]
                    if column >= 0, index + 1 < limit {
                        let points = fastPoints[column], digit = bytes[index] &- 0x30, next = bytes[index + 1]
                        if points > 0, digit >= 1, digit <= points, next == separator || next == newline || next == carriageReturn {
                            stageRow[column &* stageStride] = digit
                            index += 1
                            continue
                        }
                    }
                    let fieldStart = index
                    while index < limit {
                        let byte = bytes[index]
                        if byte == separator || byte == newline || byte == carriageReturn { break }
                        if byte == quote { return nil }
                        index += 1
                    }
                    if index >= limit { return nil }
                    if column != -1 { deferred.append((position, CSVFieldSpan(start: fieldStart, end: index, hasDoubledQuotes: false))) }
                }
                guard index < limit else { return nil }
                if bytes[index] == carriageReturn {
                    index += 1
                    guard index < limit else { return nil }
                }
                guard bytes[index] == newline, index > start else { return nil }
                return index + 1
            }
            if fast {
                reader.buffer.withUnsafeBufferPointer { bytes in
                    for (position, span) in deferred where readPosition(plan[position], span, row: row, bytes: bytes, reader: reader, header: &rowHeader) {
                        hasEmpty = true
                    }
                }
            } else {
                guard try reader.next(&fields) else { break }
                if fields.count != planCount {
                    report(.wrongCellCount(expected: planCount, found: fields.count), line: reader.recordLine, column: "", value: "")
                    for column in planArray[min(fields.count, planCount)...] where column >= 0 {
                        append(Self.pending, column: column, isCode: isCodeColumn[column])
                        hasEmpty = true
                    }
                }
                let count = min(fields.count, planCount)
                reader.buffer.withUnsafeBufferPointer { bytes in
                    for position in 0..<count where readPosition(plan[position], fields[position], row: row, bytes: bytes, reader: reader,
                                                                 header: &rowHeader) {
                        hasEmpty = true
                    }
                }
            }
            for column in absent { append(MissingReason.notReached.rawValue, column: column, isCode: isCodeColumn[column]) }
            // Found with every other problem of the file, not once they are fixed.
            if readsSessions, !seenSessions.insert(rowHeader.sessionID).inserted {
                report(.duplicatedSession, line: reader.recordLine, column: RowField.session.rawValue, value: rowHeader.sessionID.hex)
            }
            headers.append(rowHeader)
            if hasEmpty || !emptyColumns.isEmpty { resolveEmptyCells(row: row, wave: rowHeader.wave) }
            rowCount += 1
            stagedRows += 1
            if stagedRows == Self.chunkRows { flushStage(reader) }
        }
        flushStage(reader)
    }

    /// One cell of a header position; true when it is an empty variable cell.
    mutating func readPosition(_ column: Int, _ span: CSVFieldSpan, row: Int, bytes: UnsafeBufferPointer<UInt8>,
                               reader: CSVRecordReader, header: inout RowHeader) -> Bool {
        if column >= 0 {
            if case .scale(let points) = codebook.variables[column].kind, points <= 9, span.end - span.start == 1 {
                let digit = bytes[span.start] &- 0x30
                if digit >= 1, digit <= points { stage![column * Self.stageStride + stagedRows] = digit; return false }
            }
            return readCell(span, column: column, row: row, bytes: bytes, reader: reader)
        }
        guard column <= -2 else { return false }
        let field = RowField.ordered[-2 - column]
        if readFastField(field, span, bytes, into: &header) { return false }
        readField(field, reader.string(span).trimmedSpaces, into: &header, line: reader.recordLine)
        if field == .wave, let wave = header.wave {
            lastWave = (Array(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])), wave)
        }
        return false
    }

    /// Any cell but a one-digit scale point; true when the cell is empty (its kind of missing is decided with its row).
    @inline(never)
    mutating func readCell(_ span: CSVFieldSpan, column: Int, row: Int, bytes: UnsafeBufferPointer<UInt8>,
                           reader: CSVRecordReader) -> Bool {
        let isCode = isCodeColumn[column]
        if isScoreColumn[column] {
            // A score column is recomputed from its items when the dataset is assembled: its cells are not read.
            append(MissingReason.tooFewItems.rawValue, column: column, isCode: false)
            return false
        }
        if span.end == span.start {
            append(Self.pending, column: column, isCode: isCode)
            return true
        }
        if isCode {
            // Escape answers ("nsp"), option codes and indicators are the next most common cells: matched on their bytes.
            if let code = shortCodes.code(column: column, bytes: bytes, span: span.start..<span.end) {
                append(code, column: column, isCode: true)
                return false
            }
        }
        if let bounds = wholeNumberBounds[column], let value = Self.wholeNumber(bytes, span), bounds.contains(value) {
            // Plain whole numbers (ages, counts) within the range: no text, no Decimal.
            numbers[column].append(Double(value))
            status[column].append(ColumnCode.present)
            return false
        }
        let raw = reader.string(span)
        if !isTextColumn[column], raw.trimmedSpaces.isEmpty {
            append(Self.pending, column: column, isCode: isCode)
            return true
        }
        switch parsers[column].parse(raw) {
        case .success(let value): store(value, column: column, row: row, isCode: isCode)
        case .failure(let kind):
            report(kind, line: reader.recordLine, column: codebook.variables[column].name, value: raw)
            append(MissingReason.invalid.rawValue, column: column, isCode: isCode)
            invalidRaw[column][row] = raw
        }
        return false
    }

    static let chunkRows = 4096
    /// Distance between two columns in the stage: one cache line more than a block, so that the cells of one row do
    /// not all fall in the same cache set (columns exactly 4 KiB apart would, and evict each other).
    static let stageStride = chunkRows + 64

    /// The value of a cell of 1 to 15 ASCII digits (exact as a Double), else nil.
    @inline(__always)
    static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ span: CSVFieldSpan) -> Int64? {
        guard span.end - span.start <= 15 else { return nil }
        var value: Int64 = 0
        for index in span.start..<span.end {
            let digit = bytes[index] &- 0x30
            guard digit <= 9 else { return nil }
            value = value &* 10 &+ Int64(digit)
        }
        return value
    }

    /// The whole numbers a number column accepts when its bounds are whole (nil: such cells take the general parser).
    static func wholeNumberBounds(_ parser: CellParser) -> ClosedRange<Int64>? {
        switch parser.variable.kind {
        case .integer, .decimal: break
        default: return nil
        }
        // An escape labelled with digits must keep its meaning.
        guard !parser.escapeByLabel.keys.contains(where: { $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
        func whole(_ bound: Decimal?, _ unbounded: Int64) -> Int64? {
            guard let bound else { return unbounded }
            guard bound.isWholeNumber, abs(bound) < 1e15 else { return nil }
            return Int64(NSDecimalNumber(decimal: bound).int64Value)
        }
        guard let low = whole(parser.format?.minimum, Int64.min), let high = whole(parser.format?.maximum, Int64.max), low <= high else {
            return nil
        }
        return low...high
    }

    /// Moves the staged code cells to their columns.
    mutating func flushStage(_ reader: CSVRecordReader) {
        guard stagedRows > 0 else { return }
        for column in codebook.variables.indices where isCodeColumn[column] {
            codes[column].append(contentsOf: UnsafeBufferPointer(start: stage! + column * Self.stageStride, count: stagedRows))
        }
        if flushedRows == 0, expectedBytes > 0, reader.consumedBytes > 0 {
            // Size every column once from the first block's bytes per row: no regrowth copies, no doubling slack.
            let estimate = Int(Double(expectedBytes) / Double(reader.consumedBytes) * Double(stagedRows) * 1.01) + 16
            for column in codebook.variables.indices where isCodeColumn[column] { codes[column].reserveCapacity(estimate) }
            headers.reserveCapacity(estimate)
        }
        flushedRows += stagedRows
        stagedRows = 0
    }

    /// Session ids and statuses as `octant export` writes them, read without building strings; false to take the slow path.
    func readFastField(_ field: RowField, _ span: CSVFieldSpan, _ buffer: UnsafeBufferPointer<UInt8>, into header: inout RowHeader) -> Bool {
        switch field {
        case .session:
            guard span.end - span.start == 32 else { return false }
            var high: UInt64 = 0, low: UInt64 = 0
            var invalid: UInt8 = 0
            Self.hexDigits.withUnsafeBufferPointer { table in
                for index in 0..<16 {
                    let high4 = table[Int(buffer[span.start + index])], low4 = table[Int(buffer[span.start + 16 + index])]
                    invalid |= high4 | low4
                    high = high << 4 | UInt64(high4 & 0x0F)
                    low = low << 4 | UInt64(low4 & 0x0F)
                }
            }
            guard invalid & 0xF0 == 0 else { return false }
            header.sessionID = SessionID(high: high, low: low)
            return true
        case .status:
            let bytes = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
            if bytes.elementsEqual(Self.completeBytes) { header.status = .complete; return true }
            if bytes.elementsEqual(Self.partialBytes) { header.status = .partial; return true }
            return false
        case .wave:
            guard let (bytes, wave) = lastWave, UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]).elementsEqual(bytes) else { return false }
            header.wave = wave
            return true
        default:
            return false
        }
    }

    /// Value of each byte as a hexadecimal digit, 0xFF for other bytes.
    static let hexDigits: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x30...0x39: return UInt8(byte - 0x30)
        case 0x61...0x66: return UInt8(byte - 0x61 + 10)
        case 0x41...0x46: return UInt8(byte - 0x41 + 10)
        default: return 0xFF
        }
    }

    static let completeBytes = Array(RowStatus.complete.name.utf8), partialBytes = Array(RowStatus.partial.name.utf8)

    static func isScore(_ variable: Variable) -> Bool { if case .score = variable.kind { return true } else { return false } }

    @inline(__always)
    mutating func append(_ code: UInt8, column: Int, isCode: Bool) {
        if code == Self.pending { emptyColumns.append(column) }
        if isCode {
            stage![column * Self.stageStride + stagedRows] = code
        } else {
            status[column].append(code)
            if isTextColumn[column] { texts[column].append("") } else { numbers[column].append(0) }
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
            guard let id = SessionID(hex: text.lowercased()) else { return report(.badSessionID, line: line, column: field.rawValue, value: text) }
            header.sessionID = id
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
        func mix(_ value: UInt64) -> UInt64 { SplitMix64.finalize(value &+ SplitMix64.increment) }
        let base = seed ^ UInt64(row) &* 0x2545_F491_4F6C_DD1D
        return SessionID(high: mix(base), low: mix(base ^ 0xD6E8_FEB8_6659_FD93))
    }
}

