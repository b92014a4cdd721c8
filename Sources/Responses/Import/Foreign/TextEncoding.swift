/// The character encoding of an imported file. UTF-8 is the rule; a file with no valid multi-byte sequence but bytes
/// above 127 is what Excel saves on Windows (Windows-1252), converted with a warning; a file with both valid and
/// invalid sequences is broken UTF-8, an error at each broken place.
enum TextEncoding: Equatable {
    case utf8
    case windows1252

    static func detect(_ bytes: [UInt8]) -> (TextEncoding, valid: Bool) {
        var index = 0, validMultiByte = 0, invalid = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length = Self.sequenceLength(bytes, at: index)
            if length > 0 { validMultiByte += 1; index += length } else { invalid += 1; index += 1 }
        }
        if invalid == 0 { return (.utf8, true) }
        return validMultiByte == 0 ? (.windows1252, true) : (.utf8, false)
    }

    /// The length of a well-formed UTF-8 sequence starting at `index`, 0 when it is not one.
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int, low: UInt8, high: UInt8
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }

    /// Windows-1252 to UTF-8 (the five undefined bytes become U+FFFD).
    static func utf8(fromWindows1252 bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { out.append(byte); continue }
            let scalar: UInt32 = (0x80...0x9F).contains(byte) ? Self.high[Int(byte - 0x80)] : UInt32(byte)
            out.append(contentsOf: Array(String(UnicodeScalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
        }
        return out
    }

    /// Windows-1252 0x80…0x9F.
    static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
