import Analysis
import Foundation
import Statistics

/// Tidy rows of the before/after content:
///
/// - `retrospective`: per retrospective block (`block`) and item (`variable`), the paired statistics.
/// - `change`: the waves compared and the linking counts (`linking.*`, per wave in the `group` column), then per
///   block and item the same paired statistics as `retrospective`.
/// - `attrition`: per score (or item), first-wave `n` and `mean` of the people seen again (`group` = `linked`) and
///   of the others (`unlinked`), and the Welch test of linked − unlinked.
/// - `did`: per two-group grouping (`grouping`) and item, `paired.n`, `mean.before`, `mean.after` and `change.mean`
///   per group (its code in `group`), and the difference-in-differences (`did.*`).
///
/// Linking is written in counts only: no code and no session id.
extension TidyTable {
    mutating func addRetrospective(_ blocks: [Report.PairedBlock]) {
        for block in blocks { addPairedBlock(block, section: "retrospective") }
    }

    mutating func addPairedBlock(_ block: Report.PairedBlock, section: String) {
        let key = Key(section: section, block: block.block, label: block.blockLabel ?? words(.scoresLabel))
        let level = settings.confidenceLevel
        add(key, "method", block.retrospective.map { words(.retrospectiveMethod(then: $0.then, now: $0.now, level: level)) }
            ?? words(.pairedMethod(level: level)))
        for row in block.rows {
            addPairedRow(row, key: Key(section: section, block: block.block, variable: row.variable, label: row.label))
        }
    }

    mutating func addPairedRow(_ row: Report.PairedRow, key: Key) {
        add(key, "reversed", TidyValue.flag(row.reversed))
        add(key, "paired.n", row.pairCount)
        add(key, "mean.before", row.meanBefore)
        add(key, "mean.after", row.meanAfter)
        add(key, "sd.before", row.standardDeviationBefore)
        add(key, "sd.after", row.standardDeviationAfter)
        if let paired = row.paired {
            add(key, "change.mean", paired.meanChange)
            add(key, "change.sd", paired.changeStandardDeviation)
            if let t = paired.tTest {
                add(key, "change.lower", t.lower)
                add(key, "change.upper", t.upper)
                add(key, "change.level", t.confidenceLevel)
                add(key, "t", t.t)
                add(key, "df", t.degreesOfFreedom)
            }
            if let signedRank = paired.signedRank {
                add(key, "signedrank.V", signedRank.positiveRankSum)
                add(key, "signedrank.nonzero", signedRank.nonZeroCount)
                add(key, "signedrank.z", signedRank.z)
                add(key, "signedrank.p", signedRank.p)
            }
            add(key, "dz", paired.effectSizeDz)
            add(key, "dz.ci.lower", paired.effectSizeDzInterval?.lower)
            add(key, "dz.ci.upper", paired.effectSizeDzInterval?.upper)
            add(key, "n.improved", paired.improved)
            add(key, "n.unchanged", paired.unchanged)
            add(key, "n.worsened", paired.worsened)
        }
        add(key, "percent.improved", row.percentImproved)
        add(key, "percent.unchanged", row.percentUnchanged)
        add(key, "percent.worsened", row.percentWorsened)
        add(key, "p", row.p)
        add(key, "significance", row.significance)
        add(key, "note", row.note)
    }

