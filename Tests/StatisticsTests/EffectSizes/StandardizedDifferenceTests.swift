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

    /// The χ mixture gives the series' probability (checked against R's pnt), wherever the intervals use it; the
    /// full grid (7 ν from 50 to 399,000, 10 δ from −37 to 37.5, 9 t) agreed to 1e-13 too, but takes half a minute in a debug
    /// build: the series is slow where the mixture is not.
    func testMixtureAgreesWithTheSeries() {
        for nu in [50.0, 213, 5_000, 30_000] {
            let mixture = NoncentralTMixture(degreesOfFreedom: nu)
            for delta in [-12.0, -3, 0, 4.2, 12] {
                for t in [-40.0, -1, 0.7, 9, 45] {
                    let series = NoncentralT(degreesOfFreedom: nu, noncentrality: delta).cdf(t)
                    XCTAssertEqual(mixture.cdf(t, noncentrality: delta), series, accuracy: 1e-13, "ν \(nu), δ \(delta), t \(t)")
                }
            }
        }
        // Near R's switch to the normal approximation (|δ| = 37.62), where the series is longest.
        let mixture = NoncentralTMixture(degreesOfFreedom: 213)
        for (delta, t) in [(37.5, 30.0), (-37.5, -41.0)] {
            XCTAssertEqual(mixture.cdf(t, noncentrality: delta), NoncentralT(degreesOfFreedom: 213, noncentrality: delta).cdf(t),
                           accuracy: 1e-13)
        }
    }
}

