import XCTest
@testable import Responses

final class ShortCodeTableTests: XCTestCase {
    func testCodesAreFoundByTheirExactBytesInTheirColumnOnly() {
        let texts = ["0", "nsp", "12345678", "centre_social", "exactly16bytes!!", "seventeen-bytes!!", "a\u{0}"]
        let table = ShortCodeTable([texts.enumerated().map { (text: Array($0.element.utf8), code: UInt8($0.offset)) },
                                    [(text: Array("nsp".utf8), code: 99)]])
        func lookup(_ text: String, column: Int = 0) -> UInt8? {
            let bytes = Array(("xx" + text + "yy").utf8)  // the cell in the middle of a record
            return bytes.withUnsafeBufferPointer { table.code(column: column, bytes: $0, span: 2..<(bytes.count - 2)) }
        }
        for (code, text) in texts.enumerated() where text.utf8.count <= ShortCodeTable.maximumLength {
            XCTAssertEqual(lookup(text), UInt8(code), text)
        }
        XCTAssertNil(lookup("seventeen-bytes!!"), "longer than 16 bytes: left to the general parser")
        XCTAssertNil(lookup("a"), "same leading bytes, other length")
        XCTAssertNil(lookup("ns"))
        XCTAssertNil(lookup("centre_sociale"))
        XCTAssertNil(lookup("1"))
        XCTAssertNil(lookup(""))
        XCTAssertEqual(lookup("nsp", column: 1), 99)
        XCTAssertNil(lookup("0", column: 1))
    }
}
