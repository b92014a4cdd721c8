import Foundation

/// The laptop or site that keeps a journal. It names the journal file, so it is restricted to characters safe in a file name.
public struct DeviceID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts 1 to 64 ASCII letters, digits, `-` and `_`; returns nil otherwise.
    public init?(_ rawValue: String) {
        let allowed = rawValue.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5a).contains(byte) || (0x61...0x7a).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
        guard allowed, (1...64).contains(rawValue.utf8.count) else { return nil }
        self.rawValue = rawValue
    }

    /// File name of this device's journal inside a data directory.
    /// The device's journal (version 2).
    public var journalFileName: String { "journal-\(rawValue).ojl" }
    /// Its version 1 journal, written by earlier builds: read, never written.
    public var legacyJournalFileName: String { "journal-\(rawValue).jsonl" }

    public var description: String { rawValue }

    public static func < (lhs: DeviceID, rhs: DeviceID) -> Bool { lhs.rawValue < rhs.rawValue }
}
