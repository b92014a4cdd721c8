import Foundation
import Questionnaire

extension CSVDatasetLoader {
    /// The value of a loaded cell; nil while it is still pending.
    func cell(_ column: Int, _ row: Int) -> DatasetValue? {
        let layout = parsers[column].layout
        switch codebook.variables[column].kind {
        case .scale, .choice, .indicator:
            let code = rawCode(column, row)
            return code == Self.pending ? nil : layout.value(of: code)
        case .integer, .decimal, .score:
            guard row < status[column].count else { return nil }
            let code = status[column][row]
            if code == Self.pending { return nil }
            return code == ColumnCode.present ? .number(exact[column][row] ?? Dataset.decimal(numbers[column][row])) : layout.value(of: code)
        case .text, .otherText:
            let code = status[column][row]
            if code == Self.pending { return nil }
            return code == ColumnCode.present ? .text(texts[column][row]) : layout.value(of: code)
        }
    }

    mutating func setCode(_ code: UInt8, _ column: Int, _ row: Int) {
        if isCodeColumn[column] {
            if row >= flushedRows { stage![column * Self.stageStride + row - flushedRows] = code } else { codes[column][row] = code }
        } else {
            status[column][row] = code
        }
    }

    /// The answers a row gives to the keys conditions read, as the runner would have had them.
    func answers(row: Int) -> [String: AnswerValue] {
        var answers: [String: AnswerValue] = [:]
        var chosen: [String: [String]] = [:]
        for (column, key) in conditionInputs {
            let variable = codebook.variables[column]
            guard let value = cell(column, row) else { continue }
            switch value {
            case .point(let point): answers[key] = .scalePoint(point)
            case .option(let code): answers[key] = .choice(code)
            case .indicator(let isChosen):
                if case .indicator(let option) = variable.kind { chosen[key, default: []] += isChosen ? [option] : [] }
            case .number(let number): answers[key] = .number(number)
            case .text(let text): answers[key] = .text(text)
            case .escape(let code): answers[key] = .escape(code)
            case .missing: break
            }
        }
        for (key, codes) in chosen where answers[key] == nil { answers[key] = .choices(codes) }
        return answers
    }

    /// The status byte of a cell: a value or escape code (below 240), `pending`, or a missing reason.
    @inline(__always)
    func rawCode(_ column: Int, _ row: Int) -> UInt8 {
        guard isCodeColumn[column] else { return status[column][row] }
        return row >= flushedRows ? stage![column * Self.stageStride + row - flushedRows] : codes[column][row]
    }

    /// Decides what kind of missing each empty cell of the row is (see the type's documentation).
    mutating func resolveEmptyCells(row: Int, wave: String?) {
        // Built only when an empty cell has a condition to evaluate (most rows of most files have none).
        var given: [String: AnswerValue]?
        var slot = ConditionMemo.notLookedUp
        let answeredLimit = ColumnCode.escapeBase + UInt8(ColumnCode.maximumEscapes)
        var lastAnswered = -1
        for column in isScoreColumn.indices.reversed() where !isScoreColumn[column] && rawCode(column, row) < answeredLimit {
            lastAnswered = column
            break
        }
        let isPartial = headers.statuses[row] == .partial
        emptyColumns.sort()
        for column in emptyColumns where !isScoreColumn[column] && rawCode(column, row) == Self.pending {
            let siblings = indicatorSiblings[column]
            if !siblings.isEmpty, siblings.contains(where: { rawCode(siblingColumns[$0], row) <= 1 }) {
                setCode(0, column, row)
                continue
            }
            if let control = otherControls[column] {
                let controlCode = rawCode(control.column, row)
                if ColumnCode.reason(controlCode) != nil {
                    setCode(controlCode, column, row)
                } else {
                    setCode(controlCode == control.code ? MissingReason.skipped.rawValue : MissingReason.notAsked.rawValue, column, row)
                }
                continue
            }
            let reason: MissingReason
            if hasCondition[column], !isAsked(column: column, row: row, wave: wave, slot: &slot, given: &given) {
                reason = .notAsked
            } else if isPartial, column > lastAnswered {
                reason = .notReached
            } else {
                reason = .skipped
            }
            setCode(reason.rawValue, column, row)
        }
    }

