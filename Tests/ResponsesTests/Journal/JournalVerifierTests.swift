import Foundation
import Responses
import Support
import XCTest

/// What `JournalVerifier` says beyond one damage at a time: several in a file, version 1 files, folders, crafted lines.
final class JournalVerifierTests: XCTestCase {
    private var directory: URL!
    private let fileName = JournalFixtures.device.journalFileName

    static let versionOne = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/v1/journal-tab-07.jsonl")

    override func setUpWithError() throws { directory = try JournalFixtures.scratchDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testEveryDamageOfAFileIsReportedNotOnlyTheFirst() throws {
        let fixture = try CorruptionFixture.make(in: directory.appendingPathComponent("written"), seed: 42)
        let events = (3...fixture.count).filter { !fixture.isStart($0) }
        let (deleted, altered, copied) = (events[1], events[5], events[2])
        var lines = fixture.lines
        lines.append(lines[copied - 1])
        lines[altered - 1].replaceSubrange((lines[altered - 1].count - 8)..., with: Array("00000000".utf8))
        lines.remove(at: deleted - 1)
        let damaged = CorruptionFixture.join(lines) + Array("\(fixture.count + 2)\tA\t2".utf8)
        let verification = JournalVerifier.verify(damaged, fileName: fileName)

        XCTAssertEqual(verification.damages.map(\.line), [deleted, altered - 1, fixture.count])
        XCTAssertEqual(verification.damages.map(\.kind), [.missingLines(previous: UInt64(deleted - 1), found: UInt64(deleted + 1), count: 1),
                                                          .altered, .duplicated(of: copied - 1)])
        XCTAssertEqual(verification.warnings.map(\.kind), [.tornLastLine])
        XCTAssertEqual(verification.warnings.map(\.line), [fixture.count + 1])
        XCTAssertFalse(verification.isIntact)
        XCTAssertEqual(verification.lineCount, fixture.count + 1)
        XCTAssertEqual(verification.intactLineCount, fixture.count - 2)
        XCTAssertEqual(verification.damagedSessions.map(\.damagedAt), verification.damagedSessions.map { salvage in
            verification.damages.first { $0.sessions.contains(salvage.session) }?.line
        })
    }

    /// Lines lost on both sides of a damaged line whose number is still readable: each gap is reported where it is.
    func testADamagedLineWithAReadableNumberSaysWhereTheNumberingResumes() throws {
        let fixture = try CorruptionFixture.make(in: directory, seed: 11)
        var lines = fixture.lines
        lines[14].removeLast(3)
        lines.removeSubrange(15..<19)
        lines.removeSubrange(10..<14)
        let verification = JournalVerifier.verify(CorruptionFixture.join(lines), fileName: fileName)
        let damages = verification.damages.filter { if case .unknownSession = $0.kind { return false } else { return true } }
        XCTAssertEqual(damages.map(\.line), [11, 11, 12])
        XCTAssertEqual(damages.map(\.kind), [.altered, .missingLines(previous: 10, found: 15, count: 4),
                                              .missingLines(previous: 15, found: 20, count: 4)])
        XCTAssertEqual(verification.missingLineCount, 8)
    }

    func testAVersionOneJournalIsVerifiedLineByLine() throws {
        let original = try JournalFixtures.bytes(of: Self.versionOne)
        let intact = JournalVerifier.verify(original, fileName: "journal-tab-07.jsonl")
        XCTAssertEqual(intact.problems, [])
        XCTAssertEqual(intact.format, .json)
        XCTAssertEqual(intact.device, JournalFixtures.device)
        XCTAssertEqual(intact.sessions.count, 2)
        XCTAssertEqual(intact.lineCount, 20)

        var lines = original.split(separator: UInt8(ascii: "\n")).map(Array.init)
        lines[7] = Array("{\"seq\":8,\"v\":1".utf8)
        lines.remove(at: 4)
        let damaged = CorruptionFixture.join(lines) + Array("{\"answer\":{\"point\":".utf8)
        let verification = JournalVerifier.verify(damaged, fileName: "journal-tab-07.jsonl")
        XCTAssertEqual(verification.damages.map(\.line), [5, 7])
        XCTAssertEqual(verification.damages.map(\.kind), [.missingLines(previous: 4, found: 6, count: 1), .malformed(.notJSON)])
        XCTAssertEqual(verification.damages[0].attribution, .openSessions)
        XCTAssertEqual(verification.damages[0].sessions.count, 2, "both sessions are open at line 5")
        XCTAssertEqual(verification.warnings.map(\.kind), [.tornLastLine])
        XCTAssertEqual(verification.damagedSessions.map(\.damagedAt), [5, 5])
        XCTAssertEqual(verification.damagedSessions.first?.answers, 2, "q1 and q2 were answered before line 5")
    }

    func testAFolderIsVerifiedFileByFileAndNothingIsWritten() throws {
        let damagedDevice = JournalFixtures.otherDevice
        let fixture = try CorruptionFixture.make(in: directory, seed: 7)
        let other = try CorruptionFixture.make(in: directory.appendingPathComponent("other"), seed: 8)
        var lines = other.lines
        lines.remove(at: 2)
        // Another laptop's file, copied in with a line lost on the way.
        try Data(CorruptionFixture.join(lines)).write(to: directory.appendingPathComponent(damagedDevice.journalFileName))
        try Data("not a journal".utf8).write(to: directory.appendingPathComponent(fileName + ".torn"))
        try FileManager.default.copyItem(at: Self.versionOne, to: directory.appendingPathComponent("journal-tab-09.jsonl"))
        let before = try snapshot()

        let folder = try XCTUnwrap(JournalVerifier.verify(directory: directory))
        XCTAssertEqual(folder.files.map(\.file), ["journal-tab-07.ojl", "journal-tab-09.jsonl", "journal-tab-12.ojl"])
        XCTAssertEqual(folder.files.map(\.isIntact), [true, true, false])
        XCTAssertEqual(folder.files[2].damages.map(\.line), [3])
        XCTAssertEqual(folder.files[0].sessions.count, Set(fixture.owners.compactMap { $0 }).count)
        XCTAssertFalse(folder.isIntact)
        XCTAssertEqual(try snapshot(), before, "verifying writes nothing")
        XCTAssertNil(JournalVerifier.verify(directory: directory.appendingPathComponent("absent")))
    }

    func testAnIntactLineOfAnUnknownKindIsUnreadableAndTheRestReads() throws {
        let fixture = try CorruptionFixture.make(in: directory, seed: 9)
        let k = (3...fixture.count).first { !fixture.isStart($0) }!
        var lines = fixture.lines
        var crafted = Array("\(k)\tZ\t2\t0".utf8)
        crafted += Array(String(format: "\t%08x", CRC32C.checksum(crafted)).utf8)
        lines[k - 1] = crafted
        let verification = JournalVerifier.verify(CorruptionFixture.join(lines), fileName: fileName)
        XCTAssertEqual(verification.damages.map(\.kind), [.malformed(.malformed("kind"))])
        XCTAssertEqual(verification.damages.first?.line, k)
        XCTAssertEqual(verification.damages.first?.sessions, [fixture.owner(ofLine: 2)!], "an intact line names its session")
        XCTAssertEqual(verification.damages.first?.attribution, .exact)
    }

    func testAHeaderOfANewerFormatStopsTheCheck() throws {
        let fixture = try CorruptionFixture.make(in: directory, seed: 10)
        var lines = fixture.lines
        var header = Array("1\tJ\toctant-journal=3\tdevice=tab-07".utf8)
        header += Array(String(format: "\t%08x", CRC32C.checksum(header)).utf8)
        lines[0] = header
        let verification = JournalVerifier.verify(CorruptionFixture.join(lines), fileName: fileName)
        XCTAssertEqual(verification.problems.map(\.kind), [.newerFormat(3)])
        XCTAssertEqual(verification.problems.first?.kind.localized.en, "written by a newer Octant (format 3): nothing was checked")
    }

    func testTheTextsOfADamage() {
        let damage = JournalDamage(line: 3, lastLine: 3, kind: .missingLines(previous: 2, found: 4, count: 1),
                                   sessions: [SessionID(high: 0, low: 1)], lostStarts: [], attribution: .openSessions)
        XCTAssertEqual(damage.kind.localized.fr, "une ligne manque avant celle-ci (n° 4 après n° 2)")
        XCTAssertEqual(damage.kind.localized.en, "one line is missing before this one (number 4 after 2)")
        XCTAssertEqual(damage.sessionsLocalized.fr, "la session 00000000 (la seule ouverte à cet endroit)")
        let orphans = JournalDamage.Kind.unknownSession(reference: 4, lines: [5, 6, 7, 9, 12, 13])
        XCTAssertEqual(orphans.localized.en, "6 lines (5–7, 9, 12–13) of a session whose start (line number 4) is lost")
        let lost = JournalDamage(line: 5, lastLine: 5, kind: orphans, sessions: [], lostStarts: [4], attribution: .exact)
        XCTAssertEqual(lost.sessionsLocalized.fr, "la session commencée ligne n° 4 (début perdu)")
    }

    private func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
