import XCTest

final class HelpTests: XCTestCase {
    func testBinaryRuns() throws {
        let result = try BinaryRunner.run([])
        XCTAssertEqual(result.status, 0)
    }
}
