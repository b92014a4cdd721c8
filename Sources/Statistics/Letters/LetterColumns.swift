/// The column operations behind a compact letter display. A column is the set of groups sharing one letter,
/// stored as one Bool per group.
enum LetterColumns {
    typealias Column = [Bool]

    /// Piepho (2004) insert-and-absorb: start from one column holding every group; for each differing pair,
    /// split every column holding both, then drop columns contained in another.
    static func insertAndAbsorb(groupCount: Int, differingPairs: [(Int, Int)]) -> [Column] {
        var columns = [BitColumn(Column(repeating: true, count: groupCount))]
        for (first, second) in differingPairs {
            let shared = columns.indices.filter { columns[$0].contains(first) && columns[$0].contains(second) }
            if shared.isEmpty { continue }
            // As multcompView: the originals lose the second group, copies without the first group are appended
            // at the end; this order decides which column survives absorption.
            for index in columns.indices { columns[index].touched = false }
            var copies = shared.map { columns[$0] }
            for index in copies.indices {
                copies[index].remove(first)
                copies[index].touched = true
            }
            for index in shared {
                columns[index].remove(second)
                columns[index].touched = true
            }
            columns.append(contentsOf: copies)
            columns = absorb(columns)
        }
        return columns.map { $0.bools(count: groupCount) }
    }

    /// `absorb` on Bool columns.
    static func absorb(_ input: [Column]) -> [Column] {
        guard let count = input.first?.count else { return [] }
        return absorb(input.map(BitColumn.init)).map { $0.bools(count: count) }
    }

    /// Drops redundant columns in multcompView's scan order: pairs (i, j), i < j, the later column tested as the
    /// subset first, the scan restarted after each drop. Restarting re-checks only pairs already found unrelated
    /// (a drop creates no new containment), so the scan resumes where it stopped with the same outcome. Two
    /// untouched columns were unrelated before the insertion and still are, so their pair is skipped.
    fileprivate static func absorb(_ input: [BitColumn]) -> [BitColumn] {
        var columns = input
        var i = 0
        while i < columns.count - 1 {
            var j = i + 1
            var droppedFirst = false
            while j < columns.count {
                if !columns[i].touched && !columns[j].touched {
                    j += 1
                } else if columns[j].isSubset(of: columns[i]) {
                    columns.remove(at: j)
                } else if columns[i].isSubset(of: columns[j]) {
                    columns.remove(at: i)
                    droppedFirst = true
                    break
                } else {
                    j += 1
                }
            }
            if !droppedFirst { i += 1 }
        }
        return columns
    }

    /// A column packed in 64-bit words so containment tests stay cheap for many groups.
    fileprivate struct BitColumn {
        var words: [UInt64]
        /// Changed by the current insertion (or of unknown history): only such columns can be redundant.
        var touched = true
        init(_ column: Column) {
            words = Array(repeating: 0, count: (column.count + 63) / 64)
            for (index, member) in column.enumerated() where member { words[index / 64] |= 1 << UInt64(index % 64) }
        }
        func contains(_ index: Int) -> Bool { words[index / 64] & (1 << UInt64(index % 64)) != 0 }
        mutating func remove(_ index: Int) { words[index / 64] &= ~(1 << UInt64(index % 64)) }
        func isSubset(of other: BitColumn) -> Bool {
            zip(words, other.words).allSatisfy { $0.0 & ~$0.1 == 0 }
        }
        func bools(count: Int) -> Column {
            (0..<count).map(contains)
        }
    }

    /// Orders columns by their first member; ties are broken as multcompView's sortCols does: one pass over
    /// adjacent tied pairs, each pair ordered recursively by the rows below their shared first member.
    static func sortedForDisplay(_ columns: [Column]) -> [Column] {
        displayOrder(columns).map { columns[$0] }
    }

    private static func displayOrder(_ columns: [Column]) -> [Int] {
        let firstMember = columns.map { $0.firstIndex(of: true) ?? Int.max }
        // Swift's sort is not guaranteed stable, so ties keep their input order explicitly (R's order() is stable).
        var order = columns.indices.sorted { (firstMember[$0], $0) < (firstMember[$1], $1) }
        let sortedFirst = order.map { firstMember[$0] }
        for position in 0..<max(0, order.count - 1)
        where sortedFirst[position] == sortedFirst[position + 1] && sortedFirst[position] != Int.max {
            let below = sortedFirst[position] + 1
            let pair = [order[position], order[position + 1]]
            let tails = pair.map { Array(columns[$0][below...]) }
            let subOrder = displayOrder(tails)
            order[position] = pair[subOrder[0]]
            order[position + 1] = pair[subOrder[1]]
        }
        return order
    }

    /// Column labels as multcompView's default `Letters = c(letters, LETTERS, ".")`: the last symbol prefixes
    /// a reuse of the others when more columns are needed ("a"…"Z", ".a"…".Z", "..a"…).
    static func labels(count: Int) -> [String] {
        let lower = (UnicodeScalar("a").value...UnicodeScalar("z").value).map { String(UnicodeScalar($0)!) }
        let upper = (UnicodeScalar("A").value...UnicodeScalar("Z").value).map { String(UnicodeScalar($0)!) }
        return labels(count: count, alphabet: lower + upper + ["."])
    }

    private static func labels(count: Int, alphabet: [String]) -> [String] {
        guard let prefix = alphabet.last, alphabet.count > 1 else { return [] }
        if count < alphabet.count { return Array(alphabet.prefix(count)) }
        let reused = alphabet.dropLast().map { prefix + $0 } + [prefix]
        return Array(alphabet.dropLast()) + labels(count: count - alphabet.count + 1, alphabet: reused)
    }
}
