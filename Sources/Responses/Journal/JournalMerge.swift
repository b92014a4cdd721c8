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
/// Each device's events are kept in their own order, so adding a copy of a journal is one linear walk.
public struct JournalMerge: Hashable, Sendable {
    /// Every distinct event, ordered by device then sequence (each device's own order, which decides "latest wins").
    public var events: [JournalEvent] { byDevice.keys.sorted().flatMap { byDevice[$0]! } }
    /// Events dropped because they were already present.
    public private(set) var duplicateCount = 0
    public private(set) var conflicts: [MergeConflict] = []

    /// Per device and line format (a device's version 1 and version 2 journals number their lines apart), events sorted
    /// by sequence (an imported row's events share their line's sequence).
    private var byDevice: [DeviceJournal: [JournalEvent]] = [:]
    private var sameSequenceConflicts: Set<SequencePlace> = []

    private struct DeviceJournal: Hashable, Comparable {
        var device: DeviceID
        var format: Int
        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.device, lhs.format) < (rhs.device, rhs.format) }
    }

    private struct SequencePlace: Hashable {
        var device: DeviceID
        var sequence: UInt64
    }

    public init() {}

    public init(journals: [[JournalEvent]]) {
        for journal in journals { add(journal) }
    }

    /// Adds the events of one more journal and recomputes the conflicts.
    public mutating func add<Events: Sequence>(_ newEvents: Events) where Events.Element == JournalEvent {
        var incoming: [DeviceJournal: [JournalEvent]] = [:]
        for event in newEvents { incoming[DeviceJournal(device: event.deviceID, format: event.formatVersion), default: []].append(event) }
        for (journal, events) in incoming {
            let sorted = events.enumerated().sorted { ($0.element.sequence, $0.offset) < ($1.element.sequence, $1.offset) }.map(\.element)
            byDevice[journal] = merged(byDevice[journal] ?? [], sorted, device: journal.device)
        }
        conflicts = sameSequenceConflicts.sorted { ($0.device, $0.sequence) < ($1.device, $1.sequence) }
            .map { MergeConflict.sameSequenceDifferentContent(device: $0.device, sequence: $0.sequence) }
            + sessionConflicts()
    }

    /// Two sorted runs of one device's events: equal events at one sequence count once, different ones are both kept.
    private mutating func merged(_ old: [JournalEvent], _ new: [JournalEvent], device: DeviceID) -> [JournalEvent] {
        if old.isEmpty { return new }
        var result: [JournalEvent] = []
        result.reserveCapacity(old.count + new.count)
        var i = 0, j = 0
        while i < old.count || j < new.count {
            let sequence = min(i < old.count ? old[i].sequence : .max, j < new.count ? new[j].sequence : .max)
            var kept: [JournalEvent] = []
            while i < old.count, old[i].sequence == sequence { kept.append(old[i]); i += 1 }
            let hadAny = !kept.isEmpty
            var added = false
            while j < new.count, new[j].sequence == sequence {
                if kept.contains(new[j]) { duplicateCount += 1 } else { kept.append(new[j]); added = true }
                j += 1
            }
            if hadAny && added { sameSequenceConflicts.insert(SequencePlace(device: device, sequence: sequence)) }
            result += kept
        }
        return result
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
