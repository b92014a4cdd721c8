import Foundation
import Support
import Responses

/// The simulator's deterministic random source: xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom number
/// generators", 2021) seeded through SplitMix64, so the same seed gives the same journal on every platform.
/// `SystemRandomNumberGenerator` would make synthetic data irreproducible; Swift's own generators are not seedable.
public struct SimulationRandom: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var mixer = seed
        state = (Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer))
    }

    /// An independent stream for one purpose (one respondent, one item…), so that what one respondent draws
    /// never shifts what another draws: a respondent can be regenerated alone with the same answers.
    public init(seed: UInt64, stream: UInt64, substream: UInt64 = 0) {
        var mixer = seed ^ (stream &* SplitMix64.increment)
        _ = Self.splitMix(&mixer)
        mixer ^= substream &* 0xD1B5_4A32_D192_ED03
        self.init(seed: Self.splitMix(&mixer))
    }

    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotate(state.3, 45)
        return result
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Standard normal by the Box–Muller transform (one of the pair is used: simpler, and fast enough here).
    public mutating func normal() -> Double {
        let u = 1 - unit(), v = unit()
        return (-2 * Foundation.log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform integer in `0..<count` (count > 0).
    public mutating func index(_ count: Int) -> Int { Int(next(upperBound: UInt64(count))) }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    private static func splitMix(_ x: inout UInt64) -> UInt64 {
        x &+= SplitMix64.increment
        return SplitMix64.finalize(x)
    }
}
