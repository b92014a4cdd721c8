/// Temporary error list of the post hoc, paired, reliability and multivariate procedures until the module's
/// shared `StatisticsError` lands; the cases map one-to-one onto it.
public enum LocalStatisticsError: Error, Equatable, Sendable {
    case dimensionMismatch(String)
    case invalidArgument(String)
    case insufficientData(String)
    case singularMatrix(String)
}
