import XCTest
@testable import Statistics

final class SymmetricMatrixTests: XCTestCase {
    func testJacobiEigenvaluesOfKnownMatrices() {
        // [[2,1],[1,2]] has eigenvalues 3 and 1; the 3×3 second-difference matrix has 2 ± √2 and 2.
        let pair = SymmetricMatrix(rows: [[2, 1], [1, 2]]).eigenvalues()
        XCTAssertEqual(pair[0], 3, accuracy: 1e-15)
        XCTAssertEqual(pair[1], 1, accuracy: 1e-15)
        let values = SymmetricMatrix(rows: [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]).eigenvalues()
        let expected = [2 + 2.0.squareRoot(), 2, 2 - 2.0.squareRoot()]
        for (value, reference) in zip(values, expected) { XCTAssertEqual(value, reference, accuracy: 1e-14) }
        XCTAssertEqual(SymmetricMatrix(rows: [[5]]).eigenvalues(), [5])
    }

    func testEigenvaluesPreserveTraceAndDeterminantOfRandomMatrix() {
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        let n = 6
        var a = SymmetricMatrix(size: n)
        for _ in 0..<10 { a.addOuterProduct((0..<n).map { _ in next() }) }
        let values = a.eigenvalues()
        let trace = (0..<n).reduce(0) { $0 + a[$1, $1] }
        XCTAssertEqual(values.reduce(0, +), trace, accuracy: 1e-13 * abs(trace))
        // det via Cholesky equals the product of eigenvalues.
        let factor = a.choleskyFactor(relativeTolerance: 1e-12)!
        let determinant = (0..<n).reduce(1.0) { $0 * factor[$1, $1] * factor[$1, $1] }
        XCTAssertEqual(values.reduce(1, *), determinant, accuracy: 1e-10 * abs(determinant))
    }

    func testCholeskyReconstructsAndDetectsSingularity() {
        let a = SymmetricMatrix(rows: [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]])
        let l = a.choleskyFactor(relativeTolerance: 1e-12)!
        for i in 0..<3 { for j in 0..<3 {
            let product = (0..<3).reduce(0.0) { $0 + l[i, $1] * l[j, $1] }
            XCTAssertEqual(product, a[i, j], accuracy: 1e-14)
        } }
        XCTAssertNil(SymmetricMatrix(rows: [[1, 2], [2, 4]]).choleskyFactor(relativeTolerance: 1e-7))
        XCTAssertNil(SymmetricMatrix(rows: [[1, 0], [0, -1]]).choleskyFactor(relativeTolerance: 1e-7))
    }

    func testWhitenGivesEigenvaluesOfInverseProduct() {
        // E = diag(2, 4), H = [[2, 0], [0, 8]]: E⁻¹H = diag(1, 2).
        let l = SymmetricMatrix(rows: [[2, 0], [0, 4]]).choleskyFactor(relativeTolerance: 1e-12)!
        let values = l.whiten(SymmetricMatrix(rows: [[2, 0], [0, 8]])).eigenvalues()
        XCTAssertEqual(values[0], 2, accuracy: 1e-15)
        XCTAssertEqual(values[1], 1, accuracy: 1e-15)
    }
}
