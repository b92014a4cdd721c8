import Foundation
import Questionnaire
@testable import Responses
import XCTest

/// A large journal's ended sessions are read from a derived snapshot, which must give exactly what the journal gives,
/// follow it as it grows, and be set aside as soon as it no longer matches it.
final class JournalSnapshotTests: XCTestCase {
    private var directory: URL!
    private var journalURL: URL { directory.appendingPathComponent("journal-portable-1.ojl") }

    override func setUpWithError() throws {
        directory = try DatasetFixtures.temporaryDirectory()
        try DatasetFixtures.writeJournal(in: directory)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func load(snapshots: Bool = true) throws -> Dataset {
        try Dataset.load(journals: [journalURL], codebook: DatasetFixtures.codebook, snapshots: snapshots ? 1 : nil).0
    }

    private var snapshotFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(".snapshots").path))?.sorted() ?? []
    }

    func testTheSnapshotGivesWhatTheJournalGivesAndFollowsItsNewLines() throws {
        let whole = try load(snapshots: false)
        XCTAssertEqual(snapshotFiles, [])
        XCTAssertEqual(try load(), whole, "first read: the journal, and the snapshot written")
        XCTAssertEqual(snapshotFiles.count, 2)
        XCTAssertEqual(try load(), whole, "second read: from the snapshot")
        // The interrupted session goes on, and a new one comes: both are read from the journal after the snapshot.
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: DeviceID("portable-1")!)
        try journal.record(.value(.scalePoint(3)), item: "aise.demarches", session: DatasetFixtures.session(3))
        try journal.complete(session: DatasetFixtures.session(3))
        try DatasetFixtures.record(in: journal, id: DatasetFixtures.session(4), answers: [("sexe", .value(.choice("femme")))])
        journal.close()
        let grown = try load(snapshots: false)
        let fromSnapshot = try load()
        XCTAssertEqual(Set(fromSnapshot.sessionIDs), Set(grown.sessionIDs))
        for id in grown.sessionIDs {
            let a = grown.sessionIDs.firstIndex(of: id)!, b = fromSnapshot.sessionIDs.firstIndex(of: id)!
            for column in grown.variables.indices {
                XCTAssertEqual(grown.value(row: a, column: column), fromSnapshot.value(row: b, column: column), "\(id) \(column)")
            }
            XCTAssertEqual(grown.statuses[a], fromSnapshot.statuses[b])
        }
        // Every session after the snapshot has ended: the snapshot moved up to the end of the journal.
        let size = try FileManager.default.attributesOfItem(atPath: journalURL.path)[.size] as! Int
        let meta = try String(contentsOf: directory.appendingPathComponent(".snapshots").appendingPathComponent(
            snapshotFiles.first { $0.hasSuffix(".meta") }!), encoding: .utf8)
        XCTAssertTrue(meta.contains("\tcovered=\(size)\t"), meta)
        XCTAssertEqual(try load().rowCount, grown.rowCount)
    }

    func testASnapshotThatNoLongerMatchesItsJournalIsSetAsideAndTheDamageFound() throws {
        _ = try load()
        // `sed -i 3d`: a line of the covered prefix deleted. The snapshot's end line no longer matches: the journal is
        // read whole, and its damage reported with its line.
        var lines = try String(contentsOf: journalURL, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines.remove(at: 2)
        try Data(lines.joined(separator: "\n").utf8).write(to: journalURL)
        XCTAssertThrowsError(try load()) { error in
            guard case .journal(let file, .corruptLine(line: 3, problem: _))? = error as? DatasetError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "journal-portable-1.ojl")
        }
    }

    func testSnapshotsArePrivateHoldNoParticipantCodeAndAreNotJournals() throws {
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: DeviceID("portable-1")!)
        try journal.startSession(questionnaire: DatasetFixtures.identity,
                                 start: SessionStart(presentedOrder: ["sexe"], seed: 1, wave: "t0", mode: .interviewer, language: "fr",
                                                     mediatorEntersAnswers: true, participantCode: "ZQ7XK2"),
                                 id: DatasetFixtures.session(9))
        try journal.complete(session: DatasetFixtures.session(9))
        journal.close()
        _ = try load()
        for name in snapshotFiles {
            let url = directory.appendingPathComponent(".snapshots").appendingPathComponent(name)
            XCTAssertEqual(try JournalFixtures.permissions(of: url), 0o600, name)
            XCTAssertFalse(try String(contentsOf: url, encoding: .utf8).contains("ZQ7XK2"), name)
        }
        XCTAssertEqual(JournalFiles.list(in: directory)?.map(\.lastPathComponent), ["journal-portable-1.ojl"])
    }
}
