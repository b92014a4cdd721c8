@testable import Analysis
import Responses
import Support
import XCTest

/// The MANOVA's and α's sums and cross-products come from dot products of gathered columns: they must give exactly
/// the integers of the definition, respondent by respondent, listwise.
final class CrossProductTests: XCTestCase {
    func testOnePassGivesTheIntegersOfTheDefinition() {
        var random = SplitMix64(seed: 42)
        func next() -> UInt64 { random.next() }
        // 300 groups: more than byte labels hold (`--by` a variable with hundreds of options).
        for (p, groups) in [(1, 3), (2, 3), (5, 3), (12, 3), (17, 3), (3, 300)] {
            let n = 997
            // Points 1…11 (the widest scale), 0 for a missing answer; -1 for a respondent outside the compared groups.
            let points = (0..<(n * p)).map { _ in next() % 13 == 0 ? UInt8(0) : UInt8(next() % 11 + 1) }
            let membership = (0..<n).map { _ in Int32(Int(next() % UInt64(groups + 1)) - 1) }
            let columns = (0..<p).map { Array(points[($0 * n)..<(($0 + 1) * n)]) }
            let result = ReportBuilder.crossProducts(columns, membership: membership, groups: groups)
            var counts = [Int](repeating: 0, count: groups), dropped = 0
            var sums = [[Int]](repeating: [Int](repeating: 0, count: p), count: groups)
            var products = [[[Int]]](repeating: [[Int]](repeating: [Int](repeating: 0, count: p), count: p), count: groups)
            for respondent in 0..<n where membership[respondent] >= 0 {
                let answers = (0..<p).map { Int(points[$0 * n + respondent]) }
                if answers.contains(0) { dropped += 1; continue }
                let group = Int(membership[respondent])
                counts[group] += 1
                for i in 0..<p {
                    sums[group][i] += answers[i]
                    for j in 0..<p { products[group][i][j] += answers[i] * answers[j] }
                }
            }
            XCTAssertEqual(result.counts, counts, "p \(p)")
            XCTAssertEqual(result.dropped, dropped, "p \(p)")
            XCTAssertGreaterThan(dropped, 0)
            let stride = p + p * p
            for group in 0..<groups {
                XCTAssertEqual(Array(result.totals[(group * stride)..<(group * stride + p)]), sums[group], "p \(p)")
                for i in 0..<p {
                    for j in i..<p { XCTAssertEqual(result.totals[group * stride + p + i * p + j], products[group][i][j], "p \(p) (\(i), \(j))") }
                }
            }
        }
    }

    /// One pass for all groupings (their joint cells) gives each grouping's integers exactly, cross-products and
    /// answers per point; too many joint cells fall back to one pass per grouping, with the same result.
    func testAllGroupingsAtOnceGiveEachGroupingsIntegers() {
        var random = SplitMix64(seed: 7)
        func next() -> UInt64 { random.next() }
        let n = 1_501, p = 4
        let columns = (0..<p).map { _ in (0..<n).map { _ in next() % 9 == 0 ? UInt8(0) : UInt8(next() % 8 + 1) } }
        for groupCounts in [[3, 2, 6], [2, 5], [4], [3, 2, 6, 7], [1, 1]] {
            // -1 (not compared) for about one respondent in six in each grouping.
            let memberships = groupCounts.map { groups in (0..<n).map { _ in next() % 6 == 0 ? Int32(-1) : Int32(next() % UInt64(groups)) } }
            let joint = JointGroups(memberships: memberships, groupCounts: groupCounts)
            XCTAssertEqual(joint.code == nil, groupCounts.count == 1 || groupCounts.reduce(1) { $0 * ($1 + 1) } > 255)
            let together = ReportBuilder.crossProducts(columns, joint: joint)
            XCTAssertEqual(together.count, groupCounts.count)
            for (index, (membership, groups)) in zip(memberships, groupCounts).enumerated() {
                let alone = ReportBuilder.crossProducts(columns, membership: membership, groups: groups)
                XCTAssertEqual(together[index], GroupCrossProducts(counts: alone.counts, totals: alone.totals, dropped: alone.dropped),
                               "groupings \(groupCounts), grouping \(index)")
            }
            // The answers per point of each item, counted on the joint cells, are each grouping's own counts.
            for column in columns {
                let counted = ReportBuilder.groupCounts(column, joint: joint, scalePoints: 8)
                for (index, (membership, groups)) in zip(memberships, groupCounts).enumerated() {
                    let alone = ReportBuilder.groupCounts(column, membership: membership, groups: groups, scalePoints: 8)
                    XCTAssertEqual(counted[index], alone, "groupings \(groupCounts), grouping \(index)")
                    XCTAssertGreaterThan(alone.reduce(0) { $0 + $1.total }, 0)
                }
            }
        }
    }
}
