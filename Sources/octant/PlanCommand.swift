import Analysis
import Foundation
import Questionnaire
import Responses
import Statistics
import Support

/// `octant plan before-after|groups …`: people needed for a before/after change, or the difference the group sizes
/// can detect (two-sided tests, R's power.t.test conventions; Cohen's f by the noncentral F).
enum PlanCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let l = arguments.language()
        let style = NumberStyle(l)
        do {
            let alpha = try number(arguments, .alpha, default: 0.05) { $0 > 0 && $0 < 1 }
            let power = try number(arguments, .power, default: 0.8) { $0 > alpha && $0 < 1 }
            let lines: [PlanText]
            switch arguments.operands.first ?? "" {
            case "before-after", "avant-apres", "avant-après":
                lines = try beforeAfter(arguments, alpha: alpha, power: power, style)
            case "groups", "groupes":
                lines = try groups(arguments, alpha: alpha, power: power, style)
            case let word:
                throw PlanFailure(.unknownDesign(word))
            }
            Console.out(lines.map { $0.text(l) }.joined(separator: "\n"))
            return 0
        } catch let failure as PlanFailure {
            Console.error(failure.text.text(l))
            return 2
        } catch is AlreadySaid {
            return 1
        }
    }

    /// The questionnaire or the data could not be read, and the diagnostics are printed.
    struct AlreadySaid: Error {}

    struct PlanFailure: Error { let text: PlanText; init(_ text: PlanText) { self.text = text } }

    private static func beforeAfter(_ arguments: Arguments, alpha: Double, power: Double, _ style: NumberStyle) throws -> [PlanText] {
        var lines: [PlanText] = [.beforeAfterHeading(alpha: style.number(alpha, decimals: 2), power: style.number(power, decimals: 2))]
        let dz: Double
        if arguments.has(.dz) {
            dz = try number(arguments, .dz, default: 0) { $0 > 0 && $0.isFinite }
            lines.append(.effect(dz: style.number(dz, decimals: 4)))
        } else {
            guard arguments.has(.delta), arguments.has(.sd) else { throw PlanFailure(.beforeAfterNeedsEffect) }
            let delta = try number(arguments, .delta, default: 0) { $0 != 0 && $0.isFinite }
            let sd = try number(arguments, .sd, default: 1) { $0 > 0 && $0.isFinite }
            dz = abs(delta) / sd
            lines.append(.effectFromChange(dz: style.number(dz, decimals: 4), delta: style.number(delta), sd: style.number(sd)))
        }
        let attrition = try number(arguments, .attrition, default: 0) { $0 >= 0 && $0 <= 0.95 }
        guard let n = TTestPower.sampleSize(delta: dz, alpha: alpha, power: power, design: .oneSample) else {
            throw PlanFailure(.notReached)
        }
        let whole = Int(wholeUp(n))
        lines.append(.peopleNeeded(exact: style.number(n, decimals: 4), whole: whole))
        if attrition > 0 {
            lines.append(.withAttrition(share: style.percent(attrition * 100), enrolled: Int(wholeUp(Double(whole) / (1 - attrition)))))
        }
        return lines
    }

    private static func groups(_ arguments: Arguments, alpha: Double, power: Double, _ style: NumberStyle) throws -> [PlanText] {
        var lines: [PlanText] = []
        let counts: [Int]
        if arguments.operands.count > 1 {
            guard let current = try currentGroups(arguments) else { throw AlreadySaid() }
            counts = current.counts
            lines.append(.currentGroups(variable: current.label, groups: current.counts.count, leftOut: current.leftOut,
                                        minimum: current.minimum))
        } else {
            let text = arguments.value(.sizes) ?? ""
            let sizes = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard sizes.count >= 2, sizes.allSatisfy({ ($0 ?? 0) >= 2 }) else { throw PlanFailure(.groupsNeedSizes) }
            counts = sizes.map { $0! }
        }
        guard counts.count >= 2 else { throw PlanFailure(.fewerThanTwoCurrentGroups) }
        let sd = arguments.has(.sd) ? try number(arguments, .sd, default: 1) { $0 > 0 && $0.isFinite } : nil
        lines.append(.groupsHeading(alpha: style.number(alpha, decimals: 2), power: style.number(power, decimals: 2),
                                    sizes: counts.map(style.count).joined(separator: ", ")))
        let sorted = counts.sorted()
        guard let d = TTestPower.detectableDifference(sizes: Double(sorted[0]), Double(sorted[1]), alpha: alpha, power: power) else {
            throw PlanFailure(.notReached)
        }
        if let sd {
            lines.append(.smallestPairInPoints(first: sorted[0], second: sorted[1], d: style.number(d, decimals: 4),
                                               points: style.number(d * sd, decimals: 2), sd: style.number(sd)))
        } else {
            lines.append(.smallestPair(first: sorted[0], second: sorted[1], d: style.number(d, decimals: 4)))
        }
        if counts.count >= 3, let f = ANOVAPower.detectableCohenF(groupSizes: counts, alpha: alpha, power: power) {
            lines.append(.cohenF(groups: counts.count, f: style.number(f, decimals: 4)))
        }
        return lines
    }

    /// The groups of `--by` in the data, as a report would compare them: groups under the plan's minimum are neither
    /// counted nor shown (their size is never printed). Nil when the questionnaire did not load (already said).
    private static func currentGroups(_ arguments: Arguments) throws
        -> (label: String, counts: [Int], leftOut: Int, minimum: Int)? {
        guard let name = arguments.value(.by), let dataPath = arguments.value(.data) else { throw PlanFailure(.currentGroupsNeedDataAndBy) }
        guard let (survey, language) = try QuestionnaireFile.load(arguments.operands[1], arguments) else { return nil }
        let codebook = Codebook(survey)
        guard let variable = codebook.variable(name), case .choice = variable.kind else {
            throw UsageError(.byNeedsChoiceQuestion(name), command: .plan)
        }
        let dataset: Dataset
        do {
            dataset = try DataLoading.load(dataPath, codebook: codebook, language: language, requireSessions: true)
        } catch let error as DatasetError {
            DataLoading.printFailure(error, data: [dataPath], language: language)
            throw AlreadySaid()
        } catch let error as DataLoading.NoSession {
            Console.error(CommandText.noSessionOfQuestionnaire(id: survey.id, data: dataPath, held: error.held).text(language))
            throw AlreadySaid()
        }
        let minimum = survey.analysis.minimumGroupSize
        let (sizes, leftOut) = ComparedGroupSizes.of(variable, in: DatasetSource(dataset), minimum: minimum)
        return (variable.label.text(in: language.rawValue, mainLanguage: survey.language), sizes, leftOut, minimum)
    }

    /// ⌈x⌉, forgiving the last bits of a quotient such as 40/0.8.
    private static func wholeUp(_ x: Double) -> Double { (x - 1e-9 * max(1, x)).rounded(.up) }

    /// The option's value as a number (point or comma), checked by `valid`; `fallback` when absent.
    private static func number(_ arguments: Arguments, _ option: OptionName, default fallback: Double,
                               _ valid: (Double) -> Bool) throws -> Double {
        guard let text = arguments.value(option) else { return fallback }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), valid(value) else {
            throw PlanFailure(.invalidNumber(option: option.typed, value: text))
        }
        return value
    }
}
