import Foundation
import XCTest
@testable import octant

/// What a command prints to a terminal cannot drive it, whatever a questionnaire's labels or a data file hold.
final class ConsoleTests: XCTestCase {
    func testEscapesAndBidiOverridesAreNeutralisedAndLineBreaksKept() {
        let hostile = "Vague \u{1B}[2J\u{1B}]0;titre\u{07} « avant »\n\u{202E}erèimerp\u{202C} : 12\r\n\tfin"
        let shown = Console.safeForTerminal(hostile)
        XCTAssertFalse(shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D || $0.value == 0x202E })
        XCTAssertEqual(shown.split(separator: "\n", omittingEmptySubsequences: false).count, 3)
        XCTAssertTrue(shown.contains("« avant »"))
        XCTAssertTrue(shown.hasSuffix("\tfin"))
    }
}