    /// Whether the row was asked `column`: rows that give the same answers to what the conditions read share their
    /// outcomes (a file holds few such combinations), so each condition is evaluated once per combination.
    mutating func isAsked(column: Int, row: Int, wave: String?, slot: inout Int, given: inout [String: AnswerValue]?) -> Bool {
        if slot == ConditionMemo.notLookedUp { slot = memoSlot(row: row, wave: wave) }
        if slot >= 0, let known = conditionMemo.outcome(slot: slot, column: column) { return known }
        if given == nil { given = Condition.answers(answers(row: row), wave: wave) }
        guard let condition = conditions.conditions[column] else { return true }
        let asked = condition.evaluate(given!)
        if slot >= 0 { conditionMemo.record(asked, slot: slot, column: column) }
        return asked
    }

    /// The memo slot of the row's condition inputs, or `ConditionMemo.unmemoised` (exact decimals, a full memo).
    mutating func memoSlot(row: Int, wave: String?) -> Int {
        var key: [UInt8] = []
        swap(&key, &conditionMemo.scratch)  // unique, so kept capacity is reused rather than copied
        key.removeAll(keepingCapacity: true)
        defer { conditionMemo.scratch = key }
        for (column, _) in conditionInputs {
            let code = rawCode(column, row)
            key.append(code)
            guard !isCodeColumn[column], code == ColumnCode.present else { continue }
            if isTextColumn[column] {
                key.append(contentsOf: texts[column][row].utf8)
                key.append(0xFF)  // never a UTF-8 byte: ends the text unambiguously
            } else {
                guard exact[column][row] == nil else { return ConditionMemo.unmemoised }
                withUnsafeBytes(of: numbers[column][row].bitPattern) { key.append(contentsOf: $0) }
            }
        }
        if let wave { key.append(contentsOf: wave.utf8) }
        key.append(0xFF)
        return conditionMemo.slot(for: key, columns: codebook.variables.count)
    }

    /// Which column controls each "autre" text, and the indicator columns of each multiple choice.
    mutating func prepareRowResolution() {
        let variables = codebook.variables
        conditionInputs = variables.indices.compactMap { column in
            let key = JournalRowReader.journalKey(of: variables[column])
            guard conditions.referencedKeys.contains(key), !JournalRowReader.isOtherText(variables[column]) else { return nil }
            return (column, key)
        }
        otherControls = Array(repeating: nil, count: variables.count)
        var indicatorGroups: [String: [Int]] = [:]
        for (column, variable) in variables.enumerated() {
            if case .indicator = variable.kind { indicatorGroups[variable.questionId, default: []].append(column) }
            guard case .otherText(let code) = variable.kind else { continue }
            let question = variable.questionId
            // Grid rows are choices of their question too: the single choice is the column without an item.
            if let single = variables.firstIndex(where: { $0.questionId == question && $0.kind == .choice && $0.itemId == nil }),
               let index = parsers[single].layout.optionIndex[code] {
                otherControls[column] = (single, index)
            } else if let indicator = variables.firstIndex(where: { $0.questionId == question && $0.kind == .indicator(option: code) }) {
                otherControls[column] = (indicator, 1)
            }
        }
        siblingColumns = []
        indicatorSiblings = variables.map { variable in
            guard case .indicator = variable.kind, let group = indicatorGroups[variable.questionId] else { return 0..<0 }
            siblingColumns += group
            return (siblingColumns.count - group.count)..<siblingColumns.count
        }
        hasCondition = conditions.conditions.map { $0 != nil }
    }

