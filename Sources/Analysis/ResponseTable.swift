import Foundation
import Questionnaire

/// A small in-memory dataset: one dictionary of cells per respondent. For tests, golden reports and
/// imports of modest size; large datasets provide `ReportDataSource` from their columnar storage.
public struct ResponseTable: ReportDataSource, Sendable {
    public enum Cell: Hashable, Sendable {
        case point(Int)
        case option(String)
        case number(Double)
        case text(String)
        case escape(String)
        case skipped
        case notAsked
        case invalid
    }

    public let codebook: Codebook
    public var rows: [[String: Cell]]
    public var isSynthetic: Bool

    public init(codebook: Codebook, rows: [[String: Cell]], isSynthetic: Bool = false) {
        self.codebook = codebook
        self.rows = rows
        self.isSynthetic = isSynthetic
    }

    public var respondentCount: Int { rows.count }

    public func scalePoints(_ variable: String) -> [UInt8]? {
        guard let v = codebook.variable(variable), case .scale = v.kind else { return nil }
        return rows.map { row in
            if case .point(let p)? = row[variable], p >= 1, p <= 255 { return UInt8(p) }
            return 0
        }
    }

    public func optionIndices(_ variable: String) -> [Int32]? {
        guard let v = codebook.variable(variable) else { return nil }
        switch v.kind {
        case .choice, .indicator: break
        default: return nil
        }
        let index = Dictionary(uniqueKeysWithValues: v.valueLabels.enumerated().map { ($1.code, Int32($0)) })
        return rows.map { row in
            if case .option(let code)? = row[variable], let i = index[code] { return i }
            return -1
        }
    }

    public func numbers(_ variable: String) -> [Double]? {
        guard codebook.variable(variable) != nil else { return nil }
        return rows.map { row in
            switch row[variable] {
            case .number(let x)?: return x
            case .point(let p)?: return Double(p)
            default: return .nan
            }
        }
    }

    public func answeredCount(_ variable: String) -> Int {
        rows.reduce(0) { count, row in
            switch row[variable] {
            case .point?, .option?, .number?, .text?, .escape?: return count + 1
            default: return count
            }
        }
    }

    public func missing(_ variable: String) -> MissingBreakdown {
        var breakdown = MissingBreakdown()
        for row in rows {
            switch row[variable] {
            case .skipped?: breakdown.skipped += 1
            case .notAsked?, nil: breakdown.notAsked += 1
            case .invalid?: breakdown.invalid += 1
            case .escape(let code)?: breakdown.escapes[code, default: 0] += 1
            default: break
            }
        }
        return breakdown
    }
}
