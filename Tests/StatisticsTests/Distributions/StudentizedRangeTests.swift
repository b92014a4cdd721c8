import XCTest
@testable import Statistics

/// The studentized range against the mpmath references of Fixtures/studentized_range_mpmath_ref.json
/// (absolute error ≤ 1e-10 required; R's ptukey reaches only ~4e-6 at ν = 3), plus round trips and limits.
final class StudentizedRangeTests: XCTestCase {
    struct Case: Decodable {
        struct Source: Decodable { let q: Double; let k: Double; let v: Double }
        let src_case: Source
        let mp_result: Double
    }

    struct Fixture: Decodable { let cdf_data: [Case] }

    static let fixture: Fixture = {
        let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        let url = fixtures.appendingPathComponent("studentized_range_mpmath_ref.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    func testCdfMatchesMpmathWithinOneE10Absolute() {
        let cases = Self.fixture.cdf_data
        XCTAssertEqual(cases.count, 72)
        var worst = 0.0, worstWhere = ""
        for entry in cases {
            let c = entry.src_case
            let (cdf, sf) = StudentizedRange(groups: c.k, degreesOfFreedom: c.v).tails(c.q)
            let error = abs(cdf - entry.mp_result)
            if !(error <= worst) { worst = error; worstWhere = "q \(c.q) k \(c.k) v \(c.v): \(cdf) vs \(entry.mp_result)" }
            XCTAssertLessThanOrEqual(error, 1e-10, "q \(c.q) k \(c.k) v \(c.v): \(cdf) vs \(entry.mp_result)")
            XCTAssertLessThanOrEqual(abs(sf - (1 - entry.mp_result)), 1e-10)
        }
        print("[studentized range] 72 mpmath points, max absolute error \(worst) at \(worstWhere)")
    }

    func testQuantileInvertsCdf() {
        var worst = 0.0
        for (k, v, probabilities) in [(3.0, 10.0, [0.001, 0.95]), (5, 3, [0.5, 0.99]), (10, 120, [0.1, 0.9]),
                                      (4, 37.6, [0.95]), (20, .infinity, [0.05, 0.999])] {
            let distribution = StudentizedRange(groups: k, degreesOfFreedom: v)
            for p in probabilities {
                let q = distribution.quantile(p)
                XCTAssertTrue(q.isFinite && q > 0)
                let back = p < 0.5 ? distribution.cdf(q) : distribution.sf(q)
                let target = p < 0.5 ? p : 1 - p
                let error = abs(back - target) / target
                worst = max(worst, error)
                XCTAssertLessThan(error, 1e-11, "k \(k) v \(v) p \(p): q \(q)")
            }
        }
        print("[studentized range] quantile round trips: max relative error \(worst)")
    }

    func testKnownCriticalValues() {
        // Classic table values of q(0.95; k, ν) (e.g. Harter 1960), given to 3 decimals.
        XCTAssertEqual(StudentizedRange(groups: 3, degreesOfFreedom: 10).quantile(0.95), 3.877, accuracy: 5e-4)
        XCTAssertEqual(StudentizedRange(groups: 5, degreesOfFreedom: 20).quantile(0.95), 4.232, accuracy: 5e-4)
        XCTAssertEqual(StudentizedRange(groups: 2, degreesOfFreedom: .infinity).quantile(0.95), 2.772, accuracy: 5e-4)
        XCTAssertEqual(StudentizedRange(groups: 10, degreesOfFreedom: .infinity).quantile(0.95), 4.474, accuracy: 5e-4)
    }

    func testTwoGroupsIsScaledStudentT() {
        // With k = 2 the range of two means is |difference|: P(Q > q) = P(|T_ν| > q/√2). This also checks the
        // relative accuracy of deep upper tails (down to ~1e-99 at q = 30, ν = ∞).
        for v in [2.5, 40.0, .infinity] {
            let range = StudentizedRange(groups: 2, degreesOfFreedom: v)
            let t = StudentT(degreesOfFreedom: v)
            for q in [0.2, 3.0, 12.0, 30.0] {
                let expected = t.twoSidedPValue(q / 2.0.squareRoot())
                XCTAssertEqual(range.sf(q) / expected, 1, accuracy: 1e-11, "v \(v) q \(q)")
            }
        }
    }

    func testLargeDegreesOfFreedomApproachTheInfiniteCase() {
        let limit = StudentizedRange(groups: 4, degreesOfFreedom: .infinity)
        let large = StudentizedRange(groups: 4, degreesOfFreedom: 1e7)
        for q in [1.0, 3.0, 5.0] {
            XCTAssertEqual(large.cdf(q), limit.cdf(q), accuracy: 1e-6)
        }
    }

    func testEdgesAndInvalidParameters() {
        let distribution = StudentizedRange(groups: 4, degreesOfFreedom: 12)
        XCTAssertEqual(distribution.cdf(0), 0)
        XCTAssertEqual(distribution.sf(-1), 1)
        XCTAssertEqual(distribution.cdf(.infinity), 1)
        XCTAssertEqual(distribution.sf(.infinity), 0)
        XCTAssertEqual(distribution.quantile(0), 0)
        XCTAssertEqual(distribution.quantile(1), .infinity)
        XCTAssertTrue(distribution.quantile(1.5).isNaN)
        XCTAssertTrue(distribution.cdf(.nan).isNaN)
        XCTAssertTrue(StudentizedRange(groups: 1, degreesOfFreedom: 10).sf(2).isNaN)
        XCTAssertTrue(StudentizedRange(groups: 3, degreesOfFreedom: 0).sf(2).isNaN)
        XCTAssertFalse(StudentizedRange(groups: 3, degreesOfFreedom: -.infinity).isValid)
    }

    func testMonotoneAndTailsSumToOne() {
        let distribution = StudentizedRange(groups: 6, degreesOfFreedom: 8.5)
        var previous = 0.0
        for step in 1...12 {
            let q = Double(step)
            let (cdf, sf) = distribution.tails(q)
            XCTAssertGreaterThanOrEqual(cdf, previous)
            XCTAssertEqual(cdf + sf, 1, accuracy: 1e-15)
            previous = cdf
        }
        // Deep upper tail stays positive and decreasing (p-values never rounded to 0 too early).
        XCTAssertGreaterThan(distribution.sf(40), 0)
        XCTAssertLessThan(distribution.sf(40), distribution.sf(30))
    }
}
