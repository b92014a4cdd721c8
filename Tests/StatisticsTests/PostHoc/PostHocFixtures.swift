import Foundation
import XCTest

/// Reads the R reference files of `Fixtures/r` (schema in its README) as untyped JSON.
enum PostHocFixtures {
    typealias Object = [String: Any]

    static func datasets(_ file: String) throws -> [Object] {
        let url = try XCTUnwrap(Bundle.module.resourceURL).appendingPathComponent("Fixtures/r/\(file).json")
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? Object)
        return try XCTUnwrap(root["datasets"] as? [Object])
    }

    /// A JSON number (nil for JSON null).
    static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    /// An array of numbers where null means a missing answer (NaN).
    static func values(_ value: Any?) -> [Double] {
        (value as? [Any] ?? []).map { number($0) ?? .nan }
    }

    /// Relative agreement |a − r| ≤ tolerance·|r| (absolute near zero, where the reference is exactly 0).
    static func assertClose(_ value: Double?, _ reference: Double?, relative tolerance: Double = 1e-9,
                            _ message: @autoclosure () -> String = "",
                            file: StaticString = #filePath, line: UInt = #line) {
        guard let reference else {
            XCTAssertNil(value, "expected null: \(message())", file: file, line: line)
            return
        }
        guard let value else {
            XCTFail("got nil, expected \(reference): \(message())", file: file, line: line)
            return
        }
        let bound = reference == 0 ? tolerance : tolerance * abs(reference)
        XCTAssertLessThanOrEqual(abs(value - reference), bound, "\(value) vs R \(reference): \(message())",
                                 file: file, line: line)
    }

    static func assertAbsolute(_ value: Double?, _ reference: Double?, tolerance: Double,
                               _ message: @autoclosure () -> String = "",
                               file: StaticString = #filePath, line: UInt = #line) {
        guard let reference else {
            XCTAssertNil(value, "expected null: \(message())", file: file, line: line)
            return
        }
        guard let value else {
            XCTFail("got nil, expected \(reference): \(message())", file: file, line: line)
            return
        }
        XCTAssertLessThanOrEqual(abs(value - reference), tolerance, "\(value) vs R \(reference): \(message())",
                                 file: file, line: line)
    }
}
