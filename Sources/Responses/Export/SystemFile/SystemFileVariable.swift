/// One variable of a system file, as a statistician declares it: name, label, type, formats, value labels, missing
/// values and how the data editor shows it. Nothing here knows of questionnaires; the caller maps its own columns.
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
public struct SystemFileVariable: Sendable, Equatable {
    /// The long (up to 64 UTF-8 bytes) SPSS name: a letter or `@` first, then letters, digits, `.`, `_`, `$`, `#`, `@`;
    /// not ending with `.`, not a reserved word, unique in the file without regard to case.
    public var name: String
    /// Cut to `SystemFileText.variableLabelLimit` bytes when written; empty for none.
    public var label: String
    public var type: SystemFileVariableType
    /// `F w.d` for a numeric variable, `A w` with the variable's own width for a string one.
    public var printFormat: SystemFileFormat
    public var writeFormat: SystemFileFormat
    /// Numbers for a numeric variable, strings no wider than the variable for a string one; in the order given.
    public var valueLabels: [SystemFileValueLabel]
    /// Numeric variables only.
    public var missingValues: SystemFileMissingValues
    public var measure: SystemFileMeasure
    /// Column width in the data editor, in characters (1…32767).
    public var displayWidth: Int
    public var alignment: SystemFileAlignment

    public init(name: String, label: String = "", type: SystemFileVariableType, printFormat: SystemFileFormat,
                writeFormat: SystemFileFormat, valueLabels: [SystemFileValueLabel] = [], missingValues: SystemFileMissingValues = .none,
                measure: SystemFileMeasure, displayWidth: Int, alignment: SystemFileAlignment) {
        self.name = name
        self.label = label
        self.type = type
        self.printFormat = printFormat
        self.writeFormat = writeFormat
        self.valueLabels = valueLabels
        self.missingValues = missingValues
        self.measure = measure
        self.displayWidth = displayWidth
        self.alignment = alignment
    }

    /// A numeric variable shown with `format` (SPSS's default F8.2 otherwise), right-aligned in 8 columns. Value labels
    /// are written in increasing order of their values.
    public static func numeric(_ name: String, label: String = "", format: SystemFileFormat = .f(width: 8, decimals: 2),
                               valueLabels: [Double: String] = [:], missingValues: SystemFileMissingValues = .none,
                               measure: SystemFileMeasure = .scale) -> SystemFileVariable {
        SystemFileVariable(name: name, label: label, type: .numeric, printFormat: format, writeFormat: format,
                           valueLabels: valueLabels.sorted { $0.key < $1.key }.map { SystemFileValueLabel($0.key, $0.value) },
                           missingValues: missingValues, measure: measure, displayWidth: 8, alignment: .right)
    }

    /// A string variable `width` bytes wide (1…255) with format `A width`, left-aligned in at most 32 columns. Value
    /// labels are written in increasing order of their values.
    public static func string(_ name: String, width: Int, label: String = "", valueLabels: [String: String] = [:],
                              measure: SystemFileMeasure = .nominal) -> SystemFileVariable {
        SystemFileVariable(name: name, label: label, type: .string(width: width), printFormat: .a(width: width), writeFormat: .a(width: width),
                           valueLabels: valueLabels.sorted { $0.key < $1.key }.map { SystemFileValueLabel($0.key, $0.value) },
                           measure: measure, displayWidth: min(max(width, 1), 32), alignment: .left)
    }
}

public enum SystemFileVariableType: Sendable, Equatable {
    case numeric
    /// Width in UTF-8 bytes, 1…255 (`SystemFileText.stringWidthLimit`).
    case string(width: Int)
}

/// Print and write formats: the two the writer supports.
public enum SystemFileFormat: Sendable, Equatable {
    /// Width 1…40, decimals 0…16 and below the width.
    case f(width: Int, decimals: Int)
    case a(width: Int)
}

public struct SystemFileValueLabel: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case number(Double)
        case string(String)
    }

    public var value: Value
    /// Cut to `SystemFileText.valueLabelLimit` bytes when written.
    public var label: String

    public init(_ value: Double, _ label: String) { self.value = .number(value); self.label = label }
    public init(_ value: String, _ label: String) { self.value = .string(value); self.label = label }
}

/// User-missing values of a numeric variable. In a range, `-.infinity` stands for LOWEST and `.infinity` for HIGHEST.
public enum SystemFileMissingValues: Sendable, Equatable {
    case none
    /// One to three finite values.
    case discrete([Double])
    case range(low: Double, high: Double)
    case rangeAndValue(low: Double, high: Double, value: Double)
}

public enum SystemFileMeasure: Int32, Sendable, Equatable {
    case nominal = 1
    case ordinal = 2
    /// Numeric variables only.
    case scale = 3
}

public enum SystemFileAlignment: Int32, Sendable, Equatable {
    case left = 0
    case right = 1
    case center = 2
}
