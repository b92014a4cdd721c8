import Analysis
import Foundation

/// The report as JSON: every statistic with its F, df, p, letters, effect sizes and Ns.
/// The schema is documented in `docs/report-json.md`.
public struct JSONRenderer {
    public init() {}

    public func render(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Results never hold NaN by design; should one slip through, it must not produce invalid JSON.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
