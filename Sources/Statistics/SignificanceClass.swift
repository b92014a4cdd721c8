/// How a report reads a p-value: significant, tendential, or no difference.
/// Method: the two-threshold convention of the evaluation report (p < .05 significant, .05 ≤ p < .10 tendential).
public enum SignificanceClass: String, Codable, Sendable, CaseIterable {
    case significant
    case tendential
    case none

    public struct Thresholds: Codable, Sendable, Equatable {
        public var significant: Double
        public var tendential: Double
        public init(significant: Double = 0.05, tendential: Double = 0.10) {
            self.significant = significant
            self.tendential = tendential
        }
        public static let report = Thresholds()
    }

    public init(p: Double, thresholds: Thresholds = .report) {
        if p.isNaN { self = .none }
        else if p < thresholds.significant { self = .significant }
        else if p < thresholds.tendential { self = .tendential }
        else { self = .none }
    }
}
