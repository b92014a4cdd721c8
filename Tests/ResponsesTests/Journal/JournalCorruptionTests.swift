import Foundation
import Responses
import Support
import XCTest

/// Every kind of damage, at random places of journals written through `AnswerJournal`: the reader and the writer refuse
/// the file at the right line (or take a torn last line as torn), and the verifier names the right lines, problems and
/// sessions, and what can be salvaged.
final class JournalCorruptionTests: XCTestCase {
    private var directory: URL!
    private let fileName = JournalFixtures.device.journalFileName

    override func setUpWithError() throws { directory = try JournalFixtures.scratchDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testADeletedLineIsReportedWhereTheNumbersJump() throws {
        var random = SplitMix64(seed: 0xDE1E7E)
        for trial in 0..<40 {
            let fixture = try fixture(seed: 100 + UInt64(trial))
            // The header and a start line among the random places.
            let starts = (1...fixture.count).filter(fixture.isStart)
            let k = trial == 0 ? 1 : trial % 4 == 1 ? starts[random.index(below: starts.count)] : 1 + random.index(below: fixture.count - 1)
            var lines = fixture.lines
            lines.remove(at: k - 1)
            let damaged = CorruptionFixture.join(lines), context = "trial \(trial): line \(k) deleted"
            try assertRefused(damaged, line: k, problem: .sequenceGap(expected: UInt64(k), found: UInt64(k + 1)), context)

            let verification = verify(damaged)
            XCTAssertEqual(verification.warnings, [], context)
            let damages = verification.damages
            if k == 1 {
                XCTAssertEqual(damages.map(\.kind), [.headerMissing], context)
                XCTAssertEqual(damages.first?.line, 1, context)
                XCTAssertEqual(damages.first?.sessions, [], context)
                XCTAssertEqual(verification.device, JournalFixtures.device, "named by the file when the header is lost")
                XCTAssertEqual(verification.damagedSessions, [], context)
            } else if fixture.isStart(k) {
                let session = fixture.owner(ofLine: k)!
                let later = fixture.lines(of: session, after: k).map { $0 - 1 }
                XCTAssertEqual(damages.count, 2, "\(context): \(damages)")
                let gap = try XCTUnwrap(damages.first { $0.kind == .missingLines(previous: UInt64(k - 1), found: UInt64(k + 1), count: 1) }, "\(context): \(damages)")
                XCTAssertEqual(gap.line, k, context)
                XCTAssertEqual(gap.lostStarts, [UInt64(k)], context)
                XCTAssertEqual(gap.attribution, .exact, context)
                let orphans = try XCTUnwrap(damages.first { $0.kind == .unknownSession(reference: UInt64(k), lines: later) }, "\(context): \(damages)")
                XCTAssertEqual(orphans.line, later.first, context)
                XCTAssertEqual(orphans.lostStarts, [UInt64(k)], context)
                XCTAssertFalse(verification.sessions.contains { $0.session == session }, "its code is on the lost line only")
                XCTAssertEqual(verification.unattributedLineCount, later.count, context)
            } else {
                XCTAssertEqual(damages.map(\.kind), [.missingLines(previous: UInt64(k - 1), found: UInt64(k + 1), count: 1)], context)
                XCTAssertEqual(damages.first?.line, k, context)
                XCTAssertEqual(damages.first?.attribution, .openSessions, context)
                XCTAssertTrue(damages.first?.sessions.contains(fixture.owner(ofLine: k)!) ?? false, "\(context): \(damages)")
            }
            assertSalvage(verification, fixture: fixture, exact: true, context)
        }
    }

    func testADuplicatedLineIsReportedWithItsOriginal() throws {
        var random = SplitMix64(seed: 0xD0B1E)
        for trial in 0..<40 {
            let fixture = try fixture(seed: 200 + UInt64(trial))
            let k = trial == 0 ? 1 : 1 + random.index(below: fixture.count)
            // Where the copy lands in the damaged file: anywhere, right before or after its original included.
            let j = trial == 1 ? k : trial == 2 ? k + 1 : 1 + random.index(below: fixture.count + 1)
            var lines = fixture.lines
            lines.insert(fixture.lines[k - 1], at: j - 1)
            let damaged = CorruptionFixture.join(lines), context = "trial \(trial): line \(k) copied to line \(j)"
            let (readerLine, problem): (Int, LineProblem)
            if j == k {
                readerLine = j + 1; problem = .sequenceNotIncreasing(previous: UInt64(k), found: UInt64(k))
            } else if j > k {
                readerLine = j; problem = .sequenceNotIncreasing(previous: UInt64(j - 1), found: UInt64(k))
            } else {
                readerLine = j; problem = .sequenceGap(expected: UInt64(j), found: UInt64(k))
            }
            try assertRefused(damaged, line: readerLine, problem: problem, context)

            let verification = verify(damaged)
            XCTAssertEqual(verification.warnings, [], context)
            let original = j == k ? j : j > k ? k : k + 1
            XCTAssertEqual(verification.damages.map(\.kind), [.duplicated(of: original)], context)
            XCTAssertEqual(verification.damages.first?.line, readerLine, context)
            XCTAssertEqual(verification.damages.first?.sessions, fixture.owner(ofLine: k).map { [$0] } ?? [], context)
            XCTAssertEqual(verification.damages.first?.attribution, .exact, context)
            assertSalvage(verification, fixture: fixture, exact: false, context)
        }
    }

    func testTwoSwappedLinesAreReportedAsOutOfPlaceAndStillRead() throws {
        var random = SplitMix64(seed: 0x5A4B)
        for trial in 0..<40 {
            let fixture = try fixture(seed: 300 + UInt64(trial))
            let a = trial == 0 ? 1 : 1 + random.index(below: fixture.count - 1)
            let b = a + 1 + random.index(below: min(fixture.count - a, trial % 2 == 0 ? 1 : 8))
            var lines = fixture.lines
            lines.swapAt(a - 1, b - 1)
            let damaged = CorruptionFixture.join(lines), context = "trial \(trial): lines \(a) and \(b) swapped"
            try assertRefused(damaged, line: a, problem: .sequenceGap(expected: UInt64(a), found: UInt64(b)), context)

            let verification = verify(damaged)
            XCTAssertEqual(verification.warnings, [], context)
            let damages = verification.damages
            XCTAssertTrue((1...2).contains(damages.count), "\(context): \(damages)")
            for damage in damages {
                guard case .reordered(let sequence, _) = damage.kind else { XCTFail("\(context): \(damage)"); continue }
                XCTAssertTrue((a...b).contains(damage.line), "\(context): \(damage)")
                XCTAssertEqual(lines[damage.line - 1], fixture.lines[Int(sequence) - 1], "the number is the line's own")
                XCTAssertEqual(damage.sessions, fixture.owner(ofLine: Int(sequence)).map { [$0] } ?? [], context)
            }
            XCTAssertEqual(verification.unattributedLineCount, 0, "a start read out of place still opens its session")
            assertSalvage(verification, fixture: fixture, exact: false, context)
        }
    }

    func testAFlippedBitIsAnAlteredLineWhereverItFalls() throws {
        var random = SplitMix64(seed: 0xF11B)
        for trial in 0..<80 {
            let fixture = try fixture(seed: 400 + UInt64(trial))
            let k = trial < 5 ? [1, 2, fixture.count, 1 + random.index(below: fixture.count), 1][trial] : 1 + random.index(below: fixture.count)
            let line = fixture.lines[k - 1]
            // Some flips in the checksum field itself, some in the newline.
            var p = trial % 5 == 0 ? line.count - 1 - random.index(below: 8) : trial % 7 == 0 ? line.count : random.index(below: line.count + 1)
            var bit = UInt8(1) << UInt8(random.index(below: 8))
            // The header's `J` is one bit away from a newline.
            if trial == 4 { (p, bit) = (2, 0x40) }
            var bytes = CorruptionFixture.join(Array(fixture.lines[..<(k - 1)])) + line + [UInt8(ascii: "\n")]
            let offset = bytes.count - line.count - 1 + p
            bytes[offset] ^= bit
            bytes += CorruptionFixture.join(Array(fixture.lines[k...]))
            let context = "trial \(trial): bit \(bit) of byte \(p) of line \(k) flipped"
            let verification = verify(bytes)
            let damages = verification.damages
            let session = fixture.owner(ofLine: k)

            if p == line.count {
                // The newline is gone: line k runs into the next one.
                if k == fixture.count {
                    try assertTorn(bytes, fixture: fixture, context)
                    XCTAssertEqual(damages, [], context)
                    XCTAssertEqual(verification.warnings.map(\.kind), [.tornLastLine], context)
                    continue
                }
                try assertRefused(bytes, line: k, problem: .checksumMismatch, context)
                XCTAssertEqual(damages.first?.kind, .altered, context)
                XCTAssertEqual(damages.first?.line, k, context)
                // Either start line among the two may have been lost with them.
                let rest = damages.dropFirst().filter { damage in
                    guard case .unknownSession(let reference, _) = damage.kind else { return true }
                    return reference != UInt64(k) && reference != UInt64(k + 1)
                }
                XCTAssertEqual(rest.map(\.kind), k + 1 < fixture.count ? [.missingLines(previous: UInt64(k), found: UInt64(k + 2), count: 1)] : [],
                               "\(context): \(damages)")
                XCTAssertEqual(rest.first?.line, k + 1 < fixture.count ? k + 1 : nil, context)
                continue
            }
            let flipped = bytes[(offset - p)...].prefix { $0 != UInt8(ascii: "\n") }
            if bytes[offset] == UInt8(ascii: "\n") {
                // The flip made a newline: line k is two damaged lines.
                try assertRefused(bytes, line: k, problem: nil, context)
                XCTAssertEqual(damages.first?.line, k, context)
                XCTAssertTrue(damages.allSatisfy { $0.line == k && $0.lastLine <= k + 1 || $0.line == k + 1 }, "\(context): \(damages)")
                XCTAssertEqual(verification.damagedSessions, [], "the header names no session")
                continue
            }
            if k == fixture.count, flipped.first.map({ !(0x31...0x39).contains($0) }) ?? true || flipped.contains(0) {
                // A last line that no longer starts with its number is what an interrupted write leaves.
                try assertTorn(bytes, fixture: fixture, context)
                XCTAssertEqual(damages, [], context)
                XCTAssertEqual(verification.warnings.map(\.line), [k], context)
                continue
            }
            try assertRefused(bytes, line: k, problem: .checksumMismatch, context)
            let altered = try XCTUnwrap(damages.first, context)
            XCTAssertEqual(altered.kind, .altered, context)
            XCTAssertEqual(altered.line, k, context)
            // The fields that name the session may be the ones flipped: then nothing certain names it.
            let field = line[..<p].filter { $0 == UInt8(ascii: "\t") }.count
            let namingFieldHit = fixture.isStart(k) ? field <= 2 : field == 2 && k > 1
            if fixture.isStart(k) {
                let later = fixture.lines(of: session!, after: k)
                XCTAssertEqual(damages.count, 2, "\(context): \(damages)")
                let orphans = try XCTUnwrap(damages.last, context)
                XCTAssertEqual(orphans.kind, .unknownSession(reference: UInt64(k), lines: later), context)
                if !namingFieldHit {
                    XCTAssertEqual(altered.sessions, [session!], context)
                    XCTAssertEqual(altered.attribution, .readFromDamage, context)
                    XCTAssertEqual(orphans.sessions, [session!], "the damaged start still shows its session")
                }
            } else {
                XCTAssertEqual(damages.count, 1, "\(context): \(damages)")
                if let session, !namingFieldHit { XCTAssertTrue(altered.sessions.contains(session), "\(context): \(altered)") }
                if session == nil { XCTAssertEqual(altered.sessions, [], "no session is open at the header") }
            }
            if !namingFieldHit { assertSalvage(verification, fixture: fixture, exact: true, context) }
        }
    }

    func testALineCutShortInTheMiddleIsAltered() throws {
        var random = SplitMix64(seed: 0xC07)
        for trial in 0..<40 {
            let fixture = try fixture(seed: 500 + UInt64(trial))
            let k = trial == 0 ? 1 : 1 + random.index(below: fixture.count - 1)
            let cut = trial == 1 ? 0 : random.index(below: fixture.lines[k - 1].count)
            var lines = fixture.lines
            lines[k - 1] = Array(lines[k - 1].prefix(cut))
            let damaged = CorruptionFixture.join(lines), context = "trial \(trial): line \(k) cut after \(cut) bytes"
            try assertRefused(damaged, line: k, problem: cut == 0 ? .emptyLine : .checksumMismatch, context)

            let verification = verify(damaged)
            XCTAssertEqual(verification.warnings, [], context)
            let damages = verification.damages
            XCTAssertEqual(damages.first?.kind, cut == 0 ? .emptyLine : .altered, context)
            XCTAssertEqual(damages.first?.line, k, context)
            if fixture.isStart(k) {
                let later = fixture.lines(of: fixture.owner(ofLine: k)!, after: k)
                XCTAssertEqual(damages.dropFirst().map(\.kind), [.unknownSession(reference: UInt64(k), lines: later)], context)
            } else {
                XCTAssertEqual(damages.count, 1, "\(context): \(damages)")
                if let session = fixture.owner(ofLine: k) { XCTAssertTrue(damages[0].sessions.contains(session), "\(context): \(damages)") }
                assertSalvage(verification, fixture: fixture, exact: true, context)
            }
        }
    }

    /// A power cut during the last write, or a copy still under way: the end is torn, maybe followed by zeros.
    func testATruncatedLastLineIsTornWithOrWithoutZeros() throws {
        var random = SplitMix64(seed: 0x7A11)
        for trial in 0..<40 {
            let fixture = try fixture(seed: 600 + UInt64(trial))
            let last = fixture.lines[fixture.count - 1]
            let cut = trial % 4 == 3 ? 0 : 1 + random.index(below: last.count)
            let zeros = trial % 2 == 1 ? [UInt8](repeating: 0, count: 1 + random.index(below: 5000)) : []
            if cut == 0 && zeros.isEmpty { continue }
            let damaged = CorruptionFixture.join(Array(fixture.lines.dropLast())) + last.prefix(cut) + zeros
            let context = "trial \(trial): last line cut after \(cut) bytes, then \(zeros.count) zero bytes"
            let verification = verify(damaged)
            XCTAssertTrue(verification.isIntact, context)
            XCTAssertEqual(verification.damages, [], context)
            XCTAssertEqual(verification.warnings.map(\.kind), [zeros.isEmpty ? .tornLastLine : .zeroFilledTail], context)
            XCTAssertEqual(verification.warnings.first?.line, fixture.count, context)
            XCTAssertEqual(verification.lineCount, fixture.count, context)
            XCTAssertEqual(verification.intactLineCount, fixture.count - 1, context)
            XCTAssertEqual(verification.damagedSessions, [], "an unacknowledged write damages no session")
            let contents = try JournalReader.parse(damaged)
            XCTAssertEqual(contents.tornTail?.isZeroFilled, !zeros.isEmpty, context)
            let folded = try JournalReader.sessions(damaged)
            XCTAssertEqual(folded.tornTail?.lineNumber, fixture.count, context)
            XCTAssertEqual(folded.sessions, SessionState.fold(fixture.events.dropLast()), context)
            try assertTorn(damaged, fixture: fixture, context)
        }
    }

    /// Version 1 journals stay readable forever: a half-copied one is read up to its last whole line too.
    func testAHalfCopiedVersionOneJournalIsTornToo() throws {
        let whole = try JournalFixtures.bytes(of: JournalVerifierTests.versionOne)
        let lineEnds = whole.indices.filter { whole[$0] == UInt8(ascii: "\n") }
        var random = SplitMix64(seed: 0x1A50)
        for trial in 0..<20 {
            let cut = 1 + random.index(below: whole.count - 1)
            let zeros = [UInt8](repeating: 0, count: trial % 2 == 0 ? 0 : 1 + random.index(below: 4096))
            let bytes = Array(whole[..<cut]) + zeros
            let complete = lineEnds.filter { $0 < cut }.count, context = "cut at \(cut), \(zeros.count) zeros"
            let atBoundary = complete > 0 && lineEnds[complete - 1] == cut - 1 && zeros.isEmpty
            let folded = try JournalReader.sessions(bytes)
            XCTAssertEqual(folded.eventCount, complete, context)
            XCTAssertEqual(folded.tornTail?.lineNumber, atBoundary ? nil : complete + 1, context)
            XCTAssertEqual(folded.tornTail?.isZeroFilled ?? false, !zeros.isEmpty, context)
            let verification = JournalVerifier.verify(bytes, fileName: "journal-tab-07.jsonl")
            XCTAssertTrue(verification.isIntact, "\(context): \(verification.problems)")
            XCTAssertEqual(verification.warnings.map(\.line), atBoundary ? [] : [complete + 1], context)
        }
    }

    func testAChecksumReplacedByAnotherIsAltered() throws {
        let fixture = try fixture(seed: 700)
        for k in 1...fixture.count {
            var lines = fixture.lines
            lines[k - 1].replaceSubrange((lines[k - 1].count - 8)..., with: Array("00000000".utf8))
            let damaged = CorruptionFixture.join(lines)
            try assertRefused(damaged, line: k, problem: .checksumMismatch, "line \(k)")
            let damages = verify(damaged).damages
            XCTAssertEqual(damages.first?.kind, .altered, "line \(k)")
            XCTAssertEqual(damages.first?.line, k, "line \(k)")
        }
    }

    func testAnIntactJournalIsIntactAndWholly() throws {
        for seed in UInt64(800)..<UInt64(810) {
            let fixture = try fixture(seed: seed)
            let verification = verify(fixture.bytes)
            XCTAssertEqual(verification.problems, [])
            XCTAssertEqual(verification.lineCount, fixture.count)
            XCTAssertEqual(verification.intactLineCount, fixture.count)
            XCTAssertEqual(verification.format, .lines)
            XCTAssertEqual(verification.device, JournalFixtures.device)
            assertSalvage(verification, fixture: fixture, exact: true, "seed \(seed)")
        }
    }

    // MARK: - Helpers

    private func fixture(seed: UInt64) throws -> CorruptionFixture {
        try CorruptionFixture.make(in: directory.appendingPathComponent("written-\(seed)"), seed: seed)
    }

    private func verify(_ bytes: [UInt8]) -> JournalVerification { JournalVerifier.verify(bytes, fileName: fileName) }

    /// Where the damaged bytes are opened, fresh for each attempt.
    private func write(_ bytes: [UInt8]) throws -> URL {
        let folder = directory.appendingPathComponent("damaged")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(fileName)
        try Data(bytes).write(to: url)
        return url
    }

    /// The reader and the writer refuse the bytes at `line` (with `problem`, when given), and change nothing.
    private func assertRefused(_ bytes: [UInt8], line: Int, problem: LineProblem?, _ context: String,
                               file: StaticString = #filePath, sourceLine: UInt = #line) throws {
        let url = try write(bytes)
        let attempts: [(String, () throws -> Void)] = [
            ("reader", { _ = try JournalReader.read(contentsOf: url) }),
            ("writer", { _ = try AnswerJournal(fileURL: url, deviceID: JournalFixtures.device) }),
        ]
        for (who, attempt) in attempts {
            XCTAssertThrowsError(try attempt(), "\(who) accepted \(context)", file: file, line: sourceLine) { error in
                guard case .corruptLine(let found, let foundProblem)? = error as? JournalError else {
                    return XCTFail("\(who), \(context): \(error)", file: file, line: sourceLine)
                }
                XCTAssertEqual(found, line, "\(who), \(context)", file: file, line: sourceLine)
                if let problem { XCTAssertEqual(foundProblem, problem, "\(who), \(context)", file: file, line: sourceLine) }
            }
        }
        XCTAssertEqual(try JournalFixtures.bytes(of: url), bytes, "untouched: \(context)", file: file, line: sourceLine)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + ".torn"), context, file: file, line: sourceLine)
    }

    /// The reader takes the last line as torn and gives every event before it; the writer sets it aside.
    private func assertTorn(_ bytes: [UInt8], fixture: CorruptionFixture, _ context: String,
                            file: StaticString = #filePath, sourceLine: UInt = #line) throws {
        let url = try write(bytes)
        let contents = try JournalReader.read(contentsOf: url)
        XCTAssertEqual(contents.tornTail?.lineNumber, fixture.count, context, file: file, line: sourceLine)
        XCTAssertEqual(contents.events, Array(fixture.events.dropLast()), context, file: file, line: sourceLine)
        let journal = try AnswerJournal(fileURL: url, deviceID: JournalFixtures.device)
        XCTAssertEqual(journal.recovery?.lineNumber, fixture.count, context, file: file, line: sourceLine)
        journal.close()
        XCTAssertEqual(try JournalFixtures.bytes(of: url), CorruptionFixture.join(Array(fixture.lines.dropLast())), context,
                       file: file, line: sourceLine)
    }

    /// Sessions no damage names keep every answer; with `exact`, a damaged one keeps those of its lines before the damage.
    private func assertSalvage(_ verification: JournalVerification, fixture: CorruptionFixture, exact: Bool, _ context: String,
                               file: StaticString = #filePath, sourceLine: UInt = #line) {
        let whole = Dictionary(uniqueKeysWithValues: SessionState.fold(fixture.events).map { ($0.sessionID, $0) })
        for salvage in verification.sessions {
            guard let state = whole[salvage.session] else { XCTFail("\(context): unknown \(salvage)", file: file, line: sourceLine); continue }
            if let line = salvage.damagedAt {
                XCTAssertTrue(verification.damages.contains { $0.line == line && $0.sessions.contains(salvage.session) }, context,
                              file: file, line: sourceLine)
                if exact {
                    XCTAssertEqual(salvage.answers, fixture.answers(of: salvage.session, before: line), "\(context): \(salvage)",
                                   file: file, line: sourceLine)
                }
            } else {
                XCTAssertEqual(salvage.answers, state.answers.count, "\(context): \(salvage)", file: file, line: sourceLine)
                XCTAssertEqual(salvage.status, state.status, "\(context): \(salvage)", file: file, line: sourceLine)
            }
        }
    }
}
