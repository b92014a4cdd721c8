/// A key read from a terminal in raw mode.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case backspace
    case left, right, up, down
    case interrupt
    case endOfFile
    case clearLine
    /// An escape sequence the runner does not use (function keys, a lone Escape…).
    case ignored
}

/// Turns the bytes a terminal sends into keys: UTF-8 characters, Enter, Backspace, Ctrl-C, arrow keys
/// (`ESC [ D` and `ESC O D` forms). Bytes of a character split across two reads are kept for the next read.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        let input = pending + bytes
        pending = []
        var keys: [Key] = []
        var index = 0
        while index < input.count {
            let byte = input[index]
            switch byte {
            case 0x03: keys.append(.interrupt); index += 1
            case 0x04: keys.append(.endOfFile); index += 1
            case 0x0A, 0x0D:
                keys.append(.enter)
                // A CR LF pair is one Enter.
                index += (byte == 0x0D && index + 1 < input.count && input[index + 1] == 0x0A) ? 2 : 1
            case 0x08, 0x7F: keys.append(.backspace); index += 1
            case 0x15: keys.append(.clearLine); index += 1
            case 0x1B:
                let (key, length) = Self.escapeSequence(input, from: index)
                keys.append(key)
                index += length
            case 0x00...0x1F: keys.append(.ignored); index += 1
            default:
                let length = Self.utf8Length(byte)
                guard length > 0 else { keys.append(.ignored); index += 1; continue }
                guard index + length <= input.count else { pending = Array(input[index...]); return keys }
                let scalarBytes = Array(input[index..<index + length])
                if let text = String(validating: scalarBytes, as: UTF8.self), let character = text.first {
                    keys.append(.character(character))
                } else {
                    keys.append(.ignored)
                }
                index += length
            }
        }
        return keys
    }

    static func utf8Length(_ lead: UInt8) -> Int {
        switch lead {
        case 0x20...0x7E: return 1
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 0
        }
    }

    /// The key of an escape sequence and its length in bytes; a lone Escape is ignored.
    static func escapeSequence(_ input: [UInt8], from start: Int) -> (Key, Int) {
        guard start + 1 < input.count else { return (.ignored, 1) }
        let introducer = input[start + 1]
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { return (.ignored, 1) }
        // CSI: parameters and intermediates (0x20–0x3F), then one final byte (0x40–0x7E).
        var index = start + 2
        while index < input.count, (0x20...0x3F).contains(input[index]) { index += 1 }
        guard index < input.count else { return (.ignored, input.count - start) }
        let key: Key
        switch input[index] {
        case UInt8(ascii: "A"): key = .up
        case UInt8(ascii: "B"): key = .down
        case UInt8(ascii: "C"): key = .right
        case UInt8(ascii: "D"): key = .left
        default: key = .ignored
        }
        return (key, index - start + 1)
    }
}
