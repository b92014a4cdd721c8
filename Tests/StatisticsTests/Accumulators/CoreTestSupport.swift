import XCTest
import Support

/// Deterministic SplitMix64 generator so that property tests are reproducible.
struct CoreTestRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
    /// Standard normal by Box–Muller.
    mutating func normal() -> Double {
        let u = Swift.max(uniform(), 1e-300)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * uniform())
    }
    mutating func sample(count: Int, mean: Double = 0, sd: Double = 1) -> [Double] {
        (0..<count).map { _ in mean + sd * normal() }
    }
    mutating func answers(count: Int, points: Int = 8) -> [Int] { (0..<count).map { _ in integer(in: 1...points) } }
    mutating func shuffled<T>(_ values: [T]) -> [T] {
        var copy = values
        for index in stride(from: copy.count - 1, to: 0, by: -1) {
            copy.swapAt(index, Int(next() % UInt64(index + 1)))
        }
        return copy
    }
}

func assertRelativelyClose(_ actual: Double, _ expected: Double, tolerance: Double, _ message: String = "",
                           file: StaticString = #filePath, line: UInt = #line) {
    let scale = Swift.max(abs(expected), 1e-300)
    XCTAssertLessThanOrEqual(abs(actual - expected) / scale, tolerance,
                             "\(message): got \(actual), expected \(expected)", file: file, line: line)
}
