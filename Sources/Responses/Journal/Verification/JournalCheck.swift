import Foundation

/// One verification, whatever the format: put the lines in order, read the intact ones at their numbers, name the
/// sessions each damage touches, then fold each session up to its first damage.
struct JournalCheck<Reader: VerifiedLineReader> {
    let bytes: [UInt8]
    let file: String
    let format: JournalFormat
    let scan: LineScan
    let makeReader: () -> Reader

    init(bytes: [UInt8], file: String, format: JournalFormat, scan: LineScan, makeReader: @escaping () -> Reader) {
        self.bytes = bytes
        self.file = file
        self.format = format
        self.scan = scan
        self.makeReader = makeReader
    }

    /// What reading the intact lines in order found.
    struct Reading {
        var reader: Reader
        var spans = SessionSpans()
        /// Every session folded from all its lines read.
        var states: [SessionID: SessionState] = [:]
        /// Lines of sessions whose start was not read, by the number of that start.
        var unknown: [UInt64: [Int]] = [:]
        var problems: [(index: Int, problem: LineProblem)] = []
        var failed: Set<Int> = []
        var newerFormat: (line: Int, version: Int)?
    }

    func verification(fallbackDevice: DeviceID?) -> JournalVerification {
        let lines = scan.lines
        let order = LineOrder(lines) { bytes[lines[$0].start..<lines[$0].end].elementsEqual(bytes[lines[$1].start..<lines[$1].end]) }
        let readOrder = lines.indices.filter { index in
            guard lines[index].isIntact else { return false }
            switch order.placement(of: index) {
            case .inPlace, .reordered: return true
            case .duplicate, .numberReused: return false
            }
        }.sorted { (lines[$0].sequence, $0) < (lines[$1].sequence, $1) }
        let reading = read(readOrder)
        let lineCount = lines.count + (scan.tail == nil ? 0 : 1)
        let device = reading.reader.device ?? fallbackDevice
        if let newer = reading.newerFormat {
            let damage = JournalDamage(line: newer.line, lastLine: newer.line, kind: .newerFormat(newer.version), sessions: [],
                                       lostStarts: [], attribution: .exact)
            return JournalVerification(file: file, format: format, device: device, lineCount: lineCount, intactLineCount: 0,
                                       problems: [damage], sessions: [], unattributedLineCount: 0)
        }
        let problems = damages(order: order, reading: reading)
        let intact = readOrder.filter { order.placement(of: $0) == .inPlace && !reading.failed.contains($0) }.count
        return JournalVerification(file: file, format: format, device: device, lineCount: lineCount, intactLineCount: intact,
                                   problems: problems, sessions: salvage(readOrder, reading: reading, problems: problems),
                                   unattributedLineCount: reading.unknown.values.map(\.count).reduce(0, +))
    }

    private func read(_ readOrder: [Int]) -> Reading {
        var reading = Reading(reader: makeReader())
        for index in readOrder {
            let lineNumber = index + 1
            switch reading.reader.read(scan.lines[index], in: bytes) {
            case .events(let events):
                for event in events {
                    reading.spans.add(event, line: lineNumber)
                    Self.fold(event, into: &reading.states)
                }
            case .setup:
                break
            case .unknownSession(let reference):
                reading.unknown[reference, default: []].append(lineNumber)
                reading.failed.insert(index)
            case .problem(let problem):
                reading.problems.append((index, problem))
                reading.failed.insert(index)
            case .newerFormat(let version):
                reading.newerFormat = (lineNumber, version)
                return reading
            }
        }
        return reading
    }

    // MARK: - Salvage

    /// Each session folded from its lines before the first damage that names it. Only a damaged session is read again.
    private func salvage(_ readOrder: [Int], reading: Reading, problems: [JournalDamage]) -> [SessionSalvage] {
        var cutoff: [SessionID: Int] = [:]
        for damage in problems where !damage.isWarning {
            for session in damage.sessions { cutoff[session] = min(cutoff[session] ?? damage.line, damage.line) }
        }
        var states = reading.states
        if !cutoff.isEmpty {
            for session in cutoff.keys { states[session] = nil }
            var reader = makeReader()
            for index in readOrder {
                guard case .events(let events) = reader.read(scan.lines[index], in: bytes) else { continue }
                for event in events where index + 1 < cutoff[event.sessionID] ?? 0 { Self.fold(event, into: &states) }
            }
        }
        let spans = reading.spans
        // A session known only from a damaged line (its start, say) is listed too: with nothing to salvage.
        let named = spans.firstLines.map { ($0.key, $0.value) } + cutoff.filter { spans.firstLines[$0.key] == nil }.map { ($0.key, $0.value) }
        return named.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map { session, _ in
            let state = states[session]
            return SessionSalvage(session: session, damagedAt: cutoff[session], answers: state?.answers.count ?? 0,
                                  status: state?.status ?? .inProgress)
        }
    }

    private static func fold(_ event: JournalEvent, into states: inout [SessionID: SessionState]) {
        if states[event.sessionID] == nil { states[event.sessionID] = SessionState(first: event) } else { states[event.sessionID]!.apply(event) }
    }
}
