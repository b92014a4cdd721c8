import Foundation
import Questionnaire

/// A scale, choice or indicator column: one byte per row (see `ColumnCode`).
/// Scale points are stored as themselves (1...points), options as their 1-based index, indicators as 0/1.
public struct CodeColumn: Sendable {
    public internal(set) var codes: [UInt8] = []
    /// Raw text of invalid imported cells, by row, so that nothing is dropped silently.
    public internal(set) var invalidRaw: [Int: String] = [:]
}

/// An integer, decimal or score column: the value as a `Double` for statistics, a status byte per row,
/// and the exact decimal only for the rare values a `Double` cannot carry (more than 15 significant digits).
public struct NumberColumn: Sendable {
    public internal(set) var values: [Double] = []
    public internal(set) var status: [UInt8] = []
    public internal(set) var exact: [Int: Decimal] = [:]
    public internal(set) var invalidRaw: [Int: String] = [:]
}

/// An open-text column.
public struct TextColumn: Sendable {
    public internal(set) var texts: [String] = []
    public internal(set) var status: [UInt8] = []
    public internal(set) var invalidRaw: [Int: String] = [:]
}

public enum DatasetColumn: Sendable {
    case codes(CodeColumn)
    case numbers(NumberColumn)
    case texts(TextColumn)

    /// The status byte of a row: a value code, an escape code or a missing reason.
    public func code(at row: Int) -> UInt8 {
        switch self {
        case .codes(let column): return column.codes[row]
        case .numbers(let column): return column.status[row]
        case .texts(let column): return column.status[row]
        }
    }

    public var invalidRaw: [Int: String] {
        switch self {
        case .codes(let column): return column.invalidRaw
        case .numbers(let column): return column.invalidRaw
        case .texts(let column): return column.invalidRaw
        }
    }

    static func empty(for kind: Variable.Kind) -> DatasetColumn {
        switch kind {
        case .scale, .choice, .indicator: return .codes(CodeColumn())
        case .integer, .decimal, .score: return .numbers(NumberColumn())
        case .text, .otherText: return .texts(TextColumn())
        }
    }
}

/// How the values of one variable map to and from codes, precomputed once per column.
final class ColumnLayout: Sendable {
    let variable: Variable
    /// Option codes by 1-based index (index 0 unused) for choices.
    let optionCodes: [String]
    let optionIndex: [String: UInt8]
    let escapeIndex: [String: UInt8]
    let points: Int

    init(_ variable: Variable) {
        self.variable = variable
        if case .scale(let points) = variable.kind { self.points = points } else { points = 0 }
        if case .choice = variable.kind {
            optionCodes = [""] + variable.valueLabels.prefix(Int(ColumnCode.maximumValue)).map(\.code)
        } else {
            optionCodes = []
        }
        var index: [String: UInt8] = [:]
        for (position, code) in optionCodes.enumerated().dropFirst() where index[code] == nil { index[code] = UInt8(position) }
        optionIndex = index
        var escapes: [String: UInt8] = [:]
        for (position, escape) in variable.missingCodes.prefix(ColumnCode.maximumEscapes).enumerated() {
            escapes[escape.code] = ColumnCode.escapeBase + UInt8(position)
        }
        escapeIndex = escapes
    }

    /// The code of a value in a code column, or nil when the value does not fit this variable.
    func code(of value: DatasetValue) -> UInt8? {
        switch (variable.kind, value) {
        case (_, .missing(let reason)): return reason.rawValue
        case (_, .escape(let code)): return escapeIndex[code]
        case (.scale, .point(let point)): return (1...max(points, 1)).contains(point) ? UInt8(point) : nil
        case (.choice, .option(let code)): return optionIndex[code]
        case (.indicator, .indicator(let chosen)): return chosen ? 1 : 0
        default: return nil
        }
    }

    /// The value a code stands for.
    func value(of code: UInt8) -> DatasetValue {
        if let reason = ColumnCode.reason(code) { return .missing(reason) }
        if ColumnCode.isEscape(code) {
            let index = Int(code - ColumnCode.escapeBase)
            return index < variable.missingCodes.count ? .escape(variable.missingCodes[index].code) : .missing(.invalid)
        }
        switch variable.kind {
        case .scale: return .point(Int(code))
        case .choice: return Int(code) < optionCodes.count && code > 0 ? .option(optionCodes[Int(code)]) : .missing(.invalid)
        case .indicator: return .indicator(code == 1)
        default: return .missing(.invalid)
        }
    }
}
