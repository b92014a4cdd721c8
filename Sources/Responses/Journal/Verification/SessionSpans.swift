import Foundation

/// Where each session's lines lie in a file: what "open at a line" means for a damage whose line names nobody.
struct SessionSpans {
    /// The first line of each session's read lines.
    private(set) var firstLines: [SessionID: Int] = [:]
    /// The line that completed or abandoned it.
    private var ends: [SessionID: Int] = [:]

    /// Lines are read in the order of their numbers: a misplaced one may lie before those read earlier.
    mutating func add(_ event: JournalEvent, line: Int) {
        firstLines[event.sessionID] = min(firstLines[event.sessionID] ?? line, line)
        switch event.kind {
        case .completed, .abandoned: ends[event.sessionID] = line
        default: break
        }
    }

    /// Started on a line before `line`, and not ended before it: a session whose end is the line right after a gap
    /// may have lost a line in it.
    func isOpen(_ session: SessionID, at line: Int) -> Bool {
        guard let first = firstLines[session] else { return false }
        return first < line && (ends[session].map { $0 >= line } ?? true)
    }

    /// The sessions open at each of `lines`, in order of their first line: one sweep, however many sessions ended.
    func openSessions(at lines: [Int]) -> [Int: [SessionID]] {
        let byStart = firstLines.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        var result: [Int: [SessionID]] = [:]
        var open: [SessionID: Int] = [:]
        var next = 0
        for line in Set(lines).sorted() {
            while next < byStart.count, byStart[next].value < line {
                open[byStart[next].key] = byStart[next].value
                next += 1
            }
            open = open.filter { ends[$0.key].map { $0 >= line } ?? true }
            result[line] = open.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        }
        return result
    }
}
