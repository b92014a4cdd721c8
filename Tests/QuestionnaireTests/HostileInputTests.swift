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

    /// The window of a long line, checked against the straightforward rendering (the whole line made printable,
    /// then cut) on lines of accented letters, tabs, emoji and control characters.
    func testLongLinesAreShownAsAWindowAroundTheColumn() {
        var random = SplitMix64(seed: 11)
        let alphabet: [Unicode.Scalar] = ["a", "é", "\t", "😀", "\u{1B}", " ", "z", "\u{0301}", "«"]
        for round in 0..<300 {
            let count = Int(random.next() % 2_000) + (round % 3 == 0 ? 3_000 : 0)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<count { scalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            let line = String(scalars)
            let source = SourceFile(name: "t", text: "x\n" + line + "\ny\n")
            let column = Int(random.next() % UInt64(count + 2)) + 1
            let length = Int(random.next() % 300) + 1
            let diagnostic = Diagnostic(.error, .emptyRange, at: SourceLocation(line: 2, column: column), length: length)
            // Compared scalar by scalar: String equality would take "e" + U+0301 for "é".
            let got = diagnostic.rendered(in: source, language: .en).unicodeScalars
                .split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
            let expected = Self.reference(line: line, column: column, length: length)
            XCTAssertEqual(got[1], Array(expected.0.unicodeScalars), "round \(round), column \(column) of \(count)")
            XCTAssertEqual(got[2], Array(expected.1.unicodeScalars), "round \(round), column \(column) of \(count)")
        }
    }

    /// The rendering as it was before windows were found from the column: correct, but it read the whole line.
    static func reference(line: String, column spot: Int, length: Int) -> (String, String) {
        let width = Diagnostic.maximumShownWidth
        var scalars = Array(TerminalText.printable(line).unicodeScalars)
        var column = spot - 1
        if scalars.count > width {
            let start = max(0, min(column - width / 2, scalars.count - width))
            let end = min(scalars.count, start + width)
            scalars = (start > 0 ? Array("…".unicodeScalars) : []) + Array(scalars[start..<end]) + (end < scalars.count ? Array("…".unicodeScalars) : [])
            column = column - start + (start > 0 ? 1 : 0)
        }
        var pad = ""
        for index in 0..<min(max(0, column), scalars.count) { pad += scalars[index] == "\t" ? "\t" : " " }
        let available = max(1, scalars.count - column)
        return (String(String.UnicodeScalarView(scalars)),
                pad + "^" + String(repeating: "~", count: max(0, min(length, available, width) - 1)))
    }

    func testAListingStopsAtAHundredAndSaysHowManyMore() {
        let junk = (0..<250).map { _ in "@" }.joined(separator: "\n")
        let source = SourceFile(name: "junk", text: Self.header + junk + "\n")
        let result = QuestionnaireParser.parse(source)
        XCTAssertEqual(result.diagnostics.count, 250)
        let english = DiagnosticListing(result.diagnostics, in: source, language: .en)
        XCTAssertEqual(english.shown.count, 100)
        XCTAssertEqual(english.blocks.count, 101)
        XCTAssertEqual(english.blocks.last, "… and 150 more problems")
        XCTAssertEqual(DiagnosticListing(result.diagnostics, in: source, language: .fr).blocks.last, "… et 150 autres problèmes")
        XCTAssertEqual(DiagnosticListing(Array(result.diagnostics.prefix(101)), in: source, language: .fr).blocks.last, "… et 1 autre problème")
        XCTAssertEqual(DiagnosticListing(Array(result.diagnostics.prefix(100)), in: source, language: .en).blocks.count, 100)
    }

    /// Many names and as many misspellings: every one is reported, suggestions or not.
    func testManyUnknownReferencesAreAllReported() {
        let count = 1_500
        let questions = (0..<count).map { "yesno q\($0) \"Q\"" }
        let references = (0..<count).map { "yesno r\($0) \"R\" when z\($0) = oui" }
        let result = QuestionnaireParser.parse(text: Self.header + (questions + references).joined(separator: "\n") + "\n")
        XCTAssertEqual(result.errors.count, count)
        XCTAssertTrue(result.errors.allSatisfy { if case .unknownReference = $0.problem { return true } else { return false } })
    }
}
