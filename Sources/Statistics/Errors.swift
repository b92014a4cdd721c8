/// Why a statistical computation refused its input. Every public entry point of the module throws this
/// (never NaN in a result, never a crash); other files of the module may add cases.
public enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No observation at all where at least one is needed (e.g. every answer missing).
    case emptyInput(what: String)
    /// A NaN or infinite value in the input; callers represent missing values by leaving them out.
    case nonFiniteValue(what: String, index: Int)
    /// Fewer observations than the method needs (e.g. a variance from one value).
    case tooFewObservations(what: String, required: Int, actual: Int)
    /// Fewer groups than the method compares (e.g. an ANOVA of one group).
    case tooFewGroups(required: Int, actual: Int)
    /// The statistic is undefined because the data have no spread (e.g. every value equal in every group).
    case zeroVariance(what: String)
    /// Two inputs that must have the same length do not.
    case mismatchedLengths(what: String, expected: Int, actual: Int)
    /// An answer outside the points 1...P of an integer scale.
    case valueOutsideScale(value: Int, points: Int)
    /// Text that does not parse as a decimal number.
    case invalidNumber(String)
    /// A parameter outside its domain (e.g. a confidence level outside (0, 1)).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .emptyInput(let what): return "no observation in \(what)"
        case .nonFiniteValue(let what, let index): return "non-finite value at index \(index) of \(what)"
        case .tooFewObservations(let what, let required, let actual):
            return "\(what) needs at least \(required) observations, got \(actual)"
        case .tooFewGroups(let required, let actual): return "needs at least \(required) groups, got \(actual)"
        case .zeroVariance(let what): return "\(what): the data have no spread"
        case .mismatchedLengths(let what, let expected, let actual):
            return "\(what): expected \(expected) elements, got \(actual)"
        case .valueOutsideScale(let value, let points): return "answer \(value) outside the scale 1...\(points)"
        case .invalidNumber(let text): return "not a decimal number: \(text)"
        case .invalidArgument(let why): return "invalid argument: \(why)"
        }
    }
}
