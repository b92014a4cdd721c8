import Foundation
import Questionnaire
import Responses

/// What `octant simulate` is asked for.
public struct SimulationOptions: Sendable {
    public var respondents: Int
    public var seed: UInt64
    /// Recorded in every session when given (it must be one of the questionnaire's waves, if it declares any).
    public var wave: String?
    /// Published numbers to follow: group sizes, group means of Likert items, option counts, number means and SDs.
    public var targets: ReportTargets?
    /// Share of optional answers skipped, and of escape answers where a question allows them.
    public var skipRate: Double
    public var escapeRate: Double

    public init(respondents: Int, seed: UInt64, wave: String? = nil, targets: ReportTargets? = nil,
                skipRate: Double = 0.03, escapeRate: Double = 0.03) {
        self.respondents = respondents
        self.seed = seed
        self.wave = wave
        self.targets = targets
        self.skipRate = skipRate
        self.escapeRate = escapeRate
    }
}

/// How close the synthetic data came to one published group mean.
public struct TargetOutcome: Hashable, Sendable {
    public var target: ReportTarget
    /// The synthetic group's mean, nil when nobody in the group is asked the item (its `when` hides it from them).
    public var achieved: Double?
    public var answered: Int

    public var error: Double? { achieved.map { abs($0 - target.value) } }
}

/// Generates synthetic sessions of a questionnaire, deterministically for a seed.
public struct SurveySimulator: Sendable {
    public let survey: Survey
    public let options: SimulationOptions
    public let identity: QuestionnaireIdentity
    let generator: RespondentGenerator

    public init(survey: Survey, options: SimulationOptions) throws(SimulationError) {
        guard options.respondents >= 1 else { throw .noRespondents }
        if let wave = options.wave, !survey.waves.isEmpty, !survey.waves.contains(where: { $0.id == wave }) {
            throw .unknownWave(wave, declared: survey.waves.map(\.id))
        }
        self.survey = survey
        self.options = options
        identity = QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
        var generator = RespondentGenerator(plan: SimulationPlan(survey: survey, seed: options.seed), seed: options.seed,
                                            wave: options.wave, targets: options.targets)
        generator.skipRate = options.skipRate
        generator.escapeRate = options.escapeRate
        self.generator = generator
    }

    public var deviceID: DeviceID { SyntheticData.deviceID(seed: options.seed) }

    /// Respondent `index`'s session without targets (each respondent depends only on the seed and its index).
    public func session(index: Int) -> SimulatedSession { generator.session(index: index) }

    /// Every session; with targets, group sizes and Likert group means follow them.
    public func sessions() throws(SimulationError) -> [SimulatedSession] {
        guard let targets = options.targets else { return (0..<options.respondents).map { session(index: $0) } }
        let assignment = try GroupAssignment(survey: survey, targets: targets, respondents: options.respondents,
                                             seed: options.seed)
        let first = (0..<options.respondents).map { generator.session(index: $0, forced: assignment.forced[$0]) }
        var forced = first.map(\.answers)
        fitLikertTargets(targets, sessions: first, forced: &forced)
        return (0..<options.respondents).map { generator.session(index: $0, forced: forced[$0]) }
    }

    /// Writes every session to `<dataDirectory>/journal-synthetic-<seed>.jsonl` with one fsync; returns the file.
    /// Without targets, sessions are generated and encoded in batches on every core (memory stays flat for millions).
    @discardableResult
    public func write(to dataDirectory: URL) throws(SimulationError) -> SimulatedJournalWriter {
        let writer = try SimulatedJournalWriter(dataDirectory: dataDirectory, deviceID: deviceID, questionnaire: identity)
        if options.targets == nil {
            let generator = self.generator
            try writer.write(sessionsOf: options.respondents) { generator.session(index: $0) }
        } else {
            for session in try sessions() { try writer.write(session) }
        }
        try writer.finish()
        return writer
    }

