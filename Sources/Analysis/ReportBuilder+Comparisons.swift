import Foundation
import Questionnaire
import Statistics
import Support

/// The report's three displays of group differences: letters, "Différence Oui/Non", asterisks.
extension ReportBuilder {
    /// The block compared by every grouping, its answers counted once for all of them (`JointGroups`).
    func compare(block question: Question, plans: [(variable: Variable, display: AnalysisPlan.Display, selection: GroupSelection)])
        -> [Report.Comparison] {
        var columns: [(Variable, [UInt8])] = []
        for item in scaleVariables(of: question) { if let points = data.scalePoints(item.name) { columns.append((item, points)) } }
        let joint = JointGroups(memberships: plans.map(\.selection.membership), groupCounts: plans.map(\.selection.compared.count))
        // Per item, per grouping, per group: the answers per point (nil for an item that is not a scale).
        let counts = columns.map { item, points -> [[ScaleCounts]]? in
            guard case .scale(let scalePoints) = item.kind else { return nil }
            return Self.groupCounts(points, joint: joint, scalePoints: scalePoints)
        }
        let multivariate = columns.count >= 2 ? Self.crossProducts(columns.map(\.1), joint: joint) : nil
        return plans.indices.map { index in
            compare(block: question, items: columns.map(\.0), counts: counts.map { $0?[index] }, by: plans[index].variable,
                    display: plans[index].display, selection: plans[index].selection, crossProducts: multivariate?[index])
        }
    }

    /// A retrospective item's moment as the questionnaire words it ("Avant l'accompagnement"), not its column suffix.
    func momentLabel(_ moment: String, of question: Question) -> String {
        guard case .likert(_, _, let retrospective?) = question.kind else { return moment }
        return text(moment == Retrospective.thenSuffix ? retrospective.then : retrospective.now)
    }

    func compare(block question: Question, items: [Variable], counts: [[ScaleCounts]?], by variable: Variable,
                 display: AnalysisPlan.Display, selection: GroupSelection, crossProducts: GroupCrossProducts?) -> Report.Comparison {
        let hidden = Set(selection.compared.indices.filter { !selection.entries[selection.compared[$0]].countShown })
        let rows = zip(items, counts).map { item, counts -> Report.Row in
            guard let counts else { return emptyRow(item, groups: selection.compared.count) }
            let label = item.itemId.map { id in text(question.items.first { $0.id == id }?.text) } ?? text(question.text)
            return compareRow(variable: item.name, label: item.moment.map { "\(label) (\(momentLabel($0, of: question)))" } ?? label,
                              samples: counts.map(GroupSample.counts), display: display,
                              groupNames: selection.compared.map { selection.entries[$0].code }, hiddenCounts: hidden)
        }
        var comparison = Report.Comparison(
            block: question.id, blockLabel: text(question.text), variable: variable.name, variableLabel: text(variable.label),
            display: display, groups: comparedGroups(selection), rows: rows,
            leftOut: selection.reportGroups.filter { !$0.included }, method: method(display),
            scale: question.likertScale?.id, manova: nil, manovaNotes: [])
        if let crossProducts, selection.compared.count >= 2 {
            (comparison.manova, comparison.manovaNotes) = manova(crossProducts, itemCount: items.count,
                                                                 groupLabels: selection.compared.map { selection.entries[$0].label })
        }
        return comparison
    }

    func comparedGroups(_ selection: GroupSelection) -> [Report.ComparedGroup] {
        selection.compared.enumerated().map { rank, index in
            let entry = selection.entries[index]
            return Report.ComparedGroup(code: entry.code, label: entry.label, number: rank + 1,
                                        count: entry.countShown ? entry.count : nil)
        }
    }

    func emptyRow(_ item: Variable, groups: Int) -> Report.Row {
        Report.Row(variable: item.name, label: text(item.label), cells: [], anova: nil, postHoc: nil, twoGroup: nil,
                   varianceTest: nil, p: nil, significance: .none, note: nil)
    }

