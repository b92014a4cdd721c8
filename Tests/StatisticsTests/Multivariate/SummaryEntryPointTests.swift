import XCTest
@testable import Statistics

/// The summary entry points (for a million rows read once) give what the row entry points give.
final class SummaryEntryPointTests: XCTestCase {
    let groups: [[[Double]]] = [
        [[1, 2, 3], [2, 2, 4], [3, 5, 3], [4, 4, 6], [2, 3, 3]],
        [[5, 6, 7], [6, 5, 8], [7, 7, 6], [8, 6, 7]],
        [[3, 3, 2], [4, 2, 3], [2, 4, 1], [3, 5, 2], [5, 3, 4], [4, 4, 4]],
    ]

    func testMANOVAFromIntegerSumsEqualsRows() throws {
        let fromRows = try OneWayMANOVA.test(groups: groups)
        let summaries = groups.map { rows -> MultivariateGroupSummary in
            let p = rows[0].count
            let sums = (0..<p).map { i in rows.reduce(0) { $0 + Int($1[i]) } }
            let products = (0..<p).map { i in (0..<p).map { j in rows.reduce(0) { $0 + Int($1[i]) * Int($1[j]) } } }
            return MultivariateGroupSummary(count: rows.count, sums: sums, crossProducts: products)
        }
        let fromSums = try OneWayMANOVA.test(summaries: summaries)
        let a = try XCTUnwrap(fromRows.tests), b = try XCTUnwrap(fromSums.tests)
        for (x, y) in [(a.wilks, b.wilks), (a.pillai, b.pillai), (a.hotellingLawley, b.hotellingLawley), (a.roy, b.roy)] {
            XCTAssertEqual(x.statistic, y.statistic, accuracy: 1e-12 * abs(x.statistic))
            XCTAssertEqual(try XCTUnwrap(x.p), try XCTUnwrap(y.p), accuracy: 1e-12)
        }
        XCTAssertEqual(fromSums.observationCount, 15)
    }

    func testAlphaFromCovarianceEqualsRows() throws {
        let rows = groups.flatMap { $0 }
        let fromRows = try Reliability.cronbachAlpha(rows: rows)
        let covariance = Reliability.covarianceMatrix(rows, itemCount: 3)
        let fromCovariance = try Reliability.cronbachAlpha(covariance: covariance, observationCount: rows.count)
        XCTAssertEqual(fromRows, fromCovariance)
        XCTAssertThrowsError(try Reliability.cronbachAlpha(covariance: [[1]], observationCount: 10))
    }
}
