import Foundation
import Questionnaire
@testable import Responses
import XCTest
@testable import Simulation

/// The repository's questionnaires and report tables, and checks shared by the simulation tests.
enum SimulationFixtures {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func survey(_ name: String) throws -> Survey {
        let url = repository.appendingPathComponent("Questionnaires/\(name).survey")
        let (_, result) = try QuestionnaireParser.parse(contentsOf: url)
        XCTAssertFalse(result.hasErrors, "\(name) must parse cleanly")
        return result.survey
    }

    static var reportTablesURL: URL { repository.appendingPathComponent("Questionnaires/data/esc-professionnels.report-tables.csv") }
    static var syntheticDatasetURL: URL {
        repository.appendingPathComponent("Questionnaires/data/esc-professionnels-synthetic/journal-synthetic-2024.jsonl")
    }

    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("octant-simulation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Answer values as conditions see them (skips are not answers).
    static func values(_ answers: [String: JournalAnswer]) -> [String: AnswerValue] {
        answers.compactMapValues { if case .value(let value) = $0 { return value } else { return nil } }
    }

    /// Every question with the conditions of its sections and its own, in file order.
    static func questionsWithConditions(_ survey: Survey) -> [(Question, [Condition])] {
        var result: [(Question, [Condition])] = []
        func walk(_ elements: [SurveyElement], _ inherited: [Condition]) {
            for element in elements {
                switch element {
                case .section(let s): walk(s.elements, inherited + (s.condition.map { [$0] } ?? []))
                case .question(let q): result.append((q, inherited + (q.condition.map { [$0] } ?? [])))
                }
            }
        }
        walk(survey.elements, [])
        return result
    }

    /// The answer keys of a question, as the journal records them.
    static func keys(of question: Question) -> [String] {
        switch question.kind {
        case .likert(_, let items, let retrospective):
            let base = items.isEmpty ? [question.id] : items.map { "\(question.id).\($0.id)" }
            guard retrospective != nil else { return base }
            return base.flatMap { ["\($0).\(Retrospective.thenSuffix)", "\($0).\(Retrospective.nowSuffix)"] }
        case .grid(_, let rows): return rows.map { "\(question.id).\($0.id)" }
        default: return [question.id]
        }
    }
}
