import Foundation

/// Difference-in-differences of a 2 × 2 mixed design (two independent groups, each measured before and after).
public struct DifferenceInDifferencesResult: Codable, Sendable, Equatable {
    /// Subjects of each group with both measures.
    public var counts: [Int]
    /// Mean before and mean after, per group (complete subjects only): the 2 × 2 table.
    public var meansBefore: [Double]
    public var meansAfter: [Double]
    /// Mean change (after − before) per group.
    public var meanChanges: [Double]
    /// Welch t on the change scores, first group minus second: the difference-in-differences and its interval.
    public var welch: TwoSampleTTestResult
    /// Student t on the change scores; its square is the group × time interaction F of the mixed ANOVA.
    public var student: TwoSampleTTestResult?
    /// Group × time interaction of the 2 × 2 mixed ANOVA: F = t² (Student), df (1, n₁ + n₂ − 2).
    public var interactionF: Double?
    public var interactionP: Double?
}

public enum DifferenceInDifferences {
    /// Change scores compared between two groups: Welch t (Welch 1947) as R's t.test(change[g1], change[g2]), and the
    /// group × time interaction of summary(aov(y ~ group * time + Error(id/time))), which equals Student's t² on the
    /// change scores for two groups and two times (Huck & McLean 1975). Subjects with a missing or non-finite measure
    /// are dropped; throws when a group has fewer than 2 complete subjects or every change is identical.
    public static func test(before first: [Double], after firstAfter: [Double], comparedWith secondBefore: [Double],
                            after secondAfter: [Double], confidenceLevel: Double = 0.95) throws -> DifferenceInDifferencesResult {
        let a = try complete(first, firstAfter, what: "first group")
        let b = try complete(secondBefore, secondAfter, what: "second group")
        let changesA = a.map { $0.1 - $0.0 }, changesB = b.map { $0.1 - $0.0 }
        let welch = try TwoSampleTTest.welch(changesA, changesB, confidenceLevel: confidenceLevel)
        let student = try? TwoSampleTTest.student(changesA, changesB, confidenceLevel: confidenceLevel)
        return DifferenceInDifferencesResult(
            counts: [a.count, b.count],
            meansBefore: [mean(a.map(\.0)), mean(b.map(\.0))],
            meansAfter: [mean(a.map(\.1)), mean(b.map(\.1))],
            meanChanges: [mean(changesA), mean(changesB)],
            welch: welch, student: student,
            interactionF: student.map { $0.t * $0.t }, interactionP: student?.pValue)
    }

    private static func complete(_ before: [Double], _ after: [Double], what: String) throws -> [(Double, Double)] {
        guard before.count == after.count else {
            throw StatisticsError.mismatchedLengths(what: "after (\(what))", expected: before.count, actual: after.count)
        }
        return zip(before, after).filter { $0.0.isFinite && $0.1.isFinite }
    }

    private static func mean(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }
}
