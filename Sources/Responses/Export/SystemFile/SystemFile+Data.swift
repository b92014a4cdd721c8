/// The data record: every case, variable after variable, as 8-byte elements (numbers as IEEE 754 doubles with
/// SYSMIS for system-missing, strings padded with spaces to a multiple of 8 bytes), stored as they are or with the
/// format's bytecode compression.
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
extension SystemFile {
    func writeData(_ layout: SystemFileLayout, to out: inout SystemFileBytes) throws(SystemFileError) {
        var compressor = SystemFileBytecode()
        for (row, values) in cases.enumerated() {
            guard values.count == layout.variables.count else {
                throw .wrongValueCount(row: row, expected: layout.variables.count, found: values.count)
            }
            for (variable, value) in zip(layout.variables, values) {
                let bytes = try Self.elements(value, of: variable, row: row)
                guard compression == .bytecode else { out.raw(bytes); continue }
                if variable.width == 0 {
                    compressor.number(value.writtenNumber, bytes: bytes, to: &out)
                } else {
                    for start in stride(from: 0, to: bytes.count, by: 8) { compressor.string(Array(bytes[start..<start + 8]), to: &out) }
                }
            }
        }
        compressor.finish(to: &out)
    }

    /// The bytes of one value: 8 for a number, the variable's elements times 8 for a string.
    static func elements(_ value: SystemFileValue, of variable: SystemFileLayout.Variable, row: Int) throws(SystemFileError) -> [UInt8] {
        let name = variable.source.name
        switch (value, variable.width) {
        case (.number, 0), (.systemMissing, 0):
            return SystemFileBytes.float64Bytes(value.writtenNumber)
        case (.string(let text), 1...):
            let bytes = Array(SystemFileText.sanitized(text).utf8)
            guard bytes.count <= variable.width else {
                throw .stringTooWide(variable: name, row: row, bytes: bytes.count, width: variable.width)
            }
            return SystemFileText.padded(bytes, to: variable.elements * 8)
        case (.systemMissing, _):
            return SystemFileText.padded([], to: variable.elements * 8)
        default:
            throw .valueTypeMismatch(variable: name, row: row)
        }
    }
}

extension SystemFileValue {
    /// The number written for a numeric value: SYSMIS for system-missing and for anything not finite.
    var writtenNumber: Double {
        if case .number(let number) = self, number.isFinite { return number }
        return SystemFileBytes.sysmis
    }
}

/// Bytecode compression: groups of 8 one-byte codes, each group followed by the 8-byte elements its code 253 stands
/// for. 1…251 is a whole number plus the bias (100), 254 eight spaces, 255 system-missing, 0 padding.
struct SystemFileBytecode {
    private var codes: [UInt8] = []
    private var literals: [UInt8] = []

    mutating func number(_ value: Double, bytes: [UInt8], to out: inout SystemFileBytes) {
        if value == SystemFileBytes.sysmis {
            add(255, to: &out)
        } else if value == value.rounded(), value >= 1 - SystemFile.compressionBias, value <= 251 - SystemFile.compressionBias {
            add(UInt8(value + SystemFile.compressionBias), to: &out)
        } else {
            add(253, literal: bytes, to: &out)
        }
    }

    mutating func string(_ element: [UInt8], to out: inout SystemFileBytes) {
        if element.allSatisfy({ $0 == 0x20 }) { add(254, to: &out) } else { add(253, literal: element, to: &out) }
    }

    /// Writes the last, incomplete group padded with code 0.
    mutating func finish(to out: inout SystemFileBytes) {
        guard !codes.isEmpty else { return }
        codes += [UInt8](repeating: 0, count: 8 - codes.count)
        flush(to: &out)
    }

    private mutating func add(_ code: UInt8, literal: [UInt8] = [], to out: inout SystemFileBytes) {
        codes.append(code)
        literals += literal
        if codes.count == 8 { flush(to: &out) }
    }

    private mutating func flush(to out: inout SystemFileBytes) {
        out.raw(codes)
        out.raw(literals)
        codes.removeAll(keepingCapacity: true)
        literals.removeAll(keepingCapacity: true)
    }
}
