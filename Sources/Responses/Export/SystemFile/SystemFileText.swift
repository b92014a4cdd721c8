/// Text as a system file holds it: UTF-8 bytes, cleaned of characters that would corrupt a dictionary or mislead a
/// reader, and cut to the format's byte limits without splitting a character.
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
public enum SystemFileText {
    /// Labels longer than these many UTF-8 bytes are cut (on a character boundary) when written.
    public static let fileLabelLimit = 64
    public static let variableLabelLimit = 255
    public static let valueLabelLimit = 120
    /// The widest string variable written: wider ("very long") strings are not supported.
    public static let stringWidthLimit = 255

    /// `text` without C0 controls (U+0000–U+001F, tab and line breaks included), DEL and C1 controls (U+007F–U+009F),
    /// and without the Unicode bidirectional controls U+200E, U+200F, U+061C, U+202A–U+202E and U+2066–U+2069 (the
    /// same rule as the `.sps` and `.R`: `ScriptText`). Control bytes
    /// break the fixed-width fields and the tab-separated records of the format; bidi controls can make a label or an
    /// answer display as something other than what it holds (a "Trojan Source" reordering). Everything else is kept.
    /// Every label and every string value goes through this function before it is written.
    public static func sanitized(_ text: String) -> String { ScriptText.sanitized(text) }

    /// The UTF-8 bytes of `text`, at most `limit` of them, cut before the first character that would not fit.
    static func bytes(_ text: String, limit: Int) -> [UInt8] {
        var result: [UInt8] = []
        for character in text {
            let utf8 = character.utf8
            if result.count + utf8.count > limit { break }
            result.append(contentsOf: utf8)
        }
        return result
    }

    /// A label's bytes: sanitised, then cut to `limit`.
    static func label(_ text: String, limit: Int) -> [UInt8] { bytes(sanitized(text), limit: limit) }

    /// `bytes` padded on the right with spaces to `count` (they must not be longer).
    static func padded(_ bytes: [UInt8], to count: Int) -> [UInt8] {
        bytes + [UInt8](repeating: 0x20, count: max(0, count - bytes.count))
    }
}
