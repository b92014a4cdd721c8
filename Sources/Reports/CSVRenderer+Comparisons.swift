import Analysis
import Foundation
import Statistics

extension TidyTable {
    mutating func addComparison(_ comparison: Report.Comparison) {
        let key = Key(section: "comparison", block: comparison.block, grouping: comparison.variable,
                      label: comparison.blockLabel ?? words(.scoresLabel))
        add(key, "display", comparison.display)
        add(key, "method", words(.method(comparison.method, significant: settings.significant, tendential: settings.tendential,
                                         minimum: settings.minimumGroupSize)))
        for group in comparison.groups {
            add(key, group: group.code, "group.label", group.label)
            add(key, group: group.code, "group.number", group.number)
            add(key, group: group.code, "n", group.count)
        }
        for group in comparison.leftOut {
            add(key, group: group.code, "group.label", group.label)
            add(key, group: group.code, "n", group.count)
            add(key, group: group.code, "left.out", group.leftOutReason?.rawValue ?? "left-out")
        }
        if let manova = comparison.manova {
            add(key, "manova.n", manova.observationCount)
            add(key, "manova.dropped", manova.droppedRowCount)
            add(key, "manova.df.hypothesis", manova.hypothesisDF)
            add(key, "manova.df.error", manova.errorDF)
            if let tests = manova.tests {
                for (name, test) in [("wilks", tests.wilks), ("pillai", tests.pillai), ("hotelling.lawley", tests.hotellingLawley), ("roy", tests.roy)] {
                    add(key, "manova.\(name)", test.statistic)
                    add(key, "manova.\(name).F", test.approximateF)
                    add(key, "manova.\(name).df1", test.numeratorDF)
                    add(key, "manova.\(name).df2", test.denominatorDF)
                    add(key, "manova.\(name).p", test.p)
                }
            }
        }
        add(key, "manova.note", comparison.manovaNotes.isEmpty ? nil : comparison.manovaNotes.map { words(.note($0)) }.joined(separator: " "))
        for row in comparison.rows { addRow(row, of: comparison) }
    }

