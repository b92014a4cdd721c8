/// Fixed slots that concurrent workers fill, each its own: the only shared state of the parallel parts of Octant
/// (simulation batches, the parts of a large CSV, the pieces of a report).
public final class ParallelSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value>

    public init(count: Int, empty: Value) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: empty)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    public var count: Int { storage.count }

    /// Each slot is written by exactly one worker, and read only after `concurrentPerform` returns.
    public func set(_ slot: Int, _ value: Value) { storage[slot] = value }
    public func get(_ slot: Int) -> Value { storage[slot] }
}
