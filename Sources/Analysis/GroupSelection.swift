import Questionnaire

/// Which groups of a grouping variable are compared and which counts may be shown.
/// Small groups are left out and never shown; when what is left out could be recovered by subtracting
/// the shown counts from the total, the smallest shown group is hidden too (complementary suppression).
struct GroupSelection {
    struct Entry {
        var code: String
        var label: String
        var count: Int
        var included: Bool
        var countShown: Bool
        var leftOutReason: Report.LeftOutReason?
    }

    var entries: [Entry]
    var unanswered: Int
    /// Per respondent: the index into `comparedEntries`, or -1.
    var membership: [Int32]
    /// Indices into `entries` of the compared groups, in questionnaire order.
    var compared: [Int]

    init(variable: Variable, optionIndices: [Int32], only: [String]?, minimum: Int, language: String, mainLanguage: String) {
        var counts = [Int](repeating: 0, count: variable.valueLabels.count)
        var unanswered = 0
        for index in optionIndices {
            if index >= 0, Int(index) < counts.count { counts[Int(index)] += 1 } else { unanswered += 1 }
        }
        // The unanswered count takes part: it is shown, so it must not single out a small group either.
        let visible = SmallCells.shown(counts + [unanswered], minimum: minimum)
        let entries: [Entry] = variable.valueLabels.enumerated().map { offset, value in
            let selected = only?.contains(value.code) ?? true
            let large = counts[offset] >= minimum
            // A group whose count is hidden is not compared: its mean's interval, a test's degrees of freedom or the
            // MANOVA's N would give its size, and with it the small group's, back by subtraction.
            let reason: Report.LeftOutReason? = !selected ? .notSelected : (!large ? .tooSmall : (visible[offset] ? nil : .protectsSmallerGroup))
            return Entry(code: value.code, label: value.label.text(in: language, mainLanguage: mainLanguage),
                         count: counts[offset], included: reason == nil, countShown: visible[offset], leftOutReason: reason)
        }
        self.unansweredShown = visible[counts.count]
        self.entries = entries
        self.unanswered = unanswered
        let compared = entries.indices.filter { entries[$0].included }
        self.compared = compared
        var position = [Int32](repeating: -1, count: entries.count)
        for (rank, index) in compared.enumerated() { position[index] = Int32(rank) }
        self.membership = optionIndices.map { index in
            index >= 0 && Int(index) < position.count ? position[Int(index)] : -1
        }
    }

    var unansweredShown: Bool

    var reportGroups: [Report.Group] {
        entries.map { Report.Group(code: $0.code, label: $0.label, count: $0.countShown ? $0.count : nil,
                                   included: $0.included, leftOutReason: $0.leftOutReason) }
    }
}

/// The sizes of the groups a report compares on a grouping variable, for planning (`octant plan groups`): groups under
/// the minimum, and those hidden to protect them, are left out, so that no size printed gives a small group away.
public enum ComparedGroupSizes {
    /// Sizes in questionnaire order, and how many answered groups were left out.
    public static func of(_ variable: Variable, in data: DatasetSource, minimum: Int) -> (sizes: [Int], leftOut: Int) {
        let selection = GroupSelection(variable: variable, optionIndices: data.optionIndices(variable.name) ?? [], only: nil,
                                       minimum: minimum, language: "", mainLanguage: "")
        let answered = selection.entries.filter { $0.count > 0 }
        let compared = selection.compared.map { selection.entries[$0].count }
        return (compared, answered.count - compared.count)
    }
}
