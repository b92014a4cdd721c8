import Foundation

/// A respondent session: 128 random bits, never derived from the person, so the journal holds nothing that identifies them.
public struct SessionID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// A fresh identifier from the system's cryptographic random source.
    public static func random() -> SessionID {
        var generator = SystemRandomNumberGenerator()
        return SessionID(high: generator.next(), low: generator.next())
    }

    /// 32 lowercase hexadecimal digits.
    public var hex: String {
        let high = String(self.high, radix: 16), low = String(self.low, radix: 16)
        return String(repeating: "0", count: 16 - high.count) + high + String(repeating: "0", count: 16 - low.count) + low
    }

    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        let isLowerHex = utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        guard utf8.count == 32, isLowerHex,
              let high = UInt64(String(hex.prefix(16)), radix: 16),
              let low = UInt64(String(hex.suffix(16)), radix: 16) else { return nil }
        self.init(high: high, low: low)
    }

    /// Symbols of Crockford's base 32: no I, L, O or U, so a mediator reading the code aloud cannot confuse 1/I/L or 0/O.
    static let codeAlphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// Eight characters a mediator can read aloud or write down, taken from the first 40 bits of the identifier.
    public var code: String {
        var text = ""
        for index in 0..<8 {
            let shift = UInt64(59 - 5 * index)
            text.append(Self.codeAlphabet[Int((high >> shift) & 0x1f)])
        }
        return text
    }

    public var description: String { hex }

    public static func < (lhs: SessionID, rhs: SessionID) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