    /// One item across groups: cells (mean, SD, CI; nil mean when the group answered fewer than the
    /// minimum), then the test the display reads.
    func compareRow(variable: String, label: String, samples: [GroupSample], display: AnalysisPlan.Display,
                    groupNames: [String], hiddenCounts: Set<Int> = []) -> Report.Row {
        // An item's answers per group are counts of people too: complementary suppression, as for the groups.
        let visible = SmallCells.shown(samples.map(\.count), minimum: minimum)
        var cells = samples.enumerated().map { index, sample -> Report.Cell in
            let shown = sample.count >= minimum && visible[index] && !hiddenCounts.contains(index)
            let descriptives = shown ? sample.meanEstimate(confidenceLevel: options.confidenceLevel) : nil
            return Report.Cell(count: hiddenCounts.contains(index) || !shown ? nil : sample.count, mean: shown ? descriptives?.mean : nil,
                               standardDeviation: descriptives?.standardDeviation,
                               confidenceInterval: descriptives?.confidenceInterval, letters: nil)
        }
        var row = Report.Row(variable: variable, label: label, cells: cells, anova: nil, postHoc: nil, twoGroup: nil,
                             varianceTest: nil, p: nil, significance: .none, note: nil)
        // Tests run on the groups whose cell is shown, so that no hidden group weighs on what is shown.
        let tested = samples.indices.filter { cells[$0].mean != nil }
        guard tested.count >= 2 else {
            row.note = .fewerThanTwoGroups(minimum: minimum)
            return row
        }
        let testedSamples = tested.map { samples[$0] }
        let summaries = testedSamples.map(\.summary)
        // Score values are tabulated once, for the rank test and the variance tests.
        let tabulated = testedSamples.map { sample -> GroupSample in
            if case .values = sample, let table = try? sample.frequencies { return .frequencies(table) }
            return sample
        }
        // Mann–Whitney for two groups, Kruskal–Wallis and Dunn's pairs beyond, and Cliff's δ of a two-group comparison:
        // ranks, not the scale's points, all from one ordinal scale of the tested groups.
        if let ordinal = try? GroupSample.ordinalScale(tabulated) {
            row.rankTest = ordinal.count == 2 ? (try? MannWhitneyUTest.test(ordinal[0], ordinal[1])).map { .mannWhitney($0) }
                : (try? KruskalWallisTest.test(counts: ordinal)).map { .kruskalWallis($0) }
            if ordinal.count >= 3 { row.dunn = try? DunnTest.test(counts: ordinal) }
            if samples.count == 2, ordinal.count == 2 {
                row.cliffDelta = try? CliffDelta.estimate(ordinal[0], ordinal[1], level: options.confidenceLevel)
            }
        }
        do {
            switch display {
            case .difference:
                let first = summaries[0], second = summaries[1]
                let levene = try? GroupSample.levene(Array(tabulated.prefix(2)))
                row.varianceTest = levene
                let useWelch: Bool
                switch options.twoGroupTest {
                case .student: useWelch = false
                case .welch: useWelch = true
                case .auto: useWelch = (levene?.pValue ?? 1) < thresholds.significant
                }
                let test = useWelch ? try TwoSampleTTest.welch(first, second, confidenceLevel: options.confidenceLevel)
                                    : try TwoSampleTTest.student(first, second, confidenceLevel: options.confidenceLevel)
                row.twoGroup = test
                row.p = test.pValue
            case .letters, .asterisk:
                let spread = try? GroupSample.levene(tabulated, center: .median)
                row.varianceTest = spread
                let welch: Bool
                switch options.kGroupTest {
                case .anova: welch = false
                case .welch: welch = true
                case .auto: welch = (spread?.pValue ?? 1) < thresholds.significant
                }
                if welch {
                    let result = try WelchANOVA.test(summaries)
                    row.welchANOVA = result
                    row.p = result.pValue
                } else {
                    let anova = try OneWayANOVA.test(summaries)
                    row.anova = anova
                    row.p = anova.pValue
                    row.effectInterval = try? Self.effectInterval(anova, level: options.confidenceLevel)
                }
                if display == .letters {
                    // Unequal variances call for Games–Howell, which does not pool them.
                    let result = try welch ? PostHoc.gamesHowell(summaries) : postHocResult(summaries, anova: row.anova!)
                    row.postHoc = result
                    // Letters show the differences the report shows: significant or tendential.
                    let letters = try CompactLetterDisplay(groups: tested.map { groupNames[$0] }, postHoc: result,
                                                           alpha: thresholds.tendential)
                    for (rank, index) in tested.enumerated() { cells[index].letters = letters.letters[rank] }
                    row.cells = cells
                }
            }
        } catch {
            row.note = ReportNote(explaining: error)
        }
        row.significance = row.p.map { SignificanceClass(p: $0, thresholds: thresholds) } ?? .none
        return row
    }

