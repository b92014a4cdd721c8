import XCTest
import Questionnaire
@testable import Responses

/// Linking sessions across waves by the anonymous code: exact, near (confirmed), ambiguous, duplicates, unknown elements.
final class ParticipantLinkerTests: XCTestCase {
    static let text = """
    survey lien version 1 language fr
    waves
      avant "Avant"
      apres "Après"
    code participant "Code"
      mere "Prénom de la mère" letters 2
      jour "Jour de naissance" digits 2
      confirm: tranche
    single tranche "Âge"
      jeune "Moins de 40 ans"
      vieux "40 ans ou plus"
    yesno visite "Visite ?"
    """

    struct Row { var wave: String?; var code: String?; var tranche: String? }

    func dataset(_ rows: [Row], text: String = ParticipantLinkerTests.text) throws -> Dataset {
        let result = QuestionnaireParser.parse(text: text)
        XCTAssertFalse(result.hasErrors, "\(result.errors)")
        var dataset = Dataset(codebook: Codebook(result.survey))
        for (index, row) in rows.enumerated() {
            let values: [DatasetValue] = dataset.variables.map { variable in
                variable.name == "tranche" ? (row.tranche.map { .option($0) } ?? .missing(.skipped)) : .missing(.skipped)
            }
            dataset.appendRow(RowHeader(sessionID: SessionID(high: 0, low: UInt64(index + 1)), wave: row.wave, status: .complete,
                                        participantCode: row.code), values: values)
        }
        return dataset
    }

    func link(_ rows: [Row]) throws -> ParticipantLinks {
        let data = try dataset(rows)
        return ParticipantLinker(survey: data.codebook.survey).link(data)
    }

    func testExactMatchesLinkAndUnmatchedAreCountedPerWave() throws {
        let links = try link([Row(wave: "avant", code: "MA05", tranche: "jeune"), Row(wave: "avant", code: "JO12", tranche: "vieux"),
                              Row(wave: "avant", code: "LU30", tranche: "vieux"),
                              Row(wave: "apres", code: "MA05", tranche: "jeune"), Row(wave: "apres", code: "JO12", tranche: "vieux"),
                              Row(wave: "apres", code: "ZZ01", tranche: "jeune")])
        XCTAssertEqual(links.report.linkedPeople, 2)
        XCTAssertEqual(links.report.exactLinks, 2)
        XCTAssertEqual(links.report.waves.map(\.sessions), [3, 3])
        XCTAssertEqual(links.report.waves.map(\.linked), [2, 2])
        XCTAssertEqual(links.report.waves.map(\.unlinked), [1, 1])
        XCTAssertEqual(links.pairs(from: "avant", to: "apres").map { [$0.before, $0.after] }.sorted { $0[0] < $1[0] }, [[0, 3], [1, 4]])
        XCTAssertEqual(links.unpairedRows(in: "avant", missing: "apres"), [2])
    }

    func testNearMatchIsLinkedOnlyWhenConfirmingAnswersAgree() throws {
        // One letter typed wrong: linked, the element named; a second near match whose age band differs: not linked.
        let links = try link([Row(wave: "avant", code: "MA05", tranche: "jeune"), Row(wave: "apres", code: "MO05", tranche: "jeune"),
                              Row(wave: "avant", code: "JO12", tranche: "vieux"), Row(wave: "apres", code: "JO13", tranche: "jeune")])
        XCTAssertEqual(links.report.exactLinks, 0)
        XCTAssertEqual(links.report.nearMatchesAccepted, [LinkReport.NearMatch(element: "mere", sessions: [
            SessionID(high: 0, low: 1).code, SessionID(high: 0, low: 2).code])])
        XCTAssertEqual(links.report.nearMatchesUnconfirmed, 1)
        XCTAssertEqual(links.report.linkedPeople, 1)
        XCTAssertEqual(links.pairs(from: "avant", to: "apres").count, 1)
        XCTAssertTrue(links.people.first { $0.rows.count == 2 }?.nearMatch ?? false)
    }

