import Foundation
import Responses
import Statistics

// MARK: Before/after

extension Report {
    /// `--change avant:apres`: the same people measured in two waves, linked by their anonymous code.
    public struct Change: Codable, Sendable {
        public var from: String
        public var to: String
        public var fromLabel: String
        public var toLabel: String
        /// Linking counts (never a code).
        public var linking: LinkReport
        /// Linked people with both sessions.
        public var pairCount: Int
        /// Why nothing is shown (fewer linked people than the minimum), when so.
        public var note: ReportNote?
        /// One block per Likert block, then one for the scores.
        public var blocks: [PairedBlock]
        /// Linked and unlinked respondents of the first wave compared on the scores (or items): attrition bias.
        public var attrition: [AttritionRow]
        /// Change of two groups compared, per two-group grouping of the plan (or `--by`).
        public var differences: [DifferenceInDifferences]
    }

    /// Paired rows of one block: before/after (waves) or then/now (a retrospective block).
    public struct PairedBlock: Codable, Sendable {
        public var block: String
        /// The block's stem; nil for the set of scores.
        public var blockLabel: String?
        public var rows: [PairedRow]
        /// For a retrospective block, the wording of its two moments; nil across waves.
        public var retrospective: RetrospectiveMoments?
    }

    public struct RetrospectiveMoments: Codable, Sendable {
        public var then: String
        public var now: String
    }

    public struct PairedRow: Codable, Sendable {
        public var variable: String
        public var label: String
        /// Reverse-keyed: a decrease is an improvement, and improved/worsened are counted that way.
        public var reversed: Bool
        public var pairCount: Int
        public var meanBefore: Double?
        public var meanAfter: Double?
        public var standardDeviationBefore: Double?
        public var standardDeviationAfter: Double?
        /// Paired t, signed-rank, d_z and counts of improved/unchanged/worsened.
        public var paired: PairedComparisonResult?
        /// Shares of the pairs, in percent.
        public var percentImproved: Double?
        public var percentUnchanged: Double?
        public var percentWorsened: Double?
        public var p: Double?
        public var significance: SignificanceClass
        public var note: ReportNote?
    }

    public struct AttritionRow: Codable, Sendable {
        public var variable: String
        public var label: String
        /// First-wave means of the people seen again and of those not seen again.
        public var linkedCount: Int
        public var linkedMean: Double?
        public var unlinkedCount: Int
        public var unlinkedMean: Double?
        /// Welch t of linked − unlinked at baseline.
        public var test: TwoSampleTTestResult?
        public var significance: SignificanceClass
        public var note: ReportNote?
    }

    public struct DifferenceInDifferences: Codable, Sendable {
        public var variable: String
        public var variableLabel: String
        public var groups: [ComparedGroup]
        public var leftOut: [Group]
        public var rows: [DifferenceRow]
    }

    public struct DifferenceRow: Codable, Sendable {
        public var variable: String
        public var label: String
        /// The 2 × 2 table: per group, mean before and after; nil where a group has fewer pairs than the minimum.
        public var counts: [Int?]
        public var meansBefore: [Double?]
        public var meansAfter: [Double?]
        public var meanChanges: [Double?]
        public var result: Statistics.DifferenceInDifferencesResult?
        public var p: Double?
        public var significance: SignificanceClass
        public var note: ReportNote?
    }
}
