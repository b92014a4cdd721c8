import XCTest
@testable import octant

/// The command line read from the tables, through the real binary: suggestions, choices, version, generated help.
final class CommandLineTests: XCTestCase {
    func testAMistypedCommandGetsASuggestion() throws {
        let english = try BinaryRunner.run(["chek", "--lang", "en"])
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.stderr.contains("unknown command 'chek'"), english.stderr)
        XCTAssertTrue(english.stderr.contains("Did you mean 'check'?"), english.stderr)
        let french = try BinaryRunner.run(["raport", "--lang", "fr"])
        XCTAssertEqual(french.status, 2)
        XCTAssertTrue(french.stderr.contains("Vouliez-vous dire « report » ?"), french.stderr)
        let far = try BinaryRunner.run(["frobnicate", "--lang", "en"])
        XCTAssertFalse(far.stderr.contains("Did you mean"), "no suggestion when nothing is near: \(far.stderr)")
    }

    func testAMistypedOptionGetsASuggestionFromItsCommandOnly() throws {
        let result = try BinaryRunner.run(["report", "q.survey", "--data", "d", "--formt", "md", "--lang", "en"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("unknown option '--formt'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Did you mean '--format'?"), result.stderr)
        XCTAssertTrue(result.stderr.contains("See 'octant help report'."), result.stderr)
        let french = try BinaryRunner.run(["simulate", "q.survey", "--respondent", "3", "--lang", "fr"])
        XCTAssertEqual(french.status, 2)
        XCTAssertTrue(french.stderr.contains("Vouliez-vous dire « --respondents » ?"), french.stderr)
        // --json belongs to link, not to check: check has nothing near to offer.
        let elsewhere = try BinaryRunner.run(["check", "--json", "q.survey", "--lang", "en"])
        XCTAssertEqual(elsewhere.status, 2)
        XCTAssertFalse(elsewhere.stderr.contains("Did you mean"), elsewhere.stderr)
    }

    func testAChoiceOutsideItsListIsRefusedWithTheList() throws {
        let result = try BinaryRunner.run(["report", "q.survey", "--data", "d", "--format", "docx", "--lang", "en"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("unknown value 'docx' for --format (possible values: terminal, markdown, json, csv, html)"),
                      result.stderr)
        let near = try BinaryRunner.run(["report", "q.survey", "--data", "d", "--format", "mardown", "--lang", "fr"])
        XCTAssertTrue(near.stderr.contains("valeurs possibles : terminal, markdown, json, csv, html"), near.stderr)
        XCTAssertTrue(near.stderr.contains("Vouliez-vous dire « markdown » ?"), near.stderr)
        XCTAssertEqual(try BinaryRunner.run(["help", "--lang", "de"]).status, 2)
    }

    func testMissingPiecesNameWhatIsMissingAndShowTheUsage() throws {
        let noData = try BinaryRunner.run(["report", "q.survey", "--lang", "en"])
        XCTAssertEqual(noData.status, 2)
        XCTAssertTrue(noData.stderr.contains("option --data DIR|FILE.csv is required"), noData.stderr)
        XCTAssertTrue(noData.stderr.contains("octant report QUESTIONNAIRE --data DIR|FILE.csv [OPTIONS]"), noData.stderr)
        let noValue = try BinaryRunner.run(["report", "q.survey", "--lang", "fr", "--data"])
        XCTAssertEqual(noValue.status, 2)
        XCTAssertTrue(noValue.stderr.contains("l'option --data attend une valeur"), noValue.stderr)
        let extra = try BinaryRunner.run(["show", "a.survey", "b.survey", "--lang", "en"])
        XCTAssertEqual(extra.status, 2)
        XCTAssertTrue(extra.stderr.contains("unexpected argument 'b.survey'"), extra.stderr)
        let flagWithValue = try BinaryRunner.run(["check", "--quiet=yes", "a.survey", "--lang", "en"])
        XCTAssertEqual(flagWithValue.status, 2)
        XCTAssertTrue(flagWithValue.stderr.contains("option --quiet takes no value"), flagWithValue.stderr)
    }

    func testOptionsMayComeBeforeTheCommand() throws {
        let result = try BinaryRunner.run(["--lang", "en", "check"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("FILE is missing"), result.stderr)
    }

    func testVersion() throws {
        for arguments in [["--version"], ["version"]] {
            let result = try BinaryRunner.run(arguments)
            XCTAssertEqual(result.status, 0)
            XCTAssertEqual(result.stdout, "octant \(OctantVersion.current)\n")
        }
        XCTAssertTrue(OctantVersion.current.split(separator: ".").allSatisfy { Int($0) != nil }, OctantVersion.current)
    }

    /// The help of each command is written from its table: every option appears, in both languages.
    func testEveryCommandsHelpListsEveryOptionOfItsTable() throws {
        for spec in CommandSpec.all {
            let name = try XCTUnwrap(spec.name)
            for language in ["fr", "en"] {
                let help = try BinaryRunner.run(["help", name.rawValue, "--lang", language])
                XCTAssertEqual(help.status, 0, "\(name) \(language)")
                let viaFlag = try BinaryRunner.run([name.rawValue, "--help", "--lang", language])
                XCTAssertEqual(viaFlag.stdout, help.stdout, "\(name) --help and help \(name) are one page")
                for option in spec.accepted {
                    XCTAssertTrue(help.stdout.contains("  " + option.name.typed), "\(name) \(language): \(option.name.typed)\n\(help.stdout)")
                    if case .choice(let choices) = option.kind {
                        XCTAssertTrue(help.stdout.contains(choices.map(\.value).joined(separator: "|")), "\(name) \(option.name.typed)")
                    }
                }
                XCTAssertTrue(help.stdout.contains("octant \(name.rawValue)"), help.stdout)
            }
        }
        let general = try BinaryRunner.run(["help", "--lang", "en"])
        for name in CommandName.allCases { XCTAssertTrue(general.stdout.contains("\n  \(name.rawValue)"), name.rawValue) }
        XCTAssertTrue(general.stdout.contains("--version"), general.stdout)
    }

    func testTheHelpNoLongerCallsEveryScaleEightPoints() throws {
        let english = try BinaryRunner.run(["help", "report", "--lang", "en"]).stdout
        XCTAssertTrue(english.contains("the agreement scale the questionnaire declares"), english)
        let french = try BinaryRunner.run(["help", "run", "--lang", "fr"]).stdout
        XCTAssertTrue(french.contains("un chiffre de l'échelle ou d'une option"), french)
        XCTAssertFalse(french.contains("1 à 8"), french)
        XCTAssertTrue(french.contains("s : sauter une question facultative"), "the help names the skip key: \(french)")
    }
}
