import XCTest
@testable import Statistics

final class CronbachAlphaTests: XCTestCase {
    func testTextbookExampleAndListwiseDeletion() throws {
        // Three items, five respondents; one extra row with a missing answer is dropped listwise.
        let rows: [[Double]] = [[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 4, 5], [5, 5, 5], [2, .nan, 1]]
        let result = try Reliability.cronbachAlpha(rows: rows)
        XCTAssertEqual(result.observationCount, 5)
        XCTAssertEqual(result.droppedRowCount, 1)
        // Item variances 2.5, 1.8, 1.8; total-score variance 17: α = 1.5 · (1 − 6.1/17).
        XCTAssertEqual(result.alpha, 1.5 * (1 - 6.1 / 17), accuracy: 1e-14)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertTrue(result.items.allSatisfy { ($0.itemRestCorrelation ?? 0) > 0.8 })
    }

    func testTwoItemsFollowPsychConvention() throws {
        let rows: [[Double]] = [[1, 2], [2, 1], [3, 4], [4, 4], [5, 6]]
        let result = try Reliability.cronbachAlpha(rows: rows)
        let c = Reliability.covarianceMatrix(rows, itemCount: 2)
        let r = c[0][1] / (c[0][0] * c[1][1]).squareRoot()
        XCTAssertEqual(result.items[0].alphaIfDeleted!, c[0][1] / c[1][1], accuracy: 1e-14)
        XCTAssertEqual(result.items[1].alphaIfDeleted!, c[0][1] / c[0][0], accuracy: 1e-14)
        XCTAssertEqual(result.items[0].itemRestCorrelation!, r, accuracy: 1e-14)
        XCTAssertEqual(result.standardizedAlpha, 2 * r / (1 + r), accuracy: 1e-14)
    }

    func testPermutingItemsPermutesItemStatistics() throws {
        let rows: [[Double]] = [[1, 2, 2, 4], [2, 2, 3, 3], [3, 4, 3, 5], [4, 4, 5, 2], [5, 5, 5, 6], [3, 2, 4, 4]]
        let original = try Reliability.cronbachAlpha(rows: rows)
        let permuted = try Reliability.cronbachAlpha(rows: rows.map { [$0[3], $0[1], $0[0], $0[2]] })
        XCTAssertEqual(original.alpha, permuted.alpha, accuracy: 1e-14)
        XCTAssertEqual(original.items[3].alphaIfDeleted!, permuted.items[0].alphaIfDeleted!, accuracy: 1e-14)
        XCTAssertEqual(original.items[0].itemRestCorrelation!, permuted.items[2].itemRestCorrelation!, accuracy: 1e-14)
    }

    func testDegenerateInputs() throws {
        XCTAssertThrowsError(try Reliability.cronbachAlpha(rows: []))
        XCTAssertThrowsError(try Reliability.cronbachAlpha(rows: [[1], [2]]))
        XCTAssertThrowsError(try Reliability.cronbachAlpha(rows: [[1, 2], [2, 3, 4]]))
        XCTAssertThrowsError(try Reliability.cronbachAlpha(rows: [[1, 2], [.nan, 3]]))
        // Only one item varies: nothing to be consistent with.
        XCTAssertThrowsError(try Reliability.cronbachAlpha(rows: [[1, 5], [2, 5], [3, 5]])) { error in
            guard case .zeroVariance = error as? StatisticsError else { return XCTFail("\(error)") }
        }
        // A constant item is set aside (as psych does) and reported.
        let result = try Reliability.cronbachAlpha(rows: [[1, 5, 2], [2, 5, 2], [3, 5, 4], [4, 5, 3]])
        XCTAssertEqual(result.constantItems, [1])
        XCTAssertEqual(result.items[1], ItemReliability())
    }

    /// Items whose sum is constant: the total has no variance, whatever the rounding residue of the covariances.
    func testItemsThatCancelOutHaveNoAlpha() throws {
        let cancelling: [[Double]] = (0..<23).map { index in
            let a = Double(1 + index % 7), b = Double(1 + (index * 3) % 5)
            return [a, 10 - a, b, 13 - b]
        }
        XCTAssertThrowsError(try Reliability.cronbachAlpha(rows: cancelling))
        for rule in [MissingAnswerRule.completeRows, .pairwise] {
            XCTAssertThrowsError(try Reliability.alpha(rows: cancelling, rule: rule)) { error in
                guard case .zeroVariance = error as? StatisticsError else { return XCTFail("\(error)") }
            }
        }
        let covariance = [[1 / 3.0, -1 / 3.0], [-1 / 3.0, 1 / 3.0 + 1e-17]]
        XCTAssertThrowsError(try Reliability.alpha(covariance: covariance, observationCount: 10, rule: .completeRows))
    }
}
