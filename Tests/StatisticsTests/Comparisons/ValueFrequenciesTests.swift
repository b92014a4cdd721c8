import Foundation
import Statistics
import XCTest

/// Rank tests and variance tests read from value frequencies give the results of the values themselves.
final class ValueFrequenciesTests: XCTestCase {
    func scoreLike(_ count: Int, shift: Int, seed: inout UInt64) -> [Double] {
        (0..<count).map { _ in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(3 + Int(seed >> 33) % 22 + shift) / 3
        }
    }

    func testRankAndVarianceTestsFromFrequenciesEqualThoseFromValues() throws {
        var seed: UInt64 = 7
        for trial in 0..<20 {
            let groups = (0..<(2 + trial % 4)).map { scoreLike(8 + (trial * 7 + $0 * 13) % 60, shift: $0 % 3, seed: &seed) }
            let tables = try groups.map(ValueFrequencies.init)
            let kruskal = try KruskalWallisTest.test(groups: groups), fromTables = try KruskalWallisTest.test(frequencies: tables)
            XCTAssertEqual(fromTables.h, kruskal.h, accuracy: 1e-10 * max(1, kruskal.h))
            XCTAssertEqual(fromTables.pValue, kruskal.pValue, accuracy: 1e-12)
            for center in [VarianceHomogeneityTestResult.Center.mean, .median] {
                let values = try VarianceHomogeneityTest.test(groups: groups, center: center)
                let frequencies = try VarianceHomogeneityTest.test(frequencies: tables, center: center)
                XCTAssertEqual(frequencies.f, values.f, accuracy: 1e-9 * max(1, values.f))
                XCTAssertEqual(frequencies.pValue, values.pValue, accuracy: 1e-12)
            }
            let whitney = try MannWhitneyUTest.test(groups[0], groups[1], exact: false)
            let fromFrequencies = try MannWhitneyUTest.test(frequencies: tables[0], tables[1])
            XCTAssertEqual(fromFrequencies.u, whitney.u)
            XCTAssertEqual(fromFrequencies.pValue, whitney.pValue, accuracy: 1e-12)
        }
    }

    func testTheMedianOfFrequenciesIsRsType7() throws {
        let sample: [Double] = [5, 1, 3, 3, 8, 2, 2, 9]
        let sorted = sample.sorted()
        XCTAssertEqual(try ValueFrequencies(sample).quantile(0.5), (sorted[3] + sorted[4]) / 2)
        XCTAssertEqual(try ValueFrequencies([4, 1, 7]).quantile(0.5), 4)
        XCTAssertThrowsError(try ValueFrequencies([1, .nan]))
    }
}
