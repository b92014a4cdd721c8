import Questionnaire
import Statistics
import Support

/// Everything a report shows, computed once and rendered in every format (terminal, Markdown, CSV,
/// JSON, HTML). Typed: kinds are enums, notes are `ReportNote` facts, numbers are raw. The only texts are the
/// questionnaire's own (labels), already in the report's language; `Reports` does all the wording.
/// The JSON form of this value is the documented schema (`docs/report-json.md`).
public struct Report: Codable, Sendable {
    /// 2: notes, methods and marks are typed instead of sentences; the scales are described.
    public static let schemaVersion = 2

    public var schemaVersion = Report.schemaVersion
    public var survey: SurveyInfo
    public var language: Language
    /// Generated data: every format says so prominently.
    public var synthetic: Bool
    public var settings: Settings
    /// The scales of the questionnaire's Likert questions, as declared.
    public var scales: [ScaleInfo] = []
    public var sample: Sample
    public var questions: [QuestionSummary]
    public var comparisons: [Comparison]
    public var scores: [ScoreSummary]
    /// Retrospective ("then-test") blocks: before and now asked in one session, analysed as pairs.
    public var retrospective: [PairedBlock] = []
    /// Before/after across waves (`--change`), when asked.
    public var change: Change?
    /// What produced the report, from what, with which options.
    public var provenance: Provenance?
    /// How many tests the comparisons ran, and how many differences chance alone would give at the thresholds.
    public var multiplicity: Multiplicity?
    /// What to read first: the largest differences of the tables, and the caution the design calls for.
    public var keyFindings: KeyFindings?

    public struct Multiplicity: Codable, Sendable, Equatable {
        public var correction: AnalysisPlan.Correction
        /// Rows with a test, over every comparison.
        public var tests: Int
        /// Without correction: tests × the tendential threshold, the "tendential or significant" differences expected
        /// if no group differed at all.
        public var expectedByChance: Double?

        public init(correction: AnalysisPlan.Correction, tests: Int, expectedByChance: Double?) {
            self.correction = correction
            self.tests = tests
            self.expectedByChance = expectedByChance
        }
    }

    public struct SurveyInfo: Codable, Sendable {
        public var id: String
        public var version: String
        public var title: String
    }

    public struct Settings: Codable, Sendable {
        public var minimumGroupSize: Int
        public var significant: Double
        public var tendential: Double
        public var postHoc: AnalysisPlan.PostHoc
        public var twoGroupTest: ReportOptions.TwoGroupTest
        public var kGroupTest: ReportOptions.KGroupTest = .anova
        public var correction: AnalysisPlan.Correction = .none
        /// The tables show the rank tests (they are in the JSON and CSV either way).
        public var showsRankTests = false
        public var confidenceLevel: Double
    }

    /// A scale as its questionnaire declares it: what every text, axis and legend about it is drawn from.
    public struct ScaleInfo: Codable, Sendable, Equatable {
        public var id: String
        public var points: Int
        /// The neutral point: (1 + points) / 2, an answer of the scale only when points is odd.
        public var midpoint: Double
        public var lowAnchor: String?
        public var highAnchor: String?
        /// Labels of points 1...points, nil where the questionnaire gives none.
        public var pointLabels: [String?]
        /// Its ends are agreement and disagreement (the built-in scale's anchors): its reading is said in those words.
        public var measuresAgreement: Bool

        public init(id: String, points: Int, midpoint: Double, lowAnchor: String?, highAnchor: String?, pointLabels: [String?],
                    measuresAgreement: Bool) {
            (self.id, self.points, self.midpoint, self.lowAnchor, self.highAnchor) = (id, points, midpoint, lowAnchor, highAnchor)
            (self.pointLabels, self.measuresAgreement) = (pointLabels, measuresAgreement)
        }
    }
}

// MARK: Sample

extension Report {
    public struct Sample: Codable, Sendable {
        public var respondents: Int
        public var groupings: [Grouping]
        /// The wave these respondents answered when the report covers one wave (`--wave`, or the second wave of
        /// `--change`), with its label; absent when it covers every session.
        public var wave: String?
        public var waveLabel: String?
    }

    /// The groups of one grouping variable: those compared, and those left out and why.
    public struct Grouping: Codable, Sendable {
        public var variable: String
        public var label: String
        public var display: AnalysisPlan.Display
        public var groups: [Group]
        /// Respondents who did not answer the grouping question.
        public var unanswered: Int?
    }

