import Foundation

/// Something two journals disagree on. Both versions are kept in the merged events; the conflict says where to look.
public enum MergeConflict: Hashable, Sendable {
    /// Two different events claim the same place in one device's journal (a device id reused on two machines?).
    case sameSequenceDifferentContent(device: DeviceID, sequence: UInt64)
    /// One session id has different events on several devices.
    case sessionOnSeveralDevices(session: SessionID, devices: [DeviceID])
}

/// Events of several journals (several laptops) combined for analysis.
/// Idempotent: an event already present (same device id and sequence, same content) is not added again.
public struct JournalMerge: Hashable, Sendable {
    /// Every distinct event, ordered by device then sequence (each device's own order, which decides "latest wins").
    public private(set) var events: [JournalEvent] = []
    /// Events dropped because they were already present.
    public private(set) var duplicateCount = 0
    public private(set) var conflicts: [MergeConflict] = []

    private struct Place: Hashable {
        var device: DeviceID
        var sequence: UInt64
    }

    public init() {}

    public init(journals: [[JournalEvent]]) {
        for journal in journals { add(journal) }
    }

    /// Adds the events of one more journal and recomputes the conflicts.
    public mutating func add<Events: Sequence>(_ newEvents: Events) where Events.Element == JournalEvent {
        var byPlace: [Place: [JournalEvent]] = [:]
        for event in events { byPlace[Place(device: event.deviceID, sequence: event.sequence), default: []].append(event) }
        for event in newEvents {
            let place = Place(device: event.deviceID, sequence: event.sequence)
            if byPlace[place, default: []].contains(event) {
                duplicateCount += 1
            } else {
                byPlace[place, default: []].append(event)
                events.append(event)
            }
        }
        events.sort { ($0.deviceID, $0.sequence, $0.timestamp) < ($1.deviceID, $1.sequence, $1.timestamp) }
        conflicts = byPlace.filter { $0.value.count > 1 }.keys
            .sorted { ($0.device, $0.sequence) < ($1.device, $1.sequence) }
            .map { MergeConflict.sameSequenceDifferentContent(device: $0.device, sequence: $0.sequence) }
            + sessionConflicts()
    }

    /// Sessions folded from all merged events.
    public var sessions: [SessionState] { SessionState.fold(events) }

    private func sessionConflicts() -> [MergeConflict] {
        var contentBySession: [SessionID: [DeviceID: [EventContent]]] = [:]
        for event in events { contentBySession[event.sessionID, default: [:]][event.deviceID, default: []].append(event.content) }
        return contentBySession.compactMap { session, byDevice -> MergeConflict? in
            guard byDevice.count > 1, Set(byDevice.values).count > 1 else { return nil }
            return .sessionOnSeveralDevices(session: session, devices: byDevice.keys.sorted())
        }
        .sorted { lhs, rhs in
            guard case .sessionOnSeveralDevices(let left, _) = lhs, case .sessionOnSeveralDevices(let right, _) = rhs else {
                return false
            }
            return left < right
        }
    }
}
