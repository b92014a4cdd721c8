import Foundation
import Questionnaire
import Responses
import XCTest

final class JournalMergeTests: XCTestCase {
    private func events(device: DeviceID, session: SessionID, answers: [Int], from sequence: UInt64 = 1) -> [JournalEvent] {
        var kinds: [JournalEventKind] = [.sessionStarted(JournalFixtures.start)]
        kinds += answers.enumerated().map { .answered(item: "q\($0.offset + 1)", answer: .value(.scalePoint($0.element))) }
        return kinds.enumerated().map { index, kind in
            JournalEvent(sequence: sequence + UInt64(index), sessionID: session, deviceID: device,
                         questionnaire: JournalFixtures.questionnaire, timestamp: JournalFixtures.time(Int64(index)), kind: kind)
        }
    }

    func testMergingTheSameJournalTwiceAddsNothing() {
        let laptopA = events(device: JournalFixtures.device, session: .random(), answers: [1, 2, 3])
        let laptopB = events(device: JournalFixtures.otherDevice, session: .random(), answers: [8, 7])
        let once = JournalMerge(journals: [laptopA, laptopB])
        var twice = JournalMerge(journals: [laptopA, laptopB, laptopA])
        twice.add(laptopB)
        XCTAssertEqual(once.events.count, laptopA.count + laptopB.count)
        XCTAssertEqual(twice.events, once.events)
        XCTAssertEqual(twice.duplicateCount, laptopA.count + laptopB.count)
        XCTAssertEqual(once.duplicateCount, 0)
        XCTAssertEqual(twice.conflicts, [])
        XCTAssertEqual(twice.sessions.count, 2)
        XCTAssertEqual(JournalMerge(journals: [laptopB, laptopA]).events, once.events, "order of journals does not matter")
    }

    func testASessionWithDifferentContentOnTwoDevicesIsAConflict() {
        let shared = SessionID.random()
        let laptopA = events(device: JournalFixtures.device, session: shared, answers: [1, 2])
        let laptopB = events(device: JournalFixtures.otherDevice, session: shared, answers: [1, 5])
        let merge = JournalMerge(journals: [laptopA, laptopB])
        XCTAssertEqual(merge.conflicts, [.sessionOnSeveralDevices(session: shared,
                                                                  devices: [JournalFixtures.device, JournalFixtures.otherDevice])])
        XCTAssertEqual(merge.events.count, laptopA.count + laptopB.count, "both versions are kept")
    }

    func testTwoDifferentEventsAtTheSamePlaceAreAConflictAndBothKept() {
        let session = SessionID.random()
        let original = events(device: JournalFixtures.device, session: session, answers: [1, 2])
        var altered = original
        altered[2].kind = .answered(item: "q2", answer: .value(.scalePoint(6)))
        let merge = JournalMerge(journals: [original, altered])
        XCTAssertEqual(merge.conflicts, [.sameSequenceDifferentContent(device: JournalFixtures.device, sequence: 3)])
        XCTAssertEqual(merge.events.count, original.count + 1)
        XCTAssertEqual(merge.duplicateCount, 2)
    }

    func testMergedJournalsReadFromFiles() throws {
        let directory = try JournalFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (url, written) = try JournalFixtures.writeJournal(in: directory, answers: 4)
        let read = try JournalReader.read(contentsOf: url).events
        let merge = JournalMerge(journals: [read, read, written])
        XCTAssertEqual(merge.events, written)
        XCTAssertEqual(merge.sessions.first?.answers.count, 4)
    }
}
