import XCTest
@testable import Questionnaire

final class AnswerValueTests: XCTestCase {
    func testDecimalsStayExact() {
        XCTAssertEqual(AnswerValue.number(Decimal(string: "0.1")!), .number(Decimal(string: "0.10")!))
        XCTAssertNotEqual(AnswerValue.choice("oui"), .choice("non"))
    }
}
