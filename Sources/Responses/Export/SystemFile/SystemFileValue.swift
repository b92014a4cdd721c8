/// One cell of a case. Numbers that are not finite (NaN, ±infinity) are written as system-missing, the format having
/// no other way to hold them; `.systemMissing` in a string variable is written as blanks (strings have no missing state).
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
public enum SystemFileValue: Sendable, Equatable {
    case number(Double)
    case systemMissing
    /// Sanitised (`SystemFileText.sanitized`), then it must fit the variable's width in UTF-8 bytes.
    case string(String)
}