    /// The published group means next to the synthetic ones.
    public static func outcomes(of targets: ReportTargets, answers: [[String: JournalAnswer]]) -> [TargetOutcome] {
        targets.targets.filter { $0.statistic == .mean && !$0.isWholeSample }.map { target in
            var sum = 0, count = 0
            for respondent in answers {
                guard case .value(.choice(let group, _))? = respondent[target.breakdown], group == target.group,
                      case .value(.scalePoint(let point))? = respondent[target.variable] else { continue }
                sum += point
                count += 1
            }
            return TargetOutcome(target: target, achieved: count > 0 ? Double(sum) / Double(count) : nil, answered: count)
        }
    }

    private func fitLikertTargets(_ targets: ReportTargets, sessions: [SimulatedSession], forced: inout [[String: JournalAnswer]]) {
        let breakdowns = survey.analysis.comparisons.map(\.variable)
        let plannedByKey = Dictionary(generator.plan.questions.enumerated().flatMap { index, planned in
            planned.units.map { ($0.key, (index, planned)) }
        }, uniquingKeysWith: { first, _ in first })
        let answers = sessions.map(\.answers)
        for variable in targets.variablesWithGroupMeans {
            guard let (questionIndex, planned) = plannedByKey[variable], planned.points > 0 else { continue }
            let published = targets.means(of: variable)
            // Target groups: one per published (breakdown, group).
            var targetIndex: [String: [String: Int]] = [:]
            var targetValues: [Double] = []
            for target in published where breakdowns.contains(target.breakdown) {
                targetIndex[target.breakdown, default: [:]][target.group] = targetValues.count
                targetValues.append(target.value)
            }
            // Respondents asked the item whose answer is a point or a skip (escape answers stay as drawn).
            var eligible: [Int] = []
            for (i, respondent) in answers.enumerated() {
                switch respondent[variable] {
                case .value(.scalePoint)?, .skipped?: eligible.append(i)
                default: continue
                }
            }
            guard !eligible.isEmpty else { continue }
            func group(_ i: Int, _ breakdown: String) -> Int? {
                guard case .value(.choice(let code, _))? = answers[i][breakdown] else { return nil }
                return targetIndex[breakdown]?[code]
            }
            let usedBreakdowns = breakdowns.filter { targetIndex[$0] != nil }
            // The additive model works on local group indices per breakdown.
            var membership: [[Int?]] = []
            var localTargets: [[Double?]] = []
            for breakdown in usedBreakdowns {
                let codes = targetIndex[breakdown]!.sorted { $0.value < $1.value }
                let local = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1.value, $0) })
                membership.append(eligible.map { group($0, breakdown).flatMap { local[$0] } })
                localTargets.append(codes.map { targetValues[$0.value] })
            }
            let model = AdditiveGroupModel(membership: membership, targets: localTargets)
            var values: [Int] = []
            for (position, i) in eligible.enumerated() {
                if case .skipped? = answers[i][variable] { values.append(0); continue }
                var random = SimulationRandom(seed: options.seed, stream: UInt64(i), substream: Self.hash(variable))
                let level = model.prediction(position) + generator.trait(respondent: i, question: questionIndex)
                    + RespondentGenerator.noiseSD * random.normal()
                values.append(min(planned.points, max(1, Int(level.rounded()))))
            }
            var fitting = TargetFitting(values: values, groupsOf: eligible.map { i in usedBreakdowns.compactMap { group(i, $0) } },
                                        targets: targetValues, points: planned.points, canSkip: !planned.question.isRequired)
            var fittingRandom = SimulationRandom(seed: options.seed, stream: 0xF17, substream: Self.hash(variable))
            fitting.run(random: &fittingRandom)
            for (position, i) in eligible.enumerated() {
                let value = fitting.values[position]
                forced[i][variable] = value > 0 ? .value(.scalePoint(value)) : .skipped
            }
        }
    }

    /// FNV-1a of a key: a stable substream number (Swift's `hashValue` changes between runs).
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
