import Dispatch
import Foundation
import Questionnaire
import Support

/// What loading journals found besides the rows: merge duplicates and conflicts, torn lines, foreign sessions.
public struct JournalLoadReport: Sendable {
    /// Journal file names (never full paths).
    public var files: [String] = []
    public var eventCount = 0
    /// Events present in several journals (copies from another laptop), counted once.
    public var duplicateCount = 0
    public var conflicts: [MergeConflict] = []
    /// Torn last lines by file name: reported, their events ignored.
    public var tornTails: [String: TornTail] = [:]
    /// Sessions of another questionnaire found in the journals, left out.
    public var otherQuestionnaireSessions = 0
    /// Those sessions by questionnaire id: what a folder holds when it holds nothing of the questionnaire asked for.
    public var otherQuestionnaires: [String: Int] = [:]
}

extension Dataset {
    /// Loads every journal of a data directory (one per device, see `JournalFiles`), merged idempotently.
    public static func load(journalsIn directory: URL, codebook: Codebook) throws(DatasetError) -> (Dataset, JournalLoadReport) {
        guard let journals = JournalFiles.list(in: directory) else { throw .unreadableDirectory(directory.lastPathComponent) }
        return try load(journals: journals, codebook: codebook)
    }

    /// Loads and merges journal files (several laptops): an event seen twice counts once, conflicts are reported.
    ///
    /// The usual folder holds one journal per device: each is read straight into its sessions, on every core. Copies of
    /// one device's journal (several folders, a file-sync tool) or one session on several devices take the general
    /// path, which merges event by event.
    ///
    /// With `snapshots`, a large journal is read from its snapshot (its ended sessions as a CSV, see `JournalSnapshot`)
    /// and the lines after it, and a snapshot is written after reading one whole. Snapshots hold no participant code:
    /// linking waves loads without them.
    public static func load(journals urls: [URL], codebook: Codebook, snapshots: Bool = false) throws(DatasetError)
        -> (Dataset, JournalLoadReport) {
        try load(journals: urls, codebook: codebook, snapshots: snapshots ? JournalSnapshot.minimumSessions : nil)
    }

    /// `snapshots`: the number of sessions from which a journal read whole gets a snapshot (nil: none used or written).
    static func load(journals urls: [URL], codebook: Codebook, snapshots minimum: Int?) throws(DatasetError)
        -> (Dataset, JournalLoadReport) {
        let snapshots = minimum != nil
        let reader = JournalRowReader(codebook: codebook)
        var report = JournalLoadReport()
        var journals: [(device: DeviceID?, format: JournalFormat, snapshot: Dataset?, rows: [SessionRow])] = []
        var toSnapshot: [(URL, JournalRecords)] = []
        var toRefresh: JournalRecords?
        for url in urls {
            // Each file is read on every core (in parts), one after the other.
            do throws(JournalError) {
                if snapshots, let (snapshot, tail) = JournalSnapshot.load(url, reader: reader) {
                    let known = Set(snapshot.sessionIDs)
                    if urls.count == 1 { toRefresh = tail }
                    report.eventCount += tail.eventCount
                    if let torn = tail.tornTail { report.tornTails[url.lastPathComponent] = torn }
                    journals.append((tail.device, .lines, snapshot,
                                     tail.records.filter { !known.contains($0.sessionID) }.map(SessionRow.record)))
                    report.files.append(url.lastPathComponent)
                    continue
                }
                let bytes = try FileIO.readAll(path: url.path)
                if let first = bytes.first, first != UInt8(ascii: "{") {
                    let read = try JournalRecords.read(bytes, keys: reader.keyTable)
                    report.eventCount += read.eventCount
                    if let torn = read.tornTail { report.tornTails[url.lastPathComponent] = torn }
                    if snapshots { toSnapshot.append((url, read)) }
                    journals.append((read.device, .lines, nil, read.records.map(SessionRow.record)))
                } else {
                    let folded = try JournalReader.sessions(bytes)
                    report.eventCount += folded.eventCount
                    if let torn = folded.tornTail { report.tornTails[url.lastPathComponent] = torn }
                    journals.append((folded.device, .json, nil, folded.sessions.map(SessionRow.state)))
                }
                report.files.append(url.lastPathComponent)
            } catch {
                throw .journal(file: url.lastPathComponent, error)
            }
        }
        let devices = journals.map { "\($0.device?.rawValue ?? "")/\($0.format)" }
        var seen = Set<SessionID>()
        let sessionsApart = journals.allSatisfy { journal in
            (journal.snapshot?.sessionIDs ?? []).allSatisfy { seen.insert($0).inserted } && journal.rows.allSatisfy { seen.insert($0.sessionID).inserted }
        }
        guard Set(devices).count == devices.count, sessionsApart else { return try merged(urls, codebook: codebook, report: report) }
        // In device order, a device's version 1 journal before its version 2 one: the order the general path gives.
        let ordered = journals.sorted { ($0.device?.rawValue ?? "", $0.format == .json ? 0 : 1) < ($1.device?.rawValue ?? "", $1.format == .json ? 0 : 1) }
        var dataset = Dataset(codebook: codebook)
        for journal in ordered {
            if let snapshot = journal.snapshot {
                // A snapshot is already a dataset: the first is taken as it is, later ones appended row by row.
                if dataset.rowCount == 0 { dataset = snapshot } else { dataset.append(contentsOf: snapshot) }
            }
            let own = journal.rows.filter { $0.questionnaireID == codebook.survey.id }
            report.otherQuestionnaireSessions += journal.rows.count - own.count
            for row in journal.rows where row.questionnaireID != codebook.survey.id { report.otherQuestionnaires[row.questionnaireID, default: 0] += 1 }
            dataset.appendRows(own, reader: reader)
        }
        dataset.computeScores()
        if let tail = toRefresh, let url = urls.first {
            JournalSnapshot.refresh(url, loaded: dataset, tail: tail, minimumSessions: minimum ?? JournalSnapshot.minimumSessions)
        }
        for (url, read) in toSnapshot {
            JournalSnapshot.write(url, records: read, reader: reader, loaded: urls.count == 1 ? dataset : nil,
                                  minimumSessions: minimum ?? JournalSnapshot.minimumSessions)
        }
        return (dataset, report)
    }

