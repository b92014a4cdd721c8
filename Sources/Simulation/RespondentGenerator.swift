import Foundation
import Questionnaire
import Responses

/// Draws the answers of one synthetic respondent by walking the questionnaire as the runner would: a question whose
/// conditions are false is not asked, required questions are always answered, ranges, choice limits and exclusive
/// options are respected, escape answers appear where allowed, and a few optional answers are skipped.
///
/// Likert answers follow a latent model: item level + one random effect per group of each grouping question of the
/// analysis plan + a person trait shared by the items of a block (so items of a block correlate) + noise.
struct RespondentGenerator: Sendable {
    var plan: SimulationPlan
    var seed: UInt64
    var wave: String?
    /// Position of the wave in a panel (0 for the first): later waves draw fresh answers for the same people.
    var waveIndex = 0
    /// Added to every Likert item's latent level per wave after the first (the true effect, in scale points).
    var effect = 0.0
    var targets: ReportTargets?
    var skipRate = 0.03
    var escapeRate = 0.03
    /// When the sessions are dated: consecutive respondents start 97 s apart from this instant (2026-01-05 08:00 UTC).
    var firstStart = JournalTimestamp(millisecondsSinceEpoch: 1_767_600_000_000)

    static let traitSD = 0.9
    static let noiseSD = 1.0
    static let maximumRedraws = 20

    /// The respondent's latent trait for a block: exposed so that target fitting correlates its answers the same way.
    func trait(respondent: Int, question: Int) -> Double {
        var random = SimulationRandom(seed: seed, stream: UInt64(respondent), substream: 0x7A17 &+ UInt64(question))
        return Self.traitSD * random.normal()
    }

    /// The session of respondent `index`. `forced` answers replace what would be drawn for those keys when they are
    /// asked (the draws still happen, so every other answer stays the same).
    func session(index: Int, forced: [String: JournalAnswer] = [:]) -> SimulatedSession {
        // Wave 0 keeps the streams of a one-wave simulation; a later wave has its own, except for the person's traits.
        let waveStream: UInt64 = waveIndex == 0 ? 0 : 0x3A7E_0000 &+ UInt64(waveIndex)
        var random = SimulationRandom(seed: seed, stream: UInt64(index), substream: waveStream)
        var idRandom = SimulationRandom(seed: seed, stream: UInt64(index), substream: waveIndex == 0 ? 1 : waveStream &+ 1)
        let id = SessionID(high: idRandom.next(), low: idRandom.next())
        let waveOffset = Int64(waveIndex) * 120 * 86_400_000
        let startedAt = JournalTimestamp(millisecondsSinceEpoch: firstStart.millisecondsSinceEpoch + waveOffset + Int64(index) * 97_000)
        var clock = startedAt.millisecondsSinceEpoch
        var values: [String: AnswerValue] = Dictionary(minimumCapacity: 128)
        if let wave { values[Survey.waveKey] = .choice(wave) }
        var events: [(SimulatedSession.Event, JournalTimestamp)] = []
        events.reserveCapacity(128)
        var order: [String] = []
        order.reserveCapacity(128)
        for (questionIndex, planned) in plan.questions.enumerated() {
            guard planned.conditions.allSatisfy({ $0.evaluate(values) }) else { continue }
            var units = planned.hasItemConditions ? planned.units.filter { $0.condition?.evaluate(values) ?? true } : planned.units
            if planned.question.shuffle { units = shuffled(units, random: &random) }
            if units.isEmpty { continue }
            var drawn: [(String, JournalAnswer)] = []
            var attempt = 0
            while true {
                drawn = draw(planned, units: units, questionIndex: questionIndex, respondent: index, values: values,
                             random: &random)
                if !forced.isEmpty { drawn = drawn.map { key, answer in (key, forced[key] ?? answer) } }
                attempt += 1
                var unmet: [Constraint] = []
                if !planned.question.constraints.isEmpty {
                    var trial = values
                    for (key, answer) in drawn { if case .value(let v) = answer { trial[key] = v } }
                    unmet = planned.question.constraints.filter { !$0.condition.evaluate(trial) }
                }
                let onlyWarnings = unmet.allSatisfy { $0.strength == .expected }
                // A required question whose hard constraint no draw met keeps its last draw: required means answered.
                let givingUp = planned.question.isRequired && attempt >= Self.maximumRedraws * 50
                if (onlyWarnings && (unmet.isEmpty || attempt >= Self.maximumRedraws)) || givingUp {
                    for (key, answer) in drawn { if case .value(let v) = answer { values[key] = v } }
                    for (key, answer) in drawn {
                        clock += 2_000 + Int64(random.index(13_000))
                        events.append((.answer(item: key, answer: answer), JournalTimestamp(millisecondsSinceEpoch: clock)))
                        order.append(key)
                    }
                    for constraint in unmet where constraint.strength == .expected {
                        clock += 1_500
                        events.append((.warningConfirmed(item: planned.units[0].key, warning: constraint.id),
                                       JournalTimestamp(millisecondsSinceEpoch: clock)))
                    }
                    break
                }
                if attempt >= Self.maximumRedraws {
                    // A hard constraint the drawn values never met: an optional question is skipped rather than
                    // recorded against its constraint; a required one keeps trying with fresh draws.
                    if !planned.question.isRequired {
                        for unit in units {
                            clock += 2_000
                            events.append((.answer(item: unit.key, answer: .skipped), JournalTimestamp(millisecondsSinceEpoch: clock)))
                            order.append(unit.key)
                        }
                        break
                    }
                }
            }
        }
        let start = SessionStart(presentedOrder: order, seed: idRandom.next(), wave: wave, mode: .selfAdministered,
                                 language: plan.survey.language, mediatorEntersAnswers: false,
                                 participantCode: participantCode(respondent: index))
        return SimulatedSession(id: id, start: start, startedAt: startedAt, events: events,
                                completedAt: JournalTimestamp(millisecondsSinceEpoch: clock + 5_000))
    }

