import Foundation
import Questionnaire

/// The people found in a dataset: each with their row in every wave they answered.
public struct ParticipantLinks: Sendable {
    public struct Person: Sendable, Equatable {
        /// Dataset row per wave id.
        public var rows: [String: Int]
        /// True when the link rests on a near match (one element of the code different).
        public var nearMatch: Bool
    }

    /// Declared wave ids, in their order.
    public var waves: [String]
    /// Everyone with a usable code, linked or not (a person seen once has one row).
    public var people: [Person]
    public var report: LinkReport

    /// Pairs of rows (first wave, second wave) of the people seen in both.
    public func pairs(from first: String, to second: String) -> [(before: Int, after: Int)] {
        people.compactMap { person in
            guard let before = person.rows[first], let after = person.rows[second] else { return nil }
            return (before, after)
        }
    }

    /// Rows of a wave whose person is not seen in `other` (attrition, or a late first interview).
    public func unpairedRows(in wave: String, missing other: String) -> [Int] {
        people.compactMap { person in person.rows[other] == nil ? person.rows[wave] : nil }
    }
}
