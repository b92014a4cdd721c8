/// The little-endian byte buffer every record is written into: the format's int32, flt64 and fixed-width character
/// fields, and the special numbers SYSMIS, HIGHEST and LOWEST.
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
struct SystemFileBytes {
    /// -DBL_MAX: the system-missing value.
    static let sysmis = -Double.greatestFiniteMagnitude
    /// DBL_MAX: the top of a missing-value range open upwards.
    static let highest = Double.greatestFiniteMagnitude
    /// The second-largest negative number (0xffeffffffffffffe): the bottom of a range open downwards, as PSPP and SPSS
    /// before version 21 write it (distinct from SYSMIS, so readers of either generation understand it).
    static let lowest = -Double.greatestFiniteMagnitude.nextDown

    private(set) var bytes: [UInt8] = []

    var count: Int { bytes.count }

    mutating func int32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int32(_ value: Int) { int32(Int32(truncatingIfNeeded: value)) }

    mutating func float64(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// `data` in a field of exactly `width` bytes: cut, or padded with `pad`.
    mutating func field(_ data: [UInt8], width: Int, pad: UInt8 = 0x20) {
        bytes.append(contentsOf: data.prefix(width))
        if data.count < width { bytes.append(contentsOf: repeatElement(pad, count: width - data.count)) }
    }

    /// An ASCII text in a field of exactly `width` bytes, padded with spaces.
    mutating func field(_ text: String, width: Int) { field(Array(text.utf8), width: width) }

    /// The 8 bytes of a number as the data and the dictionary hold it.
    static func float64Bytes(_ value: Double) -> [UInt8] {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) }
    }
}
