import XCTest
@testable import Statistics

/// Structural properties that hold whatever the reference: monotonicity, complementary tails, symmetry,
/// limits, edge values and the documented results for invalid parameters.
final class DistributionPropertyTests: XCTestCase {
    private let grid: [Double] = (-60...60).map { Double($0) * 0.25 }

    func testCdfIsMonotoneAndTailsAreComplementary() {
        let cases: [(String, (Double) -> Double, (Double) -> Double, [Double])] = [
            ("normal", Normal(mean: 1, sd: 2).cdf, Normal(mean: 1, sd: 2).sf, grid),
            ("t 2.7", StudentT(degreesOfFreedom: 2.7).cdf, StudentT(degreesOfFreedom: 2.7).sf, grid),
            ("t 1e7", StudentT(degreesOfFreedom: 1e7).cdf, StudentT(degreesOfFreedom: 1e7).sf, grid),
            ("F 3,17.4", FisherF(numeratorDF: 3, denominatorDF: 17.4).cdf,
             FisherF(numeratorDF: 3, denominatorDF: 17.4).sf, grid.map { exp($0 / 2) }),
            ("chi2 4.5", ChiSquared(degreesOfFreedom: 4.5).cdf, ChiSquared(degreesOfFreedom: 4.5).sf,
             grid.map { exp($0 / 2) }),
        ]
        for (name, cdf, sf, points) in cases {
            var previous = -1.0
            for x in points.sorted() {
                let lower = cdf(x), upper = sf(x)
                XCTAssertGreaterThanOrEqual(lower, previous, "\(name) cdf decreases at \(x)")
                XCTAssertTrue((0...1).contains(lower) && (0...1).contains(upper), "\(name) out of [0,1] at \(x)")
                XCTAssertEqual(lower + upper, 1, accuracy: 3e-15, "\(name) cdf + sf at \(x)")
                previous = lower
            }
        }
    }

    func testStudentTIsSymmetric() {
        for df in [0.3, 1, 2.7, 9, 55.5, 1e5, .infinity] {
            let t = StudentT(degreesOfFreedom: df)
            for x in [1e-8, 0.2, 1, 3.5, 40, 1e10] {
                XCTAssertEqual(t.cdf(-x), t.sf(x), "df \(df) x \(x)")
                XCTAssertEqual(t.twoSidedPValue(x), t.twoSidedPValue(-x))
                let tail = t.sf(x)
                guard tail > 1e-300 else { continue }  // beyond the double range both sides underflow alike
                XCTAssertEqual(t.twoSidedPValue(x) / (2 * tail), 1, accuracy: 1e-15, "df \(df) x \(x)")
                // Near the median a probability cannot carry x's digits (p ≈ ½ − cx), so round trips start at 0.2.
                if x >= 0.2 {
                    XCTAssertEqual(t.quantile(t.cdf(-x)) / -x, 1, accuracy: 1e-12, "df \(df) x \(x)")
                }
            }
            XCTAssertEqual(t.quantile(0.5), 0)
            XCTAssertEqual(t.cdf(0), 0.5)
        }
    }

    func testStudentTClosedForms() {
        // ν = 1 is Cauchy: sf(x) = atan(1/x)/π; ν = 2: sf(x) = (1 − x/√(2+x²))/2 = 1/(√(2+x²)(√(2+x²)+x)).
        let cauchy = StudentT(degreesOfFreedom: 1), two = StudentT(degreesOfFreedom: 2)
        for x in [0.1, 1, 7, 1e3, 1e100] {
            XCTAssertEqual(cauchy.sf(x) / (atan(1 / x) / Double.pi), 1, accuracy: 1e-14, "x \(x)")
            let root = (2 + x * x).squareRoot()
            XCTAssertEqual(two.sf(x) / (1 / (root * (root + x))), 1, accuracy: 1e-14, "x \(x)")
        }
    }

