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

/// The easy-to-read wording (FALC) exists for every runner message, in each language, in short sentences and without
/// the words of the trade.
final class EasyReadWordingTests: XCTestCase {
    func check<Catalogue: WordedCatalogue>(_: Catalogue.Type, file: StaticString = #filePath, line: UInt = #line) {
        for sample in Catalogue.samples {
            for language in Language.allCases {
                let text = sample.text(language, .easyRead)
                XCTAssertFalse(text.trimmingCharacters(in: .whitespaces).isEmpty, "\(sample) \(language)", file: file, line: line)
                // One idea a sentence: FALC keeps sentences short (commands quoted in a message are not sentences).
                let prose = text.components(separatedBy: "octant run").first ?? text
                for sentence in prose.split(whereSeparator: { ".?!\n".contains($0) }) {
                    let words = sentence.split(separator: " ").filter { $0.contains(where: \.isLetter) }
                    XCTAssertLessThanOrEqual(words.count, 14, "\(sample) \(language): “\(sentence)”", file: file, line: line)
                }
                for jargon in ["enquêteur", "interviewer", "journal", "session", "valide ", "saisi"] {
                    XCTAssertFalse(prose.lowercased().contains(jargon), "\(sample) \(language): \(jargon)", file: file, line: line)
                }
            }
        }
    }

    func testEveryRunnerMessageHasAnEasyToReadWording() {
        check(RunnerText.self)
        check(ScreenMessage.self)
    }

    func testSelfModeAndEasyTextsUseTheEasyWordingAndOneInstructionALine() {
        var interview = InterviewFixture.interview(mode: .selfAdministered)
        interview.type("1")
        let lines = ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings)
            .lines(for: interview.screen).filter { $0.style == .keys }.map(\.text)
        XCTAssertEqual(lines, ["Pour répondre : tapez le nombre. Puis appuyez sur Entrée.", "Pour passer la question : tapez s.",
                               "Pour revenir en arrière : tapez p.", "Pour de l'aide : tapez ?", "Pour faire une pause : tapez q.",
                               "Après une lettre, appuyez sur Entrée."])
        XCTAssertEqual(InterviewSettings(language: "fr", easy: true).wording, .easyRead)
        XCTAssertEqual(InterviewSettings(language: "fr").wording, .standard)
    }
}
