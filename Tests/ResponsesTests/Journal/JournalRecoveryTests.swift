import Foundation
import Responses
import XCTest

final class JournalRecoveryTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try JournalFixtures.scratchDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// A power cut can stop the last write anywhere: every cut of the last line must give back exactly the lines before it.
    func testRecoveryFromATruncationAtEveryByteOfTheLastLine() throws {
        let (url, events) = try JournalFixtures.writeJournal(in: directory, answers: 3)
        let full = try JournalFixtures.bytes(of: url)
        let lastLineStart = full.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
        let tornURL = URL(fileURLWithPath: url.path + ".torn")
        for cut in lastLineStart..<full.count {
            try? FileManager.default.removeItem(at: tornURL)
            try Data(full[..<cut]).write(to: url)
            let journal = try AnswerJournal(fileURL: url, deviceID: JournalFixtures.device)
            journal.close()
            XCTAssertEqual(try JournalFixtures.bytes(of: url), Array(full[..<lastLineStart]), "cut at \(cut)")
            XCTAssertEqual(try JournalReader.read(contentsOf: url).events, Array(events.dropLast()), "cut at \(cut)")
            if cut == lastLineStart {
                XCTAssertNil(journal.recovery, "nothing torn when the cut falls between lines")
                XCTAssertFalse(FileManager.default.fileExists(atPath: tornURL.path))
                continue
            }
            let recovery = try XCTUnwrap(journal.recovery, "cut at \(cut)")
            XCTAssertEqual(recovery.byteCount, cut - lastLineStart)
            XCTAssertEqual(recovery.lineNumber, events.count + 1, "the file's header line comes first")
            XCTAssertEqual(recovery.tornTail.byteOffset, lastLineStart)
            XCTAssertEqual(recovery.tornTail.reason, .missingNewline)
            XCTAssertEqual(recovery.keptEventCount, events.count - 1)
            XCTAssertEqual(recovery.tornFileName, "journal-tab-07.ojl.torn")
            XCTAssertEqual(try JournalFixtures.bytes(of: tornURL), Array(full[lastLineStart..<cut]) + [UInt8(ascii: "\n")])
            XCTAssertEqual(try JournalFixtures.permissions(of: tornURL), 0o600)
        }
    }

    func testAnUnreadableLastLineWithItsNewlineIsTornToo() throws {
        let (url, events) = try JournalFixtures.writeJournal(in: directory, answers: 2)
        let valid = try JournalFixtures.bytes(of: url)
        let garbage = Array("\u{0}\u{0}{\"v\":1,\"seq\n".utf8)
        try Data(valid + garbage).write(to: url)
        let read = try JournalReader.read(contentsOf: url)
        XCTAssertEqual(read.events, events)
        XCTAssertEqual(read.tornTail?.lineNumber, events.count + 2)
        XCTAssertEqual(read.tornTail?.reason, .unreadable(.checksumMismatch))
        XCTAssertEqual(try JournalFixtures.bytes(of: url), valid + garbage, "reading changes nothing")

        let journal = try AnswerJournal(fileURL: url, deviceID: JournalFixtures.device)
        XCTAssertEqual(journal.recovery?.byteCount, garbage.count)
        XCTAssertEqual(try JournalFixtures.bytes(of: URL(fileURLWithPath: url.path + ".torn")), garbage)
        XCTAssertEqual(try JournalFixtures.bytes(of: url), valid)
        // The repaired journal carries on with the next sequence number.
        let next = try journal.append(.paused, session: events[0].sessionID, questionnaire: JournalFixtures.questionnaire)
        XCTAssertEqual(next.sequence, events.last!.sequence + 1)
    }

    func testDamageInTheMiddleIsRefusedWithItsLineNumberAndNothingIsRewritten() throws {
        let (url, _) = try JournalFixtures.writeJournal(in: directory, answers: 5)
        var lines = String(decoding: try JournalFixtures.bytes(of: url), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Line 1 is the file's header, line 2 the session's start, lines 3 to 7 its answers.
        let flippedDigit = lines[3].replacingOccurrences(of: "\tp2\t", with: "\tp7\t")
        XCTAssertNotEqual(flippedDigit, lines[3])
        let variants: [(Int, [String], LineProblem?)] = [
            (3, [String(lines[2].dropLast(4))], .checksumMismatch),
            (2, [""], .emptyLine),
            (4, [flippedDigit], .checksumMismatch),
            (4, [lines[2]], .sequenceNotIncreasing(previous: 3, found: 3)),
            (4, [], .sequenceGap(expected: 4, found: 5)),
            (4, [lines[4], lines[3]], .sequenceGap(expected: 4, found: 5)),
        ]
        let original = lines
        for (lineNumber, replacement, expectedProblem) in variants {
            lines = original
            lines.replaceSubrange((lineNumber - 1)..<lineNumber, with: replacement)
            if replacement.count == 2 { lines.remove(at: lineNumber + 1) }
            let damaged = Array(lines.joined(separator: "\n").utf8)
            try Data(damaged).write(to: url)
            let attempts: [() throws -> Void] = [
                { _ = try AnswerJournal(fileURL: url, deviceID: JournalFixtures.device) },
                { _ = try JournalReader.read(contentsOf: url) },
            ]
            for attempt in attempts {
                XCTAssertThrowsError(try attempt(), "line \(lineNumber) damage was accepted") { error in
                    guard case .corruptLine(let line, let problem)? = error as? JournalError else {
                        return XCTFail("\(error)")
                    }
                    XCTAssertEqual(line, lineNumber)
                    if let expectedProblem { XCTAssertEqual(problem, expectedProblem) }
                    let message = JournalError.corruptLine(line: line, problem: problem)
                    XCTAssertTrue(message.message(language: "fr").contains("ligne \(lineNumber)"))
                    XCTAssertTrue(message.message(language: "en").contains("line \(lineNumber)"))
                }
                XCTAssertEqual(try JournalFixtures.bytes(of: url), damaged, "file untouched")
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + ".torn"))
        }
    }

    func testAJournalOfAnotherDeviceOrANewerFormatIsRefused() throws {
        let (url, _) = try JournalFixtures.writeJournal(in: directory, answers: 2)
        XCTAssertThrowsError(try AnswerJournal(fileURL: url, deviceID: JournalFixtures.otherDevice)) { error in
            XCTAssertEqual(error as? JournalError, .wrongDevice(journal: JournalFixtures.device, requested: JournalFixtures.otherDevice))
        }
        var lines = String(decoding: try JournalFixtures.bytes(of: url), as: UTF8.self).split(separator: "\n").map(String.init)
        var header = Array("1\tJ\toctant-journal=3\tdevice=tab-07".utf8)
        header += Array(String(format: "\t%08x", CRC32C.checksum(header)).utf8)
        lines[0] = String(decoding: header, as: UTF8.self)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        XCTAssertThrowsError(try JournalReader.read(contentsOf: url)) { error in
            XCTAssertEqual(error as? JournalError, .corruptLine(line: 1, problem: .unsupportedFormatVersion(3)))
        }
    }

    func testACompleteLastLineOfAnUnknownKindIsRefusedNotCutAway() throws {
        let (url, events) = try JournalFixtures.writeJournal(in: directory, answers: 2)
        var text = String(decoding: try JournalFixtures.bytes(of: url), as: UTF8.self)
        var line = Array("\(events.count + 2)\tZ\t2\t0".utf8)
        line += Array(String(format: "\t%08x", CRC32C.checksum(line)).utf8)
        text += String(decoding: line, as: UTF8.self) + "\n"
        try Data(text.utf8).write(to: url)
        XCTAssertThrowsError(try AnswerJournal(fileURL: url, deviceID: JournalFixtures.device)) { error in
            XCTAssertEqual(error as? JournalError, .corruptLine(line: events.count + 2, problem: .malformed("kind")))
        }
        XCTAssertEqual(try JournalFixtures.bytes(of: url), Array(text.utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + ".torn"))
    }

    func testASecondWriterIsRefusedUntilTheFirstCloses() throws {
        let first = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        XCTAssertThrowsError(try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)) { error in
            XCTAssertEqual(error as? JournalError, .lockedByAnotherWriter)
            let french = (error as! JournalError).message(language: "fr")
            let english = (error as! JournalError).message(language: "en")
            XCTAssertTrue(french.contains("déjà ouvert"), french)
            XCTAssertTrue(english.contains("already open"), english)
        }
        // Reading needs no lock.
        XCTAssertEqual(try JournalReader.read(contentsOf: first.fileURL).events, [])
        first.close()
        XCTAssertNoThrow(try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device))
    }

    func testAJournalOfAnotherDeviceIsRefused() throws {
        let (url, _) = try JournalFixtures.writeJournal(in: directory, answers: 1)
        XCTAssertThrowsError(try AnswerJournal(fileURL: url, deviceID: JournalFixtures.otherDevice)) { error in
            XCTAssertEqual(error as? JournalError,
                           .wrongDevice(journal: JournalFixtures.device, requested: JournalFixtures.otherDevice))
        }
    }

    func testEveryErrorHasAFrenchAndAnEnglishMessage() {
        let errors: [JournalError] = [
            .diskFull, .writeFailed(errno: 5), .syncFailed(errno: 5), .unusableAfterFailure, .lockedByAnotherWriter,
            .cannotCreateDirectory(errno: 13), .cannotOpen(errno: 13), .cannotRead(errno: 5),
            .corruptLine(line: 3, problem: .notJSON), .wrongDevice(journal: JournalFixtures.device, requested: JournalFixtures.otherDevice),
            .unencodableEvent("NaN"), .unknownSession(code: "ABCD1234"), .sessionEnded(code: "ABCD1234", status: .completed),
            .differentQuestionnaire(code: "ABCD1234", sessionQuestionnaire: "a", currentQuestionnaire: "b"),
            .questionnaireVersionChanged(code: "ABCD1234", sessionVersion: "1", currentVersion: "2"), .closed,
        ]
        for error in errors {
            let french = error.message(language: "fr"), english = error.message(language: "en")
            XCTAssertFalse(french.isEmpty)
            XCTAssertFalse(english.isEmpty)
            XCTAssertNotEqual(french, english, "\(error)")
            XCTAssertEqual(error.localizedDescription, english)
        }
        XCTAssertTrue(JournalError.diskFull.message(language: "fr").contains("disque est plein"))
        XCTAssertTrue(JournalError.diskFull.message(language: "en").contains("disk is full"))
    }

    func testAppendingAfterCloseIsRefused() throws {
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        journal.close()
        XCTAssertThrowsError(try journal.append(.paused, session: .random(), questionnaire: JournalFixtures.questionnaire)) {
            XCTAssertEqual($0 as? JournalError, .closed)
        }
    }
}