    func testInfiniteDegreesOfFreedomIsNormal() {
        let t = StudentT(degreesOfFreedom: .infinity), normal = Normal()
        for x in [-38.0, -5, -1, 0, 0.5, 3, 20] {
            XCTAssertEqual(t.cdf(x), normal.cdf(x))
            XCTAssertEqual(t.sf(x), normal.sf(x))
        }
        XCTAssertEqual(t.quantile(0.975), normal.quantile(0.975))
        // Large finite ν approaches the normal smoothly: the relative gap is O((1 + x⁴)/ν).
        for df in [1e12, 1e16, 1e18, 1e20, 1e24] {
            for x in [0.5, 3, 10, 37] {
                let gap = StudentT(degreesOfFreedom: df).sf(x) / normal.sf(x) - 1
                XCTAssertLessThanOrEqual(abs(gap), (1 + x * x * x * x) / df + 1e-13, "df \(df) x \(x)")
            }
        }
        // F with an infinite denominator is χ²(d₁)/d₁.
        let f = FisherF(numeratorDF: 4, denominatorDF: .infinity), chi = ChiSquared(degreesOfFreedom: 4)
        XCTAssertEqual(f.sf(2.5), chi.sf(10), accuracy: 1e-16)
    }

    func testRelationsBetweenDistributions() {
        // t² with ν df is F(1, ν); χ²(1) is Z²; F(d₁, d₂) quantiles are reciprocal under swapping.
        for df in [1.5, 8, 300] {
            let t = StudentT(degreesOfFreedom: df), f = FisherF(numeratorDF: 1, denominatorDF: df)
            for x in [0.3, 2, 9] {
                XCTAssertEqual(f.sf(x * x) / t.twoSidedPValue(x), 1, accuracy: 1e-13, "df \(df) x \(x)")
            }
        }
        let chi = ChiSquared(degreesOfFreedom: 1), normal = Normal()
        for z in [0.1, 1.5, 6, 30] {
            XCTAssertEqual(chi.sf(z * z) / (2 * normal.sf(z)), 1, accuracy: 1e-13, "z \(z)")
        }
        let f = FisherF(numeratorDF: 3, denominatorDF: 11), swapped = FisherF(numeratorDF: 11, denominatorDF: 3)
        XCTAssertEqual(f.quantile(0.95) * swapped.quantile(0.05), 1, accuracy: 1e-12)
    }

    func testDeepTailsAreNeverRoundedToZero() {
        XCTAssertEqual(Normal().sf(37) / 5.72557122252458e-300, 1, accuracy: 1e-12)
        XCTAssertGreaterThan(StudentT(degreesOfFreedom: 3).twoSidedPValue(1e100), 0)
        XCTAssertGreaterThan(FisherF(numeratorDF: 2, denominatorDF: 40).sf(1e10), 0)
        XCTAssertGreaterThan(ChiSquared(degreesOfFreedom: 5).sf(1300), 0)
        XCTAssertEqual(ChiSquared(degreesOfFreedom: 2).sf(1200) / exp(-600), 1, accuracy: 1e-12)
        XCTAssertEqual(ChiSquared(degreesOfFreedom: 2).cdf(1e-300) / 5e-301, 1, accuracy: 1e-12)
    }

    func testEdgeValues() {
        let t = StudentT(degreesOfFreedom: 7)
        XCTAssertEqual(t.cdf(-.infinity), 0)
        XCTAssertEqual(t.cdf(.infinity), 1)
        XCTAssertEqual(t.sf(.infinity), 0)
        XCTAssertEqual(t.twoSidedPValue(.infinity), 0)
        XCTAssertEqual(t.twoSidedPValue(0), 1)
        XCTAssertEqual(t.quantile(0), -.infinity)
        XCTAssertEqual(t.quantile(1), .infinity)
        let normal = Normal(mean: 3, sd: 2)
        XCTAssertEqual(normal.cdf(.infinity), 1)
        XCTAssertEqual(normal.sf(-.infinity), 1)
        XCTAssertEqual(normal.quantile(0.5), 3)
        XCTAssertEqual(normal.quantile(0), -.infinity)
        let f = FisherF(numeratorDF: 2, denominatorDF: 5)
        XCTAssertEqual(f.cdf(0), 0)
        XCTAssertEqual(f.cdf(-3), 0)
        XCTAssertEqual(f.sf(0), 1)
        XCTAssertEqual(f.sf(.infinity), 0)
        XCTAssertEqual(f.quantile(0), 0)
        XCTAssertEqual(f.quantile(1), .infinity)
        let chi = ChiSquared(degreesOfFreedom: 3)
        XCTAssertEqual(chi.cdf(0), 0)
        XCTAssertEqual(chi.sf(-1), 1)
        XCTAssertEqual(chi.cdf(.infinity), 1)
        XCTAssertEqual(chi.quantile(0), 0)
        XCTAssertEqual(chi.quantile(1), .infinity)
    }

