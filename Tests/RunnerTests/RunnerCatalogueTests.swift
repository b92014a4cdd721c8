import Foundation
import Questionnaire
import Support
import XCTest
@testable import Runner

/// Every message the runner declares has a sample and a text in every language; plurals follow each language's rule.
final class RunnerCatalogueTests: XCTestCase {
    static let textFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Runner/Text").standardized

    func audit<Catalogue: MessageCatalogue>(_: Catalogue.Type, file: String) throws {
        XCTAssertEqual(try CatalogueAudit<Catalogue>(file: Self.textFolder.appendingPathComponent(file)).problems, [], file)
    }

    func testEveryRunnerMessageHasASampleAndATextInEachLanguage() throws {
        try audit(RunnerText.self, file: "RunnerText.swift")
        try audit(ScreenMessage.self, file: "ScreenMessage.swift")
        try audit(StorageText.self, file: "StorageText.swift")
    }

    func testCountsFollowEachLanguagesPluralRule() {
        XCTAssertEqual(RunnerText.atLeast(0).text(.fr), "Choisissez au moins 0 réponse")
        XCTAssertEqual(RunnerText.atLeast(0).text(.en), "Choose at least 0 answers")
        XCTAssertEqual(RunnerText.atMost(1).text(.en), "Choose at most 1 answer")
        XCTAssertEqual(RunnerText.codeLetters(2).text(.fr), "Tapez 2 lettres, ou x si la personne ne sait pas")
        XCTAssertEqual(RunnerText.tooLong(1).text(.fr), "Réponse trop longue : 1 caractère au plus")
    }

    func testDecimalsAreWrittenAsEachLanguageDoes() {
        let format = NumberFormat(minimum: 0, maximum: Decimal(string: "2.5"), allowsDecimals: true)
        XCTAssertEqual(RunnerText.typeNumber(format).text(.fr), "Tapez un nombre de 0 à 2,5")
        XCTAssertEqual(RunnerText.typeNumber(format).text(.en), "Type a number from 0 to 2.5")
        XCTAssertEqual(RunnerText.typeDigit(low: 1, high: 8, escapeKeys: ["j", "k"]).text(.fr), "Tapez un chiffre de 1 à 8, ou j ou k")
    }
}
