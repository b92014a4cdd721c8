import Foundation
import XCTest

/// Records the largest relative error per statistic against the report fixtures of `Fixtures/r` (issue 15).
final class WorstErrors {
    var worst: [String: (error: Double, place: String)] = [:]
    var failures: [String] = []
    let tolerance: Double

    init(tolerance: Double = 1e-9) { self.tolerance = tolerance }

    /// Relative error, absolute where both values are below 1e-14 (R's 3e-32 noise for an exact 0).
    func check(_ actual: Double?, _ expected: Any?, _ name: String, _ place: String) {
        guard let reference = PostHocFixtures.number(expected) else {
            if actual != nil { failures.append("\(place) \(name): R gives null, Octant \(actual!)") }
            return
        }
        guard let actual else { failures.append("\(place) \(name): Octant nil, R \(reference)"); return }
        let error: Double
        if abs(reference) < 1e-14 && abs(actual) < 1e-14 { error = abs(actual - reference) }
        else { error = abs(actual - reference) / Swift.max(abs(reference), 1e-300) }
        if error > (worst[name]?.error ?? -1) { worst[name] = (error, place) }
        if !(error <= tolerance) { failures.append("\(place) \(name): \(actual) vs \(reference) (rel. error \(error))") }
    }

    func report(_ title: String) {
        let lines = worst.keys.sorted().map { name -> String in
            let entry = worst[name]!
            return "  \(name.padding(toLength: 40, withPad: " ", startingAt: 0)) \(String(format: "%.2e", entry.error))  (\(entry.place))"
        }
        print("[\(title)] largest relative error per statistic:\n" + lines.joined(separator: "\n"))
        XCTAssert(failures.isEmpty, failures.prefix(40).joined(separator: "\n"))
    }
}

extension PostHocFixtures {
    /// Group values without the missing answers.
    static func groups(_ dataset: Object) -> [[Double]] {
        (dataset["groups"] as? [Object] ?? []).map { values($0["values"]).filter { !$0.isNaN } }
    }
}
