import XCTest
@testable import Statistics

/// MANOVA against `Fixtures/r/manova.json` (summary.manova).
final class ManovaFixtureTests: XCTestCase {
    struct Block {
        let id: String
        let rows: [[Double]]
        let groups: [[[Double]]]
        let json: [String: Any]
    }

    static func blocks() throws -> [Block] {
        try PostHocFixtures.datasets("manova").map { dataset in
            let order = try XCTUnwrap(dataset["group_order"] as? [String])
            let labels = try XCTUnwrap(dataset["group"] as? [String])
            let items = try XCTUnwrap(dataset["items"] as? [[String: Any]]).map { PostHocFixtures.values($0["values"]) }
            let rows = labels.indices.map { respondent in items.map { $0[respondent] } }
            let groups = order.map { label in labels.indices.filter { labels[$0] == label }.map { rows[$0] } }
            return Block(id: dataset["id"] as? String ?? "?", rows: rows, groups: groups, json: dataset)
        }
    }

    func testManovaAgainstSummaryManova() throws {
        var compared = 0
        for block in try Self.blocks() {
            let reference = try XCTUnwrap(block.json["manova"] as? [String: Any])
            let result = try OneWayMANOVA.test(groups: block.groups)
            XCTAssertEqual(result.observationCount, block.json["n_complete"] as? Int, block.id)
            XCTAssertEqual(result.hypothesisDF, reference["df_hypothesis"] as? Int, block.id)
            XCTAssertEqual(result.errorDF, reference["df_residual"] as? Int, block.id)
            for (ours, theirs) in [(result.hypothesisSSCP, "sscp_hypothesis"), (result.errorSSCP, "sscp_residual")] {
                guard let matrix = reference[theirs] as? [[Any]] else { continue } // null where R refused
                let scale = matrix.indices.map { PostHocFixtures.number(matrix[$0][$0]) ?? 0 }.max() ?? 1
                for (i, row) in matrix.enumerated() {
                    for (j, value) in row.enumerated() {
                        // Off-diagonal cross-products can be near 0: judge them against the largest diagonal entry.
                        PostHocFixtures.assertAbsolute(ours[i][j], PostHocFixtures.number(value),
                                                       tolerance: 1e-11 * max(scale, 1), "\(block.id) \(theirs)")
                    }
                }
            }
            let constantItems = reference["constant_items"] as? [String] ?? []
            if !constantItems.isEmpty {
                // R prints meaningless statistics here (see the fixture README); Octant names the constant item.
                XCTAssertNil(result.tests, block.id)
                guard case .constantItem = result.singularity else { return XCTFail("\(block.id): \(String(describing: result.singularity))") }
                continue
            }
            if reference["status"] as? String == "error" {
                XCTAssertNil(result.tests, block.id)
                XCTAssertEqual(result.singularity, .collinearItems, block.id)
                continue
            }
            let tests = try XCTUnwrap(result.tests, block.id)
            let referenceEigenvalues = PostHocFixtures.values(reference["eigenvalues"])
            let largest = referenceEigenvalues.max() ?? 1
            for (value, expected) in zip(tests.eigenvalues, referenceEigenvalues) {
                // Eigenvalues that are exactly 0 in theory come out as ±1e-16 noise in both programs.
                PostHocFixtures.assertAbsolute(value, expected, tolerance: max(1e-9 * abs(expected), 1e-13 * largest),
                                               "\(block.id) eigenvalue")
            }
            let referenceTests = try XCTUnwrap(reference["tests"] as? [[String: Any]])
            let ours = [tests.wilks, tests.pillai, tests.hotellingLawley, tests.roy]
            for (test, expected) in zip(ours, referenceTests) {
                let label = "\(block.id) \(expected["test"] ?? "")"
                PostHocFixtures.assertClose(test.statistic, PostHocFixtures.number(expected["statistic"]), label)
                PostHocFixtures.assertClose(test.approximateF, PostHocFixtures.number(expected["approx_F"]), label)
                PostHocFixtures.assertClose(test.numeratorDF, PostHocFixtures.number(expected["num_df"]), label)
                PostHocFixtures.assertClose(test.denominatorDF, PostHocFixtures.number(expected["den_df"]), label)
                PostHocFixtures.assertClose(test.p, PostHocFixtures.number(expected["p"]), label + " p")
            }
            compared += 1
        }
        XCTAssertGreaterThanOrEqual(compared, 8)
    }
}