    /// The exact noncentral-F inversion costs as many Poisson terms as λ ≈ df₁(F − 1): past a few thousand, the
    /// large-sample interval gives the same digits at once.
    static func effectInterval(_ anova: OneWayANOVAResult, level: Double) throws -> VarianceExplainedInterval {
        let (d1, d2) = (anova.betweenDegreesOfFreedom, anova.withinDegreesOfFreedom)
        if Double(d1) * max(0, anova.f - 1) > 1_000 {
            return try VarianceExplained.largeSampleInterval(f: anova.f, numeratorDF: d1, denominatorDF: d2, level: level)
        }
        return try VarianceExplained.interval(f: anova.f, numeratorDF: d1, denominatorDF: d2, level: level)
    }

    func postHocResult(_ summaries: [GroupSummary], anova: OneWayANOVAResult) throws -> PostHocResult {
        let mse = anova.withinMeanSquare, df = Double(anova.withinDegreesOfFreedom)
        switch postHoc {
        case .lsd: return try PostHoc.fisherLSD(summaries, meanSquareError: mse, errorDF: df)
        case .bonferroni: return try PostHoc.bonferroni(summaries, meanSquareError: mse, errorDF: df)
        case .holm: return try PostHoc.holm(summaries, meanSquareError: mse, errorDF: df)
        case .tukey: return try PostHoc.tukeyKramer(summaries, meanSquareError: mse, errorDF: df)
        case .gamesHowell: return try PostHoc.gamesHowell(summaries)
        }
    }

    /// MANOVA of the block's items by the groups, listwise (a respondent counts when every item has a point),
    /// from integer sums and cross-products per group: one pass, whatever the number of respondents.
    /// As in the univariate tests, a group with fewer complete rows than the minimum is left out, so that no group
    /// too small to be shown weighs on what is shown; its rows count as dropped, and the note names it.
    func manova(_ crossProducts: GroupCrossProducts, itemCount p: Int, groupLabels: [String]) -> (OneWayMANOVAResult?, [ReportNote]) {
        let groups = groupLabels.count
        let (counts, totals, incomplete) = (crossProducts.counts, crossProducts.totals, crossProducts.dropped)
        let stride = p + p * p
        // The groups compared are already clear of suppression (`GroupSelection`); their complete rows are never shown
        // one by one, so N and the dropped rows give no small count away.
        let kept = (0..<groups).filter { counts[$0] >= minimum }
        let tooSmall = (0..<groups).filter { counts[$0] < minimum }
        let summaries = kept.map { group in
            let base = group * stride
            return MultivariateGroupSummary(
                count: counts[group], sums: Array(totals[base..<(base + p)]),
                crossProducts: (0..<p).map { i in (0..<p).map { j in totals[base + p + min(i, j) * p + max(i, j)] } })
        }
        let smallNotes: [ReportNote] = tooSmall.isEmpty ? [] : [.manovaWithout(groups: tooSmall.map { groupLabels[$0] }, minimum: minimum)]
        guard summaries.count >= 2 else { return (nil, [.fewerThanTwoGroupsForMANOVA(minimum: minimum)]) }
        let dropped = incomplete + tooSmall.reduce(0) { $0 + counts[$1] }
        do {
            let result = try OneWayMANOVA.test(summaries: summaries, droppedRowCount: dropped)
            // Too few respondents is said as such, not as constant or redundant items.
            let singular: [ReportNote]
            if case .tooFewResidualDF(let residualDF, let items)? = result.singularity {
                singular = [.manovaTooFewRespondents(residualDF: residualDF, items: items)]
            } else {
                singular = result.tests == nil ? [.manovaSingular] : []
            }
            return (result, singular + smallNotes)
        } catch {
            return (nil, [ReportNote(explaining: error)])
        }
    }

