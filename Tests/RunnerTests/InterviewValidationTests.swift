import Questionnaire
import Responses
import XCTest
@testable import Runner

final class InterviewValidationTests: XCTestCase {
    func testRequiredQuestionRefusesEnterAndSkipAndOptionalOneRecordsASkipOnlyWithS() {
        var interview = InterviewFixture.interview()
        XCTAssertEqual(interview.type(""), [])
        XCTAssertEqual(interview.screen.message, "Cette question demande une réponse")
        XCTAssertEqual(interview.type("s"), [])
        XCTAssertEqual(interview.screen.message, "Cette question demande une réponse")
        XCTAssertEqual(interview.type("1", ""), [.record(item: "sexe", answer: .value(.choice("femme")))],
                       "Enter on a question with no answer records nothing")
        XCTAssertEqual(interview.currentKey, "age")
        XCTAssertEqual(interview.screen.message, "Rien n'est enregistré : tapez une réponse, ou s pour sauter la question")
        XCTAssertEqual(interview.type("douze"), [], "invalid input is refused and records nothing")
        XCTAssertEqual(interview.screen.message, "Tapez un nombre entier de 16 à 110")
        XCTAssertEqual(interview.type("S"), [.record(item: "age", answer: .skipped)])
    }

    func testScalePointsAndOptionNumbersAreChecked() {
        var interview = InterviewFixture.interview()
        XCTAssertEqual(interview.type("4"), [])
        XCTAssertEqual(interview.screen.message, "Tapez un numéro de 1 à 3")
        interview.type("1", "s", "s")
        XCTAssertEqual(interview.type("9"), [])
        XCTAssertEqual(interview.screen.message, "Tapez un chiffre de 1 à 8, ou j")
        XCTAssertEqual(interview.type("0"), [])
        XCTAssertEqual(interview.type("deux"), [])
        guard case .record(_, .value(.scalePoint(8)))? = interview.type("8").first else { return XCTFail() }
    }

    func testNumbersAreValidatedAgainstTheirRangeAndAcceptADecimalComma() {
        var interview = InterviewFixture.interview()
        interview.type("1")
        for wrong in ["12", "111", "45,5", "abc", "4 5 6 7", "1e3"] {
            XCTAssertEqual(interview.type(wrong), [], wrong)
            XCTAssertEqual(interview.screen.message, "Tapez un nombre entier de 16 à 110", wrong)
        }
        XCTAssertEqual(interview.type(" 45 "), [.record(item: "age", answer: .value(.number(45)))])
        XCTAssertEqual(interview.type("301"), [])
        XCTAssertEqual(interview.screen.message, "Tapez un nombre de 0 à 300")
        XCTAssertEqual(interview.type("62,5"), [.record(item: "poids", answer: .value(.number(Decimal(string: "62.5")!)))])
    }

    func testEscapeAnswersUseTheirKeyLetter() {
        var interview = InterviewFixture.interview()
        interview.type("1", "s", "s")
        let key = interview.currentKey!
        XCTAssertEqual(interview.type("J"), [.record(item: key, answer: .value(.escape("nsp")))])
        let lines = ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings)
            .lines(for: interview.screen).map(\.text)
        XCTAssertTrue(lines.contains("  j  Je ne sais pas"), "\(lines)")
    }

    func testHardConstraintRefusesTheAnswerWithItsMessage() {
        var interview = InterviewFixture.interview()
        interview.type("1", "45", "s", "1", "2", "3", "4", "1")
        XCTAssertEqual(interview.currentKey, "visites")
        XCTAssertEqual(interview.type("13"), [])
        XCTAssertEqual(interview.screen.message, "Pas 13")
        XCTAssertEqual(interview.currentKey, "visites")
    }

    func testSoftWarningAsksForAConfirmationThatIsRecorded() {
        var interview = InterviewFixture.interview()
        interview.type("1", "45", "s", "1", "2", "3", "4", "1")
        XCTAssertEqual(interview.type("150"), [])
        guard case .warning = interview.screen.content else { return XCTFail("\(interview.screen.content)") }
        let warning = ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings)
            .lines(for: interview.screen).map(\.text)
        XCTAssertEqual(Array(warning.prefix(2)), ["Combien ?", "Réponse tapée : 150"], "the warning keeps the question in view")
        XCTAssertEqual(interview.type("n"), [], "not confirmed: asked again")
        XCTAssertEqual(interview.currentKey, "visites")
        interview.type("150")
        let constraintID = interview.survey.question("visites")!.constraints.first { $0.strength == .expected }!.id
        XCTAssertEqual(interview.type("o"), [.confirmWarning(warning: constraintID, item: "visites"),
                                             .record(item: "visites", answer: .value(.number(150)))])
        XCTAssertEqual(interview.type("p", "50"), [.record(item: "visites", answer: .value(.number(50)))],
                       "a value within the expectation needs no confirmation")
    }

    func testOtherOptionAsksForALineOfText() {
        var interview = InterviewFixture.interview()
        XCTAssertEqual(interview.type("3"), [])
        guard case .otherText = interview.screen.content else { return XCTFail() }
        XCTAssertEqual(interview.type("Non binaire"), [.record(item: "sexe", answer: .value(.choice("autre", other: "Non binaire")))])
    }

    func testMultipleChoiceTogglesAndKeepsExclusiveOptionsAlone() {
        var interview = InterviewFixture.interview()
        interview.type("1", "45", "s", "1", "2", "3", "4", "1", "5")
        XCTAssertEqual(interview.currentKey, "esc")
        let options = interview.plan.steps[interview.plan.index(of: "esc")!].options
        XCTAssertEqual(options.last?.code, "aucune", "exclusive options stay last")
        _ = interview.handle(.toggle(1))
        _ = interview.handle(.toggle(2))
        XCTAssertEqual(interview.screen.selection, [options[0].code, options[1].code])
        _ = interview.handle(.toggle(5))
        XCTAssertEqual(interview.screen.selection, ["aucune"])
        _ = interview.handle(.toggle(1))
        XCTAssertEqual(interview.screen.selection, [options[0].code])
        XCTAssertEqual(interview.type("1 5"), [])
        XCTAssertEqual(interview.screen.message, "« Aucune » ne va pas avec d'autres réponses")
        let chosen = [options[0].code, options[2].code].sorted()
        XCTAssertEqual(interview.type("1 3"), [.record(item: "esc", answer: .value(.choices(chosen)))])
        _ = interview.handle(.back)
        XCTAssertEqual(interview.screen.selection, chosen, "going back shows the recorded selection")
        _ = interview.handle(.toggle(2))
        let three = [options[0].code, options[1].code, options[2].code].sorted()
        XCTAssertEqual(interview.type(""), [.record(item: "esc", answer: .value(.choices(three)))])
    }

    func testTextAnswersRespectTheirMaximumLength() {
        var interview = InterviewFixture.interview()
        interview.type("1", "45", "s", "1", "2", "3", "4", "1", "5", "1")
        XCTAssertEqual(interview.currentKey, "avis")
        XCTAssertEqual(interview.type(String(repeating: "a", count: 21)), [])
        XCTAssertEqual(interview.screen.message, "Réponse trop longue : 20 caractères au plus")
    }

    func testEnglishSessionsGetEnglishMessages() {
        let survey = InterviewFixture.survey()
        var interview = Interview(survey: survey, plan: InterviewPlan(survey: survey, seed: 1),
                                  settings: InterviewSettings(language: "en"))
        interview.type("9")
        XCTAssertEqual(interview.screen.message, "Type a number from 1 to 3")
    }
}
