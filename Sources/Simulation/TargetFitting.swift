import Foundation
import Responses

/// Makes the answers to one Likert item reproduce published group means: starts from draws around the additive model,
/// then nudges single answers by ±1 within the scale (or, when a group's published mean cannot be reached with the
/// people present, lets one of them skip the item, as respondents of the report did) until every published group mean
/// is within the tolerance. Steepest descent on the summed excess of the errors over the tolerance.
struct TargetFitting {
    /// Aim inside the ±0.05 the report's two decimals allow, so that a check at ±0.05 never fails on rounding.
    static let tolerance = 0.045
    /// At least this share of a group's members keep an answer: skips are a last resort, not a way to empty a group.
    static let minimumAnsweredShare = 0.3
    static let centring = 1e-3
    /// A tiny cost per skip, so that among equal fits the one with more answers wins.
    static let skipCost = 1e-7

    struct Group {
        var target: Double
        var members: Int
        var sum = 0
        var answered = 0
        var minimumAnswered: Int { max(1, Int((Double(members) * minimumAnsweredShare).rounded(.up))) }

        /// The squared excess over the tolerance, plus a faint pull to the centre so that groups at the edge of the
        /// tolerance make room for moves that help their neighbours.
        func penalty(sum: Int, answered: Int) -> Double {
            guard members > 0 else { return 0 }
            guard answered > 0 else { return 1 }
            let error = abs(Double(sum) / Double(answered) - target)
            let excess = error - TargetFitting.tolerance
            return (excess > 0 ? excess * excess : 0) + TargetFitting.centring * error * error
        }
        var penalty: Double { penalty(sum: sum, answered: answered) }
        var isWithinTolerance: Bool {
            members == 0 || (answered > 0 && abs(Double(sum) / Double(answered) - target) <= TargetFitting.tolerance)
        }
    }

    private(set) var values: [Int]
    private(set) var groups: [Group]
    let groupsOf: [[Int]]
    let points: Int
    let canSkip: Bool

    /// `values[i]`: 1...points, or 0 for a skip. `groupsOf[i]`: the target groups respondent i belongs to.
    init(values: [Int], groupsOf: [[Int]], targets: [Double], points: Int, canSkip: Bool) {
        self.values = values
        self.groupsOf = groupsOf
        self.points = points
        self.canSkip = canSkip
        groups = targets.map { Group(target: $0, members: 0) }
        for (i, memberships) in groupsOf.enumerated() {
            for g in memberships {
                groups[g].members += 1
                if values[i] > 0 { groups[g].sum += values[i]; groups[g].answered += 1 }
            }
        }
    }

    var totalPenalty: Double { groups.reduce(0) { $0 + $1.penalty } }

    var violations: Int { groups.filter { !$0.isWithinTolerance }.count }

    /// Descends; when stuck with groups still outside the tolerance, kicks the state with a few random moves and
    /// descends again, keeping the best state seen (fewest groups outside, then lowest penalty). Deterministic for `random`.
    @discardableResult
    mutating func run(random: inout SimulationRandom, kicks: Int = 40) -> Int {
        var steps = descend()
        var best = (violations, totalPenalty, values, groups)
        var kick = 0
        while best.0 > 0, kick < kicks {
            kick += 1
            for _ in 0..<(4 + kick / 4) {
                let i = random.index(values.count)
                let options = candidates(i).filter { delta(i, to: $0).isFinite }
                guard !options.isEmpty, !groupsOf[i].isEmpty else { continue }
                apply(i, options[random.index(options.count)])
            }
            steps += descend()
            if (violations, totalPenalty) < (best.0, best.1) { best = (violations, totalPenalty, values, groups) }
        }
        values = best.2
        groups = best.3
        return steps
    }

    private mutating func descend(maximumSteps: Int = 20_000) -> Int {
        var steps = 0
        while steps < maximumSteps, !groups.allSatisfy(\.isWithinTolerance) {
            if let (respondent, value) = bestMove() {
                apply(respondent, value)
            } else if let ((first, firstValue), (second, secondValue)) = bestPairMove() {
                // Stuck: two answers moved together can shift weight between groups that no single move helps.
                apply(first, firstValue)
                apply(second, secondValue)
            } else {
                break
            }
            steps += 1
        }
        return steps
    }

    private func candidates(_ i: Int) -> [Int] {
        let current = values[i]
        guard current > 0 else { return Array(1...points) }
        var result: [Int] = []
        if current < points { result.append(current + 1) }
        if current > 1 { result.append(current - 1) }
        if canSkip { result.append(0) }
        return result
    }

    private mutating func bestPairMove() -> ((Int, Int), (Int, Int))? {
        var best: ((Int, Int), (Int, Int))?
        var bestDelta = -1e-12
        for i in values.indices where !groupsOf[i].isEmpty {
            let old = values[i]
            for value in candidates(i) {
                let first = delta(i, to: value)
                guard first.isFinite else { continue }
                apply(i, value)
                for j in values.indices where j != i && !groupsOf[j].isEmpty {
                    for second in candidates(j) {
                        let total = first + delta(j, to: second)
                        if total < bestDelta { bestDelta = total; best = ((i, value), (j, second)) }
                    }
                }
                apply(i, old)
            }
        }
        return best
    }

    private func delta(_ i: Int, to value: Int) -> Double {
        let old = values[i]
        var change = 0.0
        for g in groupsOf[i] {
            let group = groups[g]
            var sum = group.sum, answered = group.answered
            if old > 0 { sum -= old; answered -= 1 }
            if value > 0 { sum += value; answered += 1 }
            if value == 0, answered < group.minimumAnswered { return .infinity }
            change += group.penalty(sum: sum, answered: answered) - group.penalty
        }
        if value == 0 { change += Self.skipCost }
        if old == 0 { change -= Self.skipCost }
        return change
    }

    private func bestMove() -> (Int, Int)? {
        var best: (Int, Int)?
        var bestDelta = -1e-12
        for i in values.indices where !groupsOf[i].isEmpty {
            for value in candidates(i) {
                let d = delta(i, to: value)
                if d < bestDelta { bestDelta = d; best = (i, value) }
            }
        }
        return best
    }

    private mutating func apply(_ i: Int, _ value: Int) {
        let old = values[i]
        for g in groupsOf[i] {
            if old > 0 { groups[g].sum -= old; groups[g].answered -= 1 }
            if value > 0 { groups[g].sum += value; groups[g].answered += 1 }
        }
        values[i] = value
    }
}
