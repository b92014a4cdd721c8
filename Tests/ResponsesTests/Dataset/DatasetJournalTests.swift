import Foundation
import XCTest
import Questionnaire
@testable import Responses

final class DatasetJournalTests: XCTestCase {
    func testLoadingJournalsTypesEveryCellAndKeepsMissingKindsApart() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatasetFixtures.writeJournal(in: directory)
        let (dataset, report) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(report.files, ["journal-portable-1.ojl"])
        XCTAssertEqual(dataset.rowCount, 3)
        func value(_ row: Int, _ name: String) -> DatasetValue? { dataset.value(row: row, variable: name) }

        XCTAssertEqual(value(0, "sexe"), .option("autre"))
        XCTAssertEqual(value(0, "sexe.autre.text"), .text("=non binaire"))
        XCTAssertEqual(value(0, "age"), .number(34))
        XCTAssertEqual(value(0, "revenu"), .number(Decimal(string: "1234.56")!))
        XCTAssertEqual(value(0, "outils.smartphone"), .indicator(true))
        XCTAssertEqual(value(0, "outils.ordinateur"), .indicator(false))
        XCTAssertEqual(value(0, "outils.autre.text"), .text("tablette"))
        XCTAssertEqual(value(0, "aise.materiel"), .point(7))
        XCTAssertEqual(value(0, "acces.wifi"), .option("oui"))
        XCTAssertEqual(dataset.statuses, [.complete, .complete, .partial])
        XCTAssertEqual(dataset.wave(row: 1), "t1")
        XCTAssertEqual(dataset.device(row: 0), "portable-1")
        XCTAssertEqual(dataset.startedAt(row: 0)?.millisecondsSinceEpoch, 1_790_000_000_000)

        // Escape answers, explicit skips, a question hidden by its condition, an "autre" text not chosen.
        XCTAssertEqual(value(1, "age"), .escape("nsp"))
        XCTAssertEqual(value(1, "revenu"), .missing(.skipped))
        XCTAssertEqual(value(1, "visites"), .missing(.notAsked))
        XCTAssertEqual(value(1, "sexe.autre.text"), .missing(.notAsked))
        XCTAssertEqual(value(1, "outils.smartphone"), .escape("nsp"))
        XCTAssertEqual(value(1, "aise.angoisse"), .missing(.skipped))
        XCTAssertEqual(value(1, "remarque"), .text("+33 6 12"))
        // The interrupted session: what follows its last answer was not reached.
        XCTAssertEqual(value(2, "outils.smartphone"), .indicator(false))
        XCTAssertEqual(value(2, "aise.demarches"), .missing(.notReached))
        XCTAssertEqual(value(2, "remarque"), .missing(.notReached))

        let counts = dataset.missingCounts(column: dataset.columnIndex(named: "aise.demarches")!)
        XCTAssertEqual(counts.reasons, [.notReached: 1])
        XCTAssertEqual(counts.escapes, ["nsp": 1])
    }

    func testScoresAverageAnsweredItemsWithReverseKeysAndAMinimum() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatasetFixtures.writeJournal(in: directory)
        let (dataset, _) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        let score = dataset.columnIndex(named: "aise_score")!
        // Row 0: 7, 5 and the reversed 2 → 8 + 1 − 2 = 7: mean 19/3.
        guard case .number(let mean)? = Optional(dataset.value(row: 0, column: score)) else { return XCTFail("no score") }
        XCTAssertEqual(NSDecimalNumber(decimal: mean).doubleValue, 19.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(dataset.numbers(column: score)?[0] ?? 0, 19.0 / 3.0, accuracy: 1e-12)
        // Row 1: one answered item (8), an escape, a skip: below the minimum of 2.
        XCTAssertEqual(dataset.value(row: 1, column: score), .missing(.tooFewItems))
        XCTAssertEqual(dataset.value(row: 2, column: score), .missing(.tooFewItems))
    }

    func testMergingJournalsFromSeveralLaptopsIsIdempotentAndReportsConflicts() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatasetFixtures.writeJournal(in: directory)
        let (once, _) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        // The same journal copied in again (a USB key collected twice) adds nothing.
        let original = directory.appendingPathComponent("journal-portable-1.ojl")
        let copy = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: original, to: copy.appendingPathComponent("journal-portable-1.ojl"))
        let (twice, report) = try Dataset.load(journals: [original, copy.appendingPathComponent("journal-portable-1.ojl")],
                                               codebook: DatasetFixtures.codebook)
        XCTAssertEqual(twice, once)
        XCTAssertGreaterThan(report.duplicateCount, 0)
        XCTAssertEqual(report.conflicts, [])

        // A second laptop that reused a session id with different answers: a conflict, reported.
        let other = try AnswerJournal(dataDirectory: directory, deviceID: DeviceID("portable-2")!)
        try DatasetFixtures.record(in: other, id: DatasetFixtures.session(1), answers: [("sexe", .value(.choice("femme")))])
        try DatasetFixtures.record(in: other, id: DatasetFixtures.session(9), answers: [("sexe", .value(.choice("homme")))])
        other.close()
        let (merged, mergeReport) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(merged.rowCount, 4)
        XCTAssertEqual(mergeReport.files.count, 2)
        XCTAssertEqual(mergeReport.conflicts, [.sessionOnSeveralDevices(session: DatasetFixtures.session(1),
                                                                          devices: [DeviceID("portable-1")!, DeviceID("portable-2")!])])
    }

    func testOtherQuestionnairesAndOutOfRangeJournalValuesAreNotLoadedSilently() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: DeviceID("p")!)
        try DatasetFixtures.record(in: journal, id: DatasetFixtures.session(1), answers: [
            ("aise.materiel", .value(.scalePoint(9))), ("age", .value(.number(200))), ("sexe", .value(.choice("x"))),
        ])
        let foreign = QuestionnaireIdentity(id: "autre", version: "1", sourceText: "autre")
        try journal.startSession(questionnaire: foreign, start: SessionStart(presentedOrder: [], seed: 0, mode: .interviewer,
                                                                             language: "fr", mediatorEntersAnswers: false))
        journal.close()
        let (dataset, report) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(report.otherQuestionnaireSessions, 1)
        XCTAssertEqual(dataset.rowCount, 1)
        for (name, raw) in [("aise.materiel", "9"), ("age", "200"), ("sexe", "x")] {
            let column = dataset.columnIndex(named: name)!
            XCTAssertEqual(dataset.value(row: 0, column: column), .missing(.invalid), name)
            XCTAssertEqual(dataset.invalidRaw(row: 0, column: column), raw, name)
        }
    }

    func testStatisticsAccessGivesRawCodesAndPointCountsPerGroup() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatasetFixtures.writeJournal(in: directory)
        let (dataset, _) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        let materiel = dataset.columnIndex(named: "aise.materiel")!, sexe = dataset.columnIndex(named: "sexe")!
        XCTAssertEqual(dataset.codes(column: materiel), [7, 8, 1])
        let counts = try XCTUnwrap(dataset.pointCounts(scale: materiel, groupedBy: sexe))
        // Groups by option position: femme 1, homme 2, autre 3.
        XCTAssertEqual(counts[1][8], 1)
        XCTAssertEqual(counts[2][1], 1)
        XCTAssertEqual(counts[3][7], 1)
        XCTAssertEqual(counts.flatMap { $0 }.reduce(0, +), 3)
        XCTAssertEqual(dataset.answeredValues(column: dataset.columnIndex(named: "age")!).values, [34, 70])
    }
}
