import Analysis
import Foundation
import Questionnaire
import Statistics

/// Before/after content: the retrospective (then-test) blocks, and `--change` (linking counts, paired blocks,
/// attrition at baseline, difference-in-differences). Counts only from the linking: never a code or a session id.
extension DocumentBuilder {
    // MARK: Retrospective

    func retrospectiveBlocks() -> [Document.Block] {
        guard !report.retrospective.isEmpty else { return [] }
        var blocks: [Document.Block] = [
            .heading(level: 2, text: l.pick(fr: "Questions rétrospectives : avant et maintenant", en: "Retrospective questions: then and now"),
                     id: "retrospective"),
            .paragraph(l.pick(
                fr: "Dans la même session, chaque personne a répondu deux fois à chaque phrase : pour avant l’accompagnement et pour aujourd’hui. Les deux réponses d’une même personne sont comparées comme une paire.",
                en: "In the same session, each person answered each sentence twice: for before the support and for today. The two answers of one person are compared as a pair.")),
        ]
        for block in report.retrospective {
            blocks += pairedBlocks(block, before: l.pick(fr: "Avant", en: "Then"), after: l.pick(fr: "Maintenant", en: "Now"))
        }
        return blocks
    }

    // MARK: Paired tables

    /// "+1,25": a change reads with its sign.
    func signed(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let text = n(value)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "," && $0 != "." }) ? "+" + text : text
    }

    /// A confidence interval, "[0,80 ; 1,70]" in French (the comma is the decimal mark), "[0.80, 1.70]" in English.
    func interval(_ lower: Double?, _ upper: Double?) -> String {
        guard let lower, let upper, lower.isFinite, upper.isFinite else { return "—" }
        return l.pick(fr: "[\(n(lower)) ; \(n(upper))]", en: "[\(n(lower)), \(n(upper))]")
    }

    /// p in a column headed p: "0,012", "< 0,001", "—".
    func pCell(_ value: Double?) -> String {
        let text = Format.p(value, language: l)
        return text.hasPrefix("p = ") ? String(text.dropFirst(4)) : (text.hasPrefix("p ") ? String(text.dropFirst(2)) : text)
    }

    /// "84,2 / 15,8 / 0,0": improved, unchanged and worsened, in percent of the pairs.
    func shares(_ row: Report.PairedRow) -> String {
        guard let improved = row.percentImproved, let unchanged = row.percentUnchanged, let worsened = row.percentWorsened else { return "—" }
        return [improved, unchanged, worsened].map { n($0, 1) }.joined(separator: " / ")
    }

    var levelText: String {
        let level = report.settings.confidenceLevel * 100
        return n(level, level == level.rounded() ? 0 : 1)
    }

    func mark(_ significance: String) -> String {
        switch significance {
        case SignificanceClass.significant.rawValue: return " *"
        case SignificanceClass.tendential.rawValue: return " (*)"
        default: return ""
        }
    }

    /// The scale of a block's items (8 points unless the questions say otherwise): the chart's axis.
    func scale(ofBlock block: String) -> ClosedRange<Double> {
        let points = report.questions.first { $0.question == block && $0.scale != nil }?.scale?.points ?? 8
        return 1...Double(max(2, points))
    }

    /// One paired block: the table (item × N, means before and after, change and its interval, paired t,
    /// signed-rank, d_z, shares improved/unchanged/worsened), then its dumbbell chart.
    func pairedBlocks(_ block: Report.PairedBlock, before: String, after: String) -> [Document.Block] {
        let header: [Document.Cell] = [
            .init(l.pick(fr: "Item", en: "Item")), .init("N"), .init(before), .init(after),
            .init(l.pick(fr: "Changement", en: "Change")), .init(l.pick(fr: "IC \(levelText) %", en: "\(levelText)% CI")),
            .init("p"), .init(l.pick(fr: "p rangs signés", en: "signed-rank p")), .init("d_z"),
            .init(l.pick(fr: "% amélioré / inchangé / dégradé", en: "% improved / unchanged / worsened")),
        ]
        var rows: [[Document.Cell]] = []
        var chartItems: [(label: String, before: Double?, after: Double?)] = []
        for row in block.rows {
            let label = row.label + (row.reversed ? " (R)" : "")
            let paired = row.paired
            rows.append([.init(label + mark(row.significance)), .init(String(row.pairCount)),
                         .init(Format.mean(row.meanBefore, language: l)), .init(Format.mean(row.meanAfter, language: l)),
                         .init(signed(paired?.meanChange)), .init(interval(paired?.tTest?.lower, paired?.tTest?.upper)),
                         .init(pCell(row.p)), .init(pCell(paired?.signedRank?.p)), .init(signed(paired?.effectSizeDz)),
                         .init(shares(row))])
            chartItems.append((label, row.meanBefore, row.meanAfter))
        }
        var notes = [block.method]
        notes.append(l.pick(
            fr: "Changement : moyenne de (\(after.lowercased()) − \(before.lowercased())) et son intervalle de confiance (test t apparié) ; d_z : changement moyen / écart type du changement ; % amélioré, inchangé, dégradé : part des personnes dont la réponse a monté, n’a pas bougé ou a baissé (l’inverse pour un item (R)).",
            en: "Change: mean of (\(after.lowercased()) − \(before.lowercased())) and its confidence interval (paired t test); d_z: mean change / SD of the change; % improved, unchanged, worsened: share of the people whose answer went up, stayed or went down (the reverse for an (R) item)."))
        notes.append(significanceNote())
        for row in block.rows where row.note != nil { notes.append(rowNote(row.label, row.note)) }
        if block.rows.contains(where: { $0.meanBefore == nil || $0.meanAfter == nil }) {
            notes.append(l.pick(fr: "— : moins de \(max(report.settings.minimumGroupSize, 2)) personnes avec les deux réponses, valeur non montrée.",
                                en: "—: fewer than \(max(report.settings.minimumGroupSize, 2)) people with both answers, value not shown."))
        }
        return [.table(Document.Table(caption: block.blockLabel, header: header, rows: rows,
                                      numeric: [false] + Array(repeating: true, count: header.count - 1), notes: notes)),
                .chart(.dumbbell(title: block.blockLabel, items: chartItems, scale: scale(ofBlock: block.block),
                                 beforeLabel: before, afterLabel: after))]
    }

    func rowNote(_ label: String, _ note: String?) -> String {
        l.pick(fr: "\(label) : \(note ?? "")", en: "\(label): \(note ?? "")")
    }

    func significanceNote() -> String {
        let sig = n(report.settings.significant), tend = n(report.settings.tendential)
        return l.pick(fr: "* : changement significatif (p < \(sig), test t apparié) ; (*) : tendanciel (p < \(tend)).",
                      en: "*: significant change (p < \(sig), paired t test); (*): tendential (p < \(tend)).")
    }

    // MARK: Before/after across waves

    func changeBlocks() -> [Document.Block] {
        guard let change = report.change else { return [] }
        var blocks: [Document.Block] = [
            .heading(level: 2, text: l.pick(fr: "Avant / après : \(change.fromLabel) → \(change.toLabel)",
                                            en: "Before / after: \(change.fromLabel) → \(change.toLabel)"), id: "change"),
            .paragraph(linkingText(change)),
        ]
        if let note = change.note { blocks.append(.paragraph(note)) }
        if !change.blocks.isEmpty {
            blocks.append(.heading(level: 3, text: l.pick(fr: "Changement des mêmes personnes", en: "Change of the same people"), id: "change-paired"))
            for block in change.blocks {
                blocks += pairedBlocks(block, before: l.pick(fr: "Avant", en: "Before"), after: l.pick(fr: "Après", en: "After"))
            }
        }
        if !change.attrition.isEmpty { blocks += attritionBlocks(change) }
        for did in change.differences { blocks += differenceBlocks(did) }
        return blocks
    }

    /// The linking in counts: sessions per wave, people linked and how, and what was left unlinked.
    func linkingText(_ change: Report.Change) -> String {
        let linking = change.linking
        let waveLabel = { (id: String) in id == change.from ? change.fromLabel : (id == change.to ? change.toLabel : id) }
        let sessions = linking.waves.map { "\(waveLabel($0.wave)) \($0.sessions)" }.joined(separator: ", ")
        let ambiguousSessions = linking.ambiguous.reduce(0) { $0 + $1.count }
        let duplicateSessions = linking.duplicates.reduce(0) { $0 + $1.count }
        var text = l.pick(
            fr: "Sessions par vague : \(sessions). Personnes reliées entre les deux vagues (même code participant anonyme) : \(change.pairCount)",
            en: "Sessions per wave: \(sessions). People linked across the two waves (same anonymous participant code): \(change.pairCount)")
        if linking.linkedPeople != change.pairCount {
            text += l.pick(fr: " (\(linking.linkedPeople) vues dans au moins deux vagues)", en: " (\(linking.linkedPeople) seen in at least two waves)")
        }
        text += l.pick(
            fr: ". Liens par code identique : \(linking.exactLinks) ; codes à un élément près acceptés (réponses de confirmation concordantes) : \(linking.nearMatchCount). Non reliés : codes à un élément près non confirmés \(linking.nearMatchesUnconfirmed), cas ambigus \(linking.ambiguous.count) (\(ambiguousSessions) sessions), codes en double dans une vague \(linking.duplicates.count) (\(duplicateSessions) sessions), sessions sans code \(linking.sessionsWithoutCode)",
            en: ". Links by identical code: \(linking.exactLinks); codes one element apart accepted (confirming answers agree): \(linking.nearMatchCount). Not linked: codes one element apart unconfirmed \(linking.nearMatchesUnconfirmed), ambiguous cases \(linking.ambiguous.count) (\(ambiguousSessions) sessions), codes used twice in one wave \(linking.duplicates.count) (\(duplicateSessions) sessions), sessions without a code \(linking.sessionsWithoutCode)")
        if linking.malformedCodes > 0 {
            text += l.pick(fr: ", codes d’une autre forme \(linking.malformedCodes)", en: ", codes of another shape \(linking.malformedCodes)")
        }
        if linking.sessionsOutsideWaves > 0 {
            text += l.pick(fr: ", sessions sans vague déclarée \(linking.sessionsOutsideWaves)",
                           en: ", sessions without a declared wave \(linking.sessionsOutsideWaves)")
        }
        return text + l.pick(fr: ". Les comparaisons avant / après ne portent que sur les personnes reliées.",
                             en: ". Before/after comparisons include linked people only.")
    }

    /// Attrition and difference rows do not say which items are reverse-keyed; the paired rows of the same variables do.
    var reversedVariables: Set<String> {
        Set((report.change?.blocks ?? []).flatMap(\.rows).filter(\.reversed).map(\.variable))
    }

    // MARK: Attrition

    func attritionBlocks(_ change: Report.Change) -> [Document.Block] {
        let header: [Document.Cell] = [
            .init(l.pick(fr: "Variable", en: "Variable")),
            .init(l.pick(fr: "N revus", en: "N seen again")), .init(l.pick(fr: "Moyenne revus", en: "Mean seen again")),
            .init(l.pick(fr: "N non revus", en: "N not seen again")), .init(l.pick(fr: "Moyenne non revus", en: "Mean not seen again")),
            .init(l.pick(fr: "p (Welch)", en: "p (Welch)")), .init(l.pick(fr: "Lecture", en: "Reading")),
        ]
        let reversed = reversedVariables
        let rows = change.attrition.map { row -> [Document.Cell] in
            [.init(row.label + (reversed.contains(row.variable) ? " (R)" : "")), .init(String(row.linkedCount)), .init(Format.mean(row.linkedMean, language: l)),
             .init(String(row.unlinkedCount)), .init(Format.mean(row.unlinkedMean, language: l)),
             .init(pCell(row.test?.pValue)), .init(attritionReading(row))]
        }
        var notes = [l.pick(
            fr: "Réponses à la première vague (« \(change.fromLabel) ») des personnes revues à la seconde et de celles qui ne l’ont pas été (perdues de vue, sans code utilisable ou non reliées). Une différence signifie que les personnes revues ne ressemblent pas à celles qui ont été perdues : le changement mesuré sur les seules personnes revues peut alors ne pas valoir pour tout le public. Test t de Welch (revus − non revus).",
            en: "First-wave (\"\(change.fromLabel)\") answers of the people seen again in the second wave and of those who were not (lost, without a usable code, or not linked). A difference means that the people seen again are not like those who were lost: the change measured on the people seen again may then not hold for the whole public. Welch t test (seen again − not seen again).")]
        for row in change.attrition where row.note != nil { notes.append(rowNote(row.label, row.note)) }
        if change.attrition.contains(where: { $0.linkedMean == nil || $0.unlinkedMean == nil }) {
            notes.append(l.pick(fr: "— : moins de \(report.settings.minimumGroupSize) réponses, moyenne non montrée.",
                                en: "—: fewer than \(report.settings.minimumGroupSize) answers, mean not shown."))
        }
        return [.heading(level: 3, text: l.pick(fr: "Personnes revues et personnes perdues de vue", en: "People seen again and people lost"),
                         id: "attrition"),
                .table(Document.Table(caption: l.pick(fr: "Au départ (« \(change.fromLabel) »)", en: "At baseline (\"\(change.fromLabel)\")"),
                                      header: header, rows: rows, numeric: [false, true, true, true, true, true, false], notes: notes))]
    }

    func attritionReading(_ row: Report.AttritionRow) -> String {
        guard let test = row.test else { return "—" }
        let trend = row.significance == SignificanceClass.tendential.rawValue ? l.pick(fr: " (tendance)", en: " (trend)") : ""
        switch row.significance {
        case SignificanceClass.significant.rawValue, SignificanceClass.tendential.rawValue:
            return (test.meanDifference > 0 ? l.pick(fr: "plus élevée chez les revus", en: "higher among those seen again")
                                            : l.pick(fr: "plus basse chez les revus", en: "lower among those seen again")) + trend
        default:
            return l.pick(fr: "pas de différence", en: "no difference")
        }
    }

    // MARK: Difference-in-differences

    func differenceBlocks(_ did: Report.DifferenceInDifferences) -> [Document.Block] {
        var blocks: [Document.Block] = [
            .heading(level: 3, text: l.pick(fr: "Changement selon « \(did.variableLabel) » : différence des différences",
                                            en: "Change by \"\(did.variableLabel)\": difference-in-differences"), id: "did-\(did.variable)"),
        ]
        let leftOut = did.leftOut.filter { $0.count != 0 }.map(\.label)
        let leftOutNote = leftOut.isEmpty ? nil : l.pick(fr: "Groupes non comparés : \(leftOut.joined(separator: ", ")).",
                                                         en: "Groups not compared: \(leftOut.joined(separator: ", ")).")
        guard did.groups.count == 2 else {
            blocks.append(.paragraph(l.pick(
                fr: "Pas de comparaison : il faut deux groupes d’au moins \(report.settings.minimumGroupSize) personnes reliées. " + (leftOutNote ?? ""),
                en: "No comparison: it takes two groups of at least \(report.settings.minimumGroupSize) linked people. " + (leftOutNote ?? ""))
                .trimmingTrailingSpaces))
            return blocks
        }
        let (a, b) = (did.groups[0].label, did.groups[1].label)
        let header: [Document.Cell] = [
            .init(l.pick(fr: "Item", en: "Item")),
            .init(l.pick(fr: "\(a) : avant → après", en: "\(a): before → after")), .init(l.pick(fr: "\(b) : avant → après", en: "\(b): before → after")),
            .init(l.pick(fr: "Changement \(a)", en: "Change \(a)")), .init(l.pick(fr: "Changement \(b)", en: "Change \(b)")),
            .init(l.pick(fr: "Différence", en: "Difference")), .init(l.pick(fr: "IC \(levelText) %", en: "\(levelText)% CI")),
            .init("p"), .init("F"), .init(l.pick(fr: "Lecture", en: "Reading")),
        ]
        let reversed = reversedVariables
        let rows = did.rows.map { row -> [Document.Cell] in
            // The 2 × 2 table of means, one group per cell: "3,57 → 4,43".
            let means = { (index: Int) -> Document.Cell in
                let before = row.meansBefore[safe: index] ?? nil, after = row.meansAfter[safe: index] ?? nil
                if before == nil && after == nil { return .init("—") }
                return .init(Format.mean(before, language: self.l) + " → " + Format.mean(after, language: self.l))
            }
            return [.init(row.label + (reversed.contains(row.variable) ? " (R)" : "")), means(0), means(1),
                    .init(signed(row.meanChanges[safe: 0] ?? nil)), .init(signed(row.meanChanges[safe: 1] ?? nil)),
                    .init(signed(row.result?.welch.meanDifference)),
                    .init(interval(row.result?.welch.confidenceInterval.lower, row.result?.welch.confidenceInterval.upper)),
                    .init(pCell(row.p)), .init(n(row.result?.interactionF)), .init(differenceReading(row, did))]
        }
        var notes = [did.method]
        notes.append(l.pick(
            fr: "Différence = changement \(a) − changement \(b) (changement = après − avant), avec son intervalle de confiance ; p : test t de Welch sur les changements ; F : interaction groupe × temps. « Changement plus grand » : la moyenne a plus monté (ou moins baissé). Personnes reliées par groupe : \(a) \(count(did.groups[0].count)), \(b) \(count(did.groups[1].count)).",
            en: "Difference = change \(a) − change \(b) (change = after − before), with its confidence interval; p: Welch t test on the changes; F: group × time interaction. \"Larger change\": the mean went up more (or down less). Linked people per group: \(a) \(count(did.groups[0].count)), \(b) \(count(did.groups[1].count))."))
        if let leftOutNote { notes.append(leftOutNote) }
        for row in did.rows where row.note != nil { notes.append(rowNote(row.label, row.note)) }
        if did.rows.contains(where: { row in row.meansBefore.contains { $0 == nil } || row.meansAfter.contains { $0 == nil } }) {
            notes.append(l.pick(fr: "— : un groupe a moins de \(report.settings.minimumGroupSize) personnes avec les deux réponses, valeurs non montrées.",
                                en: "—: a group has fewer than \(report.settings.minimumGroupSize) people with both answers, values not shown."))
        }
        notes += smallCellNote(did.groups.map(\.count))
        blocks.append(.table(Document.Table(caption: l.pick(fr: "Changements comparés : \(a) et \(b)", en: "Changes compared: \(a) and \(b)"),
                                            header: header, rows: rows,
                                            numeric: [false] + Array(repeating: true, count: 8) + [false], notes: notes)))
        return blocks
    }

    func differenceReading(_ row: Report.DifferenceRow, _ did: Report.DifferenceInDifferences) -> String {
        guard let result = row.result else { return "—" }
        switch row.significance {
        case SignificanceClass.significant.rawValue, SignificanceClass.tendential.rawValue:
            let larger = result.welch.meanDifference > 0 ? did.groups[0].label : did.groups[1].label
            let trend = row.significance == SignificanceClass.tendential.rawValue ? l.pick(fr: " (tendance)", en: " (trend)") : ""
            return l.pick(fr: "changement plus grand : \(larger)", en: "larger change: \(larger)") + trend
        default:
            return l.pick(fr: "pas de différence", en: "no difference")
        }
    }
}