    /// Assembles the dataset (every empty cell was resolved with its row).
    mutating func finish() -> Dataset {
        let variables = codebook.variables
        var dataset = Dataset(codebook: codebook)
        dataset.headers = headers
        for (column, variable) in variables.enumerated() {
            switch variable.kind {
            case .scale, .choice, .indicator:
                dataset.columns[column] = .codes(CodeColumn(codes: codes[column], invalidRaw: invalidRaw[column]))
            case .integer, .decimal:
                dataset.columns[column] = .numbers(NumberColumn(values: numbers[column], status: status[column], exact: exact[column],
                                                                invalidRaw: invalidRaw[column]))
            case .text, .otherText:
                dataset.columns[column] = .texts(TextColumn(texts: texts[column], status: status[column], invalidRaw: invalidRaw[column]))
            case .score:
                break
            }
            codes[column] = []; numbers[column] = []; status[column] = []; texts[column] = []
        }
        dataset.computeScores()
        return dataset
    }
}

extension Dataset {
    /// Loads a CSV (export of Octant, a web form, LimeSurvey, KoboToolbox…) mapped by column name, with `,`, `;` or tab
    /// detected, a byte order mark tolerated and decimal commas accepted. Every value is checked against the questionnaire:
    /// with `.refuse` any problem throws `DatasetError.invalidCSV` listing them all; with `.missing` bad cells load as
    /// invalid missing values and the problems are returned. The file is streamed: memory holds the columns, not the text.
    /// Octant's own CSV is read in parts on every core; another tool's export (a header Octant does not name, or a
    /// `mapping`) is read whole and translated first, its problems given at the file's own lines and columns.
    public static func load(csv url: URL, codebook: Codebook, policy: InvalidPolicy = .refuse, mapping: ImportMapping? = nil,
                            sessionSeed: UInt64? = nil) throws(DatasetError) -> (Dataset, [ImportIssue]) {
        if mapping != nil || !hasOctantHeader(url, codebook: codebook) {
            let bytes: [UInt8]
            do { bytes = try FileIO.readAll(path: url.path) } catch { throw .unreadableFile(url.lastPathComponent) }
            let (dataset, issues, _) = try ImportSource.load(bytes: bytes, name: url.lastPathComponent, codebook: codebook, mapping: mapping,
                                                            policy: policy, seed: sessionSeed ?? seed(name: url.lastPathComponent, size: bytes.count),
                                                            checksDuplicateSessions: false)
            return (dataset, issues)
        }
        return try load(csv: url, codebook: codebook, policy: policy, sessionSeed: sessionSeed, bufferSize: 1 << 22)
    }