    /// Per group, over the respondents with a point on every item (listwise; points 1…, 0 for none; group -1: not
    /// compared): count, then in `totals` (stride p + p²) the p sums and the cross-products (upper triangle,
    /// row-major), exact in integers. Each group's complete rows are gathered column by column, then every sum and
    /// cross-product is a dot product of two byte columns, a loop the compiler turns into vector instructions.
    /// Byte labels while the groups fit (the masking passes then move a quarter of the memory), 32-bit beyond
    /// (`--by` a variable with hundreds of options).
    static func crossProducts(_ columns: [[UInt8]], membership: [Int32], groups: Int) -> (counts: [Int], totals: [Int], dropped: Int) {
        groups < Int(UInt8.max)
            ? crossProducts(columns, membership: membership, groups: groups, labels: UInt8.self)
            : crossProducts(columns, membership: membership, groups: groups, labels: UInt32.self)
    }

    private static func crossProducts<Label: FixedWidthInteger & UnsignedInteger>(
        _ columns: [[UInt8]], membership: [Int32], groups: Int, labels: Label.Type
    ) -> (counts: [Int], totals: [Int], dropped: Int) {
        let p = columns.count, n = membership.count, stride = p + p * p
        precondition(columns.allSatisfy { $0.count == n }, "a block's columns come from one dataset")
        // complete[k]: the group + 1 of a compared respondent with every item answered, else 0 (branch-free passes).
        var complete = membership.map { Label(truncatingIfNeeded: max(0, Int($0) + 1)) }
        complete.withUnsafeMutableBufferPointer { complete in
            for column in columns {
                column.withUnsafeBufferPointer { points in
                    for k in 0..<n { complete[k] &= points[k] == 0 ? 0 : Label.max }
                }
            }
        }
        var counts = [Int](repeating: 0, count: groups + 1)
        for group in complete { counts[Int(group)] += 1 }
        counts.removeFirst()  // the rows left out
        let dropped = membership.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) } - counts.reduce(0, +)
        // The complete rows of each group, in order: group g's at rows[rowStarts[g]...].
        var rowStarts = [Int](repeating: 0, count: groups + 1)
        for group in 0..<groups { rowStarts[group + 1] = rowStarts[group] + counts[group] }
        var rows = [Int32](repeating: 0, count: rowStarts[groups])
        rows.withUnsafeMutableBufferPointer { rows in
            var next = rowStarts
            next.withUnsafeMutableBufferPointer { next in
                for k in 0..<n where complete[k] > 0 {
                    let group = Int(complete[k]) - 1
                    rows[next[group]] = Int32(truncatingIfNeeded: k)
                    next[group] += 1
                }
            }
        }
        // Group g's column i at gathered[offsets[g] + i × counts[g]].
        var offsets = [Int](repeating: 0, count: groups + 1)
        for group in 0..<groups { offsets[group + 1] = offsets[group] + counts[group] * p }
        var gathered = [UInt8](repeating: 0, count: offsets[groups])
        gathered.withUnsafeMutableBufferPointer { gathered in
            rows.withUnsafeBufferPointer { rows in
                for group in 0..<groups {
                    let first = rowStarts[group], size = counts[group]
                    for (item, column) in columns.enumerated() {
                        let start = offsets[group] + item * size
                        column.withUnsafeBufferPointer { points in
                            for t in 0..<size { gathered[start + t] = points[Int(rows[first + t])] }
                        }
                    }
                }
            }
        }
        var totals = [Int](repeating: 0, count: groups * stride)
        gathered.withUnsafeBufferPointer { gathered in
            for group in 0..<groups where counts[group] > 0 {
                let base = group * stride, size = counts[group]
                func column(_ item: Int) -> UnsafePointer<UInt8> { gathered.baseAddress! + offsets[group] + item * size }
                for i in 0..<p {
                    totals[base + i] = Self.sum(column(i), size)
                    for j in i..<p { totals[base + p + i * p + j] = Self.dot(column(i), column(j), size) }
                }
            }
        }
        return (counts, totals, dropped)
    }

    /// Σ a[k] over `count` bytes, in 32-bit blocks that cannot overflow.
    static func sum(_ a: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var total = 0, start = 0
        while start < count {
            let end = min(count, start + (1 << 23))
            var partial: UInt32 = 0
            for k in start..<end { partial &+= UInt32(a[k]) }
            total += Int(partial)
            start = end
        }
        return total
    }

    /// Σ a[k] b[k] over `count` bytes, in 32-bit blocks that cannot overflow (255² × 2¹⁶ < 2³²).
    static func dot(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var total = 0, start = 0
        while start < count {
            let end = min(count, start + (1 << 16))
            var partial: UInt32 = 0
            for k in start..<end { partial &+= UInt32(a[k]) &* UInt32(b[k]) }
            total += Int(partial)
            start = end
        }
        return total
    }

    func method(_ display: AnalysisPlan.Display) -> Report.ComparisonMethod {
        switch display {
        case .letters where options.kGroupTest != .anova: return .welchANOVA(options.kGroupTest, postHoc: postHoc)
        case .asterisk where options.kGroupTest != .anova: return .welchANOVA(options.kGroupTest, postHoc: nil)
        case .letters: return .anovaThenPostHoc(postHoc)
        case .difference: return .twoGroups(options.twoGroupTest)
        case .asterisk: return .anova
        }
    }
}

