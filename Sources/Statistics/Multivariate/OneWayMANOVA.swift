import Foundation

/// One multivariate test of a MANOVA: the statistic, its F approximation and the approximation's p-value.
public struct MultivariateTest: Codable, Sendable, Equatable {
    public var statistic: Double
    public var approximateF: Double
    public var numeratorDF: Double
    public var denominatorDF: Double
    /// Upper tail of F(numeratorDF, denominatorDF) at approximateF; nil where R's summary.manova gives NA
    /// (negative F or non-positive degrees of freedom).
    public var p: Double?
}

/// One-way MANOVA of p items across k groups.
public struct OneWayMANOVAResult: Codable, Sendable, Equatable {
    public var itemCount: Int
    /// Groups with at least one complete row after listwise deletion.
    public var groupCount: Int
    public var observationCount: Int
    /// Rows dropped because at least one item was NaN (listwise deletion).
    public var droppedRowCount: Int
    /// Hypothesis (between-groups) sums of squares and cross-products, H.
    public var hypothesisSSCP: [[Double]]
    /// Error (within-groups) sums of squares and cross-products, E.
    public var errorSSCP: [[Double]]
    public var hypothesisDF: Int
    public var errorDF: Int
    /// Eigenvalues of E⁻¹H, decreasing.
    public var eigenvalues: [Double]
    public var wilks: MultivariateTest
    public var pillai: MultivariateTest
    public var hotellingLawley: MultivariateTest
    public var roy: MultivariateTest
}

public enum OneWayMANOVA {
    /// Relative pivot below which the within-groups matrix E counts as singular: R's default `tol` for the
    /// rank check of summary.manova, applied here to the Cholesky pivots of E scaled to unit diagonal.
    public static let singularityTolerance = 1e-7

    /// One-way MANOVA; `groups[g][row][item]`. Rows holding a NaN are dropped (listwise deletion, done here) and
    /// groups left empty are ignored. Method: H and E SSCP matrices, eigenvalues of E⁻¹H, and the four tests with
    /// the F approximations of R's `stats:::summary.manova` (Rao's F for Wilks; Roy as an upper bound).
    public static func test(groups: [[[Double]]]) throws -> OneWayMANOVAResult {
        guard let itemCount = groups.lazy.flatMap({ $0 }).first?.count, itemCount > 0 else {
            throw LocalStatisticsError.insufficientData("MANOVA needs at least one row with one item")
        }
        guard groups.allSatisfy({ $0.allSatisfy { $0.count == itemCount } }) else {
            throw LocalStatisticsError.dimensionMismatch("every row must hold \(itemCount) items")
        }
        let complete = groups.map { $0.filter { row in row.allSatisfy { $0.isFinite } } }.filter { !$0.isEmpty }
        let observationCount = complete.reduce(0) { $0 + $1.count }
        let droppedRowCount = groups.reduce(0) { $0 + $1.count } - observationCount
        let k = complete.count
        guard k >= 2 else { throw LocalStatisticsError.insufficientData("MANOVA needs at least two non-empty groups") }
        let errorDF = observationCount - k
        guard errorDF >= itemCount else {
            throw LocalStatisticsError.singularMatrix(
                "E is singular: \(errorDF) residual degrees of freedom for \(itemCount) items")
        }

        let (h, e) = sumsOfSquaresAndCrossProducts(complete, itemCount: itemCount)
        let eigenvalues = try relativeEigenvalues(hypothesis: h, error: e)
        let q = Double(k - 1)
        let dfRes = Double(errorDF)
        return OneWayMANOVAResult(
            itemCount: itemCount, groupCount: k, observationCount: observationCount,
            droppedRowCount: droppedRowCount, hypothesisSSCP: h.rows, errorSSCP: e.rows,
            hypothesisDF: k - 1, errorDF: errorDF, eigenvalues: eigenvalues,
            wilks: ManovaApproximations.wilks(eigenvalues, q: q, dfResidual: dfRes),
            pillai: ManovaApproximations.pillai(eigenvalues, q: q, dfResidual: dfRes),
            hotellingLawley: ManovaApproximations.hotellingLawley(eigenvalues, q: q, dfResidual: dfRes),
            roy: ManovaApproximations.roy(eigenvalues, q: q, dfResidual: dfRes))
    }

    /// H and E by two passes (group means first), which keeps cancellation small on Likert-type data.
    static func sumsOfSquaresAndCrossProducts(_ groups: [[[Double]]], itemCount p: Int)
        -> (hypothesis: SymmetricMatrix, error: SymmetricMatrix) {
        let total = Double(groups.reduce(0) { $0 + $1.count })
        let means = groups.map { rows in
            (0..<p).map { item in rows.reduce(0) { $0 + $1[item] } / Double(rows.count) }
        }
        let grand = (0..<p).map { item in
            zip(groups, means).reduce(0) { $0 + Double($1.0.count) * $1.1[item] } / total
        }
        var h = SymmetricMatrix(size: p)
        var e = SymmetricMatrix(size: p)
        for (rows, mean) in zip(groups, means) {
            h.addOuterProduct(zip(mean, grand).map { $0 - $1 }, weight: Double(rows.count))
            for row in rows { e.addOuterProduct(zip(row, mean).map { $0 - $1 }) }
        }
        return (h, e)
    }

    /// Eigenvalues of E⁻¹H via the symmetric form L⁻¹HL⁻ᵀ (E = LLᵀ); throws when E is numerically singular.
    static func relativeEigenvalues(hypothesis h: SymmetricMatrix, error e: SymmetricMatrix) throws -> [Double] {
        let p = e.size
        if let constant = (0..<p).first(where: { !(e[$0, $0] > 0) }) {
            throw LocalStatisticsError.singularMatrix("E is singular: item \(constant + 1) does not vary within groups")
        }
        let scale = (0..<p).map { 1 / e[$0, $0].squareRoot() }
        var scaledE = SymmetricMatrix(size: p)
        var scaledH = SymmetricMatrix(size: p)
        for i in 0..<p {
            for j in 0..<p {
                scaledE[i, j] = e[i, j] * scale[i] * scale[j]
                scaledH[i, j] = h[i, j] * scale[i] * scale[j]
            }
        }
        guard let factor = scaledE.choleskyFactor(relativeTolerance: singularityTolerance) else {
            throw LocalStatisticsError.singularMatrix("E is singular: the items are collinear within groups")
        }
        return factor.whiten(scaledH).eigenvalues()
    }
}
