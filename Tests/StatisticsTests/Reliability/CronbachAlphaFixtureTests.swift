import XCTest
@testable import Statistics

/// Cronbach's α against psych::alpha on the item blocks of `Fixtures/r/manova.json`.
final class CronbachAlphaFixtureTests: XCTestCase {
    func testCronbachAlphaAgainstPsych() throws {
        for block in try ManovaFixtureTests.blocks() {
            let reference = try XCTUnwrap(block.json["reliability"] as? [String: Any])
            let result = try Reliability.cronbachAlpha(rows: block.rows)
            XCTAssertEqual(result.observationCount, reference["n_complete"] as? Int, block.id)
            PostHocFixtures.assertClose(result.alpha, PostHocFixtures.number(reference["raw_alpha"]), block.id)
            PostHocFixtures.assertClose(result.standardizedAlpha, PostHocFixtures.number(reference["std_alpha"]), block.id)
            let items = try XCTUnwrap(reference["items"] as? [[String: Any]])
            XCTAssertEqual(items.count, result.items.count)
            // psych deletes a constant item and lists the remaining items' statistics first; the fixture writer put
            // them under the first names (its `name` fields are shifted in `manova_singular_constant_item`), so
            // the references are matched to the varying items in order.
            let varying = result.items.indices.filter { !result.constantItems.contains($0) }
            XCTAssertEqual(result.constantItems.map { "q\($0 + 1)" },
                           (block.json["manova"] as? [String: Any])?["constant_items"] as? [String], block.id)
            for (item, theirs) in zip(varying, items) {
                let ours = result.items[item]
                let label = "\(block.id) item \(item + 1)"
                PostHocFixtures.assertClose(ours.itemRestCorrelation, PostHocFixtures.number(theirs["r_drop"]), label)
                PostHocFixtures.assertClose(ours.alphaIfDeleted, PostHocFixtures.number(theirs["raw_alpha_if_dropped"]), label)
                PostHocFixtures.assertClose(ours.standardizedAlphaIfDeleted,
                                            PostHocFixtures.number(theirs["std_alpha_if_dropped"]), label)
            }
            for item in result.constantItems { XCTAssertEqual(result.items[item], ItemReliability(), block.id) }
        }
    }
}