    /// Whether the file's first record names only Octant's own columns (read from its first 1 MiB).
    static func hasOctantHeader(_ url: URL, codebook: Codebook) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return true }
        defer { try? handle.close() }
        let start = Array((try? handle.read(upToCount: 1 << 20)) ?? Data())
        let reader = CSVRecordReader(bytes: start)
        reader.separator = ImportSource.separator(of: start)
        var fields: [CSVFieldSpan] = []
        guard (try? reader.next(&fields)) == true else { return true }
        return ForeignTable.isOctantLayout(fields.map { reader.string($0).trimmingCharacters(in: .whitespaces) }, codebook: codebook)
    }

    /// `parts` and `partBytes` let tests cut small files into parts (by default: one per core, for files of 16 MB or more).
    static func load(csv url: URL, codebook: Codebook, policy: InvalidPolicy, sessionSeed: UInt64?,
                     bufferSize: Int, parts: Int? = nil, partBytes: Int = CSVPartition.minimumBytes) throws(DatasetError) -> (Dataset, [ImportIssue]) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(url.lastPathComponent) }
        defer { close(descriptor) }
        let reader: CSVRecordReader
        do { reader = try CSVRecordReader(descriptor: descriptor, bufferSize: bufferSize) } catch { throw .unreadableFile(url.lastPathComponent) }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let seed = sessionSeed ?? Self.seed(name: url.lastPathComponent, size: size)
        var info = stat()
        let isRegularFile = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        // A large regular file is read in parts on all cores; a pipe or a small file in one pass.
        let parts = isRegularFile ? parts ?? min(ProcessInfo.processInfo.activeProcessorCount, 8) : 1
        return try load(reader, name: url.lastPathComponent, codebook: codebook, policy: policy, seed: seed, expectedBytes: size,
                        partition: parts > 1 ? FilePartition(descriptor: descriptor, size: size, parts: parts, bufferSize: bufferSize,
                                                             minimumBytes: partBytes) : nil)
    }

    /// A regular file that may be read in `parts` parts at once.
    struct FilePartition {
        let descriptor: Int32
        let size: Int
        let parts: Int
        let bufferSize: Int
        let minimumBytes: Int
    }

    /// Loads CSV bytes already in memory (see `load(csv:codebook:policy:sessionSeed:)`).
    public static func load(csvBytes bytes: [UInt8], name: String, codebook: Codebook, policy: InvalidPolicy = .refuse,
                            sessionSeed: UInt64? = nil, checksDuplicateSessions: Bool = false) throws(DatasetError) -> (Dataset, [ImportIssue]) {
        try load(CSVRecordReader(bytes: bytes), name: name, codebook: codebook, policy: policy,
                 seed: sessionSeed ?? seed(name: name, size: bytes.count), checksDuplicateSessions: checksDuplicateSessions)
    }

    static func seed(name: String, size: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash ^ UInt64(size)
    }

    static func load(_ reader: CSVRecordReader, name: String, codebook: Codebook, policy: InvalidPolicy,
                     seed: UInt64, expectedBytes: Int = 0, partition: FilePartition? = nil,
                     checksDuplicateSessions: Bool = false) throws(DatasetError) -> (Dataset, [ImportIssue]) {
        var loader = CSVDatasetLoader(codebook: codebook, policy: policy)
        loader.checksDuplicateSessions = checksDuplicateSessions
        loader.expectedBytes = expectedBytes
        var readAgainInOnePass = false
        do {
            try reader.detectSeparator()
            if let partition {
                if let plan = try loader.readHeader(reader) {
                    let boundaries = CSVPartition.boundaries(descriptor: partition.descriptor, start: reader.offset, size: partition.size,
                                                             parts: partition.parts, minimumBytes: partition.minimumBytes)
                    if boundaries.isEmpty {
                        try loader.loadRecords(reader, plan: plan, sessionSeed: seed)
                    } else {
                        readAgainInOnePass = try !loader.loadInParts(reader, descriptor: partition.descriptor, size: partition.size,
                                                                     boundaries: boundaries, plan: plan, sessionSeed: seed)
                    }
                }
            } else {
                try loader.load(reader, sessionSeed: seed)
            }
        } catch .unterminatedQuote(let line) {
            throw .invalidCSV(file: name, loader.issues + [ImportIssue(kind: .unterminatedQuote, line: line, column: "", value: "")])
        } catch .textAfterQuote(let line) {
            throw .invalidCSV(file: name, loader.issues + [ImportIssue(kind: .textAfterQuote, line: line, column: "", value: "")])
        } catch {
            throw .unreadableFile(name)
        }
        if readAgainInOnePass, let partition {
            guard lseek(partition.descriptor, 0, SEEK_SET) == 0,
                  let again = try? CSVRecordReader(descriptor: partition.descriptor, bufferSize: partition.bufferSize) else {
                throw .unreadableFile(name)
            }
            return try load(again, name: name, codebook: codebook, policy: policy, seed: seed, expectedBytes: expectedBytes)
        }
        if policy == .refuse, !loader.issues.isEmpty { throw .invalidCSV(file: name, loader.issues) }
        if loader.issues.contains(where: { $0.kind == .emptyFile }) { throw .invalidCSV(file: name, loader.issues) }
        return (loader.finish(), loader.issues)
    }
}
