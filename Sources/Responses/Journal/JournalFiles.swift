import Foundation

/// The journal files of a data folder: `journal-<device>.ojl` (version 2) and `journal-<device>.jsonl` (version 1,
/// written by earlier builds), in name order. Other files (`.torn`, indexes, exports) are not journals.
public enum JournalFiles {
    public static func isJournal(_ name: String) -> Bool {
        name.hasPrefix("journal-") && (name.hasSuffix(".ojl") || name.hasSuffix(".jsonl"))
    }

    /// Nil when the folder cannot be read.
    public static func list(in directory: URL) -> [URL]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return nil }
        return names.filter(isJournal).sorted().map { directory.appendingPathComponent($0) }
    }
}
