import Foundation

/// An SPSS system file (`.sav`) described as a value: a label, variables and cases; `bytes()` gives the file. Written
/// natively so that an export reaches SPSS, PSPP, R (haven) or Stata with labels and missing values intact, without
/// going through syntax. Little-endian, IEEE 754, UTF-8 (declared in the machine integer info and encoding records).
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
public struct SystemFile: Sendable, Equatable {
    /// Cut to 64 bytes (`SystemFileText.fileLabelLimit`) when written.
    public var label: String
    public var variables: [SystemFileVariable]
    /// One value per variable, in the order of `variables`.
    public var cases: [[SystemFileValue]]
    /// Written in the header as UTC date and time.
    public var created: Date
    public var compression: SystemFileCompression

    public init(label: String = "", variables: [SystemFileVariable], cases: [[SystemFileValue]] = [], created: Date = Date(),
                compression: SystemFileCompression = .none) {
        self.label = label
        self.variables = variables
        self.cases = cases
        self.created = created
        self.compression = compression
    }

    /// The whole file. Throws when the description breaks a rule of the format (see `SystemFileError`); nothing is
    /// written in part.
    public func bytes() throws(SystemFileError) -> [UInt8] {
        let layout = try SystemFileLayout(self)
        var out = SystemFileBytes()
        writeHeader(layout, to: &out)
        writeVariableRecords(layout, to: &out)
        writeValueLabelRecords(layout, to: &out)
        writeExtensionRecords(layout, to: &out)
        out.int32(999)
        out.int32(0)
        try writeData(layout, to: &out)
        return out.bytes
    }

    public func data() throws(SystemFileError) -> Data { Data(try bytes()) }
}

/// How the cases are stored. Bytecode compression keeps whole numbers from -99 to 151, system-missing and blank
/// 8-byte string pieces in one byte each; everything else costs the same as uncompressed.
public enum SystemFileCompression: Int32, Sendable, Equatable {
    case none = 0
    case bytecode = 1
}