    /// Event by event: duplicates count once, the same place with different events is a conflict (both kept).
    static func merged(_ urls: [URL], codebook: Codebook, report: JournalLoadReport) throws(DatasetError) -> (Dataset, JournalLoadReport) {
        var merge = JournalMerge()
        var report = report
        for url in urls {
            do {
                merge.add(try JournalReader.read(contentsOf: url).events)
            } catch {
                throw .journal(file: url.lastPathComponent, error)
            }
        }
        report.duplicateCount = merge.duplicateCount
        report.conflicts = merge.conflicts
        let sessions = merge.sessions
        let own = sessions.filter { $0.questionnaire.id == codebook.survey.id }
        report.otherQuestionnaireSessions = sessions.count - own.count
        for session in sessions where session.questionnaire.id != codebook.survey.id { report.otherQuestionnaires[session.questionnaire.id, default: 0] += 1 }
        return (Dataset(sessions: own, codebook: codebook), report)
    }

    /// One row per session, in the order given; answers are checked against the questionnaire (see `JournalRowReader`).
    public init(sessions: [SessionState], codebook: Codebook) {
        self.init(rows: sessions.map(SessionRow.state), reader: JournalRowReader(codebook: codebook))
    }

    init(rows: [SessionRow], reader: JournalRowReader) {
        self.init(codebook: reader.codebook)
        appendRows(rows, reader: reader)
        computeScores()
    }

    /// Rows are typed on every core, then appended in order (scores are left to `computeScores`).
    mutating func appendRows(_ rows: [SessionRow], reader: JournalRowReader) {
        let batch = 4_096
        let batches = (rows.count + batch - 1) / batch
        let values = ParallelSlots<[[DatasetValue]]>(count: batches, empty: [])
        DispatchQueue.concurrentPerform(iterations: batches) { index in
            values.set(index, rows[(index * batch)..<min(rows.count, (index + 1) * batch)].map { row in
                switch row {
                case .state(let state): return reader.values(of: state)
                case .record(let record): return reader.values(of: record)
                }
            })
        }
        for index in 0..<batches {
            for (offset, row) in values.get(index).enumerated() {
                appendRow(rows[index * batch + offset].header, values: row)
            }
            values.set(index, [])
        }
    }
}

/// A session to turn into a row: folded from events (version 1), or read straight from lines (version 2).
enum SessionRow: Sendable {
    case state(SessionState)
    case record(SessionRecord)

    var sessionID: SessionID {
        switch self {
        case .state(let state): return state.sessionID
        case .record(let record): return record.sessionID
        }
    }

    var questionnaireID: String {
        switch self {
        case .state(let state): return state.questionnaire.id
        case .record(let record): return record.questionnaireID
        }
    }

    var header: RowHeader {
        switch self {
        case .state(let session):
            return RowHeader(sessionID: session.sessionID, wave: session.wave, status: session.status == .completed ? .complete : .partial,
                             device: session.devices.sorted().first?.rawValue, startedAt: session.startedAt,
                             participantCode: session.start?.participantCode)
        case .record(let record):
            return RowHeader(sessionID: record.sessionID, wave: record.wave, status: record.status == .completed ? .complete : .partial,
                             device: record.device.rawValue, startedAt: record.startedAt, participantCode: record.participantCode)
        }
    }
}

