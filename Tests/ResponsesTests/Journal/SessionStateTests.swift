import Foundation
import Questionnaire
import Responses
import XCTest

final class SessionStateTests: XCTestCase {
    private var directory: URL!
    private var journal: AnswerJournal!

    override func setUpWithError() throws {
        directory = try JournalFixtures.scratchDirectory()
        journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
    }

    override func tearDownWithError() throws {
        journal.close()
        try? FileManager.default.removeItem(at: directory)
    }

    func testLatestAnswerWinsAndNotAskedClears() throws {
        let id = try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start,
                                          at: JournalFixtures.time(5)).sessionID
        let first = try journal.record(.value(.scalePoint(3)), item: "q1", session: id)
        let second = try journal.record(.value(.scalePoint(5)), item: "q1", session: id)
        XCTAssertEqual(first.kind, .answered(item: "q1", answer: .value(.scalePoint(3))))
        XCTAssertEqual(second.kind, .corrected(item: "q1", answer: .value(.scalePoint(5))), "never edited in place")
        try journal.record(.skipped, item: "q2", session: id)
        try journal.record(.value(.choice("oui")), item: "q3", session: id)
        try journal.confirmWarning("peu-probable", item: "q3", session: id)
        try journal.clearNotAsked(item: "q3", session: id)
        try journal.pause(session: id)

        for state in [journal.sessions[id]!, SessionState.fold(try JournalReader.read(contentsOf: journal.fileURL).events)[0]] {
            XCTAssertEqual(state.answers, ["q1": .value(.scalePoint(5)), "q2": .skipped])
            XCTAssertEqual(state.notAsked, ["q3"])
            XCTAssertEqual(state.confirmedWarnings, [:])
            XCTAssertEqual(state.status, .paused)
            XCTAssertEqual(state.presentedOrder, ["q1", "q2", "q3", "q4"])
            XCTAssertEqual(state.seed, 18_446_744_073_709_551_557)
            XCTAssertEqual(state.wave, "T0")
            XCTAssertEqual(state.start?.participantCode, "P-0042")
            XCTAssertEqual(state.startedAt, JournalFixtures.time(5))
            XCTAssertEqual(state.progress, SessionProgress(answeredCount: 2, notAskedCount: 1, presentedCount: 4))
            XCTAssertEqual(state.firstUnansweredItem, "q4")
            XCTAssertTrue(state.isResumable)
        }
        // Answering the hidden item again (the earlier answer changed back) brings it back.
        try journal.resume(session: id, with: JournalFixtures.questionnaire)
        try journal.record(.value(.choice("non")), item: "q3", session: id)
        XCTAssertEqual(journal.sessions[id]!.answers["q3"], .value(.choice("non")))
        XCTAssertEqual(journal.sessions[id]!.notAsked, [])
        XCTAssertEqual(journal.sessions[id]!.status, .inProgress)
    }

    func testCompletedAndAbandonedSessionsAreNotResumable() throws {
        let questionnaire = JournalFixtures.questionnaire
        let done = try journal.startSession(questionnaire: questionnaire, start: JournalFixtures.start).sessionID
        let dropped = try journal.startSession(questionnaire: questionnaire, start: JournalFixtures.start).sessionID
        let open = try journal.startSession(questionnaire: questionnaire, start: JournalFixtures.start).sessionID
        try journal.complete(session: done)
        try journal.abandon(session: dropped)
        XCTAssertEqual(journal.sessions[done]?.status, .completed)
        XCTAssertEqual(journal.sessions[dropped]?.status, .abandoned)
        XCTAssertEqual(journal.resumableSessions.map(\.sessionID), [open])
        XCTAssertEqual(journal.session(code: open.code.lowercased())?.sessionID, open)
        for ended in [done, dropped] {
            XCTAssertThrowsError(try journal.resume(session: ended, with: questionnaire)) { error in
                guard case JournalError.sessionEnded = error else { return XCTFail("\(error)") }
            }
            XCTAssertThrowsError(try journal.record(.skipped, item: "q1", session: ended))
        }
        XCTAssertThrowsError(try journal.record(.skipped, item: "q1", session: .random())) { error in
            guard case JournalError.unknownSession = error else { return XCTFail("\(error)") }
        }
        // A raw "resumed" after completion does not reopen the session.
        try journal.append(.resumed, session: done, questionnaire: questionnaire)
        XCTAssertFalse(journal.sessions[done]!.isResumable)
        XCTAssertEqual(journal.sessions[done]!.status, .completed)
    }

    func testResumingWithAnotherVersionNeedsTheSameSource() throws {
        let source = "questionnaire inclusion-numerique v2\n"
        let started = QuestionnaireIdentity(id: "inclusion-numerique", version: "2", sourceText: source)
        let id = try journal.startSession(questionnaire: started, start: JournalFixtures.start).sessionID
        let state = journal.sessions[id]!

        XCTAssertEqual(try state.checkResume(with: started), .sameQuestionnaire)
        let relabelled = QuestionnaireIdentity(id: "inclusion-numerique", version: "2.0.1", sourceText: source)
        XCTAssertEqual(try state.checkResume(with: relabelled), .sameSourceNewVersion)
        let edited = QuestionnaireIdentity(id: "inclusion-numerique", version: "2", sourceText: source + "# typo\n")
        XCTAssertEqual(try state.checkResume(with: edited), .sameVersionEditedSource)
        let newVersion = QuestionnaireIdentity(id: "inclusion-numerique", version: "3", sourceText: source + "q5\n")
        XCTAssertThrowsError(try state.checkResume(with: newVersion)) { error in
            XCTAssertEqual(error as? JournalError,
                           .questionnaireVersionChanged(code: id.code, sessionVersion: "2", currentVersion: "3"))
            XCTAssertTrue((error as! JournalError).message(language: "fr").contains("version 2"))
        }
        let other = QuestionnaireIdentity(id: "autre", version: "2", sourceText: source)
        XCTAssertThrowsError(try state.checkResume(with: other)) { error in
            guard case JournalError.differentQuestionnaire = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try journal.resume(session: id, with: newVersion))
        XCTAssertEqual(journal.eventCount, 1, "a refused resume writes nothing")

        // Resuming with the relabelled version moves the session onto it.
        XCTAssertEqual(try journal.resume(session: id, with: relabelled), .sameSourceNewVersion)
        let answer = try journal.record(.value(.scalePoint(2)), item: "q1", session: id)
        XCTAssertEqual(answer.questionnaire, relabelled)
    }

    func testFoldingKeepsSessionsApartInOrderOfAppearance() throws {
        let a = try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start).sessionID
        let b = try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start).sessionID
        try journal.record(.value(.scalePoint(1)), item: "q1", session: b)
        try journal.record(.value(.scalePoint(8)), item: "q1", session: a)
        let states = SessionState.fold(try JournalReader.read(contentsOf: journal.fileURL).events)
        XCTAssertEqual(states.map(\.sessionID), [a, b])
        XCTAssertEqual(states[0].answers["q1"], .value(.scalePoint(8)))
        XCTAssertEqual(states[1].answers["q1"], .value(.scalePoint(1)))
        XCTAssertEqual(states[0].devices, [JournalFixtures.device])
    }
}