    func testInvalidParametersGiveNaN() {
        let invalid: [(String, Double)] = [
            ("t df 0", StudentT(degreesOfFreedom: 0).cdf(1)),
            ("t df -1", StudentT(degreesOfFreedom: -1).sf(1)),
            ("t df NaN", StudentT(degreesOfFreedom: .nan).twoSidedPValue(1)),
            ("t x NaN", StudentT(degreesOfFreedom: 5).cdf(.nan)),
            ("t p 1.5", StudentT(degreesOfFreedom: 5).quantile(1.5)),
            ("t p -0.1", StudentT(degreesOfFreedom: 5).quantile(-0.1)),
            ("t p NaN", StudentT(degreesOfFreedom: 5).quantile(.nan)),
            ("normal sd 0", Normal(mean: 0, sd: 0).cdf(1)),
            ("normal sd -1", Normal(mean: 0, sd: -1).quantile(0.3)),
            ("normal mean NaN", Normal(mean: .nan, sd: 1).sf(0)),
            ("F d1 0", FisherF(numeratorDF: 0, denominatorDF: 3).sf(1)),
            ("F d2 NaN", FisherF(numeratorDF: 2, denominatorDF: .nan).cdf(1)),
            ("F p 2", FisherF(numeratorDF: 2, denominatorDF: 3).quantile(2)),
            ("chi2 k -2", ChiSquared(degreesOfFreedom: -2).sf(1)),
            ("chi2 k inf", ChiSquared(degreesOfFreedom: .infinity).sf(1)),
            ("chi2 x NaN", ChiSquared(degreesOfFreedom: 2).cdf(.nan)),
        ]
        for (name, value) in invalid {
            XCTAssertTrue(value.isNaN, name)
        }
        XCTAssertFalse(StudentT(degreesOfFreedom: 0).isValid)
        XCTAssertTrue(StudentT(degreesOfFreedom: .infinity).isValid)
        XCTAssertFalse(Normal(sd: .infinity).isValid)
        XCTAssertFalse(FisherF(numeratorDF: -1, denominatorDF: 2).isValid)
        XCTAssertFalse(ChiSquared(degreesOfFreedom: 0).isValid)
    }

    func testQuantilesInvertTails() {
        let probabilities = [1e-250, 1e-20, 1e-6, 0.05, 0.31, 0.5, 0.77, 0.95, 1 - 1e-6, 1 - 1e-13]
        for p in probabilities {
            for df in [0.7, 4.3, 250.0] {
                let t = StudentT(degreesOfFreedom: df)
                let x = t.quantile(p)
                if df < 1 && p < 1e-200 {
                    // The quantile, about p^(−1/ν) ≈ 1e357, is beyond the double range: documented as −∞.
                    XCTAssertEqual(x, -.infinity)
                    continue
                }
                let back = p < 0.5 ? t.cdf(x) : t.sf(x)
                XCTAssertEqual(back / (p < 0.5 ? p : 1 - p), 1, accuracy: 1e-12, "t df \(df) p \(p)")
            }
            let f = FisherF(numeratorDF: 2.5, denominatorDF: 31), chi = ChiSquared(degreesOfFreedom: 3.3)
            for (name, quantile, cdf, sf) in [("F", f.quantile, f.cdf, f.sf), ("chi2", chi.quantile, chi.cdf, chi.sf)] {
                let x = quantile(p)
                let back = p < 0.5 ? cdf(x) : sf(x)
                XCTAssertEqual(back / (p < 0.5 ? p : 1 - p), 1, accuracy: 1e-12, "\(name) p \(p)")
            }
        }
    }
}
