import Foundation
import Questionnaire
import Responses
import XCTest

/// Journals written by the version 1 format (Tests/ResponsesTests/Fixtures/v1, written by the build before version 2)
/// load forever, and load as they did.
final class LegacyJournalTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/v1")
    static let repository = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testASimulatedV1JournalExportsExactlyAsTheBuildThatWroteIt() throws {
        let (_, parsed) = try QuestionnaireParser.parse(contentsOf: Self.repository.appendingPathComponent("Questionnaires/accompagnement-impact.survey"))
        let codebook = Codebook(parsed.survey)
        let (dataset, report) = try Dataset.load(journals: [Self.fixtures.appendingPathComponent("journal-synthetic-11.jsonl")],
                                                 codebook: codebook)
        XCTAssertEqual(report.conflicts, [])
        XCTAssertEqual(report.tornTails, [:])
        let exported = DatasetExport.csv(dataset, options: ExportOptions(format: .standard, labels: false, includeText: true, language: "en"))
        let expected = try Data(contentsOf: Self.fixtures.appendingPathComponent("journal-synthetic-11.expected.csv"))
        XCTAssertEqual(String(decoding: exported, as: UTF8.self), String(decoding: expected, as: UTF8.self))
    }

    func testEveryEventKindOfAV1JournalReadsBack() throws {
        let contents = try JournalReader.read(contentsOf: Self.fixtures.appendingPathComponent("journal-tab-07.jsonl"))
        XCTAssertNil(contents.tornTail)
        XCTAssertEqual(contents.format, .json)
        // Version 1 never recorded the easy-to-read wording: its sessions read back without it.
        let expected = JournalFixtures.everyKind.map { kind -> JournalEventKind in
            guard case .sessionStarted(var start) = kind else { return kind }
            start.easy = false
            return .sessionStarted(start)
        }
        XCTAssertEqual(contents.events.map(\.kind), expected)
        XCTAssertEqual(contents.events.map(\.sequence), Array(1...UInt64(JournalFixtures.everyKind.count)))
    }

    /// A device upgraded from the version 1 build: its old journal is read (to resume a session), never written; new
    /// events go to its version 2 journal, and reports see both.
    func testAnUpgradedDeviceKeepsItsV1JournalAndWritesV2() throws {
        let directory = try JournalFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let legacy = directory.appendingPathComponent("journal-tab-07.jsonl")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("journal-tab-07.jsonl"), to: legacy)
        let before = try Data(contentsOf: legacy)
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        let state = try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start)
        try journal.record(.value(.scalePoint(2)), item: "q1", session: state.sessionID)
        journal.close()
        XCTAssertEqual(try Data(contentsOf: legacy), before, "the version 1 journal is never written")
        let files = JournalFiles.list(in: directory)!.map(\.lastPathComponent)
        XCTAssertEqual(files, ["journal-tab-07.jsonl", "journal-tab-07.ojl"])
        var merge = JournalMerge()
        for url in JournalFiles.list(in: directory)! { merge.add(try JournalReader.read(contentsOf: url).events) }
        XCTAssertEqual(merge.conflicts, [], "the two journals of one device number their lines apart")
        XCTAssertEqual(merge.sessions.count, 3)
    }
}
