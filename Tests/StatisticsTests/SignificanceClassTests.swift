import XCTest
@testable import Statistics

final class SignificanceClassTests: XCTestCase {
    func testThresholdsAreStrictUpperBounds() {
        XCTAssertEqual(SignificanceClass(p: 0.049), .significant)
        XCTAssertEqual(SignificanceClass(p: 0.05), .tendential)
        XCTAssertEqual(SignificanceClass(p: 0.0999), .tendential)
        XCTAssertEqual(SignificanceClass(p: 0.10), .none)
        XCTAssertEqual(SignificanceClass(p: .nan), .none)
        XCTAssertEqual(SignificanceClass(p: 0.02, thresholds: .init(significant: 0.01, tendential: 0.05)), .tendential)
    }
}
