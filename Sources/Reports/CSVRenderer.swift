import Analysis
import Foundation
import Statistics
import Support

/// The report as one tidy table for R or pandas: one row per variable × group × statistic, columns
/// `section,block,grouping,variable,label,group,statistic,value`.
///
/// - `section`: `report`, `sample`, `question`, `comparison`, `score`, and for before/after content `retrospective`,
///   `change`, `attrition` and `did` (see `CSVRenderer+Change.swift`).
/// - `group`: the compared group's code; in `question` rows the answer (scale point or option code) a count is for;
///   for post hoc pairs the two codes as `B|A`, whose `posthoc.difference` is mean(B) − mean(A) (R's TukeyHSD "B-A").
/// - `value`: numbers in the C locale at full precision (shortest text that reads back as the same double), infinities
///   as `Inf`/`-Inf`; hidden values (nil in the report) and NaN have no row at all.
///
/// RFC 4180 quoting with CRLF line ends. Text that a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`,
/// tab or CR) is prefixed with `'`; numbers, negative ones included, stay numbers.
public struct CSVRenderer {
    public static let columns = ["section", "block", "grouping", "variable", "label", "group", "statistic", "value"]

    public init() {}

    public func render(_ report: Report) -> String {
        var table = TidyTable(language: report.language, settings: report.settings)
        table.addReport(report)
        table.addSample(report.sample)
        for question in report.questions { table.addQuestion(question) }
        for comparison in report.comparisons { table.addComparison(comparison) }
        for score in report.scores { table.addScore(score) }
        table.addRetrospective(report.retrospective)
        if let change = report.change { table.addChange(change) }
        let lines = [Self.columns.joined(separator: ",")] + table.rows.map { $0.joined(separator: ",") }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// A value of the tidy table's last column.
enum TidyValue {
    case number(Double)
    case integer(Int)
    case text(String)

    static func flag(_ value: Bool) -> TidyValue { .integer(value ? 1 : 0) }

    /// The CSV field, or nil when the value has no row (NaN).
    var field: String? {
        switch self {
        case .integer(let value): return String(value)
        case .number(let value):
            if value.isNaN { return nil }
            if value.isInfinite { return value > 0 ? "Inf" : "-Inf" }
            return value.description
        case .text(let text): return CSVField.text(text)
        }
    }
}

enum CSVField {
    /// A text field: invisible and reordering characters removed, formulas neutralised, quoted when needed.
    static func text(_ raw: String) -> String {
        var cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.filter { scalar in
            scalar == "\t" || scalar == "\r" || scalar == "\n" || !MarkupText.isRemoved(scalar)
        }))
        if let first = cleaned.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cleaned = "'" + cleaned
        }
        guard cleaned.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return cleaned }
        return "\"" + cleaned.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Rows under construction; `add` drops absent values, so that nothing hidden is ever written.
struct TidyTable {
    struct Key {
        var section: String
        var block = ""
        var grouping = ""
        var variable = ""
        var label = ""
    }

    /// Notes and methods are written as the other formats word them.
    let language: Language
    let settings: Report.Settings
    var rows: [[String]] = []

    func words(_ message: ReportText) -> String { message.text(language) }
    func words(_ note: ReportNote?) -> String? { note.map { words(.note($0)) } }

    mutating func add(_ key: Key, group: String = "", _ statistic: String, _ value: TidyValue?) {
        guard let field = value?.field else { return }
        rows.append([key.section, key.block, key.grouping, key.variable, key.label, group, statistic].map(CSVField.text) + [field])
    }

    mutating func add(_ key: Key, group: String = "", _ statistic: String, _ value: Double?) {
        add(key, group: group, statistic, value.map(TidyValue.number))
    }

    mutating func add(_ key: Key, group: String = "", _ statistic: String, _ value: Int?) {
        add(key, group: group, statistic, value.map(TidyValue.integer))
    }

    mutating func add(_ key: Key, group: String = "", _ statistic: String, _ value: String?) {
        add(key, group: group, statistic, value.map(TidyValue.text))
    }

    /// An enum's code, as the JSON has it.
    mutating func add<Code: RawRepresentable<String>>(_ key: Key, group: String = "", _ statistic: String, _ value: Code?) {
        add(key, group: group, statistic, value.map { TidyValue.text($0.rawValue) })
    }

    mutating func add(_ key: Key, group: String = "", _ statistic: String, _ note: ReportNote?) {
        add(key, group: group, statistic, words(note))
    }

