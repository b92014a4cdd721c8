import Foundation
import Support
import XCTest
@testable import Questionnaire

/// What a file of junk costs: one diagnostic per run of unreadable characters, tokens quoted safely and briefly,
/// long lines shown as a window, and no more than a hundred diagnostics listed.
final class HostileInputTests: XCTestCase {
    static let header = "survey s version 1 language fr\n"

    func unexpected(_ line: String) -> [String] {
        QuestionnaireParser.parse(text: Self.header + line + "\n").diagnostics
            .filter { if case .unexpectedCharacter = $0.problem { return true } else { return false } }
            .map { "\($0.location.column)+\($0.length) \($0.message(.en))" }
    }

    func testARunOfUnreadableCharactersIsOneDiagnostic() {
        XCTAssertEqual(unexpected("a \\\\\\\\ b ### c"), ["3+4 unexpected characters '\\\\\\\\'"])
        // Blanks do not end a run; a token does.
        XCTAssertEqual(unexpected("yesno a \"A\" $ % b ; ?? \\ c"),
                       ["13+3 unexpected characters '$ %'", "19+6 unexpected characters '; ?? \\'"])
        XCTAssertEqual(unexpected("yesno a \"A\" ;"), ["13+1 unexpected character ';'"])
        XCTAssertEqual(unexpected("yesno a \"A\" ;  "), ["13+1 unexpected character ';'"])
        // Non-letters beyond ASCII too; accented letters are read as letters.
        XCTAssertEqual(unexpected("yesno a \"A\" ✓✗ é"), ["13+2 unexpected characters '✓✗'"])
    }

    func testALongRunIsQuotedShortAndUnderlinedWhole() {
        let line = String(repeating: "\\", count: Lexer.maximumLineLength)
        let result = QuestionnaireParser.parse(text: Self.header + line + "\n")
        XCTAssertEqual(result.diagnostics.count, 1, "\(result.diagnostics.map { $0.message(.en) })")
        let run = result.diagnostics.first { if case .unexpectedCharacter = $0.problem { return true } else { return false } }
        XCTAssertEqual(run?.length, Lexer.maximumLineLength)
        XCTAssertEqual(run?.message(.en), "unexpected characters '" + String(repeating: "\\", count: Lexer.maximumQuotedRun - 1) + "…'")
    }

    func testEveryQuotedTokenIsSanitised() {
        let hostile = "\u{1B}[2J"
        // A case no input can build today still cannot echo an escape: the message is built from `quotable`.
        for problem in [Problem.unknownDeclaration(hostile + "singel", suggestion: hostile), .notAllowedHere(hostile, context: hostile),
                        .expected(.keyword(hostile), found: hostile), .unknownOption(hostile, question: hostile, suggestion: hostile)] {
            for language in Language.allCases {
                XCTAssertFalse(problem.message(language).contains("\u{1B}"), problem.message(language))
                XCTAssertFalse(problem.hint(language)?.contains("\u{1B}") ?? false)
                XCTAssertTrue(problem.message(language).contains("\u{FFFD}[2J"), problem.message(language))
            }
        }
        // Through the parser: a quoted text where a keyword should be, and bidi overrides that would hide text.
        let source = SourceFile(name: "t", text: Self.header + "\"\(hostile)\" yesno\nyesno a \"A\" when \u{202E}x = oui\n")
        let result = QuestionnaireParser.parse(source)
        XCTAssertTrue(result.diagnostics.contains { $0.message(.en) == "unexpected '\"\u{FFFD}[2J\"' on this line" },
                      "\(result.diagnostics.map { $0.message(.en) })")
        let rendered = result.diagnostics.map { $0.rendered(in: source, language: .fr) }.joined(separator: "\n")
        XCTAssertFalse(rendered.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, rendered)
    }

    func testLongTokensAreQuotedShort() {
        let word = String(repeating: "x", count: 15_000)
        let message = QuestionnaireParser.parse(text: Self.header + word + "\n").diagnostics[0].message(.en)
        XCTAssertEqual(message, "'" + String(repeating: "x", count: Quote.maximumLength - 1) + "…' is not a keyword of the language")
    }
}
