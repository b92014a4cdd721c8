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

/// The four multivariate tests of one MANOVA term.
public struct MultivariateTests: Codable, Sendable, Equatable {
    /// Eigenvalues of E⁻¹H, decreasing.
    public var eigenvalues: [Double]
    public var wilks: MultivariateTest
    public var pillai: MultivariateTest
    public var hotellingLawley: MultivariateTest
    public var roy: MultivariateTest
}

/// Why the within-groups matrix E cannot be inverted (R's summary.manova stops with "residuals have rank r < p").
public enum SingularErrorMatrix: Codable, Sendable, Equatable {
    /// Fewer residual degrees of freedom than items.
    case tooFewResidualDF(residualDF: Int, items: Int)
    /// An item that does not vary within groups (0-based index).
    case constantItem(index: Int)
    /// Items that are (nearly) linear combinations of each other within groups.
    case collinearItems
}

/// One-way MANOVA of p items across k groups. `tests` is nil exactly when `singularity` is set: H and E are
/// still reported so a caller can show which items are at fault.
public struct OneWayMANOVAResult: Codable, Sendable, Equatable {
    public var itemCount: Int
    /// Groups with at least one complete row after listwise deletion.
    public var groupCount: Int
    public var observationCount: Int
    /// Rows dropped because at least one item was NaN or infinite (listwise deletion).
    public var droppedRowCount: Int
    /// Hypothesis (between-groups) sums of squares and cross-products, H.
    public var hypothesisSSCP: [[Double]]
    /// Error (within-groups) sums of squares and cross-products, E.
    public var errorSSCP: [[Double]]
    public var hypothesisDF: Int
    public var errorDF: Int
    public var tests: MultivariateTests?
    public var singularity: SingularErrorMatrix?
}

public enum OneWayMANOVA {
    /// Relative Cholesky pivot of E scaled to unit diagonal below which E counts as singular; the same order as
    /// R's default `tol = 1e-7` for the rank check of summary.manova (R uses a QR there, so the cut-offs differ
    /// slightly for nearly collinear items).
    public static let singularityTolerance = 1e-7

    /// One-way MANOVA; `groups[g][row][item]`. Rows holding a NaN or infinite value are dropped here (listwise
    /// deletion) and groups left empty are ignored. Throws for fewer than two groups or ragged rows; a singular E
    /// is a documented result (`singularity`), not an error. Method: H and E SSCP matrices, eigenvalues of E⁻¹H,
    /// the four tests with the F approximations of R's `stats:::summary.manova` (Rao's F for Wilks, Roy's bound).
    public static func test(groups: [[[Double]]]) throws -> OneWayMANOVAResult {
        guard let itemCount = groups.lazy.flatMap({ $0 }).first?.count else {
            throw StatisticsError.emptyInput(what: "MANOVA rows")
        }
        guard itemCount > 0 else { throw StatisticsError.emptyInput(what: "MANOVA items") }
        for row in groups.lazy.flatMap({ $0 }) where row.count != itemCount {
            throw StatisticsError.mismatchedLengths(what: "MANOVA row", expected: itemCount, actual: row.count)
        }
        let complete = groups.map { $0.filter { row in row.allSatisfy { $0.isFinite } } }.filter { !$0.isEmpty }
        let summaries = complete.map { MultivariateGroupSummary(rows: $0, itemCount: itemCount) }
        return try test(summaries: summaries, droppedRowCount: groups.reduce(0) { $0 + $1.count }
                            - complete.reduce(0) { $0 + $1.count })
    }