    public struct Group: Codable, Sendable {
        public var code: String
        public var label: String
        /// Nil when the count is suppressed (a small group, or a second group hidden so that the first
        /// cannot be recovered by subtraction).
        public var count: Int?
        public var included: Bool
        /// Why a group is not compared, when it is not.
        public var leftOutReason: LeftOutReason?
    }

    public enum LeftOutReason: String, Codable, Sendable {
        case tooSmall = "too-small"
        case notSelected = "not-selected"
        /// Large enough, but hidden so that a smaller group cannot be recovered by subtraction: every number computed
        /// on it (mean, test, degrees of freedom, MANOVA N) would give its size away, so it is not compared either.
        case protectsSmallerGroup = "protects-smaller-group"
    }
}

// MARK: Questions

extension Report {
    /// One question (or item) of the questionnaire, in questionnaire order.
    public struct QuestionSummary: Codable, Sendable {
        public var variable: String
        public var question: String
        public var label: String
        public var kind: QuestionKind
        public var scale: ScaleSummary?
        public var choice: ChoiceSummary?
        public var number: NumberSummary?
        public var textAnswers: Int?
        public var missing: MissingBreakdown
    }

    public enum QuestionKind: String, Codable, Sendable {
        case scale, choice, multiple, number, text
    }

    public struct ScaleSummary: Codable, Sendable {
        /// The id of its scale in `Report.scales`.
        public var scale: String
        public var points: Int
        public var descriptives: Descriptives?
        /// Answers per point, 1...points.
        public var counts: [Int]
        public var midpoint: Double
        /// Shares of answers below and above the midpoint (an even scale has none on it).
        public var percentBelowMidpoint: Double?
        public var percentAboveMidpoint: Double?
        /// Where the mean sits: more than 0.1 below the midpoint, more than 0.1 above, or within.
        public var position: Position?
        /// One-sample t test of the mean against the midpoint.
        public var midpointTest: OneSampleTTestResult?
        public var reversed: Bool
    }

    /// The raw values name an agreement scale's reading; on any scale they mean below, above and at the midpoint.
    public enum Position: String, Codable, Sendable {
        case low = "disagreement"
        case high = "agreement"
        case neutral
    }

    public struct ChoiceSummary: Codable, Sendable {
        /// Respondents who gave an answer that counts in percentages (escape answers excluded).
        public var answered: Int
        public var options: [OptionCount]
        public var escapes: [OptionCount]
    }

    public struct OptionCount: Codable, Sendable {
        public var code: String
        public var label: String
        /// Nil when hidden: fewer than the minimum group size, or hidden so that such a count cannot be recovered.
        public var count: Int?
        /// Over `answered`; nil for escape answers, which are kept out of denominators.
        public var percent: Double?
    }

    public struct NumberSummary: Codable, Sendable {
        public var descriptives: Descriptives?
        public var unit: String?
    }
}

// MARK: Comparisons

extension Report {
    /// One Likert block (or score set) compared across the groups of one grouping variable.
    public struct Comparison: Codable, Sendable {
        public var block: String
        /// The block's stem; nil for the set of scores, which has none.
        public var blockLabel: String?
        public var variable: String
        public var variableLabel: String
        public var display: AnalysisPlan.Display
        /// The groups compared, in questionnaire order; `number` is the code used by the asterisk display.
        public var groups: [ComparedGroup]
        public var rows: [Row]
        public var leftOut: [Group]
        public var method: ComparisonMethod
        /// The scale of the block's items (nil for scores on no single scale).
        public var scale: String?
        public var manova: OneWayMANOVAResult?
        public var manovaNotes: [ReportNote]
    }

    /// How the rows of a comparison were tested; the thresholds and minimum are the report's settings.
    public enum ComparisonMethod: Codable, Sendable, Equatable {
        case anovaThenPostHoc(AnalysisPlan.PostHoc)
        case twoGroups(ReportOptions.TwoGroupTest)
        case anova
        /// Welch's ANOVA (then Games–Howell for letters) on every item, or per item when Brown–Forsythe finds the
        /// variances differ (`auto`; the classic ANOVA and `postHoc` otherwise).
        case welchANOVA(ReportOptions.KGroupTest, postHoc: AnalysisPlan.PostHoc?)
    }

    public struct ComparedGroup: Codable, Sendable {
        public var code: String
        public var label: String
        public var number: Int
        /// Nil when hidden so that a smaller left-out group cannot be recovered by subtraction.
        public var count: Int?
    }