    /// The person's code, the same at every wave: drawn after the first wave's session id and seed.
    func participantCode(respondent index: Int) -> String? {
        guard let code = plan.survey.participantCode else { return nil }
        var random = SimulationRandom(seed: seed, stream: UInt64(index), substream: 1)
        for _ in 0..<3 { _ = random.next() }
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), digits = Array("0123456789")
        var text = ""
        for element in code.elements {
            let alphabet = element.kind == .letters ? letters : digits
            for _ in 0..<element.length { text.append(alphabet[random.index(alphabet.count)]) }
        }
        return text
    }

    private func shuffled(_ units: [SimulationPlan.Unit], random: inout SimulationRandom) -> [SimulationPlan.Unit] {
        // The two moments of a retrospective item stay together, "before" first.
        var groups: [[SimulationPlan.Unit]] = []
        for unit in units {
            if unit.moment == Retrospective.nowSuffix, let last = groups.indices.last { groups[last].append(unit) } else { groups.append([unit]) }
        }
        for index in stride(from: groups.count - 1, to: 0, by: -1) { groups.swapAt(index, random.index(index + 1)) }
        return groups.flatMap { $0 }
    }

    private func draw(_ planned: SimulationPlan.PlannedQuestion, units: [SimulationPlan.Unit], questionIndex: Int,
                      respondent: Int, values: [String: AnswerValue], random: inout SimulationRandom) -> [(String, JournalAnswer)] {
        let question = planned.question
        let canSkip = !question.isRequired
        func escapeOrSkip(_ escapes: [String]) -> JournalAnswer? {
            if !escapes.isEmpty, random.chance(escapeRate) { return .value(.escape(escapes[random.index(escapes.count)])) }
            if canSkip, random.chance(skipRate) { return .skipped }
            return nil
        }
        switch question.kind {
        case .likert(_, _, let retrospective):
            var shift = 0.0
            if retrospective != nil { shift = 1.2 + 0.6 * random.normal() }
            let trait = self.trait(respondent: respondent, question: questionIndex)
            var groupEffect = 0.0
            for (comparison, variable) in plan.groupingQuestions.enumerated() {
                if case .choice(let code, _)? = values[variable] { groupEffect += planned.groupEffects[comparison][code] ?? 0 }
            }
            return units.map { unit in
                let noise = Self.noiseSD * random.normal()
                if let special = escapeOrSkip(unit.escapes) { return (unit.key, special) }
                var level = unit.baseLevel + groupEffect + trait + noise
                if retrospective == nil { level += effect * Double(waveIndex) }
                if unit.moment == Retrospective.thenSuffix { level -= max(0, shift) }
                if unit.isReversed { level = Double(planned.points + 1) - level }
                let point = min(planned.points, max(1, Int(level.rounded())))
                return (unit.key, .value(.scalePoint(point)))
            }
        case .single(let options):
            let unit = units[0]
            if let special = escapeOrSkip(unit.escapes) { return [(unit.key, special)] }
            return [(unit.key, .value(choose(options, for: unit.key, random: &random)))]
        case .yesNo:
            let unit = units[0]
            if let special = escapeOrSkip(unit.escapes) { return [(unit.key, special)] }
            return [(unit.key, .value(choose(ChoiceOption.yesNo, for: unit.key, random: &random)))]
        case .grid(let options, _):
            return units.map { unit in
                if let special = escapeOrSkip(unit.escapes) { return (unit.key, special) }
                return (unit.key, .value(choose(options, for: unit.key, random: &random)))
            }
        case .multiple(let options, let minimum, let maximum):
            let unit = units[0]
            if let special = escapeOrSkip(unit.escapes) { return [(unit.key, special)] }
            return [(unit.key, .value(chooseSeveral(options, key: unit.key, minimum: minimum, maximum: maximum, random: &random)))]
        case .number(let format):
            let unit = units[0]
            if let special = escapeOrSkip(unit.escapes) { return [(unit.key, special)] }
            return [(unit.key, .value(.number(number(format, key: unit.key, random: &random))))]
        case .text(let maximumLength):
            let unit = units[0]
            if let special = escapeOrSkip(unit.escapes) { return [(unit.key, special)] }
            let text = "Réponse simulée \(random.index(1000))"
            return [(unit.key, .value(.text(String(text.prefix(maximumLength ?? text.count)))))]
        }
    }

    /// One option, with the report's proportions when the targets give the option counts, uniformly otherwise.
    private func choose(_ options: [ChoiceOption], for key: String, random: inout SimulationRandom) -> AnswerValue {
        let counts = targets?.optionCounts(of: key) ?? [:]
        var weights = options.map { counts[$0.code] ?? (counts.isEmpty ? 1 : 0) }
        if weights.reduce(0, +) <= 0 { weights = options.map { _ in 1 } }
        var draw = random.unit() * weights.reduce(0, +)
        var chosen = options.count - 1
        for (index, weight) in weights.enumerated() {
            if draw < weight { chosen = index; break }
            draw -= weight
        }
        let option = options[chosen]
        return .choice(option.code, other: option.isOther ? "précision simulée" : nil)
    }

    private func chooseSeveral(_ options: [ChoiceOption], key: String, minimum: Int?, maximum: Int?,
                               random: inout SimulationRandom) -> AnswerValue {
        // Each option with the report's share of mentions when known (mentions / total, times the usual 1.3 choices).
        let counts = options.map { targets?.wholeSample("\(key).\($0.code)", .count) }
        let total = counts.compactMap { $0 }.reduce(0, +)
        var chosen = options.indices.filter { index in
            let p = total > 0 ? min(0.95, 1.3 * (counts[index] ?? 0) / total) : 0.3
            return random.chance(p)
        }
        if let exclusive = chosen.first(where: { options[$0].isExclusive }) {
            // An exclusive option ("Tous", "Aucune") unselects the others: keep it alone, or drop it.
            chosen = chosen.count == 1 || random.chance(0.5) ? [exclusive] : chosen.filter { !options[$0].isExclusive }
        }
        let low = max(minimum ?? 0, 1), high = min(maximum ?? options.count, options.count)
        let ordinary = options.indices.filter { !options[$0].isExclusive }
        while chosen.count < low {
            if chosen.contains(where: { options[$0].isExclusive }) { break }
            let candidates = ordinary.filter { !chosen.contains($0) }
            guard !candidates.isEmpty else { break }
            chosen.append(candidates[random.index(candidates.count)])
        }
        while chosen.count > high { chosen.remove(at: random.index(chosen.count)) }
        chosen.sort()
        let other = chosen.contains { options[$0].isOther } ? "précision simulée" : nil
        return .choices(chosen.map { options[$0].code }, other: other)
    }

    /// A number in the question's range: the report's mean and SD when given (log-normal for counts of years and other
    /// non-negative quantities, whose distribution is skewed), otherwise centred in the range.
    private func number(_ format: NumberFormat, key: String, random: inout SimulationRandom) -> Decimal {
        let low = format.minimum.map { NSDecimalNumber(decimal: $0).doubleValue }
        let high = format.maximum.map { NSDecimalNumber(decimal: $0).doubleValue }
        var value: Double
        if let mean = targets?.wholeSample(key, .mean), let sd = targets?.wholeSample(key, .sd), mean > 0, sd > 0 {
            if (low ?? -1) >= 0, sd > mean / 2 {
                let sigma2 = Foundation.log(1 + sd * sd / (mean * mean))
                value = Foundation.exp(Foundation.log(mean) - sigma2 / 2 + sigma2.squareRoot() * random.normal())
            } else {
                value = mean + sd * random.normal()
            }
        } else {
            let a = low ?? (high.map { $0 - 20 } ?? 0), b = high ?? a + 20
            value = (a + b) / 2 + (b - a) / 6 * random.normal()
        }
        if let low { value = max(low, value) }
        if let high { value = min(high, value) }
        if format.allowsDecimals {
            var decimal = Decimal(value)
            var rounded = Decimal()
            NSDecimalRound(&rounded, &decimal, 1, .plain)
            return format.accepts(rounded) ? rounded : (format.minimum ?? 0)
        }
        var whole = Decimal(Int(value.rounded()))
        if !format.accepts(whole) { whole = Decimal(Int(value.rounded(.towardZero))) }
        return format.accepts(whole) ? whole : (format.minimum ?? format.maximum ?? 0)
    }
}
