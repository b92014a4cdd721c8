import Dispatch
import Responses
import Support

/// Independent pieces of a report computed on all cores: a million-respondent report is a few dozen passes over
/// the columns, each reading shared immutable data and producing its own result.
enum ParallelMap {
    /// `transform(0..<count)` in order of index, evaluated concurrently.
    static func map<Result>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(transform) }
        let results = ParallelSlots<Result?>(count: count, empty: nil)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, transform(index)) }
        return (0..<count).map { results.get($0)! }
    }
}
