/// Suggestions for misspelled names: the closest known name within a small edit distance.
enum Suggestion {
    static func closest<S: Sequence>(to word: String, among candidates: S) -> String? where S.Element == String {
        Vocabulary(Array(candidates)).closest(to: word)
    }

    static func appendLowercased(_ text: String, to scalars: inout [Unicode.Scalar]) {
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                scalars.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar)
            } else {
                scalars += scalar.properties.lowercaseMapping.unicodeScalars
            }
        }
    }

    /// Levenshtein distance (Wagner–Fischer dynamic programming), with transpositions counted once; any value above
    /// `bound` means "too far", and is returned as soon as a whole row exceeds it.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int = .max, rows: inout [Int]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > min(3, bound) { return abs(a.count - b.count) }
        let width = b.count + 1
        if rows.count < 3 * width { rows = Array(repeating: 0, count: 3 * width) }
        return rows.withUnsafeMutableBufferPointer { cells in
            // Three rows in one buffer: the one before the previous (for transpositions), the previous, the current.
            var (older, previous, current) = (0, width, 2 * width)
            for j in 0...b.count { cells[previous + j] = j }
            for i in 1...a.count {
                cells[current] = i
                var smallest = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(cells[previous + j] + 1, cells[current + j - 1] + 1, cells[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, cells[older + j - 2] + 1) }
                    cells[current + j] = value
                    smallest = min(smallest, value)
                }
                // No later row can come back under the smallest value of this one.
                if smallest > bound { return smallest }
                (older, previous, current) = (previous, current, older)
            }
            return cells[previous + b.count]
        }
    }
}

/// Suggestions among the file's own names (its questions, scales, option sets, escapes) cost one comparison per
/// name: a file of a hundred thousand names and as many misspellings would take hours to check. Each pass of the
/// parser and the checks spends at most this many comparisons; past them, diagnostics come without "did you mean".
struct SuggestionBudget: Sendable {
    private(set) var remaining = 1_000_000

    mutating func closest<C: Collection>(to word: String, among candidates: C) -> String? where C.Element == String {
        closest(to: word, count: candidates.count) { candidates }
    }

    /// `count` is how many candidates `candidates` will give, so that they are not gathered when over budget.
    mutating func closest<S: Sequence>(to word: String, count: Int, _ candidates: () -> S) -> String? where S.Element == String {
        guard count <= remaining else { return nil }
        remaining -= count
        return Suggestion.closest(to: word, among: candidates())
    }
}

/// Names to suggest from, folded to lower case once: the keyword lists are asked on every line of a file of junk,
/// so each name's length is known before it is compared.
struct Vocabulary: Sendable {
    let names: [String]
    private let folded: [[Unicode.Scalar]]
    private let letterSets: [UInt64]

    init(_ names: [String]) {
        self.names = names
        folded = names.map { name in
            var scalars: [Unicode.Scalar] = []
            Suggestion.appendLowercased(name, to: &scalars)
            return scalars
        }
        letterSets = folded.map(Self.letterSet)
    }

    /// Which characters a name holds (folded onto 64 bits). One edit adds or removes at most two of them, so half
    /// the characters two names do not share is a lower bound of their distance, known without the full comparison.
    private static func letterSet(_ scalars: [Unicode.Scalar]) -> UInt64 {
        scalars.reduce(0) { $0 | 1 << UInt64($1.value % 64) }
    }

    func contains(_ name: String) -> Bool { names.contains(name) }

    /// The first name at the smallest distance, within a limit that grows with the word (1 to 3 edits).
    func closest(to word: String) -> String? {
        var target: [Unicode.Scalar] = []
        Suggestion.appendLowercased(word, to: &target)
        let limit = max(1, min(3, target.count / 3 + 1))
        let targetLetters = Self.letterSet(target)
        var best: (index: Int, distance: Int)?
        var rows: [Int] = []
        for (index, other) in folded.enumerated() {
            let bound = min(limit, (best?.distance ?? Int.max) - 1)
            // The distance is at least the difference in length, and half the characters not shared.
            guard abs(other.count - target.count) <= bound,
                  ((targetLetters ^ letterSets[index]).nonzeroBitCount + 1) / 2 <= bound else { continue }
            let distance = Suggestion.editDistance(target, other, bound: bound, rows: &rows)
            if distance <= bound { best = (index, distance) }
        }
        return best.map { names[$0.index] }
    }
}
