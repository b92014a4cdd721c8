/// Order statistics of unsorted values, found without sorting them all: a quartile of a million values costs a few
/// passes instead of a sort. Later queries reuse the partitions of earlier ones.
/// Method: Hoare's FIND (1961) with median-of-three pivots and Dijkstra's three-way partition (Bentley & McIlroy 1993),
/// falling back to sorting a range that partitions badly (Musser's introselect, 1997).
struct PartialOrder {
    private var values: [Double]
    /// Indices b such that every value before b is ≤ every value from b on; sorted.
    private var boundaries: [Int] = []
    /// Ranges already in their final order (runs of equal values, sorted fallbacks).
    private var settled: [Range<Int>] = []

    init(_ values: [Double]) { self.values = values }

    var count: Int { values.count }

    /// The value of 0-based rank `k` in ascending order.
    mutating func value(atRank k: Int) -> Double {
        precondition(values.indices.contains(k), "rank \(k) outside 0..<\(values.count)")
        if settled.contains(where: { $0.contains(k) }) { return values[k] }
        var lower = boundaries.last { $0 <= k } ?? 0
        var upper = boundaries.first { $0 > k } ?? values.count
        var budget = 2 * (Int.bitWidth - (upper - lower).leadingZeroBitCount) + 8
        while upper - lower > 1 {
            if budget == 0 || upper - lower <= 16 {
                values[lower..<upper].sort()
                settled.append(lower..<upper)
                return values[k]
            }
            budget -= 1
            let (less, greater, pivot) = partition(lower..<upper)
            record(less)
            record(greater)
            if k < less {
                upper = less
            } else if k >= greater {
                lower = greater
            } else {
                settled.append(less..<greater)
                return pivot
            }
        }
        return values[k]
    }

    /// Three-way partition of `range` around a median-of-three pivot: [lower, less) < pivot, [less, greater) = pivot,
    /// [greater, upper) > pivot.
    private mutating func partition(_ range: Range<Int>) -> (less: Int, greater: Int, pivot: Double) {
        values.withUnsafeMutableBufferPointer { values in
            let a = values[range.lowerBound], b = values[(range.lowerBound + range.upperBound) / 2], c = values[range.upperBound - 1]
            let pivot = max(min(a, b), min(max(a, b), c))
            var less = range.lowerBound, index = range.lowerBound, greater = range.upperBound
            while index < greater {
                let value = values[index]
                if value < pivot {
                    values.swapAt(less, index)
                    less += 1
                    index += 1
                } else if value > pivot {
                    greater -= 1
                    values.swapAt(index, greater)
                } else {
                    index += 1
                }
            }
            return (less, greater, pivot)
        }
    }

    private mutating func record(_ boundary: Int) {
        guard boundary > 0, boundary < values.count else { return }
        var low = 0, high = boundaries.count
        while low < high {
            let middle = (low + high) / 2
            if boundaries[middle] < boundary { low = middle + 1 } else { high = middle }
        }
        if low == boundaries.count || boundaries[low] != boundary { boundaries.insert(boundary, at: low) }
    }
}
