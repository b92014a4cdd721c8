import Foundation

/// Where each intact line stands among the numbers its writer gave (1, 2, 3…), and which numbers no line holds.
///
/// The lines kept "in place" are a longest run of intact lines whose numbers increase: fewest lines blamed, so a
/// line swapped, moved or copied is reported alone and the lines around it stay intact. Numbers between two lines
/// in place that no intact line holds are missing, unless damaged lines between them may hold them.
struct LineOrder {
    enum Placement: Equatable {
        case inPlace
        /// Same bytes as the line at this index.
        case duplicate(of: Int)
        /// Out of place; the nearest line in place before it holds `after`.
        case reordered(after: UInt64)
        /// Same number as the line at this index, different bytes.
        case numberReused(Int)
    }

    /// Numbers held by no line, found before the line at `index`: one in place, or a damaged one whose number fits.
    struct Gap {
        var index: Int
        var previous: UInt64
        var found: UInt64
        /// Numbers between `previous` and `found` that no intact line holds.
        var uncovered: UInt64
        /// Of those, how many the damaged lines in between cannot account for.
        var missing: UInt64
    }

    /// Intact lines not in place, by index; every other intact line is in place.
    private(set) var misplaced: [Int: Placement] = [:]
    private(set) var gaps: [Gap] = []
    /// The number a damaged line most likely held: set where the damaged lines between two lines in place are exactly
    /// as many as the numbers no line holds there, and for damaged lines after the last line in place.
    private(set) var probableSequence: [Int: UInt64] = [:]
    /// Every number an intact line holds, sorted, once.
    private let held: [UInt64]

    init(_ lines: [ScannedLine], identical: (Int, Int) -> Bool) {
        let intact = lines.indices.filter { lines[$0].isIntact }
        held = Array(Set(intact.map { lines[$0].sequence })).sorted()
        let chain = Self.longestIncreasingRun(intact.map { lines[$0].sequence })
        var inPlace = [Bool](repeating: false, count: lines.count)
        for position in chain { inPlace[intact[position]] = true }
        placeOthers(lines, intact: intact, inPlace: inPlace, identical: identical)
        findGaps(lines, inPlace: inPlace)
    }

    func placement(of index: Int) -> Placement { misplaced[index] ?? .inPlace }

    /// Whether an intact line holds `number`.
    func isHeld(_ number: UInt64) -> Bool { heldCount(below: number + 1) - heldCount(below: number) == 1 }

    /// Positions (in `numbers`) of a longest strictly increasing subsequence. Of equal numbers the first stays, so a
    /// copy written after its original is the one reported.
    static func longestIncreasingRun(_ numbers: [UInt64]) -> [Int] {
        var tails: [Int] = []
        var before = [Int](repeating: -1, count: numbers.count)
        for (position, number) in numbers.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if numbers[tails[middle]] < number { low = middle + 1 } else { high = middle }
            }
            if low < tails.count, numbers[tails[low]] == number { continue }
            before[position] = low > 0 ? tails[low - 1] : -1
            if low == tails.count { tails.append(position) } else { tails[low] = position }
        }
        var run: [Int] = []
        var position = tails.last ?? -1
        while position >= 0 {
            run.append(position)
            position = before[position]
        }
        return run.reversed()
    }

    private mutating func placeOthers(_ lines: [ScannedLine], intact: [Int], inPlace: [Bool], identical: (Int, Int) -> Bool) {
        let wanted = Set(intact.filter { !inPlace[$0] }.map { lines[$0].sequence })
        guard !wanted.isEmpty else { return }
        var holders: [UInt64: [Int]] = [:]
        for index in intact where wanted.contains(lines[index].sequence) { holders[lines[index].sequence, default: []].append(index) }
        var lastInPlace: UInt64 = 0
        for index in lines.indices where lines[index].isIntact {
            if inPlace[index] { lastInPlace = lines[index].sequence; continue }
            // The line in place first: a copy is a copy of the line that stayed.
            let others = (holders[lines[index].sequence] ?? []).filter { $0 != index }.sorted { inPlace[$0] && !inPlace[$1] }
            if let original = others.first(where: { identical($0, index) }) {
                misplaced[index] = .duplicate(of: original)
            } else if let other = others.first {
                misplaced[index] = .numberReused(other)
            } else {
                misplaced[index] = .reordered(after: lastInPlace)
            }
        }
    }

    /// A damaged line whose own number is readable, and fits between the lines in place around it, says where the
    /// numbering resumes: lines missing before it are reported there, not at the next intact line.
    private mutating func findGaps(_ lines: [ScannedLine], inPlace: [Bool]) {
        var nextInPlace = [UInt64](repeating: .max, count: lines.count + 1)
        for index in lines.indices.reversed() { nextInPlace[index] = inPlace[index] ? lines[index].sequence : nextInPlace[index + 1] }
        var previous: UInt64 = 0
        var damagedSince: [Int] = []
        for index in lines.indices {
            let number = lines[index].sequence
            if !lines[index].isIntact {
                // After the last line in place nothing bounds a number read from a damaged line: only the next one fits.
                let bound = nextInPlace[index + 1] == .max ? previous + UInt64(damagedSince.count) + 2 : nextInPlace[index + 1]
                guard number > previous, number < bound, !isHeld(number) else { damagedSince.append(index); continue }
                closeSegment(damagedSince, previous: previous, found: number, at: index)
                probableSequence[index] = number
                (previous, damagedSince) = (number, [])
                continue
            }
            guard inPlace[index] else { continue }
            closeSegment(damagedSince, previous: previous, found: number, at: index)
            (previous, damagedSince) = (number, [])
        }
        assignNumbers(to: damagedSince, after: previous)
    }

    /// Between numbers `previous` and `found` (at line index `index`), with these damaged lines in between.
    private mutating func closeSegment(_ damaged: [Int], previous: UInt64, found: UInt64, at index: Int) {
        let uncovered = found > previous + 1 ? (found - previous - 1) - UInt64(heldCount(below: found) - heldCount(below: previous + 1)) : 0
        if uncovered > UInt64(damaged.count) {
            gaps.append(Gap(index: index, previous: previous, found: found, uncovered: uncovered, missing: uncovered - UInt64(damaged.count)))
        } else if uncovered == UInt64(damaged.count) {
            assignNumbers(to: damaged, after: previous)
        }
    }

    /// Gives damaged lines, in order, the numbers after `previous` that no intact line holds.
    private mutating func assignNumbers(to damaged: [Int], after previous: UInt64) {
        var number = previous
        for index in damaged {
            repeat { number += 1 } while isHeld(number)
            probableSequence[index] = number
        }
    }

    private func heldCount(below number: UInt64) -> Int {
        var low = 0, high = held.count
        while low < high {
            let middle = (low + high) / 2
            if held[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
