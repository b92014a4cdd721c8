import XCTest
@testable import Statistics

final class OneWayMANOVATests: XCTestCase {
    /// 18 rows (group, y1, y2, y3) from R 4.2.2, set.seed(7); references from summary.manova(manova(Y ~ g)).
    static let rows: [[Double]] = [
        [1, 8, 9, 4], [1, 4, 4, 7], [1, 2, 6, 7], [1, 1, 4, 4], [1, 3, 9, 7], [1, 7, 8, 4], [2, 3, 10, 6],
        [2, 8, 3, 4], [2, 2, 7, 7], [2, 4, 6, 3], [2, 2, 10, 2], [3, 3, 7, 7], [3, 6, 9, 7], [3, 2, 6, 8],
        [3, 4, 5, 5], [3, 2, 5, 6], [3, 5, 7, 6], [3, 1, 10, 5],
    ]

    static var groups: [[[Double]]] {
        (1...3).map { g in rows.filter { $0[0] == Double(g) }.map { Array($0.dropFirst()) } }
    }

    private func assertRelative(_ value: Double, _ reference: Double, _ tolerance: Double = 1e-9,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertLessThanOrEqual(abs(value - reference), tolerance * abs(reference), "\(value) vs \(reference)",
                                 file: file, line: line)
    }

    func testStatisticsMatchSummaryManova() throws {
        let result = try OneWayMANOVA.test(groups: Self.groups)
        let tests = try XCTUnwrap(result.tests)
        XCTAssertEqual(result.hypothesisDF, 2)
        XCTAssertEqual(result.errorDF, 15)
        assertRelative(tests.eigenvalues[0], 0.27255603914924681)
        assertRelative(tests.eigenvalues[1], 0.029324258950841689)
        XCTAssertEqual(tests.eigenvalues[2], 0, accuracy: 1e-14)
        assertRelative(tests.wilks.statistic, 0.76343290622989501)
        assertRelative(tests.wilks.approximateF, 0.62615256669312347)
        XCTAssertEqual([tests.wilks.numeratorDF, tests.wilks.denominatorDF], [6, 26])
        assertRelative(tests.pillai.statistic, 0.24266883422811242)
        assertRelative(tests.pillai.approximateF, 0.64441727421010797)
        XCTAssertEqual([tests.pillai.numeratorDF, tests.pillai.denominatorDF], [6, 28])
        assertRelative(tests.hotellingLawley.statistic, 0.30188029810008848)
        assertRelative(tests.hotellingLawley.approximateF, 0.60376059620017697)
        XCTAssertEqual([tests.hotellingLawley.numeratorDF, tests.hotellingLawley.denominatorDF], [6, 24])
        assertRelative(tests.roy.statistic, 0.27255603914924681)
        assertRelative(tests.roy.approximateF, 1.27192818269648522)
        XCTAssertEqual([tests.roy.numeratorDF, tests.roy.denominatorDF], [3, 14])
        assertRelative(try XCTUnwrap(tests.wilks.p), 0.70782911829401618)
        assertRelative(try XCTUnwrap(tests.pillai.p), 0.69399566617785413)
        assertRelative(try XCTUnwrap(tests.hotellingLawley.p), 0.72465011596359119)
        assertRelative(try XCTUnwrap(tests.roy.p), 0.32218828730879762)
    }

    func testPermutingGroupsLeavesTestsUnchanged() throws {
        let original = try XCTUnwrap(try OneWayMANOVA.test(groups: Self.groups).tests)
        let permuted = try XCTUnwrap(try OneWayMANOVA.test(groups: Self.groups.reversed()).tests)
        assertRelative(permuted.wilks.statistic, original.wilks.statistic, 1e-12)
        assertRelative(permuted.pillai.statistic, original.pillai.statistic, 1e-12)
    }

    func testRowsWithNaNAreDroppedListwise() throws {
        var groups = Self.groups
        groups[0].append([.nan, 3, 3])
        groups[2].append([1, .infinity, 2])
        let result = try OneWayMANOVA.test(groups: groups)
        XCTAssertEqual(result.droppedRowCount, 2)
        XCTAssertEqual(result.observationCount, 18)
        assertRelative(try XCTUnwrap(result.tests).wilks.statistic, 0.76343290622989501)
    }

    func testSingularErrorMatrixIsATypedResult() throws {
        // A third item equal to the sum of the first two: collinear.
        let collinear = Self.groups.map { $0.map { [$0[0], $0[1], $0[0] + $0[1]] } }
        let a = try OneWayMANOVA.test(groups: collinear)
        XCTAssertNil(a.tests)
        XCTAssertEqual(a.singularity, .collinearItems)
        // An item constant within groups.
        let constant = Self.groups.enumerated().map { g, rows in rows.map { [$0[0], $0[1], Double(g)] } }
        XCTAssertEqual(try OneWayMANOVA.test(groups: constant).singularity, .constantItem(index: 2))
        // Fewer residual df than items.
        let small = [[[1.0, 2, 3], [2, 1, 3]], [[3.0, 3, 1], [1, 1, 2]]]
        XCTAssertEqual(try OneWayMANOVA.test(groups: small).singularity, .tooFewResidualDF(residualDF: 2, items: 3))
    }

    func testInvalidInputsThrow() {
        XCTAssertThrowsError(try OneWayMANOVA.test(groups: [Self.groups[0]]))
        XCTAssertThrowsError(try OneWayMANOVA.test(groups: []))
        XCTAssertThrowsError(try OneWayMANOVA.test(groups: [[[1, 2]], [[1, 2, 3]]]))
    }
}
