@testable import Statistics
import XCTest

/// Selection must give exactly what sorting gives, whatever the order and the ties of the input.
final class PartialOrderTests: XCTestCase {
    func testEveryRankEqualsTheSortedValueOnHardInputs() {
        var generator = CoreTestRandom(seed: 7)
        let n = 2_001
        let inputs: [String: [Double]] = [
            "random": (0..<n).map { _ in Double(generator.next() % 1_000_000) / 7 },
            "few distinct values (a Likert score)": (0..<n).map { _ in Double(generator.next() % 8 + 1) },
            "ascending": (0..<n).map(Double.init),
            "descending": (0..<n).map { Double(n - $0) },
            "all equal": Array(repeating: 4.5, count: n),
            "organ pipe": (0..<n).map { Double(min($0, n - $0)) },
            "negative and zero": (0..<n).map { _ in Double(Int(generator.next() % 21) - 10) * 0.25 },
        ]
        for (name, values) in inputs {
            let sorted = values.sorted()
            var order = PartialOrder(values)
            // Queries in a scattered order, as quantiles ask them, then every rank.
            for rank in [n / 2, n / 4, 3 * n / 4, 0, n - 1, n / 2 + 1] + Array(0..<n) {
                XCTAssertEqual(order.value(atRank: rank), sorted[rank], "\(name), rank \(rank)")
            }
        }
    }

    func testQuartilesOfDescriptivesMatchTheSortedDefinition() throws {
        var generator = CoreTestRandom(seed: 11)
        for n in [1, 2, 3, 4, 5, 17, 100, 1_001] {
            let values = (0..<n).map { _ in Double(generator.next() % 29) / 4 }
            let sorted = values.sorted()
            for method in QuantileMethod.allCases {
                let descriptives = try Descriptives(values: values, quantileMethod: method)
                XCTAssertEqual(descriptives.median, try method.quantile(0.5, ofSorted: sorted), "n \(n) \(method)")
                XCTAssertEqual(descriptives.firstQuartile, try method.quantile(0.25, ofSorted: sorted), "n \(n) \(method)")
                XCTAssertEqual(descriptives.thirdQuartile, try method.quantile(0.75, ofSorted: sorted), "n \(n) \(method)")
                XCTAssertEqual(descriptives.minimum, sorted.first)
                XCTAssertEqual(descriptives.maximum, sorted.last)
            }
        }
    }
}
