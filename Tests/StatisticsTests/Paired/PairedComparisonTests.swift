import XCTest
@testable import Statistics

/// Paired before/after against `Fixtures/r/paired.json` (t.test and wilcox.test with paired = TRUE).
final class PairedComparisonTests: XCTestCase {
    func testAgainstR() throws {
        for dataset in try PostHocFixtures.datasets("paired") {
            let id = dataset["id"] as? String ?? "?"
            let result = try PairedComparison.analyze(before: PostHocFixtures.values(dataset["before"]),
                                                      after: PostHocFixtures.values(dataset["after"]))
            XCTAssertEqual(result.pairCount, dataset["n_complete_pairs"] as? Int, id)
            let t = try XCTUnwrap(dataset["paired_t"] as? [String: Any])
            PostHocFixtures.assertClose(result.meanChange, PostHocFixtures.number(t["mean_difference"]), id)
            if PostHocFixtures.number(t["t"]) == nil {
                XCTAssertNil(result.tTest, id) // R: NaN (all changes 0) or "data are essentially constant"
            } else {
                let ours = try XCTUnwrap(result.tTest, id)
                PostHocFixtures.assertClose(ours.t, PostHocFixtures.number(t["t"]), id + " t")
                PostHocFixtures.assertClose(ours.degreesOfFreedom, PostHocFixtures.number(t["df"]), id + " df")
                PostHocFixtures.assertClose(ours.p, PostHocFixtures.number(t["p"]), id + " p")
                PostHocFixtures.assertClose(ours.lower, PostHocFixtures.number(t["ci95_lower"]), id + " lower")
                PostHocFixtures.assertClose(ours.upper, PostHocFixtures.number(t["ci95_upper"]), id + " upper")
            }
            let w = try XCTUnwrap(dataset["wilcoxon_signed_rank_normal_cc"] as? [String: Any])
            if let p = PostHocFixtures.number(w["p"]) {
                let ours = try XCTUnwrap(result.signedRank, id)
                PostHocFixtures.assertClose(ours.positiveRankSum, PostHocFixtures.number(w["V"]), id + " V")
                XCTAssertEqual(ours.nonZeroCount, w["n_nonzero"] as? Int, id)
                PostHocFixtures.assertClose(ours.p, p, id + " signed-rank p")
            } else {
                XCTAssertNil(result.signedRank, id) // every change is 0
            }
            let dz = try XCTUnwrap(dataset["d_z"] as? [String: Any])
            PostHocFixtures.assertClose(result.effectSizeDz, PostHocFixtures.number(dz["value"]), id + " d_z")
            let counts = try XCTUnwrap(dataset["counts"] as? [String: Int])
            XCTAssertEqual([result.improved, result.unchanged, result.worsened],
                           [counts["improved"], counts["unchanged"], counts["worsened"]], id)
        }
    }

    func testSwappingBeforeAndAfterIsAntisymmetric() throws {
        let before: [Double] = [3, 4, 2, 5, 6, 3, 4, 4, 7, 2, .nan, 5]
        let after: [Double] = [5, 4, 3, 7, 6, 2, 6, 5, 8, 4, 3, 5]
        let forward = try PairedComparison.analyze(before: before, after: after)
        let backward = try PairedComparison.analyze(before: after, after: before)
        XCTAssertEqual(forward.droppedPairCount, 1)
        XCTAssertEqual(forward.meanChange, -backward.meanChange, accuracy: 1e-15)
        XCTAssertEqual(forward.tTest!.t, -backward.tTest!.t, accuracy: 1e-12)
        XCTAssertEqual(forward.tTest!.p, backward.tTest!.p, accuracy: 1e-15)
        XCTAssertEqual(forward.tTest!.lower, -backward.tTest!.upper, accuracy: 1e-12)
        XCTAssertEqual(forward.signedRank!.p, backward.signedRank!.p, accuracy: 1e-15)
        XCTAssertEqual(forward.signedRank!.z, -backward.signedRank!.z, accuracy: 1e-12)
        // V + V' = n(n+1)/2 over the non-zero changes.
        let n = Double(forward.signedRank!.nonZeroCount)
        XCTAssertEqual(forward.signedRank!.positiveRankSum + backward.signedRank!.positiveRankSum, n * (n + 1) / 2)
        XCTAssertEqual(forward.effectSizeDz!, -backward.effectSizeDz!, accuracy: 1e-12)
        XCTAssertEqual([forward.improved, forward.worsened], [backward.worsened, backward.improved])
        XCTAssertTrue((0...1).contains(forward.tTest!.p) && (0...1).contains(forward.signedRank!.p))
    }

    func testMidRanks() {
        let (ranks, ties) = PairedComparison.midRanks([3, 1, 3, 2, 3])
        XCTAssertEqual(ranks, [4, 1, 4, 2, 4])
        XCTAssertEqual(ties, [1, 1, 3])
    }

    func testInvalidInputs() {
        XCTAssertThrowsError(try PairedComparison.analyze(before: [1, 2, 3], after: [1, 2]))
        XCTAssertThrowsError(try PairedComparison.analyze(before: [1, .nan], after: [2, 3]))
        XCTAssertThrowsError(try PairedComparison.analyze(before: [1, 2, 3], after: [2, 3, 5], confidenceLevel: 0))
    }
}
