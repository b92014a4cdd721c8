import Foundation

/// What opening a journal found and repaired: a torn last line, moved aside to `<journal>.torn` and cut from the journal.
public struct JournalRecovery: Hashable, Sendable {
    /// The torn line (line number, byte offset, byte count, why it was torn).
    public var tornTail: TornTail
    /// File name (not path) of the file that received the torn bytes.
    public var tornFileName: String
    /// Events kept in the journal, all acknowledged ones included.
    public var keptEventCount: Int

    public var lineNumber: Int { tornTail.lineNumber }
    public var byteCount: Int { tornTail.byteCount }
}
