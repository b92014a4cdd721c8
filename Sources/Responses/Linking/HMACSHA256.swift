/// HMAC-SHA-256 (RFC 2104, FIPS 198-1) on the module's own SHA-256: Foundation on Linux has no CryptoKit and the
/// project takes no packages. Used for the person key of exports (`LinkSecret`); tested against RFC 4231.
public enum HMACSHA256 {
    static let blockSize = 64

    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        // A key longer than a block is hashed first; a shorter one is padded with zeros (RFC 2104, section 2).
        var block = key.count > blockSize ? digest(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(inner.finalize())
        return outer.finalize()
    }

    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalize()
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 2)
        for byte in bytes { result += [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]] }
        return String(decoding: result, as: UTF8.self)
    }
}