/// Turns a session's answers into one value per variable.
///
/// Journal keys are the data column names of scale, choice, grid-row, number and text variables (`aise.materiel`,
/// `aise.materiel.before`); a multiple choice is one `choices` answer under the question id, which also carries
/// the "autre, précisez" text. An item with no answer is "not asked" when the journal cleared it or its condition is
/// false for this row, and "not reached" otherwise (the session stopped before it).
struct JournalRowReader {
    let codebook: Codebook
    let conditions: VariableConditions
    let formats: [String: NumberFormat]
    /// The journal key of each column, found once.
    let keys: [String]

    init(codebook: Codebook) {
        self.codebook = codebook
        conditions = VariableConditions(codebook)
        var formats: [String: NumberFormat] = [:]
        for question in codebook.survey.questions { if case .number(let format) = question.kind { formats[question.id] = format } }
        self.formats = formats
        keys = codebook.variables.map(Self.journalKey)
        let table = JournalKeyTable(keys: keys)
        keyTable = table
        columnKeys = keys.map { table.index(of: Array($0.utf8)[...])! }
    }

    /// The keys by index, for reading journal lines straight into `SessionRecord`s, and each column's key index.
    let keyTable: JournalKeyTable
    let columnKeys: [Int]

    /// The same as `values(of: SessionState)`, from a record.
    func values(of record: SessionRecord) -> [DatasetValue] {
        var given: [String: AnswerValue]?
        func answersForConditions() -> [String: AnswerValue] {
            if let given { return given }
            given = Condition.answers(record.givenAnswers(keyTable), wave: record.wave)
            return given!
        }
        return codebook.variables.enumerated().map { column, variable in
            let key = columnKeys[column]
            guard let answer = record.answers[key] else {
                if record.notAsked[key] { return .missing(.notAsked) }
                if let condition = conditions.conditions[column], !condition.evaluate(answersForConditions()) { return .missing(.notAsked) }
                return .missing(.notReached)
            }
            guard case .value(let value) = answer else { return .missing(.skipped) }
            return convert(value, for: variable)
        }
    }

    func values(of session: SessionState) -> [DatasetValue] {
        // The answers a condition reads, gathered only when an unanswered item has a condition to evaluate.
        var given: [String: AnswerValue]?
        func answersForConditions() -> [String: AnswerValue] {
            if let given { return given }
            var answers: [String: AnswerValue] = [:]
            for (key, answer) in session.answers { if case .value(let value) = answer { answers[key] = value } }
            given = Condition.answers(answers, wave: session.wave)
            return given!
        }
        return codebook.variables.enumerated().map { column, variable in
            let key = keys[column]
            guard let answer = session.answers[key] else {
                if !session.notAsked.isEmpty, session.notAsked.contains(key) { return .missing(.notAsked) }
                if let condition = conditions.conditions[column], !condition.evaluate(answersForConditions()) { return .missing(.notAsked) }
                return .missing(.notReached)
            }
            guard case .value(let value) = answer else { return .missing(.skipped) }
            return convert(value, for: variable)
        }
    }

    static func isOtherText(_ variable: Variable) -> Bool {
        if case .otherText = variable.kind { return true }
        return false
    }

    /// Where the journal records the answer of a variable.
    static func journalKey(of variable: Variable) -> String {
        if case .indicator = variable.kind { return variable.questionId }
        return isOtherText(variable) ? variable.questionId : variable.name
    }

    /// A value that does not fit becomes `.text` of what was recorded, which the column stores as invalid with that raw text.
    func convert(_ value: AnswerValue, for variable: Variable) -> DatasetValue {
        if case .escape(let code) = value {
            return Self.isOtherText(variable) ? .missing(.notAsked) : .escape(code)
        }
        if case .otherText(let code) = variable.kind {
            switch value {
            case .choice(let chosen, let other): return chosen == code ? other.map { .text($0) } ?? .missing(.skipped) : .missing(.notAsked)
            case .choices(let chosen, let other): return chosen.contains(code) ? other.map { .text($0) } ?? .missing(.skipped) : .missing(.notAsked)
            default: return .missing(.notAsked)
            }
        }
        switch (variable.kind, value) {
        case (.scale, .scalePoint(let point)): return .point(point)
        case (.choice, .choice(let code, _)): return .option(code)
        case (.indicator(let option), .choices(let codes, _)): return .indicator(codes.contains(option))
        case (.integer, .number(let number)), (.decimal, .number(let number)):
            if let format = formats[variable.questionId], !format.accepts(number) { return .text(Dataset.describe(.number(number))) }
            return .number(number)
        case (.text, .text(let text)): return .text(text)
        default: return .text(Self.describe(value))
        }
    }

    static func describe(_ value: AnswerValue) -> String {
        switch value {
        case .scalePoint(let point): return String(point)
        case .choice(let code, _), .escape(let code): return code
        case .choices(let codes, _): return codes.joined(separator: " ")
        case .number(let number): return ExactDecimalText.text(of: number) ?? "\(number)"
        case .text(let text): return text
        }
    }
}
