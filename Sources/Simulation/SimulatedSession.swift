import Foundation
import Questionnaire
import Responses

/// One synthetic interview, ready to be written to a journal: started, answered item by item, completed.
public struct SimulatedSession: Hashable, Sendable {
    public enum Event: Hashable, Sendable {
        case answer(item: String, answer: JournalAnswer)
        /// An `expect:` warning the synthetic respondent confirmed (drawn values rarely need it).
        case warningConfirmed(item: String, warning: String)
    }

    public var id: SessionID
    public var start: SessionStart
    public var startedAt: JournalTimestamp
    /// Events in the order they happen, each with its time.
    public var events: [(event: Event, at: JournalTimestamp)]
    public var completedAt: JournalTimestamp

    /// The answers by item key, as the runner's conditions see them.
    public var answers: [String: JournalAnswer] {
        var result: [String: JournalAnswer] = [:]
        for (event, _) in events { if case .answer(let item, let answer) = event { result[item] = answer } }
        return result
    }

    public static func == (lhs: SimulatedSession, rhs: SimulatedSession) -> Bool {
        lhs.id == rhs.id && lhs.start == rhs.start && lhs.startedAt == rhs.startedAt && lhs.completedAt == rhs.completedAt
            && lhs.events.map(\.event) == rhs.events.map(\.event) && lhs.events.map(\.at) == rhs.events.map(\.at)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// How synthetic sessions are marked, so that no report can mistake them for collected data: they are written by the
/// device `synthetic-<seed>` (a real device id never starts with `synthetic-` by convention of `octant simulate`).
public enum SyntheticData {
    public static let devicePrefix = "synthetic-"

    public static func deviceID(seed: UInt64) -> DeviceID { DeviceID(devicePrefix + String(seed))! }

    /// True for a device whose journal `octant simulate` wrote.
    public static func isSynthetic(_ device: DeviceID) -> Bool { device.rawValue.hasPrefix(devicePrefix) }
}