    /// One-way MANOVA from each group's count, mean vector and within-group SSCP, so that a dataset is read once
    /// (sums and cross-products) whatever its size. Method: as `test(groups:)`: H and E, eigenvalues of E⁻¹H, the
    /// F approximations of R's `stats:::summary.manova`.
    public static func test(summaries: [MultivariateGroupSummary], droppedRowCount: Int = 0) throws -> OneWayMANOVAResult {
        let groups = summaries.filter { $0.count > 0 }
        guard let itemCount = groups.first?.means.count else { throw StatisticsError.emptyInput(what: "MANOVA rows") }
        guard itemCount > 0 else { throw StatisticsError.emptyInput(what: "MANOVA items") }
        for group in groups where group.means.count != itemCount || group.withinSSCP.count != itemCount {
            throw StatisticsError.mismatchedLengths(what: "MANOVA group summary", expected: itemCount, actual: group.means.count)
        }
        let observationCount = groups.reduce(0) { $0 + $1.count }
        let k = groups.count
        guard k >= 2 else { throw StatisticsError.tooFewGroups(required: 2, actual: k) }
        let errorDF = observationCount - k
        let (h, e) = sumsOfSquaresAndCrossProducts(groups, itemCount: itemCount)
        var result = OneWayMANOVAResult(
            itemCount: itemCount, groupCount: k, observationCount: observationCount,
            droppedRowCount: droppedRowCount,
            hypothesisSSCP: h.rows, errorSSCP: e.rows, hypothesisDF: k - 1, errorDF: errorDF,
            tests: nil, singularity: nil)
        if errorDF < itemCount {
            result.singularity = .tooFewResidualDF(residualDF: errorDF, items: itemCount)
            return result
        }
        switch relativeEigenvalues(hypothesis: h, error: e) {
        case .failure(let failure):
            result.singularity = failure.reason
        case .success(let eigenvalues):
            let q = Double(k - 1)
            let dfRes = Double(errorDF)
            result.tests = MultivariateTests(
                eigenvalues: eigenvalues,
                wilks: ManovaApproximations.wilks(eigenvalues, q: q, dfResidual: dfRes),
                pillai: ManovaApproximations.pillai(eigenvalues, q: q, dfResidual: dfRes),
                hotellingLawley: ManovaApproximations.hotellingLawley(eigenvalues, q: q, dfResidual: dfRes),
                roy: ManovaApproximations.roy(eigenvalues, q: q, dfResidual: dfRes))
        }
        return result
    }
    /// H from the group means around the weighted grand mean; E as the sum of the groups' within SSCP.
    static func sumsOfSquaresAndCrossProducts(_ groups: [MultivariateGroupSummary], itemCount p: Int)
        -> (hypothesis: SymmetricMatrix, error: SymmetricMatrix) {
        let total = Double(groups.reduce(0) { $0 + $1.count })
        let grand = (0..<p).map { item in groups.reduce(0) { $0 + Double($1.count) * $1.means[item] } / total }
        var h = SymmetricMatrix(size: p)
        var e = SymmetricMatrix(size: p)
        for group in groups {
            h.addOuterProduct(zip(group.means, grand).map { $0 - $1 }, weight: Double(group.count))
            for i in 0..<p { for j in 0..<p { e[i, j] += group.withinSSCP[i][j] } }
        }
        return (h, e)
    }

    /// Eigenvalues of E⁻¹H via the symmetric form L⁻¹HL⁻ᵀ (E = LLᵀ); throws when E is numerically singular.
    static func relativeEigenvalues(hypothesis h: SymmetricMatrix, error e: SymmetricMatrix)
        -> Result<[Double], SingularityFailure> {
        let p = e.size
        // As R: an item whose within-groups SS is negligible against its total SS counts as constant.
        if let constant = (0..<p).first(where: { !(e[$0, $0] > 1e-12 * (e[$0, $0] + h[$0, $0])) }) {
            return .failure(SingularityFailure(reason: .constantItem(index: constant)))
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
            return .failure(SingularityFailure(reason: .collinearItems))
        }
        return .success(factor.whiten(scaledH).eigenvalues())
    }
}

/// Carries a singularity through `Result`, whose failure type must be an Error.
struct SingularityFailure: Error {
    let reason: SingularErrorMatrix
}

/// The sufficient statistics of one group for a MANOVA: count, mean vector and within-group sums of squares and
/// cross-products (centred on the group mean).
public struct MultivariateGroupSummary: Codable, Sendable, Equatable {
    public var count: Int
    public var means: [Double]
    public var withinSSCP: [[Double]]

    public init(count: Int, means: [Double], withinSSCP: [[Double]]) {
        self.count = count
        self.means = means
        self.withinSSCP = withinSSCP
    }

    /// From rows, in two passes (means first), which keeps cancellation small on Likert-type data.
    public init(rows: [[Double]], itemCount p: Int) {
        let n = Double(rows.count)
        let means = (0..<p).map { item in rows.reduce(0) { $0 + $1[item] } / n }
        var sscp = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for row in rows {
            let centred = zip(row, means).map { $0 - $1 }
            for i in 0..<p { for j in i..<p { sscp[i][j] += centred[i] * centred[j] } }
        }
        for i in 0..<p { for j in 0..<i { sscp[i][j] = sscp[j][i] } }
        self.init(count: rows.count, means: means, withinSSCP: sscp)
    }

    /// From integer sums and cross-products (answers on an integer scale): exact until the one final division.
    public init(count: Int, sums: [Int], crossProducts: [[Int]]) {
        let p = sums.count
        let n = Double(count)
        let means = sums.map { Double($0) / n }
        // n·Σxy − Σx·Σy is an exact integer; dividing once keeps full precision whatever n is.
        var sscp = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for i in 0..<p { for j in 0..<p {
            sscp[i][j] = Double(count * crossProducts[i][j] - sums[i] * sums[j]) / n
        } }
        self.init(count: count, means: means, withinSSCP: sscp)
    }
}
