import XCTest
@testable import Statistics

final class CompactLetterDisplayTests: XCTestCase {
    private func letters(_ k: Int, differing: Set<[Int]>) throws -> [String] {
        var decisions: [Bool] = []
        for i in 0..<k { for j in (i + 1)..<max(k, i + 1) { decisions.append(differing.contains([i, j])) } }
        return try CompactLetterDisplay(groups: (0..<k).map { "g\($0)" }, pairwiseDifferent: decisions).letters
    }

    func testReportExampleLowHighGroups() throws {
        // Means 2.44, 2.76, 5.60: only the third group differs from the other two.
        let display = try CompactLetterDisplay(groups: ["A", "B", "C"], pairwisePValues: [0.41, 0.0001, 0.0003])
        XCTAssertEqual(display.letters, ["a", "a", "b"])
    }

    func testReportExampleFirstGroupApart() throws {
        // Means 7.16, 6.28, 5.80: the first group differs from the other two.
        let display = try CompactLetterDisplay(groups: ["A", "B", "C"], pairwisePValues: [0.01, 0.002, 0.30])
        XCTAssertEqual(display.letters, ["a", "b", "b"])
    }

    func testAllEqualAndAllDifferent() throws {
        XCTAssertEqual(try letters(4, differing: []), ["a", "a", "a", "a"])
        XCTAssertEqual(try letters(4, differing: [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]), ["a", "b", "c", "d"])
        XCTAssertEqual(try letters(1, differing: []), ["a"])
    }

    func testChainPattern() throws {
        XCTAssertEqual(try letters(4, differing: [[0, 2], [0, 3], [1, 3]]), ["a", "ab", "bc", "c"])
        XCTAssertEqual(try letters(3, differing: [[0, 2]]), ["a", "ab", "b"])
    }

    func testTiedFirstMemberIsOrderedByLowerRows() throws {
        // multcompView's own example: only B–C differ gives A "ab", B "a", C "b".
        XCTAssertEqual(try letters(3, differing: [[1, 2]]), ["ab", "a", "b"])
    }

    func testMatrixInputReadsLowerTriangle() throws {
        let p: [[Double]] = [[1, 0.9, 0.9], [0.5, 1, 0.9], [0.01, 0.02, 1]]
        let display = try CompactLetterDisplay(groups: ["x", "y", "z"], pValueMatrix: p)
        XCTAssertEqual(display.letters, ["a", "a", "b"])
        XCTAssertEqual(display.columnLabels, ["a", "b"])
        XCTAssertEqual(display.membership, [[true, false], [true, false], [false, true]])
    }

    func testMoreThanFiftyTwoColumnsContinueWithDotPrefix() throws {
        XCTAssertEqual(LetterColumns.labels(count: 53).last, ".a")
        XCTAssertEqual(LetterColumns.labels(count: 54).last, ".b")
        XCTAssertEqual(LetterColumns.labels(count: 105).last, "..a")
        XCTAssertEqual(Set(LetterColumns.labels(count: 200)).count, 200)
        let k = 56
        let display = try CompactLetterDisplay(groups: (0..<k).map(String.init),
                                               pairwiseDifferent: Array(repeating: true, count: k * (k - 1) / 2))
        XCTAssertEqual(display.letters.prefix(2), ["a", "b"])
        XCTAssertEqual(display.letters[51], "Z")
        XCTAssertEqual(display.letters[52], ".a")
        XCTAssertEqual(display.letters[55], ".d")
    }

    func testSharingALetterMeansNotDifferent() throws {
        // Property: for a pseudo-random decision pattern, groups share a letter exactly when they do not differ.
        var state: UInt64 = 12345
        for _ in 0..<30 {
            let k = 6
            var differing: Set<[Int]> = []
            for i in 0..<k { for j in (i + 1)..<k {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                if state >> 62 == 0 { differing.insert([i, j]) }
            } }
            let result = try letters(k, differing: differing)
            for i in 0..<k { for j in (i + 1)..<k {
                let share = !Set(result[i]).isDisjoint(with: Set(result[j]))
                XCTAssertEqual(share, !differing.contains([i, j]), "\(result) \(differing)")
            } }
            XCTAssertTrue(result[0].hasPrefix("a"))
        }
    }

    func testInvalidInputIsATypedError() {
        XCTAssertThrowsError(try CompactLetterDisplay(groups: ["a", "b"], pairwisePValues: [0.1, 0.2]))
        XCTAssertThrowsError(try CompactLetterDisplay(groups: ["a", "b"], pairwisePValues: [.nan]))
        XCTAssertThrowsError(try CompactLetterDisplay(groups: [], pairwiseDifferent: []))
        XCTAssertThrowsError(try CompactLetterDisplay(groups: ["a", "b"], pairwisePValues: [0.1], alpha: 0))
    }
}

final class LetterColumnsAbsorbTests: XCTestCase {
    /// multcompView's literal absorption: restart the whole scan after every drop.
    private func restartingAbsorb(_ input: [[Bool]]) -> [[Bool]] {
        var columns = input
        scanning: while columns.count > 1 {
            for i in 0..<(columns.count - 1) {
                for j in (i + 1)..<columns.count {
                    if zip(columns[j], columns[i]).allSatisfy({ !$0.0 || $0.1 }) { columns.remove(at: j); continue scanning }
                    if zip(columns[i], columns[j]).allSatisfy({ !$0.0 || $0.1 }) { columns.remove(at: i); continue scanning }
                }
            }
            break
        }
        return columns
    }

    func testResumedScanEqualsRestartingScan() {
        var state: UInt64 = 987654321
        func nextBit() -> Bool {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 62 != 0
        }
        for _ in 0..<300 {
            let columns = (0..<7).map { _ in (0..<5).map { _ in nextBit() } }
            XCTAssertEqual(LetterColumns.absorb(columns), restartingAbsorb(columns))
        }
    }
}

final class CompactLetterPostHocTests: XCTestCase {
    func testLettersFromAPostHocResult() throws {
        let pairs = [
            PairwiseComparison(first: 0, second: 1, difference: 0.3, p: 0.41),
            PairwiseComparison(first: 0, second: 2, difference: 3.1, p: 0.0001),
            PairwiseComparison(first: 1, second: 2, difference: 2.8, p: nil),
        ]
        let result = PostHocResult(method: .gamesHowell, confidenceLevel: 0.95, meanSquareError: nil, errorDF: nil,
                                   pairs: pairs)
        XCTAssertEqual(try CompactLetterDisplay(groups: ["A", "B", "C"], postHoc: result).letters, ["a", "ab", "b"])
        XCTAssertThrowsError(try CompactLetterDisplay(groups: ["A", "B"], postHoc: result))
    }
}
