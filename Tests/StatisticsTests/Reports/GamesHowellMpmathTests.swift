import XCTest
@testable import Statistics

/// The studentized range upper tail against the 30-digit mpmath values of `games_howell_mpmath.json` (ν from 1).
final class GamesHowellMpmathTests: XCTestCase {
    func testUpperTailAgreesWithMpmathToOneE12() throws {
        let url = try XCTUnwrap(Bundle.module.resourceURL).appendingPathComponent("Fixtures/games_howell_mpmath.json")
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let cases = try XCTUnwrap(root["sf_data"] as? [[String: Any]])
        XCTAssertEqual(cases.count, 288)
        var worst: [String: (Double, String)] = [:]
        var failures: [String] = []
        for entry in cases {
            let source = entry["src_case"] as! [String: Any]
            let q = PostHocFixtures.number(source["q"])!, k = PostHocFixtures.number(source["k"])!
            let v = PostHocFixtures.number(source["v"])!
            let sf = Double(entry["sf"] as! String)!, cdf = Double(entry["cdf"] as! String)!
            let tails = StudentizedRange(groups: k, degreesOfFreedom: v).tails(q)
            let place = "q \(q) k \(k) v \(v)"
            for (name, ours, theirs) in [("sf", tails.upper, sf), ("cdf", tails.lower, cdf)] {
                let error = abs(ours - theirs) / theirs
                let band = "\(name) v \(v < 1.2 ? "< 1.2" : v < 2 ? "< 2" : ">= 2")"
                if error > (worst[band]?.0 ?? -1) { worst[band] = (error, place) }
                if !(error <= 1e-12) { failures.append("\(place) \(name): \(ours) vs \(theirs) (\(error))") }
            }
        }
        print("[games_howell_mpmath.json] largest relative error:\n" + worst.keys.sorted().map {
            "  \($0.padding(toLength: 14, withPad: " ", startingAt: 0)) \(String(format: "%.2e", worst[$0]!.0))  (\(worst[$0]!.1))"
        }.joined(separator: "\n"))
        XCTAssert(failures.isEmpty, "\(failures.count) cases:\n" + failures.prefix(30).joined(separator: "\n"))
    }
}
