import Questionnaire
import Responses
import XCTest
@testable import Runner
import Support

final class PlanAndCodeTests: XCTestCase {
    func testTheSameSeedGivesTheSameOrderAndOtherSeedsVaryIt() {
        let survey = InterviewFixture.survey()
        let first = InterviewPlan(survey: survey, seed: 123)
        XCTAssertEqual(first.presentedOrder, InterviewPlan(survey: survey, seed: 123).presentedOrder)
        let aise = { (plan: InterviewPlan) in plan.steps.filter { $0.question.id == "aise" }.map(\.key) }
        let orders = Set((0..<40).map { aise(InterviewPlan(survey: survey, seed: $0)) })
        XCTAssertGreaterThan(orders.count, 10, "4 items have 24 orders; 40 seeds should show many")
        for seed in 0..<40 as Range<UInt64> {
            let plan = InterviewPlan(survey: survey, seed: seed)
            XCTAssertEqual(Set(aise(plan)), ["aise.un", "aise.deux", "aise.trois", "aise.quatre"])
            XCTAssertEqual(plan.steps[plan.index(of: "esc")!].options.last?.code, "aucune")
            XCTAssertEqual(plan.presentedOrder.first, "sexe", "unshuffled questions keep their place")
        }
    }

    func testTheGeneratorIsFixedBySpecification() {
        // SplitMix64's first output for seed 0 (reference value of the published algorithm).
        var generator = SplitMix64(seed: 0)
        XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF)
    }

    func testShuffledSectionsPresentTheirBlocksInADrawnOrder() {
        let text = """
        survey s version 1 language fr
        section m "M" shuffle
          yesno a "A"
          yesno b "B"
          yesno c "C"
        yesno z "Z"
        """
        let survey = QuestionnaireParser.parse(text: text).survey
        let orders = Set((0..<30).map { InterviewPlan(survey: survey, seed: $0).presentedOrder })
        XCTAssertGreaterThan(orders.count, 3)
        XCTAssertTrue(orders.allSatisfy { $0.last == "z" && Set($0.prefix(3)) == ["a", "b", "c"] })
    }

    func testARecordedOrderIsFollowedOnResume() {
        let survey = InterviewFixture.survey()
        let drawn = InterviewPlan(survey: survey, seed: 5).presentedOrder
        let recorded = Array(drawn.reversed())
        XCTAssertEqual(InterviewPlan(survey: survey, seed: 5, presentedOrder: recorded).presentedOrder, recorded)
    }

    func testParticipantCodeElementsAreNormalised() {
        let elements = InterviewFixture.survey(code: true).participantCode!.elements
        let letters = elements[0], digits = elements[1]
        XCTAssertEqual(letters.kind, .letters)
        XCTAssertEqual(digits.kind, .digits)
        XCTAssertEqual(ParticipantCodeNormaliser.normalise("Élodie", element: letters), "EL")
        XCTAssertEqual(ParticipantCodeNormaliser.normalise("  ça ", element: letters), "CA")
        XCTAssertEqual(ParticipantCodeNormaliser.normalise("é", element: letters), "EX")
        XCTAssertEqual(ParticipantCodeNormaliser.normalise("", element: letters), "XX")
        XCTAssertEqual(ParticipantCodeNormaliser.normalise("Ne sait pas", element: letters), "XX")
        XCTAssertEqual(ParticipantCodeNormaliser.normalise("nsp", element: digits), "XX")
        XCTAssertNil(ParticipantCodeNormaliser.normalise("a1", element: letters))
        XCTAssertEqual(ParticipantCodeNormaliser.normalise("5", element: digits), "05")
        XCTAssertEqual(ParticipantCodeNormaliser.normalise("31", element: digits), "31")
        XCTAssertNil(ParticipantCodeNormaliser.normalise("123", element: digits))
        XCTAssertNil(ParticipantCodeNormaliser.normalise("1a", element: digits))
    }

    func testTheParticipantCodeIsAskedFirstAndStoredInTheSessionStart() {
        var interview = InterviewFixture.interview(code: true)
        XCTAssertEqual(interview.start().actions, [], "nothing is written before the code is known")
        XCTAssertEqual(interview.phase, .participantCode(element: 0))
        XCTAssertEqual(interview.type("12"), [])
        XCTAssertEqual(interview.screen.message, "Tapez 2 lettres, ou x si la personne ne sait pas")
        interview.type("Hélène")
        interview.type("p")
        XCTAssertEqual(interview.phase, .participantCode(element: 0), "p goes back to the previous element")
        interview.type("Hélène")
        XCTAssertEqual(interview.type(""), [], "a stray Enter is not \"does not know\"")
        XCTAssertEqual(interview.phase, .participantCode(element: 1))
        XCTAssertEqual(interview.type("x"), [])
        XCTAssertEqual(interview.phase, .confirmCode, "the code is read back before the session starts")
        let check = ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings)
            .lines(for: interview.screen).map(\.text)
        XCTAssertTrue(check.contains("  Deux premières lettres du prénom de votre mère : H E"), "\(check)")
        XCTAssertTrue(check.contains("  Jour de naissance : X X"), "\(check)")
        XCTAssertEqual(interview.type("n"), [], "no: typed again from the first element")
        XCTAssertEqual(interview.phase, .participantCode(element: 0))
        interview.type("Hélène", "x")
        let actions = interview.type("o")
        guard case .startSession(let start)? = actions.first else { return XCTFail("\(actions)") }
        XCTAssertEqual(start.participantCode, "HEXX")
        XCTAssertEqual(interview.currentKey, "sexe")
        let renderer = ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings,
                                      sessionCode: "ABCD1234", participantCode: interview.participantCode)
        var finished = interview
        finished.type("1", "45", "s", "1", "2", "3", "4", "2", "3", "7", "")
        let end = renderer.lines(for: finished.screen).map(\.text)
        XCTAssertTrue(end.contains("Code participant : HEXX"), "\(end)")
        XCTAssertTrue(end.contains("Code de la session (pour l'enquêteur) : ABCD1234"), "\(end)")
    }

    func testQuittingDuringTheCodeRecordsNothing() {
        var interview = InterviewFixture.interview(code: true)
        XCTAssertEqual(interview.type("q", "o"), [])
        XCTAssertEqual(interview.phase, .leftBeforeStart)
    }
}

