import Questionnaire

/// How a report is computed, beyond what the questionnaire's analysis plan says.
public struct ReportOptions: Sendable {
    public enum TwoGroupTest: String, Sendable, CaseIterable {
        case student
        case welch
        /// Student, or Welch when Levene's test finds the variances differ (p < significant threshold).
        case auto
    }

    public var language: Language
    /// Overrides the plan's post hoc method.
    public var postHoc: AnalysisPlan.PostHoc?
    public var twoGroupTest: TwoGroupTest = .auto
    /// `--by`: compare by these variables instead of the plan's comparisons, the display chosen from the
    /// number of groups (2: difference, 3 to 5: letters, more: asterisk).
    public var groupings: [String]?
    public var minimumGroupSize: Int?
    public var confidenceLevel = 0.95

    public init(language: Language) {
        self.language = language
    }
}
