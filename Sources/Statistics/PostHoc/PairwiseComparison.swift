/// One pair of groups in a post hoc procedure. Pairs come in the order (1,2), (1,3), …, (1,k), (2,3), …, (k−1,k).
public struct PairwiseComparison: Codable, Sendable, Equatable {
    /// 0-based index of the first group of the pair (first < second).
    public var first: Int
    /// 0-based index of the second group of the pair.
    public var second: Int
    /// mean(second) − mean(first), R's TukeyHSD convention ("B-A").
    public var difference: Double
    /// Standard error of the difference; nil when a variance it needs is undefined (Games–Howell, n < 2).
    public var standardError: Double?
    /// t = difference / SE for LSD, Bonferroni and Holm; the studentized range q = |difference| / (SE/√2)
    /// for Tukey–Kramer and Games–Howell.
    public var statistic: Double?
    public var degreesOfFreedom: Double?
    /// p-value, adjusted for the family where the procedure does so.
    public var p: Double?
    /// Confidence interval of the difference (simultaneous for Bonferroni, Holm, Tukey and Games–Howell).
    public var lower: Double?
    public var upper: Double?

    public init(first: Int, second: Int, difference: Double, standardError: Double? = nil, statistic: Double? = nil,
                degreesOfFreedom: Double? = nil, p: Double? = nil, lower: Double? = nil, upper: Double? = nil) {
        self.first = first
        self.second = second
        self.difference = difference
        self.standardError = standardError
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.p = p
        self.lower = lower
        self.upper = upper
    }
}

/// The pairwise procedures offered after a one-way comparison of means.
public enum PostHocMethod: String, Codable, Sendable, CaseIterable {
    case fisherLSD
    case bonferroni
    case holm
    case tukeyKramer
    case gamesHowell
}

/// All pairwise comparisons of one post hoc procedure.
public struct PostHocResult: Codable, Sendable, Equatable {
    public var method: PostHocMethod
    public var confidenceLevel: Double
    /// Pooled within-groups mean square and its df (nil for Games–Howell, which does not pool).
    public var meanSquareError: Double?
    public var errorDF: Double?
    public var pairs: [PairwiseComparison]

    /// The p-values in pair order, as a compact letter display takes them (nil where undefined).
    public var pValues: [Double?] { pairs.map(\.p) }
}
