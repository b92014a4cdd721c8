/// Why a `SystemFile` could not be written. The caller builds the description and vouches for it, so these are faults
/// in the caller (a bug to fix), not messages for people: they name the variable or case and the broken rule, in English.
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
public enum SystemFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case noVariables
    /// Empty, longer than 64 UTF-8 bytes, a character SPSS refuses, ending with `.`, or a reserved word.
    case invalidName(String)
    /// The same name twice, without regard to case.
    case duplicateName(String)
    /// A string width outside 1…255.
    case invalidStringWidth(variable: String, width: Int)
    /// Not `F` for a numeric variable, not `A` of the variable's width for a string one, or an impossible width or decimals.
    case invalidFormat(variable: String, SystemFileFormat)
    case invalidDisplayWidth(variable: String, width: Int)
    /// A string variable declared at the scale level.
    case scaleString(variable: String)
    /// Missing values on a string variable, more than three discrete values, none, a value not finite, or low > high.
    case invalidMissingValues(variable: String)
    /// A label's value of the wrong type, a number that is not finite, or a string wider than the variable.
    case invalidValueLabel(variable: String, SystemFileValueLabel.Value)
    case duplicateValueLabel(variable: String, SystemFileValueLabel.Value)
    /// A case (0-based `row`) with a number of values other than the number of variables.
    case wrongValueCount(row: Int, expected: Int, found: Int)
    /// A string in a numeric variable, or a number in a string one.
    case valueTypeMismatch(variable: String, row: Int)
    /// A string value longer, once sanitised, than its variable's width.
    case stringTooWide(variable: String, row: Int, bytes: Int, width: Int)
    /// More cases than the header's 32-bit count holds.
    case tooManyCases(Int)

    public var description: String {
        switch self {
        case .noVariables: return "a system file needs at least one variable"
        case .invalidName(let name): return "'\(name)' is not a valid SPSS variable name"
        case .duplicateName(let name): return "the variable name '\(name)' is used twice (case is ignored)"
        case .invalidStringWidth(let variable, let width): return "\(variable): string width \(width) is outside 1…255"
        case .invalidFormat(let variable, let format): return "\(variable): format \(format) does not fit the variable"
        case .invalidDisplayWidth(let variable, let width): return "\(variable): display width \(width) is outside 1…32767"
        case .scaleString(let variable): return "\(variable): a string variable cannot be at the scale level"
        case .invalidMissingValues(let variable): return "\(variable): invalid missing values"
        case .invalidValueLabel(let variable, let value): return "\(variable): the value label for \(value) does not fit the variable"
        case .duplicateValueLabel(let variable, let value): return "\(variable): \(value) is labelled twice"
        case .wrongValueCount(let row, let expected, let found): return "case \(row): \(found) values for \(expected) variables"
        case .valueTypeMismatch(let variable, let row): return "case \(row), \(variable): the value's type is not the variable's"
        case .stringTooWide(let variable, let row, let bytes, let width): return "case \(row), \(variable): \(bytes) bytes for width \(width)"
        case .tooManyCases(let count): return "\(count) cases: a system file holds at most 2147483647"
        }
    }
}
