import Foundation

/// Checks a message catalogue against its own source: every case declared must have a sample, and every sample a
/// non-empty text in every language. Each module's tests run it on its catalogues, so that a message can be neither
/// forgotten in one language nor added without being exercised.
public struct CatalogueAudit<Catalogue: MessageCatalogue> {
    public let declaredCases: Set<String>

    /// `source` is the text of the file(s) declaring the catalogue's enum; the cases are read from its
    /// `case name` and `case name(…)` lines, one or several per line.
    public init(source: String) {
        var names = Set<String>()
        for line in source.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("case "), let next = trimmed.dropFirst(5).first, next.isLetter else { continue }
            guard !trimmed.hasPrefix("case let ") else { continue }
            var rest = trimmed.dropFirst(5)
            // `case a, b(Int), c` declares three; stop at a comment.
            if let comment = rest.range(of: "//") { rest = rest[..<comment.lowerBound] }
            var depth = 0, current = ""
            for character in rest {
                switch character {
                case "(": depth += 1
                case ")": depth -= 1
                case "," where depth == 0:
                    names.insert(current.trimmingSpaces); current = ""
                default: if depth == 0 { current.append(character) }
                }
            }
            let last = current.trimmingSpaces
            if !last.isEmpty { names.insert(String(last.prefix { $0 != " " && $0 != "=" })) }
        }
        declaredCases = names
    }

    /// Reads the catalogue's source file.
    public init(file: URL) throws {
        self.init(source: try String(contentsOf: file, encoding: .utf8))
    }

    /// Everything wrong, one line each: empty when the catalogue is complete (and at least one case was read).
    public var problems: [String] {
        (declaredCases.isEmpty ? ["no case declared"] : [])
            + casesWithoutSample.sorted().map { "\($0): no sample" } + emptyTexts.map { "\($0): empty" }
    }

    /// Cases declared in the source with no sample.
    public var casesWithoutSample: Set<String> {
        declaredCases.subtracting(Catalogue.samples.map(\.caseName))
    }

    /// Samples whose text is empty in some language, as "case (language)".
    public var emptyTexts: [String] {
        Catalogue.samples.flatMap { sample in
            Language.allCases.filter { sample.text($0).isEmpty }.map { "\(sample.caseName) (\($0.rawValue))" }
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
