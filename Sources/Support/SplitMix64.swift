/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014): a tiny
/// generator whose sequence is fixed by its seed on every platform. It orders a respondent's items reproducibly,
/// seeds the simulator's xoshiro streams, and derives stable identifiers from a file and a row.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.finalize(state)
    }

    /// The golden-ratio step between successive states.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The output function alone: a strong 64-bit mix of one value, for hashing a seed with a counter.
    public static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in 0..<bound (bound > 0), by Lemire's multiply-shift: no platform-dependent algorithm involved.
    public mutating func index(below bound: Int) -> Int {
        Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// Fisher–Yates shuffle written out, so that the same seed gives the same order whatever the standard library does.
    public mutating func shuffled<T>(_ elements: [T]) -> [T] {
        var result = elements
        guard result.count > 1 else { return result }
        for position in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(position, index(below: position + 1))
        }
        return result
    }
}