    mutating func addChange(_ change: Report.Change) {
        let key = Key(section: "change")
        add(key, "wave.from", change.from)
        add(key, "wave.to", change.to)
        add(key, "wave.from.label", change.fromLabel)
        add(key, "wave.to.label", change.toLabel)
        add(key, "paired.n", change.pairCount)
        add(key, "note", change.note)
        let linking = change.linking
        for wave in linking.waves {
            add(key, group: wave.wave, "linking.sessions", wave.sessions)
            add(key, group: wave.wave, "linking.with.code", wave.withCode)
            add(key, group: wave.wave, "linking.linked", wave.linked)
            add(key, group: wave.wave, "linking.unlinked", wave.unlinked)
        }
        add(key, "linking.linked.people", linking.linkedPeople)
        add(key, "linking.exact", linking.exactLinks)
        add(key, "linking.near.accepted", linking.nearMatchCount)
        add(key, "linking.near.unconfirmed", linking.nearMatchesUnconfirmed)
        add(key, "linking.ambiguous", linking.ambiguous.count)
        add(key, "linking.ambiguous.sessions", linking.ambiguous.reduce(0) { $0 + $1.count })
        add(key, "linking.duplicates", linking.duplicates.count)
        add(key, "linking.duplicates.sessions", linking.duplicates.reduce(0) { $0 + $1.count })
        add(key, "linking.without.code", linking.sessionsWithoutCode)
        add(key, "linking.malformed", linking.malformedCodes)
        add(key, "linking.outside.waves", linking.sessionsOutsideWaves)
        for block in change.blocks { addPairedBlock(block, section: "change") }
        for row in change.attrition { addAttrition(row) }
        for did in change.differences { addDifference(did) }
    }

    mutating func addAttrition(_ row: Report.AttritionRow) {
        let key = Key(section: "attrition", variable: row.variable, label: row.label)
        add(key, group: "linked", "n", row.linkedCount)
        add(key, group: "linked", "mean", row.linkedMean)
        add(key, group: "unlinked", "n", row.unlinkedCount)
        add(key, group: "unlinked", "mean", row.unlinkedMean)
        if let test = row.test {
            add(key, "test", test.variant.rawValue)
            add(key, "t", test.t)
            add(key, "df", test.degreesOfFreedom)
            add(key, "difference", test.meanDifference)
            add(key, "difference.se", test.standardError)
            add(key, "difference.ci.lower", test.confidenceInterval.lower)
            add(key, "difference.ci.upper", test.confidenceInterval.upper)
            add(key, "d", test.cohensD)
            add(key, "d.ci.lower", test.cohensDInterval?.lower)
            add(key, "d.ci.upper", test.cohensDInterval?.upper)
            add(key, "p", test.pValue)
        }
        add(key, "significance", row.significance)
        add(key, "note", row.note)
    }

    mutating func addDifference(_ did: Report.DifferenceInDifferences) {
        let key = Key(section: "did", grouping: did.variable, label: did.variableLabel)
        add(key, "method", words(.differenceMethod))
        for group in did.groups {
            add(key, group: group.code, "group.label", group.label)
            add(key, group: group.code, "n", group.count)
        }
        for group in did.leftOut {
            add(key, group: group.code, "group.label", group.label)
            add(key, group: group.code, "n", group.count)
            add(key, group: group.code, "left.out", group.leftOutReason?.rawValue ?? "left-out")
        }
        for row in did.rows {
            let rowKey = Key(section: "did", grouping: did.variable, variable: row.variable, label: row.label)
            for (index, group) in did.groups.enumerated() {
                add(rowKey, group: group.code, "paired.n", row.counts[safe: index] ?? nil)
                add(rowKey, group: group.code, "mean.before", row.meansBefore[safe: index] ?? nil)
                add(rowKey, group: group.code, "mean.after", row.meansAfter[safe: index] ?? nil)
                add(rowKey, group: group.code, "change.mean", row.meanChanges[safe: index] ?? nil)
            }
            if let result = row.result {
                add(rowKey, "did.difference", result.welch.meanDifference)
                add(rowKey, "did.se", result.welch.standardError)
                add(rowKey, "did.lower", result.welch.confidenceInterval.lower)
                add(rowKey, "did.upper", result.welch.confidenceInterval.upper)
                add(rowKey, "did.welch.t", result.welch.t)
                add(rowKey, "did.welch.df", result.welch.degreesOfFreedom)
                add(rowKey, "did.welch.p", result.welch.pValue)
                add(rowKey, "did.interaction.F", result.interactionF)
                add(rowKey, "did.interaction.df1", (result.interactionF == nil ? nil : 1) as Int?)
                add(rowKey, "did.interaction.df2", result.student?.degreesOfFreedom)
                add(rowKey, "did.interaction.p", result.interactionP)
            }
            add(rowKey, "p", row.p)
            add(rowKey, "significance", row.significance)
            add(rowKey, "note", row.note)
        }
    }
}
