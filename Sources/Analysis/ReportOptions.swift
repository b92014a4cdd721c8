import Foundation
import Questionnaire
import Responses
import Support

/// Which waves to compare, and who is who across them (from `ParticipantLinker`).
public struct ChangeDesign: Sendable {
    public var from: String
    public var to: String
    public var links: ParticipantLinks
    /// Every row of the first wave, linked or not (for the attrition comparison).
    public var baselineRows: [Int]

    public init(from: String, to: String, links: ParticipantLinks, dataset: Dataset) {
        self.from = from
        self.to = to
        self.links = links
        baselineRows = (0..<dataset.rowCount).filter { dataset.wave(row: $0) == from }
    }
}

/// How a report is computed, beyond what the questionnaire's analysis plan says.
public struct ReportOptions: Sendable {
    public enum TwoGroupTest: String, Codable, Sendable, CaseIterable {
        case student
        case welch
        /// Student, or Welch when Levene's test finds the variances differ (p < significant threshold).
        case auto
    }

    /// The test of k groups: the classic ANOVA (the evaluation report's method, by default), Welch's ANOVA then
    /// Games–Howell, or per item Welch when the Brown–Forsythe test finds the variances differ (p < significant).
    public enum KGroupTest: String, Codable, Sendable, CaseIterable {
        case anova
        case welch
        case auto
    }

    public var language: Language
    public var kGroupTest: KGroupTest = .anova
    /// Overrides the plan's correction for the number of items compared.
    public var correction: AnalysisPlan.Correction?
    /// `--ordinal`: show the rank tests in the tables, whatever the plan says.
    public var showsRankTests = false
    /// Overrides the plan's post hoc method.
    public var postHoc: AnalysisPlan.PostHoc?
    public var twoGroupTest: TwoGroupTest = .auto
    /// `--by`: compare by these variables instead of the plan's comparisons, the display chosen from the
    /// number of groups (2: difference, 3 to 5: letters, more: asterisk).
    public var groupings: [String]?
    public var minimumGroupSize: Int?
    public var confidenceLevel = 0.95
    /// `--change`: compare two waves of the same people.
    public var change: ChangeDesign?
    /// The wave the data given to the builder were restricted to (the caller filters; the report says so).
    public var wave: String?
    /// Who made the report (`octant 0.9.0`) and when: its provenance block; undated by default, so that the same
    /// data give the same bytes.
    public var producer = "octant"
    public var generatedAt: Date?

    public init(language: Language) {
        self.language = language
    }
}
