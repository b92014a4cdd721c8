import XCTest
@testable import Statistics

/// Letters against multcompView::multcompLetters in `Fixtures/r/cld.json` and `groups.json`.
final class CompactLetterFixtureTests: XCTestCase {
    private func check(groupOrder: [String], pValues: [Double], results: [[String: Any]], id: String) throws {
        XCTAssertEqual(results.count, 2, id)
        for result in results {
            let alpha = try XCTUnwrap(PostHocFixtures.number(result["alpha"]))
            let display = try CompactLetterDisplay(groups: groupOrder, pairwisePValues: pValues, alpha: alpha)
            XCTAssertEqual(display.letters, result["letters"] as? [String], "\(id) at alpha \(alpha)")
            XCTAssertEqual(display.letters, result["letters_canonical"] as? [String], "\(id) at alpha \(alpha)")
        }
    }

    func testGivenPValueCases() throws {
        let datasets = try PostHocFixtures.datasets("cld")
        XCTAssertGreaterThanOrEqual(datasets.count, 20)
        for dataset in datasets {
            let pairs = try XCTUnwrap(dataset["pairs"] as? [[String: Any]])
            try check(groupOrder: try XCTUnwrap(dataset["group_order"] as? [String]),
                      pValues: pairs.map { PostHocFixtures.number($0["p"]) ?? .nan },
                      results: try XCTUnwrap(dataset["results"] as? [[String: Any]]),
                      id: dataset["id"] as? String ?? "?")
        }
    }

    func testLettersOfLSDPValuesInGroupDatasets() throws {
        var checked = 0
        for dataset in try PostHocFixtures.datasets("groups") {
            let postHoc = try XCTUnwrap(dataset["post_hoc"] as? [String: Any])
            let pairs = try XCTUnwrap(postHoc["pairs"] as? [[String: Any]])
            let pValues = pairs.map { PostHocFixtures.number($0["lsd_p"]) ?? .nan }
            guard let cld = dataset["cld"] as? [String: Any], !pValues.contains(where: \.isNaN) else { continue }
            try check(groupOrder: try XCTUnwrap(dataset["group_order"] as? [String]), pValues: pValues,
                      results: try XCTUnwrap(cld["results"] as? [[String: Any]]), id: dataset["id"] as? String ?? "?")
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 40)
    }
}
