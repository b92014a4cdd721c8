import Statistics
import XCTest

/// The large-sample η² interval agrees with the exact noncentral-F inversion where both can be computed.
final class LargeSampleIntervalTests: XCTestCase {
    func testItAgreesWithTheExactIntervalOnLargeSamples() throws {
        // Where the report takes it: λ ≈ df₁(F − 1) over 1,000.
        // (The exact inversion takes seconds here: one case.)
        for (f, d1, d2) in [(600.0, 2, 50_000)] {
            let exact = try VarianceExplained.interval(f: f, numeratorDF: d1, denominatorDF: d2)
            let large = try VarianceExplained.largeSampleInterval(f: f, numeratorDF: d1, denominatorDF: d2)
            let width = exact.etaSquared.upper - exact.etaSquared.lower
            XCTAssertEqual(large.etaSquared.lower, exact.etaSquared.lower, accuracy: 0.05 * width, "F \(f)")
            XCTAssertEqual(large.etaSquared.upper, exact.etaSquared.upper, accuracy: 0.05 * width, "F \(f)")
        }
    }
}
