/// How a CSV is written: RFC 4180 with a choice of separator, decimal mark and byte order mark.
public struct CSVFormat: Hashable, Sendable {
    public var separator: UInt8
    /// Decimal comma (French spreadsheets): `12,5`.
    public var decimalComma: Bool
    /// UTF-8 byte order mark, which Excel needs to read accents right.
    public var byteOrderMark: Bool

    public init(separator: UInt8 = UInt8(ascii: ","), decimalComma: Bool = false, byteOrderMark: Bool = false) {
        self.separator = separator
        self.decimalComma = decimalComma
        self.byteOrderMark = byteOrderMark
    }

    public static let standard = CSVFormat()
    /// What a French Excel or LibreOffice opens directly.
    public static let french = CSVFormat(separator: UInt8(ascii: ";"), decimalComma: true, byteOrderMark: true)

    /// Appends a field, quoted when it holds the separator, a quote or a line break (quotes doubled).
    func appendField(_ text: String, to output: inout [UInt8]) {
        var needsQuotes = false
        for byte in text.utf8 where byte == separator || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            needsQuotes = true
            break
        }
        guard needsQuotes else { output.append(contentsOf: text.utf8); return }
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }

    func appendRecord(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(separator) }
            appendField(field, to: &output)
        }
        output.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }
}
