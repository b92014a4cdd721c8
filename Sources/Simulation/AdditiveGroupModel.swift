import Foundation
import Responses

/// Grand mean + one effect per group of each breakdown (service, training, mission…), fitted by backfitting
/// (Hastie & Tibshirani, "Generalized Additive Models", 1990, §4.4) on the respondents actually present, so that every
/// breakdown's group means of the predictions match the published ones as far as the published margins agree.
struct AdditiveGroupModel {
    /// `membership[b][i]`: the group (index into `targets[b]`) of respondent i in breakdown b, or nil.
    var membership: [[Int?]]
    var targets: [[Double?]]
    private(set) var grandMean = 0.0
    private(set) var effects: [[Double]]

    init(membership: [[Int?]], targets: [[Double?]], iterations: Int = 60) {
        self.membership = membership
        self.targets = targets
        effects = targets.map { Array(repeating: 0, count: $0.count) }
        let respondents = membership.first?.count ?? 0
        // Start from the first breakdown's published means weighted by who is present.
        var weighted = 0.0, weight = 0.0
        if let first = membership.first {
            for case let group? in first { if let t = targets[0][group] { weighted += t; weight += 1 } }
        }
        grandMean = weight > 0 ? weighted / weight : 0
        for _ in 0..<iterations {
            for b in membership.indices {
                var sums = Array(repeating: 0.0, count: targets[b].count), counts = sums
                for i in 0..<respondents {
                    guard let group = membership[b][i] else { continue }
                    sums[group] += prediction(i)
                    counts[group] += 1
                }
                for group in targets[b].indices {
                    guard let target = targets[b][group], counts[group] > 0 else { continue }
                    effects[b][group] += target - sums[group] / counts[group]
                }
            }
        }
    }

    func prediction(_ respondent: Int) -> Double {
        var value = grandMean
        for b in membership.indices { if let group = membership[b][respondent] { value += effects[b][group] } }
        return value
    }
}
