import Foundation

/// A small dense symmetric matrix (row-major, full storage) with the factorizations MANOVA needs.
struct SymmetricMatrix: Equatable, Sendable {
    let size: Int
    private(set) var storage: [Double]

    init(size: Int) {
        self.size = size
        storage = Array(repeating: 0, count: size * size)
    }

    init(rows: [[Double]]) {
        self.init(size: rows.count)
        for i in 0..<size { for j in 0..<size { self[i, j] = rows[i][j] } }
    }

    subscript(row: Int, column: Int) -> Double {
        get { storage[row * size + column] }
        set { storage[row * size + column] = newValue }
    }

    var rows: [[Double]] { (0..<size).map { i in Array(storage[(i * size)..<((i + 1) * size)]) } }

    /// Adds weight · v vᵀ (a rank-one update), the building block of sums of squares and cross-products.
    mutating func addOuterProduct(_ v: [Double], weight: Double = 1) {
        for i in 0..<size {
            let scaled = weight * v[i]
            for j in 0..<size { storage[i * size + j] += scaled * v[j] }
        }
    }

    /// Cholesky factor L (lower triangular, A = L Lᵀ), or nil when a pivot falls to or below
    /// `relativeTolerance` times its original diagonal entry — the matrix is then numerically singular.
    /// Method: Cholesky–Banachiewicz (Golub & Van Loan, Matrix Computations, alg. 4.2.1).
    func choleskyFactor(relativeTolerance: Double) -> LowerTriangular? {
        var factor = LowerTriangular(size: size)
        for j in 0..<size {
            var pivot = self[j, j]
            for k in 0..<j { pivot -= factor[j, k] * factor[j, k] }
            guard self[j, j] > 0, pivot > relativeTolerance * self[j, j] else { return nil }
            let root = pivot.squareRoot()
            factor[j, j] = root
            for i in (j + 1)..<max(size, j + 1) {
                var sum = self[i, j]
                for k in 0..<j { sum -= factor[i, k] * factor[j, k] }
                factor[i, j] = sum / root
            }
        }
        return factor
    }

    /// Eigenvalues in decreasing order. Method: cyclic Jacobi rotations (Golub & Van Loan, alg. 8.5.3),
    /// accurate to a few ulps of the largest eigenvalue for the small matrices used here.
    func eigenvalues() -> [Double] {
        var a = self
        let n = size
        for _ in 0..<100 {
            var offDiagonal = 0.0
            var scale = 0.0
            for i in 0..<n {
                scale += a[i, i] * a[i, i]
                for j in (i + 1)..<max(n, i + 1) { offDiagonal += a[i, j] * a[i, j] }
            }
            if offDiagonal <= 1e-30 * scale || offDiagonal == 0 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) where a[p, q] != 0 {
                    a.rotate(p, q)
                }
            }
        }
        return (0..<n).map { a[$0, $0] }.sorted(by: >)
    }

    /// One Jacobi rotation zeroing a[p, q] (symmetric Schur decomposition with the smaller rotation angle).
    private mutating func rotate(_ p: Int, _ q: Int) {
        let apq = self[p, q]
        let theta = (self[q, q] - self[p, p]) / (2 * apq)
        let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0..<size {
            let akp = self[k, p], akq = self[k, q]
            self[k, p] = c * akp - s * akq
            self[k, q] = s * akp + c * akq
        }
        for k in 0..<size {
            let apk = self[p, k], aqk = self[q, k]
            self[p, k] = c * apk - s * aqk
            self[q, k] = s * apk + c * aqk
        }
        self[p, q] = 0
        self[q, p] = 0
    }
}

/// A lower-triangular matrix, the Cholesky factor L.
struct LowerTriangular: Sendable {
    let size: Int
    private var storage: [Double]

    init(size: Int) {
        self.size = size
        storage = Array(repeating: 0, count: size * size)
    }

    subscript(row: Int, column: Int) -> Double {
        get { storage[row * size + column] }
        set { storage[row * size + column] = newValue }
    }

    /// L⁻¹ B L⁻ᵀ for symmetric B: the symmetric matrix whose eigenvalues are those of (L Lᵀ)⁻¹ B.
    func whiten(_ b: SymmetricMatrix) -> SymmetricMatrix {
        let n = size
        // Solve L X = B column by column, then L Y = Xᵀ, giving Y = L⁻¹ B L⁻ᵀ.
        var x = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for column in 0..<n {
            let solved = forwardSubstitute((0..<n).map { b[$0, column] })
            for row in 0..<n { x[row][column] = solved[row] }
        }
        var result = SymmetricMatrix(size: n)
        for column in 0..<n {
            let solved = forwardSubstitute(x[column])
            for row in 0..<n { result[row, column] = solved[row] }
        }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let mean = (result[i, j] + result[j, i]) / 2
                result[i, j] = mean
                result[j, i] = mean
            }
        }
        return result
    }

    /// Solves L y = v.
    func forwardSubstitute(_ v: [Double]) -> [Double] {
        var y = v
        for i in 0..<size {
            var sum = y[i]
            for k in 0..<i { sum -= self[i, k] * y[k] }
            y[i] = sum / self[i, i]
        }
        return y
    }
}
