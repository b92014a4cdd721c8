import XCTest
@testable import Statistics

/// 2 × 2 mixed design against `Fixtures/r/mixed.json`: t.test on change scores (Welch and Student) and the group × time
/// interaction of summary(aov(y ~ group * time + Error(id/time))).
final class DifferenceInDifferencesTests: XCTestCase {
    func testAgainstR() throws {
        let datasets = try PostHocFixtures.datasets("mixed")
        XCTAssertGreaterThanOrEqual(datasets.count, 6)
        for dataset in datasets {
            let id = dataset["id"] as? String ?? "?"
            let order = try XCTUnwrap(dataset["group_order"] as? [String])
            let groups = try XCTUnwrap(dataset["group"] as? [String])
            let before = PostHocFixtures.values(dataset["before"]), after = PostHocFixtures.values(dataset["after"])
            func column(_ values: [Double], _ group: String) -> [Double] { zip(values, groups).filter { $0.1 == group }.map(\.0) }
            let result = try DifferenceInDifferences.test(before: column(before, order[0]), after: column(after, order[0]),
                                                          comparedWith: column(before, order[1]), after: column(after, order[1]))
            XCTAssertEqual(result.counts.reduce(0, +), dataset["n_complete"] as? Int, id)
            let welch = try XCTUnwrap(dataset["welch_t_change"] as? [String: Any])
            PostHocFixtures.assertClose(result.welch.t, PostHocFixtures.number(welch["t"]), id + " Welch t")
            PostHocFixtures.assertClose(result.welch.degreesOfFreedom, PostHocFixtures.number(welch["df"]), id + " Welch df")
            PostHocFixtures.assertClose(result.welch.pValue, PostHocFixtures.number(welch["p"]), id + " Welch p")
            PostHocFixtures.assertClose(result.welch.meanDifference, PostHocFixtures.number(welch["mean_difference"]), id + " DiD")
            PostHocFixtures.assertClose(result.welch.confidenceInterval.lower, PostHocFixtures.number(welch["ci95_lower"]), id + " lower")
            PostHocFixtures.assertClose(result.welch.confidenceInterval.upper, PostHocFixtures.number(welch["ci95_upper"]), id + " upper")
            XCTAssertEqual(result.meanChanges[0] - result.meanChanges[1], result.welch.meanDifference, accuracy: 1e-12, id)
            let student = try XCTUnwrap(dataset["student_t_change"] as? [String: Any])
            let ours = try XCTUnwrap(result.student, id)
            PostHocFixtures.assertClose(ours.degreesOfFreedom, PostHocFixtures.number(student["df"]), id + " Student df")
            PostHocFixtures.assertClose(ours.pValue, PostHocFixtures.number(student["p"]), id + " Student p")
            let interaction = try XCTUnwrap(dataset["interaction_group_time"] as? [String: Any])
            let f = try XCTUnwrap(PostHocFixtures.number(interaction["F"]), id)
            // When both groups change by the same amount R's F is rounding noise (4e-32): compare absolutely there.
            if f < 1e-20 { XCTAssertEqual(try XCTUnwrap(result.interactionF), 0, accuracy: 1e-20, id) } else {
                PostHocFixtures.assertClose(result.interactionF, f, id + " interaction F")
                PostHocFixtures.assertClose(result.interactionP, PostHocFixtures.number(interaction["p"]), id + " interaction p")
            }
        }
    }

    func testTwoByTwoTableAndDroppedSubjects() throws {
        let result = try DifferenceInDifferences.test(before: [2, 3, 4, .nan], after: [5, 6, 8, 7],
                                                      comparedWith: [3, 3, 4], after: [3, 4, 4])
        XCTAssertEqual(result.counts, [3, 3])
        XCTAssertEqual(result.meansBefore, [3, 10.0 / 3])
        XCTAssertEqual(result.meansAfter[0], 19.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(result.meanChanges[0] - result.meanChanges[1], 3 + 1.0 / 3 - 1.0 / 3, accuracy: 1e-12)
    }

    func testRefusesTooFewSubjects() {
        XCTAssertThrowsError(try DifferenceInDifferences.test(before: [1], after: [2], comparedWith: [1, 2], after: [3, 3]))
        XCTAssertThrowsError(try DifferenceInDifferences.test(before: [1, 2], after: [2], comparedWith: [1, 2], after: [3, 3]))
    }
}
