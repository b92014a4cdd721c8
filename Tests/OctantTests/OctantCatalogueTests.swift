import Foundation
import Support
import XCTest
@testable import octant

/// The command line's catalogues and tables are complete in both languages, and read consistently.
final class OctantCatalogueTests: XCTestCase {
    static let textFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/octant/Text").standardized

    func audit<Catalogue: MessageCatalogue>(_: Catalogue.Type, file: String) throws {
        XCTAssertEqual(try CatalogueAudit<Catalogue>(file: Self.textFolder.appendingPathComponent(file)).problems, [], file)
    }

    func testEveryMessageHasASampleAndATextInEachLanguage() throws {
        try audit(UsageText.self, file: "UsageText.swift")
        try audit(CommandText.self, file: "CommandText.swift")
        try audit(LinkText.self, file: "LinkText.swift")
        try audit(MenuText.self, file: "MenuText.swift")
        try audit(HelpText.self, file: "HelpText.swift")
        try audit(VerifyText.self, file: "VerifyText.swift")
        try audit(PlanText.self, file: "PlanText.swift")
    }

    func testEveryTableTextExistsInEachLanguage() {
        for spec in CommandSpec.all + [.topLevel] {
            let name = spec.name?.rawValue ?? "octant"
            for language in Language.allCases {
                XCTAssertFalse(spec.summary[language].isEmpty, "\(name) (\(language))")
                for option in spec.accepted { XCTAssertFalse(option.summary[language].isEmpty, "\(name) \(option.name.typed) (\(language))") }
                for operand in spec.operands { XCTAssertFalse(operand.placeholder[language].isEmpty, name) }
            }
            let names = spec.accepted.map(\.name)
            XCTAssertEqual(names.count, Set(names).count, "\(name) declares an option twice")
        }
    }

    /// Options before the command are read before the command is known: an option must take a value everywhere or nowhere.
    func testAnOptionTakesAValueInEveryCommandOrInNone() {
        for name in OptionName.allCases {
            let kinds = Set((CommandSpec.all + [.topLevel]).compactMap { $0.option(name)?.takesValue })
            XCTAssertLessThanOrEqual(kinds.count, 1, name.typed)
            XCTAssertFalse(kinds.isEmpty, "\(name.typed) is in no table")
        }
    }

    func testDistanceCountsATranspositionAsOneEdit() {
        XCTAssertEqual(Suggestions.distance("exprot", "export"), 1)
        XCTAssertEqual(Suggestions.distance("chek", "check"), 1)
        XCTAssertEqual(Suggestions.distance("", "run"), 3)
        XCTAssertEqual(Suggestions.distance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestions.closest(to: "--wav", among: ["--wave", "--waves", "--data"]), ["--wave"])
        XCTAssertEqual(Suggestions.closest(to: "--resp", among: ["--respondents", "--seed"]), ["--respondents"])
        XCTAssertEqual(Suggestions.closest(to: "x", among: ["to", "by"]), [])
    }

    func testCountsFollowEachLanguagesPluralRule() {
        let none = CommandText.checkSummary(path: "q", errors: 0, warnings: 1)
        XCTAssertEqual(none.text(.fr), "q : 0 erreur, 1 avertissement")
        XCTAssertEqual(none.text(.en), "q: 0 errors, 1 warning")
        XCTAssertEqual(CommandText.duplicateEvents(1).text(.fr), "1 événement en double ignoré (journaux copiés deux fois)")
        XCTAssertTrue(CommandText.simulatedJournal(sessions: 1, events: 1, seed: 1, path: "j", seconds: "0.1").text(.fr)
            .hasPrefix("1 session SYNTHÉTIQUE (1 événement, graine 1) écrite dans j"))
    }
}