    public struct Row: Codable, Sendable {
        public var variable: String
        public var label: String
        public var cells: [Cell]
        /// The one-way ANOVA over the compared groups (letters and asterisk displays).
        public var anova: OneWayANOVAResult?
        public var postHoc: PostHocResult?
        /// The two-group test (difference display) and the variance test that chose it.
        public var twoGroup: TwoSampleTTestResult?
        /// Two groups: Levene's test (mean) that chose Student or Welch. k groups: the Brown–Forsythe test (median),
        /// shown in every table, and which chooses Welch's ANOVA under `auto`.
        public var varianceTest: VarianceHomogeneityTestResult?
        /// Welch's ANOVA, when it is the test this row reads (then `anova` is absent).
        public var welchANOVA: WelchANOVAResult? = nil
        /// The companion that does not take the scale's points as equally spaced: Mann–Whitney for two groups,
        /// Kruskal–Wallis beyond. Always computed; shown in the tables when asked (`--ordinal`).
        public var rankTest: RankTest? = nil
        /// Cliff's δ = P(first group > second) − P(first < second), with its interval, when two groups are compared.
        public var cliffDelta: CliffDeltaResult? = nil
        /// Dunn's pairwise rank tests after Kruskal–Wallis (Holm-adjusted), for three groups or more.
        public var dunn: DunnTestResult? = nil
        /// The classic ANOVA's η² and ω² with their 95 % (or the report's level) two-sided noncentral-F intervals.
        public var effectInterval: VarianceExplainedInterval? = nil
        /// p of the test the display reads, and its class (the display's mark: Oui/Non, *, (*)); with a correction,
        /// the class reads `adjustedP`.
        public var p: Double?
        /// `p` corrected over the items of the comparison (`settings.correction`), when one is asked.
        public var adjustedP: Double? = nil
        public var significance: SignificanceClass
        /// Why no test could be run (too few answers, no spread…).
        public var note: ReportNote?
    }

    /// Where the tests' group positions point: `postHoc` and `dunn` pairs count only the groups that were tested on
    /// the row, those whose cell has a mean; this maps each such position to its index in the comparison's `groups`.
    public static func testedGroupIndices(of row: Row) -> [Int] { row.cells.indices.filter { row.cells[$0].mean != nil } }

    /// The groups of a pair of tested positions on `row` (see `testedGroupIndices`); nil for a position out of range.
    public static func testedPair(_ first: Int, _ second: Int, of row: Row, in comparison: Comparison) -> (ComparedGroup, ComparedGroup)? {
        let tested = testedGroupIndices(of: row)
        guard tested.indices.contains(first), tested.indices.contains(second),
              comparison.groups.indices.contains(tested[first]), comparison.groups.indices.contains(tested[second]) else { return nil }
        return (comparison.groups[tested[first]], comparison.groups[tested[second]])
    }

    public enum RankTest: Codable, Sendable, Equatable {
        case mannWhitney(MannWhitneyUResult)
        case kruskalWallis(KruskalWallisResult)

        public var pValue: Double {
            switch self {
            case .mannWhitney(let test): return test.pValue
            case .kruskalWallis(let test): return test.pValue
            }
        }
    }

    public struct Cell: Codable, Sendable {
        /// Nil when the group's count is hidden (see `ComparedGroup.count`).
        public var count: Int?
        /// Nil when suppressed because the group answered this item fewer times than the minimum.
        public var mean: Double?
        public var standardDeviation: Double?
        public var confidenceInterval: ConfidenceInterval?
        public var letters: String?
    }
}

// MARK: Scores

extension Report {
    public struct ScoreSummary: Codable, Sendable {
        public var id: String
        public var label: String
        public var items: [String]
        public var minimumAnswered: Int
        public var descriptives: Descriptives?
        /// Item statistics and α over the respondents who answered every item (listwise), constant items left out.
        public var reliability: ReliabilityResult?
        /// α with Feldt's interval over complete rows: `reliability`'s α, as psych::alpha(na.omit(x)).
        public var alphaCompleteRows: AlphaEstimate? = nil
        /// α with Feldt's interval from pairwise covariances, psych::alpha's default (use = "pairwise"), over the
        /// respondents who answered at least one item.
        public var alphaPairwise: AlphaEstimate? = nil
        public var note: ReportNote?
    }
}
