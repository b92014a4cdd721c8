import Foundation

/// SPSS/PSPP variable names for the export's columns: letters, digits, `_` and `.` (not last), 64 bytes at most,
/// starting with a letter, unique without regard to case, never a reserved word. Ids like `aise.materiel` stay as they are.
struct SPSSNames {
    private(set) var byColumn: [Int: String] = [:]
    private(set) var byField: [String: String] = [:]
    private static let reserved: Set<String> = ["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"]

    init(_ layout: ExportLayout) {
        var used = Set<String>()
        for field in layout.fields { byField[field] = Self.unique(Self.sanitized(field), &used) }
        for column in layout.columns { byColumn[column] = Self.unique(Self.sanitized(layout.dataset.variables[column].name), &used) }
    }

    func variable(_ column: Int) -> String { byColumn[column] ?? "" }
    func rowField(_ name: String) -> String { byField[name] ?? name }

    static func sanitized(_ name: String) -> String {
        let folded = name.folding(options: .diacriticInsensitive, locale: nil)
        var result = String(folded.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == ".") ? Character(scalar) : "_"
        })
        if let first = result.unicodeScalars.first, !CharacterSet.letters.contains(first) { result = "v" + result }
        if result.isEmpty { result = "v" }
        result = String(result.prefix(60))
        while result.hasSuffix(".") { result = String(result.dropLast()) + "_" }
        if reserved.contains(result.uppercased()) { result += "_" }
        return result
    }

    static func unique(_ name: String, _ used: inout Set<String>) -> String {
        var candidate = name, counter = 2
        while used.contains(candidate.uppercased()) {
            candidate = "\(name.prefix(58))_\(counter)"
            counter += 1
        }
        used.insert(candidate.uppercased())
        return candidate
    }
}

extension String {
    /// At most `count` UTF-8 bytes, cut on a character boundary.
    func prefix(bytes count: Int) -> String {
        guard utf8.count > count else { return self }
        var result = ""
        for character in self {
            if result.utf8.count + character.utf8.count > count { break }
            result.append(character)
        }
        return result
    }
}
