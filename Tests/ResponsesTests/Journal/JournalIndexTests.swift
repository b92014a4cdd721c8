import Foundation
import Responses
import XCTest

/// Start-up does not read the device's history: the index says where the open sessions start, and is ignored whenever
/// it does not describe the journal as it is.
final class JournalIndexTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try JournalFixtures.scratchDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// 200 finished sessions, one paused in the middle of them, one in progress at the end.
    private func journalWithHistory() throws -> (paused: SessionID, open: SessionID) {
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        defer { journal.close() }
        var paused = SessionID.random()
        for index in 0..<200 {
            let state = try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start)
            try journal.record(.value(.scalePoint(index % 8 + 1)), item: "q1", session: state.sessionID)
            if index == 100 { paused = state.sessionID; try journal.pause(session: state.sessionID); continue }
            try journal.complete(session: state.sessionID)
        }
        let open = try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start)
        try journal.record(.value(.scalePoint(3)), item: "q2", session: open.sessionID)
        return (paused, open.sessionID)
    }

    private var indexURL: URL { directory.appendingPathComponent("journal-tab-07.ojl.index") }

    func testOpeningReadsFromTheOldestOpenSessionOnly() throws {
        let (paused, open) = try journalWithHistory()
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        XCTAssertLessThan(journal.eventCount, 400, "only the lines from the paused session on")
        XCTAssertEqual(Set(journal.resumableSessions.map(\.sessionID)), [paused, open])
        XCTAssertEqual(journal.sessions[open]?.answers["q2"], .value(.scalePoint(3)))
        // The numbering continues, and what is written reads back whole.
        try journal.record(.value(.scalePoint(4)), item: "q3", session: open)
        try journal.complete(session: open)
        journal.close()
        let all = try JournalReader.read(contentsOf: journal.fileURL).events
        XCTAssertEqual(all.map(\.sequence), Array(2...UInt64(all.count + 1)))
        XCTAssertEqual(SessionState.fold(all).filter(\.isResumable).map(\.sessionID), [paused])
    }

    func testAnIndexThatDoesNotMatchTheJournalIsIgnoredAndRebuilt() throws {
        let (paused, open) = try journalWithHistory()
        let good = try Data(contentsOf: indexURL)
        let text = String(decoding: good, as: UTF8.self)
        let damaged: [String] = [
            "",                                                               // empty
            String(text.dropLast(5)),                                         // torn
            text.replacingOccurrences(of: "covered=", with: "covered=1"),    // CRC no longer matches
            "garbage\n",
        ]
        for bad in damaged {
            try Data(bad.utf8).write(to: indexURL)
            let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
            XCTAssertEqual(Set(journal.resumableSessions.map(\.sessionID)), [paused, open], bad)
            XCTAssertGreaterThan(journal.eventCount, 600, "the whole journal was read")
            journal.close()
            let size = try FileManager.default.attributesOfItem(atPath: journal.fileURL.path)[.size] as! Int
            let rebuilt = String(decoding: try Data(contentsOf: indexURL), as: UTF8.self)
            XCTAssertTrue(rebuilt.contains("\tcovered=\(size)\t"), "and the index written again, up to the end: \(rebuilt)")
        }
        // A journal edited under a valid index: the line that ends the index's prefix no longer matches.
        var lines = try String(contentsOf: directory.appendingPathComponent("journal-tab-07.ojl"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast(2)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("journal-tab-07.ojl"))
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        XCTAssertEqual(Set(journal.resumableSessions.map(\.sessionID)), [paused, open])
        XCTAssertNil(journal.sessions[open]?.answers["q2"], "its last line was cut, and the index no longer vouches for it")
    }

    func testTheIndexIsPrivateAndNeverTakenForAJournal() throws {
        _ = try journalWithHistory()
        XCTAssertEqual(try JournalFixtures.permissions(of: indexURL), 0o600)
        XCTAssertEqual(JournalFiles.list(in: directory)?.map(\.lastPathComponent), ["journal-tab-07.ojl"])
    }
}
