import Dispatch
import Foundation
import Support
import Responses

/// Splits `0..<count` into batches, runs `produce` on one round of batches at a time on every core, and hands each result
/// to `consume` in index order. Only one round of results is alive at once, so memory depends on the batch size and the
/// number of cores, never on `count`. `produce` must depend only on its range.
enum OrderedParallelBatches {
    static func run<Result, Failure: Error>(count: Int, batch: Int, produce: @escaping @Sendable (Range<Int>) -> Result,
                                             consume: (Result) throws(Failure) -> Void) throws(Failure) {
        precondition(batch >= 1, "batches hold at least one index")
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < count {
            let end = min(count, start + batch * workers)
            let ranges = stride(from: start, to: end, by: batch).map { $0..<min(end, $0 + batch) }
            let results = ParallelSlots<Result?>(count: ranges.count, empty: nil)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { slot in results.set(slot, produce(ranges[slot])) }
            for slot in ranges.indices { try consume(results.get(slot)!) }
            start = end
        }
    }
}
