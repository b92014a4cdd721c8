import Foundation
import Responses
import Support

/// One published number of an evaluation report, tied to a data column of the questionnaire.
/// The CSV format is described in `Questionnaires/data/README.md`.
public struct ReportTarget: Hashable, Sendable {
    public enum Statistic: String, Hashable, Sendable, CaseIterable { case mean, count, percent, sd }

    /// The codebook column, e.g. `aise.perso`, or the grouping question itself for group sizes (`service`).
    public var variable: String
    /// `all` for whole-sample figures, otherwise the grouping question of the analysis plan (`service`…).
    public var breakdown: String
    /// The option code of the group (`ccas`), or for a count of a choice the option counted; empty otherwise.
    public var group: String
    public var statistic: Statistic
    public var value: Double
    /// The value as printed, kept to compare at the report's own precision.
    public var printed: String
    public var letters: String
    public var marked: Bool
    public var source: String

    public var isWholeSample: Bool { breakdown == ReportTargets.wholeSample }
}

public enum ReportTargetsError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingColumn(String)
    case wrongFieldCount(line: Int, expected: Int, found: Int)
    case unknownStatistic(line: Int, String)
    case notANumber(line: Int, String)
    case unterminatedQuote(line: Int)

    public func message(_ language: Language) -> String { localized[language] }

    public var localized: Localized {
        let message: SimulationMessage
        switch self {
        case .missingColumn(let name): message = .missingTargetColumn(name)
        case .wrongFieldCount(let line, let expected, let found): message = .wrongFieldCount(line: line, expected: expected, found: found)
        case .unknownStatistic(let line, let name): message = .unknownStatistic(line: line, name)
        case .notANumber(let line, let text): message = .targetNotANumber(line: line, text)
        case .unterminatedQuote(let line): message = .unterminatedQuote(line: line)
        }
        return message.localized
    }

    public var description: String { localized.en }
}

/// The published numbers a synthetic dataset should follow.
public struct ReportTargets: Hashable, Sendable {
    public static let wholeSample = "all"
    public static let columns = ["variable", "breakdown", "group", "statistic", "value", "letters", "marked", "source"]

    public var targets: [ReportTarget]

    public init(targets: [ReportTarget]) { self.targets = targets }

    /// Parses the CSV (UTF-8, comma-separated, RFC 4180 quoting, header line naming at least the columns above).
    public init(csv text: String) throws(ReportTargetsError) {
        let records = try Self.records(of: text)
        guard let header = records.first else { throw .missingColumn(Self.columns[0]) }
        var position: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() { position[name.trimmingCharacters(in: .whitespaces)] = index }
        for name in Self.columns where position[name] == nil { throw .missingColumn(name) }
        var targets: [ReportTarget] = []
        for record in records.dropFirst() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            guard record.fields.count == header.fields.count else {
                throw .wrongFieldCount(line: record.line, expected: header.fields.count, found: record.fields.count)
            }
            func field(_ name: String) -> String { record.fields[position[name]!].trimmingCharacters(in: .whitespaces) }
            guard let statistic = ReportTarget.Statistic(rawValue: field("statistic")) else {
                throw .unknownStatistic(line: record.line, field("statistic"))
            }
            let printed = field("value")
            guard let value = Double(printed), value.isFinite else { throw .notANumber(line: record.line, printed) }
            targets.append(ReportTarget(variable: field("variable"), breakdown: field("breakdown"), group: field("group"),
                                        statistic: statistic, value: value, printed: printed, letters: field("letters"),
                                        marked: field("marked") == "*", source: field("source")))
        }
        self.targets = targets
    }

    public init(contentsOf url: URL) throws {
        try self.init(csv: try String(contentsOf: url, encoding: .utf8))
    }

    /// Published group means of a column, by breakdown then group.
    public func means(of variable: String) -> [ReportTarget] {
        targets.filter { $0.variable == variable && $0.statistic == .mean && !$0.isWholeSample }
    }

    /// Columns with published group means, in file order.
    public var variablesWithGroupMeans: [String] {
        var seen = Set<String>()
        return targets.filter { $0.statistic == .mean && !$0.isWholeSample && seen.insert($0.variable).inserted }.map(\.variable)
    }

    /// Published size of each group of a grouping question (`count` rows whose breakdown is the question), in file order.
    public func groupCounts(of question: String) -> [(group: String, count: Int)] {
        targets.filter { $0.variable == question && $0.breakdown == question && $0.statistic == .count }
            .map { ($0.group, Int($0.value.rounded())) }
    }

    /// Whole-sample figure of a column (`mean`, `sd`) or of one of its options (`count`, `percent`).
    public func wholeSample(_ variable: String, _ statistic: ReportTarget.Statistic, group: String = "") -> Double? {
        targets.first { $0.variable == variable && $0.statistic == statistic && $0.group == group && $0.isWholeSample }?.value
    }

    /// Counts of a column's options, whatever the breakdown they are filed under.
    public func optionCounts(of variable: String) -> [String: Double] {
        var counts: [String: Double] = [:]
        for target in targets where target.variable == variable && target.statistic == .count
            && (target.isWholeSample || target.breakdown == variable) {
            counts[target.group] = target.value
        }
        return counts
    }

    struct Record { var line: Int; var fields: [String] }

    static func records(of text: String) throws(ReportTargetsError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1, recordLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        func nextCharacter() -> Character? {
            if let p = pending { pending = nil; return p }
            return characters.next()
        }
        while let c = nextCharacter() {
            if quoted {
                if c == "\"" {
                    if let following = characters.next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else { quoted = false }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case ",": fields.append(field); field = ""
            case "\n", "\r\n":
                fields.append(field)
                records.append(Record(line: recordLine, fields: fields))
                fields = []; field = ""
                line += 1; recordLine = line
            default: field.append(c)
            }
        }
        if quoted { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
