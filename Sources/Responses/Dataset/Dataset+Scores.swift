import Foundation
import Questionnaire

extension Dataset {
    /// The scale columns a score averages: a reference to a block means all its items. For a retrospective block
    /// only the `.now` columns count (a score describes the present; the `.before` answers are a separate measure).
    func scoreItems(_ score: Score) -> [Int] {
        var result: [Int] = []
        for reference in score.items {
            for (column, variable) in variables.enumerated() {
                guard case .scale = variable.kind, variable.questionId == reference.question,
                      reference.item == nil || variable.itemId == reference.item,
                      variable.moment != Retrospective.thenSuffix, !result.contains(column) else { continue }
                result.append(column)
            }
        }
        return result
    }

    /// Computes every score column: the mean of the answered items, reverse keys applied (points + 1 − x),
    /// when at least `minimumAnswered` items have a scale point; otherwise the cell is missing (`tooFewItems`).
    public mutating func computeScores() {
        for score in codebook.survey.scores {
            guard let target = columnIndex(named: score.id) else { continue }
            let items: [(codes: [UInt8], points: Int, reversed: Bool)] = scoreItems(score).compactMap { column in
                guard case .codes(let storage) = columns[column], case .scale(let points) = variables[column].kind else { return nil }
                return (storage.codes, points, variables[column].isReversed)
            }
            var result = NumberColumn()
            result.values = [Double](repeating: 0, count: rowCount)
            result.status = [UInt8](repeating: MissingReason.tooFewItems.rawValue, count: rowCount)
            let minimum = max(1, score.minimumAnswered)
            for row in 0..<rowCount {
                var sum = 0, answered = 0
                for item in items {
                    let code = item.codes[row]
                    guard ColumnCode.isValue(code) else { continue }
                    sum += item.reversed ? item.points + 1 - Int(code) : Int(code)
                    answered += 1
                }
                if answered >= minimum {
                    result.values[row] = Double(sum) / Double(answered)
                    result.status[row] = ColumnCode.present
                }
            }
            columns[target] = .numbers(result)
        }
    }
}
