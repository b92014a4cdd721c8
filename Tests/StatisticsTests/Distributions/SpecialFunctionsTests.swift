import XCTest
@testable import Statistics

/// The building blocks against mpmath values (30 digits, quoted inline) and closed forms.
final class SpecialFunctionsTests: XCTestCase {
    typealias SF = SpecialFunctions

    private func assertRelative(_ value: Double, _ expected: Double, _ tolerance: Double = 1e-14,
                                _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertLessThanOrEqual(abs(value - expected), tolerance * abs(expected),
                                 "\(message): \(value) vs \(expected)", file: file, line: line)
    }

    func testLogGamma() {
        // Below 10 the recurrence onto Stirling's range leaves an absolute error of a few ulps of log Γ(10+).
        XCTAssertEqual(SF.logGamma(0.5), 0.5 * log(Double.pi), accuracy: 3e-15, "Γ(½) = √π")
        XCTAssertEqual(SF.logGamma(1), 0, accuracy: 3e-15)
        XCTAssertEqual(SF.logGamma(2), 0, accuracy: 3e-15)
        XCTAssertEqual(SF.logGamma(3.7), 1.42807232666538812920049835255, accuracy: 3e-15, "3.7")
        assertRelative(SF.logGamma(100), 359.13420536957539877604401046, 1e-15, "100")
        assertRelative(SF.logGamma(1e6), 12815504.569147611659976971785, 1e-15, "1e6")
        assertRelative(SF.logGamma(1e-300), 690.77552789821370518033834457, 1e-15, "1e-300")
        assertRelative(SF.logGamma(-2.5), -0.0562437164976740506725945300976, 1e-13, "−2.5")
        for n in 1...20 {
            let factorial = (1..<n).reduce(1.0) { $0 * Double($1) }
            assertRelative(exp(SF.logGamma(Double(n))), factorial, 1e-14, "Γ(\(n))")
        }
        XCTAssertEqual(SF.logGamma(0), .infinity)
        XCTAssertEqual(SF.logGamma(-3), .infinity)
        XCTAssertTrue(SF.logGamma(.nan).isNaN)
    }

    func testLogBeta() {
        XCTAssertEqual(SF.logBeta(0.5, 0.5), log(Double.pi), accuracy: 6e-15, "B(½,½) = π")
        assertRelative(SF.logBeta(12.5, 3), -7.10941979861922261290159792375, 1e-15, "12.5, 3")
        assertRelative(SF.logBeta(1e10, 0.5), -10.9405605220330283330182435977, 1e-14, "1e10, ½")
        assertRelative(SF.logBeta(1e6, 1e6), -1386300.00336292111632611981315, 1e-15, "1e6, 1e6")
        XCTAssertEqual(SF.logBeta(3, 4), SF.logBeta(4, 3))
        XCTAssertTrue(SF.logBeta(0, 1).isNaN)
        XCTAssertTrue(SF.logBeta(1, -2).isNaN)
        XCTAssertTrue(SF.logBeta(.nan, 2).isNaN)
    }

    func testIncompleteBeta() {
        assertRelative(SF.regularizedIncompleteBeta(0.3, a: 2.5, b: 7.25), 0.660482273581907221796417908002, 1e-14, "I")
        assertRelative(SF.regularizedIncompleteBetaComplement(0.3, a: 2.5, b: 7.25),
                       1 - 0.660482273581907221796417908002, 1e-14, "1 − I")
        for x in [0x1p-17, 0.125, 0.5, 0.9375] {  // exact complements, so the swap identity is exact too
            assertRelative(SF.regularizedIncompleteBeta(x, a: 1, b: 1), x, 1e-14, "uniform")
            assertRelative(SF.regularizedIncompleteBeta(x, a: 3.5, b: 1), pow(x, 3.5), 1e-14, "xᵃ")
            assertRelative(SF.regularizedIncompleteBetaComplement(x, a: 1, b: 4.5), pow(1 - x, 4.5), 1e-14, "(1−x)ᵇ")
            for (a, b) in [(0.5, 3.0), (40.0, 60.0), (2.0, 1e4)] {
                let lower = SF.regularizedIncompleteBeta(x, a: a, b: b)
                let upper = SF.regularizedIncompleteBetaComplement(x, a: a, b: b)
                XCTAssertEqual(lower + upper, 1, accuracy: 4e-16)
                XCTAssertEqual(upper, SF.regularizedIncompleteBeta(1 - x, a: b, b: a), accuracy: 1e-15)
            }
        }
        XCTAssertEqual(SF.regularizedIncompleteBeta(0, a: 2, b: 3), 0)
        XCTAssertEqual(SF.regularizedIncompleteBeta(1, a: 2, b: 3), 1)
        XCTAssertEqual(SF.regularizedIncompleteBetaComplement(-1, a: 2, b: 3), 1)
        XCTAssertTrue(SF.regularizedIncompleteBeta(0.5, a: 0, b: 3).isNaN)
        XCTAssertTrue(SF.regularizedIncompleteBeta(0.5, a: 1, b: -3).isNaN)
        XCTAssertTrue(SF.regularizedIncompleteBetaComplement(.nan, a: 1, b: 3).isNaN)
    }

    func testIncompleteGamma() {
        for x in [1e-8, 0.3, 2, 25, 700] {
            // e^−700 through exp of a rounded log-sum near −700: ~1e-13 is the double-precision limit.
            assertRelative(SF.regularizedGammaQ(1, x), exp(-x), 1e-13, "Q(1,x)")
            assertRelative(SF.regularizedGammaP(1, x), -expm1(-x), 1e-14, "P(1,x)")
            XCTAssertEqual(SF.regularizedGammaP(3.3, x) + SF.regularizedGammaQ(3.3, x), 1, accuracy: 4e-16)
        }
        assertRelative(SF.regularizedGammaQ(50, 30), 0.999481108537451965707424952611, 1e-15, "Q(50,30)")
        assertRelative(SF.regularizedGammaP(0.1, 1e-3), 0.526768568392445111817869842601, 1e-14, "P(0.1,1e-3)")
        assertRelative(SF.regularizedGammaQ(1e4, 1.1e4), 1.69285314964693275770179221984e-22, 1e-12, "Q(1e4,1.1e4)")
        XCTAssertEqual(SF.regularizedGammaP(2, 0), 0)
        XCTAssertEqual(SF.regularizedGammaQ(2, .infinity), 0)
        XCTAssertTrue(SF.regularizedGammaP(0, 1).isNaN)
        XCTAssertTrue(SF.regularizedGammaQ(-1, 1).isNaN)
        XCTAssertTrue(SF.regularizedGammaQ(2, .nan).isNaN)
    }
}