/// One group's answers to one item: counts per point for scale items (tests in O(points)), raw values for scores.
enum GroupSample {
    case counts(ScaleCounts)
    case values([Double])
    /// Values tabulated (distinct values and counts): for the rank and variance tests only.
    case frequencies(ValueFrequencies)

    var count: Int {
        switch self {
        case .counts(let c): return c.total
        case .values(let v): return v.count
        case .frequencies(let table): return table.total
        }
    }

    /// The values as distinct values and their counts (a scale's counts read as values 1…points).
    var frequencies: ValueFrequencies {
        get throws {
            switch self {
            case .values(let values): return try ValueFrequencies(values)
            case .frequencies(let table): return table
            case .counts(let table):
                return try ValueFrequencies(table.counts.enumerated().flatMap { point, count in
                    [Double](repeating: Double(point + 1), count: count)
                })
            }
        }
    }

    var summary: GroupSummary {
        switch self {
        case .counts(let c): return c.summary
        case .values(let v):
            let mean = v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count)
            let variance = v.count > 1 ? v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - 1) : 0
            return GroupSummary(count: v.count, mean: mean, variance: variance)
        case .frequencies(let table): return table.summary
        }
    }

    /// What a cell shows: no median or quartiles, which would cost a selection per group for nothing.
    func meanEstimate(confidenceLevel: Double) -> MeanEstimate? {
        switch self {
        case .counts(let c): return c.total == 0 ? nil : try? MeanEstimate(summary: c.summary, confidenceLevel: confidenceLevel)
        case .values(let v): return try? MeanEstimate(values: v, confidenceLevel: confidenceLevel)
        case .frequencies: return try? MeanEstimate(summary: summary, confidenceLevel: confidenceLevel)
        }
    }

    /// Levene's test (mean-centred, as SPSS) on the groups.
    /// The groups on one ordinal scale, for the rank statistics, which read only order and ties: their counts per
    /// scale point, or each distinct value's rank among all (scores take few distinct values: no million-value sort).
    /// The tests then match R's wilcox.test (normal approximation with ties, continuity correction), kruskal.test
    /// (tie-corrected) and Dunn's (Holm) on the values.
    static func ordinalScale(_ samples: [GroupSample]) throws -> [ScaleCounts] {
        let counts = samples.compactMap { if case .counts(let c) = $0 { return c } else { return nil } }
        if counts.count == samples.count { return counts }
        return try ValueFrequencies.commonScale(samples.map { try $0.frequencies })
    }

    static func levene(_ samples: [GroupSample], center: VarianceHomogeneityTestResult.Center = .mean) throws -> VarianceHomogeneityTestResult {
        let counts = samples.compactMap { if case .counts(let c) = $0 { return c } else { return nil } }
        if counts.count == samples.count { return try VarianceHomogeneityTest.test(counts: counts, center: center) }
        return try VarianceHomogeneityTest.test(frequencies: samples.map { try $0.frequencies }, center: center)
    }
}
