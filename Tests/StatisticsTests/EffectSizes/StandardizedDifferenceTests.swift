import XCTest
@testable import Statistics

/// The noncentrality limits against R's pt(t, df, ncp) inverted by uniroot (tol 1e-14), in the series region, across
/// the |δ| = 37.62 switch to R's normal approximation, and beyond it.
final class StandardizedDifferenceTests: XCTestCase {
    func testLimitsInvertRsPt() throws {
        let cases: [(t: Double, df: Double, lower: Double, upper: Double)] = [
            (7.577, 22, 4.5737372866, 10.5033484928),
            (2.1, 10, -0.102672669883, 4.21761211434),
            (60, 5, 24.3989921052, 94.2393157063),
            (-3, 40, -5.04973002199, -0.916507640966),
            (45, 300, 40.8629412017, 49.0620587983),
        ]
        for c in cases {
            let limits = try StandardizedDifference.noncentralityInterval(t: c.t, degreesOfFreedom: c.df)
            XCTAssertEqual(limits.lower, c.lower, accuracy: 1e-9 * abs(c.lower), "t = \(c.t), df = \(c.df)")
            XCTAssertEqual(limits.upper, c.upper, accuracy: 1e-9 * abs(c.upper), "t = \(c.t), df = \(c.df)")
        }
    }
}
