import XCTest

final class HelpTests: XCTestCase {
    func testHelpInBothLanguages() throws {
        let french = try BinaryRunner.run(["--help", "--lang", "fr"])
        XCTAssertEqual(french.status, 0)
        XCTAssertTrue(french.stdout.contains("Commandes :"), french.stdout)
        let english = try BinaryRunner.run(["help", "--lang", "en"])
        XCTAssertEqual(english.status, 0)
        XCTAssertTrue(english.stdout.contains("Commands:"), english.stdout)
        let check = try BinaryRunner.run(["help", "check", "--lang", "en"])
        XCTAssertTrue(check.stdout.contains("Exit status: 0"), check.stdout)
        let checkFr = try BinaryRunner.run(["check", "--help", "--lang", "fr"])
        XCTAssertTrue(checkFr.stdout.contains("Code de sortie"), checkFr.stdout)
    }

    func testFrenchIsTheDefaultWithoutALocale() throws {
        let result = try BinaryRunner.run([], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("Commandes"), result.stdout)
    }

    func testUsageErrorsExitWithTwo() throws {
        let unknown = try BinaryRunner.run(["frobnicate", "--lang", "en"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("unknown command 'frobnicate'"), unknown.stderr)
        let badOption = try BinaryRunner.run(["check", "--frobnicate", "x.survey", "--lang", "fr"])
        XCTAssertEqual(badOption.status, 2)
        XCTAssertTrue(badOption.stderr.contains("option inconnue « --frobnicate »"), badOption.stderr)
        let noFile = try BinaryRunner.run(["check", "--lang", "en"])
        XCTAssertEqual(noFile.status, 2)
        let badLanguage = try BinaryRunner.run(["help", "--lang", "de"])
        XCTAssertEqual(badLanguage.status, 2)
    }
}
