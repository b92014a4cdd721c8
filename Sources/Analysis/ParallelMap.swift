import Dispatch

/// Independent pieces of a report computed on all cores: a million-respondent report is a few dozen passes over
/// the columns, each reading shared immutable data and producing its own result.
enum ParallelMap {
    /// `transform(0..<count)` in order of index, evaluated concurrently. The transform must only read shared state
    /// (value types that nobody mutates meanwhile) and each call writes only its own result slot, which is why
    /// handing them to Dispatch unchecked is sound.
    static func map<Result>(_ count: Int, _ transform: (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        withoutActuallyEscaping(transform) { transform in
            let shared = Unchecked((transform, results))
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let (transform, results) = shared.value
                results[index] = transform(index)
            }
        }
        return results.map { $0! }
    }

    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
