import XCTest
@testable import Statistics

final class PValueAdjustmentTests: XCTestCase {
    func testAgainstRPAdjust() throws {
        for dataset in try PostHocFixtures.datasets("p_adjust") {
            let id = dataset["id"] as? String ?? "?"
            let p = PostHocFixtures.values(dataset["p"])
            for (method, key) in [(PValueAdjustment.holm, "holm"), (.benjaminiHochberg, "BH"), (.bonferroni, "bonferroni")] {
                let adjusted = try method.adjust(p)
                for (value, reference) in zip(adjusted, PostHocFixtures.values(dataset[key])) {
                    PostHocFixtures.assertClose(value, reference, "\(id) \(key)")
                }
            }
        }
        for dataset in try PostHocFixtures.datasets("groups") {
            guard let block = dataset["p_adjust"] as? [String: Any] else { continue }
            let p = PostHocFixtures.values(block["input"])
            guard !p.contains(where: \.isNaN) else { continue }
            for (value, reference) in zip(try PValueAdjustment.holm.adjust(p), PostHocFixtures.values(block["holm"])) {
                PostHocFixtures.assertClose(value, reference, "\(dataset["id"] ?? "") holm")
            }
            for (value, reference) in zip(try PValueAdjustment.benjaminiHochberg.adjust(p),
                                          PostHocFixtures.values(block["BH"])) {
                PostHocFixtures.assertClose(value, reference, "\(dataset["id"] ?? "") BH")
            }
        }
    }

    func testPropertiesAndErrors() throws {
        let p = [0.04, 0.001, 0.3, 0.02, 0.9]
        for method in PValueAdjustment.allCases {
            let adjusted = try method.adjust(p)
            XCTAssertTrue(adjusted.allSatisfy { (0...1).contains($0) })
            XCTAssertTrue(zip(adjusted, p).allSatisfy { $0 >= $1 })
            // Permuting the input permutes the output.
            XCTAssertEqual(try method.adjust(p.reversed()), adjusted.reversed())
        }
        XCTAssertEqual(try PValueAdjustment.holm.adjust([]), [])
        XCTAssertThrowsError(try PValueAdjustment.holm.adjust([0.1, .nan]))
        XCTAssertThrowsError(try PValueAdjustment.benjaminiHochberg.adjust([1.5]))
    }
}
