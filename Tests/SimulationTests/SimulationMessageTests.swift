import Foundation
import XCTest
import Support
import Responses
@testable import Simulation

/// The module's catalogue against its own source: a message added without a sample, or left empty in a language, fails here.
final class SimulationMessageTests: XCTestCase {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Simulation/SimulationMessage.swift")

    func testEveryMessageHasASampleAndATextInEveryLanguage() throws {
        let audit = CatalogueAudit<SimulationMessage>(source: try String(contentsOf: Self.source, encoding: .utf8))
        XCTAssertTrue(audit.declaredCases.isSuperset(of: ["journalFailed", "invalidPanel", "unterminatedQuote"]), "\(audit.declaredCases)")
        XCTAssertEqual(audit.casesWithoutSample, [])
        XCTAssertEqual(audit.emptyTexts, [])
        for sample in SimulationMessage.samples where sample.text(.fr) == sample.text(.en) {
            XCTFail("\(sample): the same text in French and English")
        }
    }

    /// The English texts are those the command line printed before the catalogue (`description`).
    func testErrorsSayTheSameInEnglishAndNowInFrench() {
        XCTAssertEqual(SimulationError.noRespondents.description, "the number of respondents must be at least 1")
        XCTAssertEqual(SimulationError.unknownWave("T9", declared: ["avant", "apres"]).message(.fr), "vague inconnue T9 (déclarées : avant, apres)")
        XCTAssertEqual(SimulationError.invalidPanel(.noParticipantCode).description, "invalid panel: the questionnaire declares no participant code")
        XCTAssertEqual(SimulationError.journal(.closed).message(.fr), "Le journal est fermé.")
        XCTAssertEqual(SimulationError.export(.notCSV("s.txt")).description, "the output file must end in .csv: s.txt")
        XCTAssertEqual(ReportTargetsError.missingColumn("breakdown").description, "missing column \"breakdown\"")
        XCTAssertEqual(ReportTargetsError.wrongFieldCount(line: 4, expected: 8, found: 4).description, "line 4: 4 fields, expected 8")
        XCTAssertEqual(ReportTargetsError.wrongFieldCount(line: 4, expected: 8, found: 1).message(.fr), "ligne 4 : 1 champ, 8 attendus")
    }
}