    func testMissingConfirmingAnswerLeavesNearMatchUnlinked() throws {
        let links = try link([Row(wave: "avant", code: "MA05", tranche: nil), Row(wave: "apres", code: "MA06", tranche: "jeune")])
        XCTAssertEqual(links.report.linkedPeople, 0)
        XCTAssertEqual(links.report.nearMatchesUnconfirmed, 1)
    }

    func testWithoutConfirmDeclarationNearMatchesAreNeverLinked() throws {
        let text = Self.text.replacingOccurrences(of: "  confirm: tranche\n", with: "")
        let data = try dataset([Row(wave: "avant", code: "MA05", tranche: "jeune"), Row(wave: "apres", code: "MA06", tranche: "jeune")], text: text)
        let links = ParticipantLinker(survey: data.codebook.survey).link(data)
        XCTAssertEqual(links.report.linkedPeople, 0)
        XCTAssertEqual(links.report.nearMatchesUnconfirmed, 1)
    }

    func testAmbiguousNearMatchesAreReportedNotGuessed() throws {
        let links = try link([Row(wave: "avant", code: "MA05", tranche: "jeune"), Row(wave: "avant", code: "MA07", tranche: "jeune"),
                              Row(wave: "apres", code: "MA06", tranche: "jeune")])
        XCTAssertEqual(links.report.linkedPeople, 0)
        XCTAssertEqual(links.report.ambiguous.count, 1)
        XCTAssertEqual(Set(links.report.ambiguous[0]), Set((1...3).map { SessionID(high: 0, low: UInt64($0)).code }))
    }

    func testDuplicateCodeWithinAWaveLinksNothing() throws {
        let links = try link([Row(wave: "avant", code: "MA05", tranche: "jeune"), Row(wave: "avant", code: "MA05", tranche: "vieux"),
                              Row(wave: "apres", code: "MA05", tranche: "jeune")])
        XCTAssertEqual(links.report.duplicates.count, 1)
        XCTAssertEqual(links.report.duplicates[0].count, 2)
        XCTAssertEqual(links.report.linkedPeople, 0)
        XCTAssertEqual(links.report.waves.map(\.linked), [0, 0])
    }

    func testUnknownElementsNeverMatchByThemselves() throws {
        // "XX" (mother's name not known) in both waves with the same day: one element "differs", so only a confirmed
        // near match links them; a code of nothing but X is no code at all.
        let links = try link([Row(wave: "avant", code: "XX05", tranche: "jeune"), Row(wave: "apres", code: "XX05", tranche: "jeune"),
                              Row(wave: "avant", code: "XXXX", tranche: "vieux"), Row(wave: "apres", code: nil, tranche: "vieux")])
        XCTAssertEqual(links.report.sessionsWithoutCode, 2)
        XCTAssertEqual(links.report.linkedPeople, 1)
        XCTAssertEqual(links.report.exactLinks, 1)
    }

    func testSessionsOutsideDeclaredWavesAndMalformedCodesAreCounted() throws {
        let links = try link([Row(wave: nil, code: "MA05", tranche: "jeune"), Row(wave: "T9", code: "MA05", tranche: "jeune"),
                              Row(wave: "avant", code: "MA0", tranche: "jeune"), Row(wave: "apres", code: "MA05", tranche: "jeune")])
        XCTAssertEqual(links.report.sessionsOutsideWaves, 2)
        XCTAssertEqual(links.report.malformedCodes, 1)
        XCTAssertEqual(links.report.linkedPeople, 0)
    }

    func testCodesAreNeverInTheReport() throws {
        let links = try link([Row(wave: "avant", code: "MA05", tranche: "jeune"), Row(wave: "apres", code: "MO05", tranche: "jeune")])
        let json = String(decoding: try JSONEncoder().encode(links.report), as: UTF8.self)
        XCTAssertFalse(json.contains("MA05") || json.contains("MO05"), json)
    }
}
