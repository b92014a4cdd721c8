import Foundation

/// The text of a version 2 journal line, field by field: fields are separated by tabs, and a field that holds free
/// text escapes what would break a line (`\\`, `\t`, `\n`, `\r`, other control characters as `\u00XX`).
/// See `docs/journal-format.md` for the grammar.
enum JournalLine {
    static let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), backslash = UInt8(ascii: "\\")

    /// Appends `text` escaped.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case backslash: out.append(backslash); out.append(backslash)
            case tab: out.append(backslash); out.append(UInt8(ascii: "t"))
            case newline: out.append(backslash); out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(backslash); out.append(UInt8(ascii: "r"))
            case 0..<0x20, 0x7F:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0xF))
            default: out.append(byte)
            }
        }
    }

    /// The text of an escaped field; nil when an escape is malformed.
    static func unescaped(_ field: ArraySlice<UInt8>) -> String? {
        guard field.contains(backslash) else { return String(decoding: field, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        var index = field.startIndex
        while index < field.endIndex {
            let byte = field[index]
            guard byte == backslash else { out.append(byte); index += 1; continue }
            guard index + 1 < field.endIndex else { return nil }
            switch field[index + 1] {
            case backslash: out.append(backslash); index += 2
            case UInt8(ascii: "t"): out.append(tab); index += 2
            case UInt8(ascii: "n"): out.append(newline); index += 2
            case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r")); index += 2
            case UInt8(ascii: "u"):
                guard index + 5 < field.endIndex, field[index + 2] == UInt8(ascii: "0"), field[index + 3] == UInt8(ascii: "0"),
                      let high = hexValue(field[index + 4]), let low = hexValue(field[index + 5]) else { return nil }
                out.append(high << 4 | low)
                index += 6
            default: return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func appendDecimal<Integer: BinaryInteger>(_ value: Integer, to out: inout [UInt8]) {
        out.append(contentsOf: String(value).utf8)
    }

    /// A non-negative decimal integer field, without sign or leading zeros (but "0").
    static func decimal(_ field: ArraySlice<UInt8>) -> UInt64? {
        guard !field.isEmpty, field.count <= 19, field.first != UInt8(ascii: "0") || field.count == 1 else { return nil }
        var value: UInt64 = 0
        for byte in field {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
        }
        return value
    }

    /// Appends the tab and CRC-32C of everything already in `out` from `start`, then the newline.
    static func seal(_ out: inout [UInt8], from start: Int) {
        let crc = out[start...].withUnsafeBytes { CRC32C.checksum($0) }
        out.append(tab)
        for shift in stride(from: 28, through: 0, by: -4) { out.append(hexDigit(UInt8((crc >> UInt32(shift)) & 0xF))) }
        out.append(newline)
    }

    /// Splits a line (without its newline) into its body and checks its CRC; nil when the CRC field is missing or wrong.
    static func verifiedBody(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard line.count >= 10, line[line.endIndex - 9] == tab else { return nil }
        var stored: UInt32 = 0
        for byte in line[(line.endIndex - 8)...] {
            guard let digit = hexValue(byte) else { return nil }
            stored = stored << 4 | UInt32(digit)
        }
        let body = line[..<(line.endIndex - 9)]
        return body.withUnsafeBytes { CRC32C.checksum($0) } == stored ? body : nil
    }

    /// The `key=value` fields of a whole sealed line (an index's, a snapshot's), or nil when it is cut or its CRC is wrong.
    static func sealedValues(_ bytes: [UInt8]) -> [String: String]? {
        guard bytes.last == newline, let body = verifiedBody(bytes[..<(bytes.count - 1)]) else { return nil }
        var values: [String: String] = [:]
        var fields = FieldCursor(body)
        while let field = fields.next() {
            guard let (key, value) = FieldCursor.keyValue(field) else { return nil }
            values[String(decoding: key, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
        }
        return values
    }

    static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