    mutating func addReport(_ report: Report) {
        let key = Key(section: "report", block: report.survey.id, label: report.survey.title)
        add(key, "schema.version", report.schemaVersion)
        add(key, "survey.version", report.survey.version)
        add(key, "language", report.language)
        add(key, "synthetic", TidyValue.flag(report.synthetic))
        let settings = report.settings
        add(key, "minimum.group.size", settings.minimumGroupSize)
        add(key, "threshold.significant", settings.significant)
        add(key, "threshold.tendential", settings.tendential)
        add(key, "posthoc.method", settings.postHoc)
        add(key, "two.group.test", settings.twoGroupTest)
        add(key, "k.group.test", settings.kGroupTest)
        add(key, "correction", settings.correction)
        if let multiplicity = report.multiplicity {
            add(key, "tests", multiplicity.tests)
            add(key, "expected.by.chance", multiplicity.expectedByChance)
        }
        add(key, "confidence.level", settings.confidenceLevel)
        if let summary = report.keyFindings {
            let summaryKey = Key(section: "summary", block: report.survey.id, label: "")
            add(summaryKey, "differences", summary.differenceCount)
            for (rank, finding) in summary.findings.enumerated() {
                let key = Key(section: "summary", block: finding.blockLabel ?? "", grouping: finding.groupingLabel,
                              variable: String(rank + 1), label: finding.itemLabel)
                add(key, "significance", finding.significance)
                add(key, group: finding.higherGroup, "higher.mean", finding.higherMean)
                add(key, group: finding.lowerGroup, "lower.mean", finding.lowerMean)
                add(key, "p", finding.p)
                switch finding.effect {
                case .cohensD(let d)?: add(key, "d", d)
                case .etaSquared(let eta)?: add(key, "eta2", eta)
                case nil: break
                }
                add(key, "effect.ci.lower", finding.effectInterval?.lower)
                add(key, "effect.ci.upper", finding.effectInterval?.upper)
            }
            add(summaryKey, "changes", summary.changeCount)
            for (rank, finding) in summary.changes.enumerated() {
                let key = Key(section: "summary.change", block: finding.blockLabel ?? "", variable: String(rank + 1), label: finding.itemLabel)
                add(key, "significance", finding.significance)
                add(key, "pairs", finding.pairCount)
                add(key, "mean.before", finding.meanBefore)
                add(key, "mean.after", finding.meanAfter)
                add(key, "change", finding.meanChange)
                add(key, "change.ci.lower", finding.changeInterval?.lower)
                add(key, "change.ci.upper", finding.changeInterval?.upper)
                add(key, "p", finding.p)
                add(key, "dz", finding.effectSizeDz)
                add(key, "dz.ci.lower", finding.effectSizeDzInterval?.lower)
                add(key, "dz.ci.upper", finding.effectSizeDzInterval?.upper)
            }
            if let attrition = summary.attrition {
                add(summaryKey, "attrition.compared", attrition.compared)
                add(summaryKey, "attrition.differing", attrition.differing)
            }
        }
        guard let provenance = report.provenance else { return }
        let origin = Key(section: "provenance", block: report.survey.id, label: "")
        add(origin, "producer", TidyValue.text(provenance.producer))
        if let date = provenance.generatedAt { add(origin, "generated.at", TidyValue.text(date)) }
        add(origin, "questionnaire.id", TidyValue.text(provenance.questionnaireID))
        add(origin, "questionnaire.version", TidyValue.text(provenance.questionnaireVersion))
        add(origin, "questionnaire.sha256", TidyValue.text(provenance.questionnaireSHA256))
        add(origin, "data.sessions", provenance.sessions)
        if let fingerprint = provenance.dataFingerprint { add(origin, "data.fingerprint", TidyValue.text(fingerprint)) }
        for option in provenance.options { add(origin, "option.\(option.name)", TidyValue.text(option.value)) }
    }

    mutating func addSample(_ sample: Report.Sample) {
        add(Key(section: "sample"), "respondents", sample.respondents)
        for grouping in sample.groupings {
            let key = Key(section: "sample", grouping: grouping.variable, variable: grouping.variable, label: grouping.label)
            add(key, "display", grouping.display)
            add(key, "unanswered", grouping.unanswered)
            for group in grouping.groups {
                add(key, group: group.code, "group.label", group.label)
                add(key, group: group.code, "n", group.count)
                add(key, group: group.code, "included", TidyValue.flag(group.included))
                add(key, group: group.code, "left.out", group.leftOutReason)
            }
        }
    }

    mutating func addDescriptives(_ key: Key, _ descriptives: Descriptives?) {
        guard let d = descriptives else { return }
        add(key, "n", d.count)
        add(key, "mean", d.mean)
        add(key, "sd", d.standardDeviation)
        add(key, "se", d.standardError)
        add(key, "ci.lower", d.confidenceInterval?.lower)
        add(key, "ci.upper", d.confidenceInterval?.upper)
        add(key, "ci.level", d.confidenceInterval?.level)
        add(key, "median", d.median)
        add(key, "q1", d.firstQuartile)
        add(key, "q3", d.thirdQuartile)
        add(key, "min", d.minimum)
        add(key, "max", d.maximum)
    }

    mutating func addQuestion(_ question: Report.QuestionSummary) {
        let key = Key(section: "question", block: question.question, variable: question.variable, label: question.label)
        add(key, "kind", question.kind)
        if let scale = question.scale {
            add(key, "points", scale.points)
            addDescriptives(key, scale.descriptives)
            for (index, count) in scale.counts.enumerated() { add(key, group: String(index + 1), "n", count) }
            add(key, "midpoint", scale.midpoint)
            add(key, "percent.below.midpoint", scale.percentBelowMidpoint)
            add(key, "percent.above.midpoint", scale.percentAboveMidpoint)
            add(key, "position", scale.position)
            if let test = scale.midpointTest {
                add(key, "midpoint.t", test.t)
                add(key, "midpoint.df", test.degreesOfFreedom)
                add(key, "midpoint.p", test.pValue)
                add(key, "midpoint.d", test.cohensD)
            }
            add(key, "reversed", TidyValue.flag(scale.reversed))
        }
        if let choice = question.choice {
            add(key, "answered", choice.answered)
            for option in choice.options + choice.escapes {
                add(key, group: option.code, "option.label", option.label)
                add(key, group: option.code, "n", option.count)
                add(key, group: option.code, "percent", option.percent)
            }
        }
        if let number = question.number {
            addDescriptives(key, number.descriptives)
            add(key, "unit", number.unit)
        }
        add(key, "text.answers", question.textAnswers)
        let missing = question.missing
        add(key, "missing.skipped", missing.skipped)
        add(key, "missing.not.asked", missing.notAsked)
        add(key, "missing.not.reached", missing.notReached)
        add(key, "missing.invalid", missing.invalid)
        for (code, count) in missing.escapes.sorted(by: { $0.key < $1.key }) { add(key, group: code, "missing.escape", count) }
    }
}
