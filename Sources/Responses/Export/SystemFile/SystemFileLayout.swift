/// A `SystemFile` checked against the format's rules and laid out for writing: short names, dictionary indexes, the
/// 8-byte elements each variable takes in a case, and labels already sanitised and cut to their limits. Checking
/// everything before the first byte means a bad description throws instead of producing a file SPSS would refuse.
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
struct SystemFileLayout {
    struct Variable {
        let source: SystemFileVariable
        let shortName: String
        /// 0 for a numeric variable, the width in bytes for a string one.
        let width: Int
        /// 8-byte elements in a case, and variable records in the dictionary.
        let elements: Int
        /// 1-based dictionary index of the variable's first record.
        let index: Int
        let label: [UInt8]
        /// Values as they are written (8 bytes, or the width for a string wider than 8) with their cut labels.
        let valueLabels: [(value: [UInt8], label: [UInt8])]

        var isLongString: Bool { width > 8 }
    }

    let variables: [Variable]
    let nominalCaseSize: Int
    let fileLabel: [UInt8]

    init(_ file: SystemFile) throws(SystemFileError) {
        guard !file.variables.isEmpty else { throw .noVariables }
        guard file.cases.count <= Int(Int32.max) else { throw .tooManyCases(file.cases.count) }
        var seen = Set<String>()
        for variable in file.variables {
            guard SystemFileNames.isValid(variable.name) else { throw .invalidName(variable.name) }
            guard seen.insert(variable.name.uppercased()).inserted else { throw .duplicateName(variable.name) }
        }
        let shortNames = SystemFileNames.shortNames(file.variables.map(\.name))
        var laidOut: [Variable] = [], index = 1
        for (variable, shortName) in zip(file.variables, shortNames) {
            let width = try Self.checkedWidth(variable)
            let elements = width == 0 ? 1 : (width + 7) / 8
            laidOut.append(Variable(source: variable, shortName: shortName, width: width, elements: elements, index: index,
                                    label: SystemFileText.label(variable.label, limit: SystemFileText.variableLabelLimit),
                                    valueLabels: try Self.valueLabels(variable, width: width)))
            index += elements
        }
        variables = laidOut
        nominalCaseSize = index - 1
        fileLabel = SystemFileText.label(file.label, limit: SystemFileText.fileLabelLimit)
    }

    /// The string width (0 for numeric) once type, formats, level, display and missing values are found consistent.
    private static func checkedWidth(_ variable: SystemFileVariable) throws(SystemFileError) -> Int {
        let name = variable.name
        guard (1...32767).contains(variable.displayWidth) else { throw .invalidDisplayWidth(variable: name, width: variable.displayWidth) }
        switch variable.type {
        case .numeric:
            for format in [variable.printFormat, variable.writeFormat] {
                guard case .f(let width, let decimals) = format, (1...40).contains(width), (0...16).contains(decimals), decimals < width
                else { throw .invalidFormat(variable: name, format) }
            }
            guard missingValuesAreValid(variable.missingValues) else { throw .invalidMissingValues(variable: name) }
            return 0
        case .string(let width):
            guard (1...SystemFileText.stringWidthLimit).contains(width) else { throw .invalidStringWidth(variable: name, width: width) }
            for format in [variable.printFormat, variable.writeFormat] where format != .a(width: width) {
                throw .invalidFormat(variable: name, format)
            }
            guard variable.measure != .scale else { throw .scaleString(variable: name) }
            guard variable.missingValues == .none else { throw .invalidMissingValues(variable: name) }
            return width
        }
    }

    private static func missingValuesAreValid(_ missing: SystemFileMissingValues) -> Bool {
        func rangeIsValid(_ low: Double, _ high: Double) -> Bool {
            !low.isNaN && !high.isNaN && low != .infinity && high != -.infinity && low <= high
        }
        switch missing {
        case .none: return true
        case .discrete(let values): return (1...3).contains(values.count) && values.allSatisfy(\.isFinite)
        case .range(let low, let high): return rangeIsValid(low, high)
        case .rangeAndValue(let low, let high, let value): return rangeIsValid(low, high) && value.isFinite
        }
    }

    private static func valueLabels(_ variable: SystemFileVariable, width: Int) throws(SystemFileError) -> [(value: [UInt8], label: [UInt8])] {
        var result: [(value: [UInt8], label: [UInt8])] = [], seen = Set<[UInt8]>()
        for valueLabel in variable.valueLabels {
            let value: [UInt8]
            switch (valueLabel.value, width) {
            case (.number(let number), 0) where number.isFinite:
                value = SystemFileBytes.float64Bytes(number == 0 ? 0 : number)
            case (.string(let string), 1...):
                let bytes = Array(SystemFileText.sanitized(string).utf8)
                guard bytes.count <= width else { throw .invalidValueLabel(variable: variable.name, valueLabel.value) }
                value = SystemFileText.padded(bytes, to: max(width, 8))
            default:
                throw .invalidValueLabel(variable: variable.name, valueLabel.value)
            }
            guard seen.insert(value).inserted else { throw .duplicateValueLabel(variable: variable.name, valueLabel.value) }
            result.append((value, SystemFileText.label(valueLabel.label, limit: SystemFileText.valueLabelLimit)))
        }
        return result
    }
}
