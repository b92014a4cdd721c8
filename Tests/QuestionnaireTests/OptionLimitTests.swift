import Questionnaire
import XCTest

/// A choice keeps its options in one byte of a data column: more than `Question.maximumOptions` would be lost there, so
/// the questionnaire refuses them, with a way out.
final class OptionLimitTests: XCTestCase {
    func source(options: Int) -> String {
        "survey communes version 1 language fr\nsingle commune \"Commune\"\n"
            + (1...options).map { "  c\($0) \"Commune \($0)\"" }.joined(separator: "\n") + "\n"
    }

    func testTheWidestChoiceIsAcceptedAndOneMoreIsRefusedWithAHint() {
        XCTAssertFalse(QuestionnaireParser.parse(text: source(options: Question.maximumOptions)).hasErrors)
        let refused = QuestionnaireParser.parse(text: source(options: 300))
        let problem = refused.errors.first { if case .tooManyOptions = $0.problem { return true } else { return false } }
        XCTAssertEqual(problem?.problem, .tooManyOptions("commune", count: 300, limit: 199))
        XCTAssertEqual(problem?.location.line, 2)
        XCTAssertEqual(problem?.problem.message(.en), "question 'commune' has 300 options: a data column holds at most 199")
        XCTAssertEqual(problem?.problem.hint?.localized.fr,
                       "regroupez les options (par exemple les communes par intercommunalité), ou posez une question ouverte")
    }
}
