/// Statistical disclosure control for counts: a cell under the minimum is never shown, and when the
/// hidden cells add up to less than the minimum (so that subtracting the shown cells from the total
/// would single them out), the smallest shown cell is hidden too (complementary suppression).
enum SmallCells {
    /// Which counts may be shown. Empty cells (0) are shown: they identify no one.
    static func shown(_ counts: [Int], minimum: Int) -> [Bool] {
        var shown = counts.map { $0 == 0 || $0 >= minimum }
        let hidden = counts.indices.filter { !shown[$0] }.reduce(0) { $0 + counts[$1] }
        if hidden > 0, hidden < minimum,
           let smallest = counts.indices.filter({ shown[$0] && counts[$0] > 0 }).min(by: { counts[$0] < counts[$1] }) {
            shown[smallest] = false
        }
        return shown
    }
}
