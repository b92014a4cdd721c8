import Foundation
import Responses
import Support
import XCTest

/// A journal written through `AnswerJournal` by a seeded script (several sessions, interleaved, paused, resumed,
/// corrected, completed, abandoned or left open), and what each of its lines is, to damage it and check the verdicts.
struct CorruptionFixture {
    /// The lines, newline excluded; line `n` holds number `n`.
    let lines: [[UInt8]]
    /// The session of each line (nil for the header), by index.
    let owners: [SessionID?]
    let events: [JournalEvent]

    var bytes: [UInt8] { Self.join(lines) }
    var count: Int { lines.count }

    static func join(_ lines: [[UInt8]]) -> [UInt8] { lines.flatMap { $0 + [UInt8(ascii: "\n")] } }

    func owner(ofLine number: Int) -> SessionID? { owners[number - 1] }

    /// The line's kind letter (`J`, `S`, `A`…).
    func kind(ofLine number: Int) -> UInt8 { lines[number - 1][lines[number - 1].firstIndex(of: UInt8(ascii: "\t"))! + 1] }

    func isStart(_ number: Int) -> Bool { kind(ofLine: number) == UInt8(ascii: "S") }

    /// Lines of `session` after line `number`.
    func lines(of session: SessionID, after number: Int) -> [Int] {
        number < count ? ((number + 1)...count).filter { owner(ofLine: $0) == session } : []
    }

    /// Answers `session` has in its lines before line `number`.
    func answers(of session: SessionID, before number: Int) -> Int {
        let before = events.filter { $0.sessionID == session && Int($0.sequence) < number }
        return SessionState.fold(before).first?.answers.count ?? 0
    }

    static func make(in directory: URL, seed: UInt64) throws -> CorruptionFixture {
        var random = SplitMix64(seed: seed)
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        let questionnaire = JournalFixtures.questionnaire
        var open: [SessionID] = [], paused: Set<SessionID> = []
        var started = 0, clock: Int64 = 0, answered: [SessionID: Int] = [:]
        let target = 4 + random.index(below: 3)
        func tick() -> JournalTimestamp { clock += Int64(1 + random.index(below: 90_000)); return JournalFixtures.time(clock) }
        while started < target || !open.isEmpty {
            if started < target, open.count < 3, open.isEmpty || random.index(below: 4) == 0 {
                let id = SessionID(high: random.next(), low: random.next())
                var start = JournalFixtures.start
                start.participantCode = "P-\(started)"
                try journal.startSession(questionnaire: questionnaire, start: start, id: id, at: tick())
                // Every session has a line after its start, so that losing the start leaves lines that refer to it.
                try journal.record(.value(.scalePoint(1 + random.index(below: 8))), item: "q0", session: id, at: tick())
                answered[id] = 1
                open.append(id)
                started += 1
                continue
            }
            let id = open[random.index(below: open.count)]
            if paused.contains(id) {
                try journal.resume(session: id, with: questionnaire, at: tick())
                paused.remove(id)
                continue
            }
            switch random.index(below: 12) {
            case 0: try journal.record(.value(.scalePoint(2)), item: "q0", session: id, at: tick())
            case 1: try journal.clearNotAsked(item: "q\(answered[id]!)", session: id, at: tick())
            case 2: try journal.confirmWarning("valeur-inhabituelle", item: "q0", session: id, at: tick())
            case 3: try journal.pause(session: id, at: tick()); paused.insert(id)
            case 4, 5:
                // Left open for good once the last session has started: an interview nobody resumed.
                if started == target, random.index(below: 3) == 0 { open.removeAll { $0 == id }; continue }
                if random.index(below: 3) == 0 { try journal.abandon(session: id, at: tick()) } else { try journal.complete(session: id, at: tick()) }
                open.removeAll { $0 == id }
            default:
                let item = "q\(answered[id]!)"
                answered[id]! += 1
                let answers: [JournalAnswer] = [.value(.text("réponse\tavec « tab »")), .value(.choice("oui")), .skipped,
                                                .value(.number(Decimal(random.index(below: 1000)))), .value(.escape("nsp"))]
                try journal.record(answers[random.index(below: answers.count)], item: item, session: id, at: tick())
            }
        }
        journal.close()
        let url = directory.appendingPathComponent(JournalFixtures.device.journalFileName)
        let bytes = try JournalFixtures.bytes(of: url)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().map(Array.init)
        let events = try JournalReader.read(contentsOf: url).events
        var owners = [SessionID?](repeating: nil, count: lines.count)
        for event in events { owners[Int(event.sequence) - 1] = event.sessionID }
        return CorruptionFixture(lines: lines, owners: owners, events: events)
    }
}
