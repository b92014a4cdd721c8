import Responses
import Support
import XCTest

final class ByteHistogramTests: XCTestCase {
    /// Every length around the four-way unrolling, runs of one value and every byte value: the counts of the definition.
    func testCountsAreTheDefinitionsCounts() {
        var random = SplitMix64(seed: 3)
        func next() -> UInt64 { random.next() }
        var inputs: [[UInt8]] = (0..<10).map { length in (0..<length).map { _ in UInt8(next() % 256) } }
        inputs.append([UInt8](repeating: 7, count: 100_003))
        inputs.append((0..<70_001).map { UInt8(truncatingIfNeeded: $0) })
        inputs.append((0..<50_000).map { _ in next() % 10 == 0 ? 0 : UInt8(next() % 8 + 1) })
        for bytes in inputs {
            var expected = [Int](repeating: 0, count: 256)
            for byte in bytes { expected[Int(byte)] += 1 }
            XCTAssertEqual(ByteHistogram.counts(of: bytes), expected, "\(bytes.count) bytes")
        }
    }
}
