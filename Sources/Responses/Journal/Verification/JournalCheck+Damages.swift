import Foundation

/// Each place that is not as written, and the sessions it touches: named by intact lines when they can, else by what
/// the damaged line still shows, else every session open there.
extension JournalCheck {
    func damages(order: LineOrder, reading: Reading) -> [JournalDamage] {
        let runs = damagedRuns()
        let open = reading.spans.openSessions(at: runs.map { $0.first + 1 } + order.gaps.map { $0.index + 1 })
        var found = runs.map { runDamage($0, open: open[$0.first + 1] ?? [], reading: reading) }
        found += misplacedDamages(order: order, reader: reading.reader)
        found += reading.problems.map { Self.damage($0.index + 1, .malformed($0.problem), reading.reader.owner(of: scan.lines[$0.index], in: bytes)) }
        let lostStarts = reading.unknown.keys.sorted()
        found += order.gaps.map { gapDamage($0, order: order, lostStarts: lostStarts, open: open[$0.index + 1] ?? []) }
        found += orphanDamages(order: order, reading: reading, lostStarts: lostStarts)
        if let tail = scan.tail {
            let sketch = reading.reader.sketch(bytes[tail.start...])
            let session = sketch.session ?? sketch.reference.flatMap(reading.reader.session(startedAt:))
            found.append(JournalDamage(line: tail.line, lastLine: tail.line, kind: tail.isZeroFilled ? .zeroFilledTail : .tornLastLine,
                                       sessions: session.map { [$0] } ?? [], lostStarts: [],
                                       attribution: session == nil ? .exact : .readFromDamage))
        }
        // Damages are built kind by kind: on one line, keep that order.
        return found.enumerated().sorted { ($0.element.line, $0.element.isWarning ? 1 : 0, $0.offset) < ($1.element.line, $1.element.isWarning ? 1 : 0, $1.offset) }
            .map(\.element)
    }

    private static func damage(_ line: Int, _ kind: JournalDamage.Kind, _ owner: LineOwner) -> JournalDamage {
        switch owner {
        case .none: return JournalDamage(line: line, lastLine: line, kind: kind, sessions: [], lostStarts: [], attribution: .exact)
        case .session(let session):
            return JournalDamage(line: line, lastLine: line, kind: kind, sessions: [session], lostStarts: [], attribution: .exact)
        case .lostStart(let reference):
            return JournalDamage(line: line, lastLine: line, kind: kind, sessions: [], lostStarts: [reference], attribution: .exact)
        }
    }

    /// Damaged lines in a row with the same damage are one place (a block of zeros, a stretch of altered lines).
    private func damagedRuns() -> [(first: Int, last: Int, kind: JournalDamage.Kind)] {
        var runs: [(first: Int, last: Int, kind: JournalDamage.Kind)] = []
        for index in scan.damage.keys.sorted() {
            let kind = scan.damage[index]!
            if let last = runs.last, last.last + 1 == index, last.kind == kind { runs[runs.count - 1].last = index } else { runs.append((index, index, kind)) }
        }
        return runs
    }

    /// What the damaged lines still show of their sessions, when every one of them shows it; else the sessions open there.
    private func runDamage(_ run: (first: Int, last: Int, kind: JournalDamage.Kind), open: [SessionID], reading: Reading) -> JournalDamage {
        var named: [SessionID] = []
        var everyLineNamed = true
        for index in run.first...run.last {
            let sketch = reading.reader.sketch(bytes[scan.lines[index].start..<scan.lines[index].end])
            // A reference is believed only if it leads to a session open there.
            let referred = sketch.reference.flatMap(reading.reader.session(startedAt:)).flatMap { reading.spans.isOpen($0, at: index + 1) ? $0 : nil }
            guard let session = sketch.session ?? referred else { everyLineNamed = false; continue }
            if !named.contains(session) { named.append(session) }
        }
        let sessions = everyLineNamed ? named : open + named.filter { !open.contains($0) }
        return JournalDamage(line: run.first + 1, lastLine: run.last + 1, kind: run.kind, sessions: sessions, lostStarts: [],
                             attribution: everyLineNamed ? .readFromDamage : .openSessions)
    }

    private func misplacedDamages(order: LineOrder, reader: Reader) -> [JournalDamage] {
        scan.lines.indices.compactMap { index in
            let line = scan.lines[index]
            guard line.isIntact else { return nil }
            let kind: JournalDamage.Kind
            switch order.placement(of: index) {
            case .inPlace: return nil
            case .duplicate(let original): kind = .duplicated(of: original + 1)
            case .numberReused(let other): kind = .numberReused(sequence: line.sequence, line: other + 1)
            case .reordered(let after): kind = .reordered(sequence: line.sequence, after: after)
            }
            return Self.damage(index + 1, kind, reader.owner(of: line, in: bytes))
        }
    }

    /// Numbers no line holds: the start of a session whose later lines survive, the header, or any line of a session
    /// open there.
    private func gapDamage(_ gap: LineOrder.Gap, order: LineOrder, lostStarts: [UInt64], open: [SessionID]) -> JournalDamage {
        let line = gap.index + 1
        let headerLost = gap.previous == 0 && !order.isHeld(1)
        let lost = lostStarts.drop(while: { $0 <= gap.previous }).prefix(while: { $0 < gap.found }).filter { !order.isHeld($0) }
        let kind: JournalDamage.Kind = headerLost && gap.uncovered == 1
            ? .headerMissing : .missingLines(previous: gap.previous, found: gap.found, count: gap.missing)
        let explained = UInt64(lost.count) + (headerLost ? 1 : 0) == gap.uncovered
        return JournalDamage(line: line, lastLine: line, kind: kind, sessions: explained ? [] : open, lostStarts: Array(lost),
                             attribution: explained ? .exact : .openSessions)
    }

    /// Lines whose start was not read, one place per start: a damaged line at that start's number may still show whose.
    private func orphanDamages(order: LineOrder, reading: Reading, lostStarts: [UInt64]) -> [JournalDamage] {
        var damagedAt: [UInt64: Int] = [:]
        for index in scan.damage.keys { if let number = order.probableSequence[index] { damagedAt[number] = index } }
        return lostStarts.map { reference in
            let lines = reading.unknown[reference]!.sorted()
            let kind = JournalDamage.Kind.unknownSession(reference: reference, lines: lines)
            if let start = damagedAt[reference], let session = reading.reader.sketch(bytes[scan.lines[start].start..<scan.lines[start].end]).session {
                return JournalDamage(line: lines[0], lastLine: lines[0], kind: kind, sessions: [session], lostStarts: [], attribution: .readFromDamage)
            }
            return Self.damage(lines[0], kind, .lostStart(reference))
        }
    }
}
