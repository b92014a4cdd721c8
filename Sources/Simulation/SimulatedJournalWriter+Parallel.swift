import Dispatch
import Foundation
import Support
import Responses

extension SimulatedJournalWriter {
    /// Writes `count` sessions produced by `generate(index)`, generating and encoding batches on every core; the file is
    /// byte for byte what writing them one by one in index order gives (sequence numbers follow the index order).
    /// `generate` must depend only on its index (as `SurveySimulator.session(index:)` does).
    public func write(sessionsOf count: Int, batch: Int = 2_048,
                      generate: @escaping @Sendable (Int) -> SimulatedSession) throws(SimulationError) {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < count {
            let end = min(count, start + batch * workers)
            let ranges = stride(from: start, to: end, by: batch).map { $0..<min(end, $0 + batch) }
            let sessions = ParallelSlots<[SimulatedSession]>(count: ranges.count, empty: [])
            DispatchQueue.concurrentPerform(iterations: ranges.count) { slot in
                sessions.set(slot, ranges[slot].map(generate))
            }
            var firstSequence: [UInt64] = []
            var sequence = nextSequenceNumber
            for slot in 0..<ranges.count {
                firstSequence.append(sequence)
                sequence += UInt64(sessions.get(slot).reduce(0) { $0 + $1.events.count + 2 })
            }
            let encoded = ParallelSlots<[UInt8]>(count: ranges.count, empty: [])
            let device = deviceID, questionnaire = self.questionnaire, starts = firstSequence
            DispatchQueue.concurrentPerform(iterations: ranges.count) { slot in
                var encoder = JournalEncoder(device: device)
                var bytes: [UInt8] = []
                var sequence = starts[slot]
                for session in sessions.get(slot) {
                    Self.encode(session, questionnaire: questionnaire, encoder: &encoder, sequence: &sequence, into: &bytes)
                }
                encoded.set(slot, bytes)
            }
            for slot in 0..<ranges.count {
                let slice = sessions.get(slot)
                try appendEncoded(encoded.get(slot), sessions: slice.count,
                                  events: slice.reduce(0) { $0 + $1.events.count + 2 })
            }
            start = end
        }
    }
}
