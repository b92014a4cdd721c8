/// "Did you mean": the known words close to a mistyped one.
enum Suggestions {
    /// The candidates nearest to `typed`, best first (at most three). A candidate is near when its edit distance is
    /// at most a third of the shorter word (at least 1: `chek` → `check`), or when `typed` is a prefix of it of three
    /// letters or more (`--resp` → `--respondents`).
    static func closest(to typed: String, among candidates: [String]) -> [String] {
        let word = typed.lowercased()
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let target = candidate.lowercased()
            let distance = Self.distance(word, target)
            let limit = max(1, min(word.count, target.count) / 3)
            guard distance <= limit || (word.count >= 3 && target.hasPrefix(word)) else { return nil }
            return (candidate, distance)
        }
        guard let best = scored.map(\.1).min() else { return [] }
        // Only the nearest: "--wave" for "--wav", not "--waves" too.
        return Array(scored.filter { $0.1 == best }.map(\.0).prefix(3))
    }

    /// Damerau–Levenshtein distance, in its optimal-string-alignment form: insertions, deletions, substitutions and
    /// transpositions of neighbours (`exprot` → `export` is one edit), each counting 1.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
