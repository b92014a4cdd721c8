import XCTest
@testable import Runner

/// The layout keeps the question whole and the screen within the terminal, and pages a list too long for it.
final class ScreenLayoutTests: XCTestCase {
    func screen(options: Int, question: String = "Quelle est votre commune ?") -> [ScreenLine] {
        [ScreenLine("Profil", .title), ScreenLine("Question 2 sur 9", .progress), ScreenLine("Une introduction assez longue.", .plain),
         ScreenLine(""), ScreenLine(question, .question), ScreenLine("")]
            + (1...options).map { ScreenLine(String(format: "%3d  ", $0) + "Commune numéro \($0)", .option) }
            + [ScreenLine(""), ScreenLine("tapez le numéro puis Entrée", .keys), ScreenLine("s : sauter  ·  p : retour", .keys)]
    }

    func pager(_ window: ScreenLayout.Window) -> String { "↑ ↓ \(window.first + 1)–\(window.first + window.count)/\(window.total)" }

    func testAScreenThatFitsIsUnchanged() {
        let lines = screen(options: 3)
        let result = ScreenLayout(width: 80, height: 24).fit(lines, offset: nil, pager: pager)
        XCTAssertEqual(result.lines, lines)
        XCTAssertNil(result.window)
    }

    func testALongListIsPagedAndTheQuestionAndKeysStay() {
        let result = ScreenLayout(width: 40, height: 15).fit(screen(options: 30), offset: nil, pager: pager)
        let texts = result.lines.map(\.text)
        XCTAssertLessThanOrEqual(texts.count, 14)
        XCTAssertTrue(texts.contains("Quelle est votre commune ?"))
        XCTAssertTrue(texts.contains("tapez le numéro puis Entrée"))
        XCTAssertTrue(texts.contains("Question 2 sur 9"))
        let window = try? XCTUnwrap(result.window)
        XCTAssertEqual(window?.first, 0)
        XCTAssertEqual(window?.total, 30)
        XCTAssertTrue(texts.contains("↑ ↓ 1–\(window!.count)/30"), "\(texts)")
        let later = ScreenLayout(width: 40, height: 15).fit(screen(options: 30), offset: 28, pager: pager)
        XCTAssertEqual(later.window.map { $0.first + $0.count }, 30, "the last window ends on the last answer")
        XCTAssertTrue(later.lines.contains { $0.text.contains("Commune numéro 30") })
    }

    func testTheRecordedAnswerIsInViewWhenTheListIsPaged() {
        var lines = screen(options: 30)
        let recorded = lines.firstIndex { $0.text.contains("numéro 20") }!
        lines[recorded] = ScreenLine(lines[recorded].text, .selected)
        let result = ScreenLayout(width: 40, height: 15).fit(lines, offset: nil, pager: pager)
        XCTAssertTrue(result.lines.contains { $0.text.contains("numéro 20") }, "\(result.lines.map(\.text))")
    }

    func testAQuestionLongerThanTheScreenIsCutButNeverTheWholeScreenOverflows() {
        let question = String(repeating: "une question très longue ", count: 40)
        let result = ScreenLayout(width: 40, height: 15).fit(screen(options: 5, question: question), offset: nil, pager: pager)
        XCTAssertLessThanOrEqual(result.lines.count, 14)
        XCTAssertTrue(result.lines.contains { $0.style == .question && $0.text.hasSuffix("…") })
        XCTAssertTrue(result.lines.contains { $0.style == .option }, "one answer at least stays")
        XCTAssertTrue(result.lines.allSatisfy { $0.text.count <= 39 })
    }

    func testWrappingKeepsInnerSpacesAndCutsWordsLongerThanTheLine() {
        XCTAssertEqual(ScreenText.wrap("  3  Quartier Cleunay / Arsenal-Redon / La Courrouze", width: 30),
                       ["  3  Quartier Cleunay /", "  Arsenal-Redon / La Courrouze"])
        XCTAssertTrue(ScreenText.wrap(String(repeating: "x", count: 50), width: 20).allSatisfy { $0.count <= 20 })
    }
}
