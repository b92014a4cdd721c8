import Foundation
import Questionnaire
import Responses
import XCTest

final class JournalRoundTripTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try JournalFixtures.scratchDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testEveryEventKindRoundTripsThroughTheFileWithIncreasingSequences() throws {
        let session = SessionID.random()
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        var written: [JournalEvent] = []
        for (index, kind) in JournalFixtures.everyKind.enumerated() {
            written.append(try journal.append(kind, session: session, questionnaire: JournalFixtures.questionnaire,
                                              at: JournalFixtures.time(Int64(index) * 1001)))
        }
        journal.close()
        // Line 1 is the file's header.
        XCTAssertEqual(written.map(\.sequence), Array(2...UInt64(JournalFixtures.everyKind.count + 1)))
        let contents = try JournalReader.read(contentsOf: directory.appendingPathComponent("journal-tab-07.ojl"))
        XCTAssertNil(contents.tornTail)
        XCTAssertEqual(contents.events, written)
        XCTAssertEqual(contents.events.map(\.kind), JournalFixtures.everyKind)

        // Reopening continues the sequence where it stopped.
        let reopened = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        XCTAssertNil(reopened.recovery)
        // Every session has ended: the index lets the journal open without reading any of them again.
        XCTAssertEqual(reopened.eventCount, 0)
        XCTAssertTrue(reopened.sessions.isEmpty)
        try FileManager.default.removeItem(at: URL(fileURLWithPath: reopened.fileURL.path + ".index"))
        reopened.close()
        let rebuilt = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        XCTAssertEqual(rebuilt.eventCount, written.count, "without its index the whole journal is read")
        rebuilt.close()
        let reopened2 = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        XCTAssertEqual(reopened2.eventCount, 0, "and the index is written again")
        reopened2.close()
        let again = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        let next = try again.append(.paused, session: .random(), questionnaire: JournalFixtures.questionnaire)
        XCTAssertEqual(next.sequence, UInt64(written.count + 3), "after a bind line for the new session")
    }

    func testLinesUseTheDocumentedStableForm() throws {
        let session = SessionID(high: 0x0123_4567_89ab_cdef, low: 0xfedc_ba98_7654_3210)
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        try journal.append(.answered(item: "q4", answer: .value(.number(Decimal(string: "12.5")!))), session: session,
                           questionnaire: JournalFixtures.questionnaire,
                           at: JournalTimestamp(iso8601: "2026-11-23T09:05:03.042Z")!)
        journal.close()
        let text = String(decoding: try JournalFixtures.bytes(of: journal.fileURL), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        // The header, a bind line (the session started in no line of this file), the answer.
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("1\tJ\toctant-journal=2\tdevice=tab-07\t"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("2\tB\tsession=0123456789abcdeffedcba9876543210\tat=2026-11-23T09:05:03.042Z\tsurvey=inclusion-numerique\tversion=2\tsha256=\(JournalFixtures.questionnaire.sourceHash)\t"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("3\tA\t2\t0\tq4\tn=12.5\t"), lines[2])
        for line in lines {
            let crc = line.suffix(8), body = line.dropLast(9)
            XCTAssertEqual(String(crc), String(format: "%08x", CRC32C.checksum(Array(body.utf8))), line)
        }
        XCTAssertLessThan(lines[2].utf8.count, 40, "an answer line is short")
        XCTAssertFalse(text.contains(directory.path), "no absolute path in events")
    }

    func testAnswerEncodingsAreExplicit() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json(_ answer: JournalAnswer) throws -> String { String(decoding: try encoder.encode(answer), as: UTF8.self) }
        XCTAssertEqual(try json(.value(.scalePoint(6))), #"{"point":6}"#)
        XCTAssertEqual(try json(.value(.choice("oui"))), #"{"choice":"oui"}"#)
        XCTAssertEqual(try json(.value(.choice("autre", other: "x"))), #"{"choice":"autre","other":"x"}"#)
        XCTAssertEqual(try json(.value(.choices(["a", "b"]))), #"{"choices":["a","b"]}"#)
        XCTAssertEqual(try json(.value(.number(Decimal(string: "-0.25")!))), #"{"number":"-0.25"}"#)
        XCTAssertEqual(try json(.value(.text("t"))), #"{"text":"t"}"#)
        XCTAssertEqual(try json(.value(.escape("nsp"))), #"{"escape":"nsp"}"#)
        XCTAssertEqual(try json(.skipped), #"{"skipped":true}"#)
        for bad in [#"{"number":"1e5"}"#, #"{"number":"12,5"}"#, #"{"number":12.5}"#, #"{"point":1,"text":"x"}"#,
                    #"{"text":"x","other":"y"}"#, #"{"skipped":false}"#, "{}"] {
            XCTAssertThrowsError(try JSONDecoder().decode(JournalAnswer.self, from: Data(bad.utf8)), bad)
        }
    }

    func testANumberThatIsNotFiniteIsRefusedWithoutPoisoningTheJournal() throws {
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        let state = try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start)
        XCTAssertThrowsError(try journal.record(.value(.number(Decimal.nan)), item: "q1", session: state.sessionID)) {
            guard case JournalError.unencodableEvent = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try journal.record(.value(.number(3)), item: "q1", session: state.sessionID).sequence, 3)
    }

    func testFileIsPrivateAndDirectoryToo() throws {
        let dataDirectory = directory.appendingPathComponent("data/site-a")
        let journal = try AnswerJournal(dataDirectory: dataDirectory, deviceID: JournalFixtures.device)
        try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start)
        XCTAssertEqual(journal.fileURL.lastPathComponent, "journal-tab-07.ojl")
        XCTAssertEqual(try JournalFixtures.permissions(of: journal.fileURL), 0o600)
        XCTAssertEqual(try JournalFixtures.permissions(of: dataDirectory), 0o700)
        XCTAssertEqual(try JournalFixtures.permissions(of: directory.appendingPathComponent("data")), 0o700)
    }

    func testTimestampsAreISO8601WithMilliseconds() {
        let cases: [(Int64, String)] = [(0, "1970-01-01T00:00:00.000Z"), (951_782_400_123, "2000-02-29T00:00:00.123Z"),
                                        (1_795_000_000_999, "2026-11-18T11:06:40.999Z"),
                                        (-1, "1969-12-31T23:59:59.999Z"), (4_107_542_399_000, "2100-02-28T23:59:59.000Z")]
        for (milliseconds, text) in cases {
            XCTAssertEqual(JournalTimestamp(millisecondsSinceEpoch: milliseconds).iso8601, text)
            XCTAssertEqual(JournalTimestamp(iso8601: text)?.millisecondsSinceEpoch, milliseconds)
        }
        for bad in ["2026-02-29T00:00:00.000Z", "2026-11-23T24:00:00.000Z", "2026-11-23T12:00:00Z",
                    "2026-11-23T12:00:00.000+01:00", "2026-13-01T00:00:00.000Z"] {
            XCTAssertNil(JournalTimestamp(iso8601: bad), bad)
        }
    }

    func testSessionIdentifiersAndCodes() {
        let first = SessionID.random(), second = SessionID.random()
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(SessionID(hex: first.hex), first)
        XCTAssertEqual(first.hex.count, 32)
        XCTAssertNil(SessionID(hex: "0123"))
        XCTAssertNil(SessionID(hex: String(repeating: "G", count: 32)))
        XCTAssertEqual(first.code.count, 8)
        XCTAssertTrue(first.code.allSatisfy { "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains($0) })
        XCTAssertEqual(SessionID(high: 0, low: 0).code, "00000000")
        XCTAssertEqual(SessionID(high: UInt64.max, low: 0).code, "ZZZZZZZZ")
        XCTAssertNil(DeviceID("../etc"))
        XCTAssertNil(DeviceID(""))
        XCTAssertNotNil(DeviceID("Laptop_3-b"))
    }
}
