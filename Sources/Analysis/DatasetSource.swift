import Foundation
import Questionnaire
import Responses

/// A dataset read by a report: its byte-coded columns turned into the arrays the statistics read.
public struct DatasetSource: ReportDataSource {
    public let dataset: Dataset
    public let isSynthetic: Bool

    /// Data made by `octant simulate` come from devices named `synthetic…`: a report on them says so.
    public init(_ dataset: Dataset) {
        self.dataset = dataset
        self.isSynthetic = dataset.rowCount > 0 && (0..<dataset.rowCount).allSatisfy { dataset.device(row: $0)?.hasPrefix("synthetic") ?? false }
    }

    public var respondentCount: Int { dataset.rowCount }
    public var fingerprint: String? { dataset.fingerprint }

    func column(_ name: String) -> (Int, Variable)? {
        guard let index = dataset.columnIndex(named: name) else { return nil }
        return (index, dataset.variables[index])
    }

    public func scalePoints(_ name: String) -> [UInt8]? {
        guard let (index, variable) = column(name), case .scale(let points) = variable.kind,
              case .codes(let storage) = dataset.columns[index] else { return nil }
        let limit = UInt8(min(points, Int(ColumnCode.maximumValue)))
        // Value codes are 1…points; escapes and missing reasons are above: a branch-free pass.
        return [UInt8](unsafeUninitializedCapacity: storage.codes.count) { points, count in
            storage.codes.withUnsafeBufferPointer { codes in
                for index in codes.indices {
                    let code = codes[index]
                    points[index] = (code &- 1) < limit ? code : 0
                }
            }
            count = storage.codes.count
        }
    }

    public func optionIndices(_ name: String) -> [Int32]? {
        guard let (index, variable) = column(name), case .codes(let storage) = dataset.columns[index] else { return nil }
        switch variable.kind {
        case .choice:
            let count = variable.valueLabels.count
            return storage.codes.map { $0 >= 1 && Int($0) <= count ? Int32($0) - 1 : -1 }
        case .indicator:
            return storage.codes.map { $0 <= 1 ? Int32($0) : -1 }
        default:
            return nil
        }
    }

    public func numbers(_ name: String) -> [Double]? {
        guard let (index, _) = column(name) else { return nil }
        switch dataset.columns[index] {
        case .numbers(let storage):
            return zip(storage.values, storage.status).map { $1 == ColumnCode.present ? $0 : .nan }
        case .codes(let storage):
            return storage.codes.map { ColumnCode.isValue($0) ? Double($0) : .nan }
        case .texts:
            return nil
        }
    }

    public func answeredCount(_ name: String) -> Int {
        guard let (index, _) = column(name) else { return 0 }
        var count = 0
        for row in 0..<dataset.rowCount {
            let code = dataset.columns[index].code(at: row)
            if ColumnCode.reason(code) == nil { count += 1 }
        }
        return count
    }

    public func missing(_ name: String) -> MissingBreakdown {
        guard let (index, _) = column(name) else { return MissingBreakdown(notAsked: dataset.rowCount) }
        let counts = dataset.missingCounts(column: index)
        return MissingBreakdown(skipped: counts.reasons[.skipped] ?? 0, notAsked: counts.reasons[.notAsked] ?? 0,
                                notReached: counts.reasons[.notReached] ?? 0, invalid: counts.reasons[.invalid] ?? 0,
                                escapes: counts.escapes)
    }
}
