import Foundation
import Responses
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class JournalWriteFailureTests: XCTestCase {
    #if os(Linux)
    /// A file-size limit makes `write` stop mid-line, as a full disk does: the caller gets a typed error, the partial line
    /// is cut, and the journal refuses further appends instead of retrying silently.
    func testAFailedWriteThrowsCutsThePartialLineAndPoisonsTheJournal() throws {
        let directory = try JournalFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        let state = try journal.startSession(questionnaire: JournalFixtures.questionnaire, start: JournalFixtures.start)
        let before = try JournalFixtures.bytes(of: journal.fileURL)

        var saved = rlimit()
        XCTAssertEqual(getrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved), 0)
        let previousHandler = signal(SIGXFSZ, SIG_IGN)
        var limited = saved
        limited.rlim_cur = rlim_t(before.count + 40)
        XCTAssertEqual(setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limited), 0)
        let result = Result { try journal.record(.value(.text(String(repeating: "x", count: 200))), item: "q1",
                                                 session: state.sessionID) }
        XCTAssertEqual(setrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved), 0)
        signal(SIGXFSZ, previousHandler)

        XCTAssertThrowsError(try result.get()) { error in
            XCTAssertEqual(error as? JournalError, .writeFailed(errno: EFBIG))
        }
        XCTAssertEqual(try JournalFixtures.bytes(of: journal.fileURL), before, "partial line cut")
        XCTAssertThrowsError(try journal.record(.value(.scalePoint(1)), item: "q1", session: state.sessionID)) { error in
            XCTAssertEqual(error as? JournalError, .unusableAfterFailure)
        }
        journal.close()
        let reopened = try AnswerJournal(dataDirectory: directory, deviceID: JournalFixtures.device)
        XCTAssertNil(reopened.recovery)
        XCTAssertEqual(try reopened.record(.value(.scalePoint(1)), item: "q1", session: state.sessionID).sequence, 3, "after the header and the start")
    }
    #endif
}
