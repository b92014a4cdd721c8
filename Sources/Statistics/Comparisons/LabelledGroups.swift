/// Values split into groups by a parallel array of labels, groups in ascending label order.
/// The k-group tests take `groups`; `labels[i]` names `groups[i]`.
public struct LabelledGroups<Label: Hashable & Comparable & Sendable>: Sendable {
    public let labels: [Label]
    public let groups: [[Double]]

    /// Splits `values` by `labels` (same length); throws on NaN or a length mismatch. Method: stable partition by label.
    public init(values: [Double], labels valueLabels: [Label]) throws {
        guard values.count == valueLabels.count else {
            throw StatisticsError.mismatchedLengths(what: "group labels", expected: values.count, actual: valueLabels.count)
        }
        _ = try validatedFinite(values, what: "grouped values")
        var byLabel: [Label: [Double]] = [:]
        for (value, label) in zip(values, valueLabels) { byLabel[label, default: []].append(value) }
        labels = byLabel.keys.sorted()
        groups = labels.map { byLabel[$0]! }
    }
}