/// The wave comes before anything is written, when the questionnaire declares waves and the command gave none.
final class WavePhaseTests: XCTestCase {
    static let text = """
        survey vagues version 1 language fr
        waves
          avant "Avant"
          apres "Après"
        yesno visite "Visite ?"
        number seances "Séances" 1..50 when wave = apres
        """

    func testTheWaveIsAskedFirstAndWrittenInTheSessionStart() {
        let survey = QuestionnaireParser.parse(text: Self.text, name: "vagues.survey").survey
        var interview = Interview(survey: survey, plan: InterviewPlan(survey: survey, seed: 1), settings: InterviewSettings(language: "fr"))
        XCTAssertEqual(interview.start().actions, [], "no session before the wave")
        XCTAssertEqual(interview.phase, .wave)
        XCTAssertEqual(interview.type(""), [])
        XCTAssertEqual(interview.type("3"), [])
        XCTAssertEqual(interview.screen.message, "Tapez le numéro de la vague, de 1 à 2")
        XCTAssertEqual(interview.type("s"), [], "a wave cannot be skipped")
        let actions = interview.type("2")
        guard case .startSession(let start)? = actions.first else { return XCTFail("\(actions)") }
        XCTAssertEqual(start.wave, "apres")
        XCTAssertEqual(interview.type("1", "5").count, 2, "the wave's conditions apply at once")
    }

    func testAGivenWaveIsNotAsked() {
        let survey = QuestionnaireParser.parse(text: Self.text, name: "vagues.survey").survey
        let interview = Interview(survey: survey, plan: InterviewPlan(survey: survey, seed: 1),
                                  settings: InterviewSettings(language: "fr", wave: "avant"))
        XCTAssertEqual(interview.start().actions.count, 1)
        XCTAssertEqual(interview.currentKey, "visite")
    }
}
