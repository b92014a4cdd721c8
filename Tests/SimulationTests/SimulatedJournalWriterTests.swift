import Foundation
import Questionnaire
@testable import Responses
import XCTest
@testable import Simulation

/// The bulk writer writes what `AnswerJournal` would, byte for byte, and `JournalReader` reads it back.
final class SimulatedJournalWriterTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try SimulationFixtures.scratchDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static let identity = QuestionnaireIdentity(id: "essai", version: "2", sourceText: "survey essai version 2\n")

    /// A session with every kind of answer and awkward text.
    static var awkwardSession: SimulatedSession {
        let start = SessionStart(presentedOrder: ["q1", "q/2", "q\"3"], seed: 18_446_744_073_709_551_615, wave: "T0",
                                 mode: .selfAdministered, language: "fr", mediatorEntersAnswers: false, participantCode: "AB123")
        func t(_ ms: Int64) -> JournalTimestamp { JournalTimestamp(millisecondsSinceEpoch: 1_767_600_000_000 + ms) }
        let answers: [JournalAnswer] = [
            .value(.scalePoint(8)), .value(.choice("oui")), .value(.choice("autre", other: "la « médiathèque »\n2e étage\t/ \\ \u{01}")),
            .value(.choices(["a", "b"])), .value(.choices([], other: nil)), .value(.choices(["autre"], other: "x")),
            .value(.number(Decimal(string: "-12.5")!)), .value(.number(42)), .value(.text("J'ai dit \"non\" 📷")),
            .value(.escape("nsp")), .skipped,
        ]
        var events: [(SimulatedSession.Event, JournalTimestamp)] = answers.enumerated().map {
            (.answer(item: "q\($0.offset)", answer: $0.element), t(Int64($0.offset) * 1_234))
        }
        events.append((.warningConfirmed(item: "q6", warning: "q6#1"), t(99_999)))
        return SimulatedSession(id: SessionID(high: 0x0123_4567_89ab_cdef, low: 42), start: start, startedAt: t(0),
                                events: events, completedAt: t(86_400_000 * 400 + 7))
    }

    func testLinesAreByteForByteWhatTheJournalCodecWrites() throws {
        let writer = try SimulatedJournalWriter(dataDirectory: directory, deviceID: SyntheticData.deviceID(seed: 9),
                                                questionnaire: Self.identity)
        try writer.write(Self.awkwardSession)
        try writer.finish()
        let contents = try JournalReader.read(contentsOf: writer.fileURL)
        XCTAssertNil(contents.tornTail)
        XCTAssertEqual(contents.events.count, Self.awkwardSession.events.count + 2)
        var encoder = JournalEncoder(device: SyntheticData.deviceID(seed: 9))
        let expected = try encoder.headerLine() + contents.events.flatMap { try encoder.lines(for: $0).bytes }
        XCTAssertEqual(String(decoding: try Data(contentsOf: writer.fileURL), as: UTF8.self), String(decoding: expected, as: UTF8.self))
        let state = try XCTUnwrap(SessionState.fold(contents.events).first)
        XCTAssertEqual(state.status, .completed)
        XCTAssertEqual(state.start, Self.awkwardSession.start)
        XCTAssertEqual(state.answers["q2"], .value(.choice("autre", other: "la « médiathèque »\n2e étage\t/ \\ \u{01}")))
        XCTAssertEqual(state.confirmedWarnings["q6"], ["q6#1"])
        XCTAssertEqual(contents.events.map(\.sequence), Array(2...UInt64(contents.events.count + 1)), "after the header line")
    }

    func testJournalReadsBackWithAnswerJournalAndIsPrivate() throws {
        let survey = try SimulationFixtures.survey("esc-professionnels")
        let simulator = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 25, seed: 77))
        let writer = try simulator.write(to: directory.appendingPathComponent("data"))
        XCTAssertEqual(writer.fileURL.lastPathComponent, "journal-synthetic-77.ojl")
        let mode = (try FileManager.default.attributesOfItem(atPath: writer.fileURL.path)[.posixPermissions] as! NSNumber).intValue
        XCTAssertEqual(mode & 0o777, 0o600)
        let contents = try JournalReader.read(contentsOf: writer.fileURL)
        let states = SessionState.fold(contents.events)
        XCTAssertEqual(states.count, 25)
        XCTAssertTrue(states.allSatisfy { $0.status == .completed && $0.devices.allSatisfy(SyntheticData.isSynthetic) })
        XCTAssertEqual(states.map(\.answers), try simulator.sessions().map(\.answers))
        // The collection journal opens it as its own (same format, valid sequence), and could append after it.
        let journal = try AnswerJournal(dataDirectory: directory.appendingPathComponent("data"), deviceID: writer.deviceID)
        XCTAssertEqual(journal.eventCount, writer.eventCount)
        XCTAssertNil(journal.recovery)
        journal.close()
    }

    /// Batches generated and encoded on several cores give the bytes of writing the sessions one by one.
    func testParallelBatchesWriteTheSameBytesAsOneByOne() throws {
        let survey = try SimulationFixtures.survey("accompagnement-impact")
        let simulator = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 45, seed: 6))
        let sequential = try SimulatedJournalWriter(dataDirectory: directory.appendingPathComponent("a"),
                                                    deviceID: simulator.deviceID, questionnaire: simulator.identity)
        for index in 0..<45 { try sequential.write(simulator.session(index: index)) }
        try sequential.finish()
        let parallel = try SimulatedJournalWriter(dataDirectory: directory.appendingPathComponent("b"),
                                                  deviceID: simulator.deviceID, questionnaire: simulator.identity)
        try parallel.write(sessionsOf: 45, batch: 4) { simulator.session(index: $0) }
        try parallel.finish()
        XCTAssertEqual(try Data(contentsOf: sequential.fileURL), try Data(contentsOf: parallel.fileURL))
        XCTAssertEqual(parallel.sessionCount, 45)
        XCTAssertEqual(parallel.eventCount, sequential.eventCount)
    }

    func testRefusesAJournalThatAlreadyHoldsEvents() throws {
        let device = SyntheticData.deviceID(seed: 1)
        let first = try SimulatedJournalWriter(dataDirectory: directory, deviceID: device, questionnaire: Self.identity)
        try first.write(Self.awkwardSession)
        try first.finish()
        XCTAssertThrowsError(try SimulatedJournalWriter(dataDirectory: directory, deviceID: device, questionnaire: Self.identity)) {
            guard case .journalNotEmpty? = $0 as? SimulationError else { return XCTFail("\($0)") }
        }
    }
}
