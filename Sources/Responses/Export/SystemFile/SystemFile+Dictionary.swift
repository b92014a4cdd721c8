import Foundation

/// The records that open the file and declare the variables: the file header (type `$FL2`), one variable record
/// (type 2) per 8-byte element with its label and missing values, and a value labels record (type 3) followed by its
/// variables record (type 4) for each numeric or short string variable that has value labels.
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
extension SystemFile {
    static let productName = "@(#) SPSS DATA FILE Octant"
    static let compressionBias = 100.0

    func writeHeader(_ layout: SystemFileLayout, to out: inout SystemFileBytes) {
        out.field("$FL2", width: 4)
        out.field(Self.productName, width: 60)
        out.int32(2)                            // layout code: little-endian integers
        out.int32(layout.nominalCaseSize)
        out.int32(compression.rawValue)
        out.int32(0)                            // not weighted
        out.int32(cases.count)
        out.float64(Self.compressionBias)
        let stamp = SystemFileDate(created)
        out.field(stamp.date, width: 9)
        out.field(stamp.time, width: 8)
        out.field(layout.fileLabel, width: 64)
        out.field([], width: 3, pad: 0)
    }

    func writeVariableRecords(_ layout: SystemFileLayout, to out: inout SystemFileBytes) {
        for variable in layout.variables {
            let source = variable.source
            let missing = Self.missingValueElements(source.missingValues)
            out.int32(2)
            out.int32(variable.width)
            out.int32(variable.label.isEmpty ? 0 : 1)
            out.int32(missing.code)
            out.int32(Self.formatCode(source.printFormat))
            out.int32(Self.formatCode(source.writeFormat))
            out.field(variable.shortName, width: 8)
            if !variable.label.isEmpty {
                out.int32(variable.label.count)
                out.field(variable.label, width: (variable.label.count + 3) / 4 * 4)
            }
            for value in missing.values { out.float64(value) }
            // A string wider than 8 bytes takes one more, nameless record for each further 8 bytes.
            for _ in 1..<variable.elements {
                out.int32(2)
                out.int32(-1)
                for _ in 0..<4 { out.int32(0) }
                out.field("", width: 8)
            }
        }
    }

    func writeValueLabelRecords(_ layout: SystemFileLayout, to out: inout SystemFileBytes) {
        for variable in layout.variables where !variable.valueLabels.isEmpty && !variable.isLongString {
            out.int32(3)
            out.int32(variable.valueLabels.count)
            for (value, label) in variable.valueLabels {
                out.raw(value)
                out.byte(UInt8(label.count))
                out.field(label, width: (label.count + 1 + 7) / 8 * 8 - 1, pad: 0)
            }
            out.int32(4)
            out.int32(1)
            out.int32(variable.index)
        }
    }

    /// The `n_missing_values` code (1…3 discrete, -2 range, -3 range and value) and the numbers that follow it.
    static func missingValueElements(_ missing: SystemFileMissingValues) -> (code: Int32, values: [Double]) {
        func bound(_ value: Double) -> Double {
            value == -.infinity ? SystemFileBytes.lowest : value == .infinity ? SystemFileBytes.highest : value
        }
        switch missing {
        case .none: return (0, [])
        case .discrete(let values): return (Int32(values.count), values)
        case .range(let low, let high): return (-2, [bound(low), bound(high)])
        case .rangeAndValue(let low, let high, let value): return (-3, [bound(low), bound(high), value])
        }
    }

    /// Type, width and decimals packed in the bytes 2, 1 and 0 of an int32 (F is type 5, A is type 1).
    static func formatCode(_ format: SystemFileFormat) -> Int32 {
        switch format {
        case .f(let width, let decimals): return Int32(5 << 16 | width << 8 | decimals)
        case .a(let width): return Int32(1 << 16 | width << 8)
        }
    }
}

/// The header's creation stamp, `dd Mmm yy` and `hh:mm:ss`, in UTC with English month names whatever the locale.
struct SystemFileDate {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    let date: String
    let time: String

    init(_ instant: Date) {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = Int(seconds - days * 86_400)
        // Days since 1970-01-01 to a proleptic Gregorian date (eras of 400 years).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        let year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        date = "\(two(day)) \(Self.months[month - 1]) \(two(((year % 100) + 100) % 100))"
        time = "\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))"
    }
}