    mutating func addRow(_ row: Report.Row, of comparison: Report.Comparison) {
        let key = Key(section: "comparison", block: comparison.block, grouping: comparison.variable, variable: row.variable, label: row.label)
        for (group, cell) in zip(comparison.groups, row.cells) {
            add(key, group: group.code, "n", cell.count)
            add(key, group: group.code, "mean", cell.mean)
            add(key, group: group.code, "sd", cell.standardDeviation)
            add(key, group: group.code, "ci.lower", cell.confidenceInterval?.lower)
            add(key, group: group.code, "ci.upper", cell.confidenceInterval?.upper)
            add(key, group: group.code, "letters", cell.letters.flatMap { $0.isEmpty ? nil : $0 })
        }
        if let anova = row.anova {
            add(key, "F", anova.f)
            add(key, "df1", anova.betweenDegreesOfFreedom)
            add(key, "df2", anova.withinDegreesOfFreedom)
            add(key, "anova.p", anova.pValue)
            add(key, "eta2", anova.etaSquared)
            add(key, "omega2", anova.omegaSquared)
            add(key, "residual.sd", anova.residualStandardDeviation)
        }
        if let test = row.twoGroup {
            add(key, "test", test.variant.rawValue)
            add(key, "t", test.t)
            add(key, "df", test.degreesOfFreedom)
            add(key, "t.p", test.pValue)
            add(key, "difference", test.meanDifference)
            add(key, "difference.se", test.standardError)
            add(key, "difference.ci.lower", test.confidenceInterval.lower)
            add(key, "difference.ci.upper", test.confidenceInterval.upper)
            add(key, "d", test.cohensD)
            add(key, "d.ci.lower", test.cohensDInterval?.lower)
            add(key, "d.ci.upper", test.cohensDInterval?.upper)
            add(key, "g", test.hedgesG)
            add(key, "g.ci.lower", test.hedgesGInterval?.lower)
            add(key, "g.ci.upper", test.hedgesGInterval?.upper)
        }
        switch row.rankTest {
        case .mannWhitney(let test)?:
            add(key, "mann.whitney.U", test.u)
            add(key, "mann.whitney.z", test.z)
            add(key, "mann.whitney.p", test.pValue)
            add(key, "rank.biserial", test.rankBiserialCorrelation)
        case .kruskalWallis(let test)?:
            add(key, "kruskal.wallis.H", test.h)
            add(key, "kruskal.wallis.df", test.degreesOfFreedom)
            add(key, "kruskal.wallis.p", test.pValue)
            add(key, "epsilon2", test.epsilonSquared)
        case nil:
            break
        }
        if let cliff = row.cliffDelta {
            add(key, "cliff.delta", cliff.delta)
            add(key, "cliff.delta.ci.lower", cliff.interval?.lower)
            add(key, "cliff.delta.ci.upper", cliff.interval?.upper)
        }
        if let interval = row.effectInterval {
            add(key, "eta2.ci.lower", interval.etaSquared.lower)
            add(key, "eta2.ci.upper", interval.etaSquared.upper)
            add(key, "omega2.ci.lower", interval.omegaSquared.lower)
            add(key, "omega2.ci.upper", interval.omegaSquared.upper)
        }
        if let dunn = row.dunn {
            for pair in dunn.pairs {
                guard let (first, second) = Report.testedPair(pair.first, pair.second, of: row, in: comparison) else { continue }
                let group = second.code + "|" + first.code
                add(key, group: group, "dunn.z", pair.z)
                add(key, group: group, "dunn.p", pair.pValue)
                add(key, group: group, "dunn.p.holm", pair.adjustedPValue)
            }
        }
        if let welch = row.welchANOVA {
            add(key, "welch.F", welch.f)
            add(key, "welch.df1", welch.numeratorDegreesOfFreedom)
            add(key, "welch.df2", welch.denominatorDegreesOfFreedom)
            add(key, "welch.p", welch.pValue)
        }
        if let levene = row.varianceTest {
            add(key, "levene.F", levene.f)
            add(key, "levene.df1", levene.numeratorDegreesOfFreedom)
            add(key, "levene.df2", levene.denominatorDegreesOfFreedom)
            add(key, "levene.p", levene.pValue)
            add(key, "levene.center", levene.center.rawValue)
        }
        if let postHoc = row.postHoc {
            add(key, "posthoc.method", postHoc.method.rawValue)
            for pair in postHoc.pairs {
                guard let (first, second) = Report.testedPair(pair.first, pair.second, of: row, in: comparison) else { continue }
                // Named as R's TukeyHSD names its rows ("B-A"): the difference is mean(second) − mean(first).
                let group = second.code + "|" + first.code
                add(key, group: group, "posthoc.difference", pair.difference)
                add(key, group: group, "posthoc.se", pair.standardError)
                add(key, group: group, "posthoc.statistic", pair.statistic)
                add(key, group: group, "posthoc.df", pair.degreesOfFreedom)
                add(key, group: group, "posthoc.p", pair.p)
                add(key, group: group, "posthoc.ci.lower", pair.lower)
                add(key, group: group, "posthoc.ci.upper", pair.upper)
            }
        }
        add(key, "p", row.p)
        add(key, "p.adjusted", row.adjustedP)
        add(key, "significance", row.significance)
        switch comparison.display {
        case .difference: add(key, "mark", words(.differenceMark(row.significance)))
        case .asterisk: add(key, "mark", row.significance == .none ? nil : row.significance == .significant ? "*" : "(*)")
        case .letters: break
        }
        add(key, "note", row.note)
    }

    mutating func addScore(_ score: Report.ScoreSummary) {
        let key = Key(section: "score", block: score.id, variable: score.id, label: score.label)
        add(key, "items", score.items.count)
        add(key, "minimum.answered", score.minimumAnswered)
        addDescriptives(key, score.descriptives)
        for (name, estimate) in [("alpha.complete", score.alphaCompleteRows), ("alpha.pairwise", score.alphaPairwise)] {
            guard let estimate else { continue }
            add(key, name, estimate.alpha)
            add(key, "\(name).ci.lower", estimate.feldt.lower)
            add(key, "\(name).ci.upper", estimate.feldt.upper)
            add(key, "\(name).n", estimate.observationCount)
            add(key, "\(name).items", estimate.itemCount)
        }
        if let reliability = score.reliability {
            add(key, "alpha", reliability.alpha)
            add(key, "alpha.standardized", reliability.standardizedAlpha)
            add(key, "r.mean", reliability.averageInterItemCorrelation)
            add(key, "alpha.n", reliability.observationCount)
            add(key, "alpha.dropped", reliability.droppedRowCount)
            // One entry per item in order; any other count could pair an item with another's statistics.
            for (item, stats) in zip(score.items, reliability.items) where reliability.items.count == score.items.count {
                let itemKey = Key(section: "score", block: score.id, variable: item, label: score.label)
                add(itemKey, "item.rest.r", stats.itemRestCorrelation)
                add(itemKey, "alpha.if.deleted", stats.alphaIfDeleted)
                add(itemKey, "alpha.standardized.if.deleted", stats.standardizedAlphaIfDeleted)
            }
        }
        add(key, "note", score.note)
    }
}
