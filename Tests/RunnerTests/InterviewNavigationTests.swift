import Questionnaire
import Responses
import XCTest
@testable import Runner

final class InterviewNavigationTests: XCTestCase {
    func testANewSessionStartsWithItsPresentedOrderThenTheFirstQuestion() {
        let interview = InterviewFixture.interview()
        let outcome = interview.start()
        guard case .startSession(let start)? = outcome.actions.first else { return XCTFail("\(outcome.actions)") }
        XCTAssertEqual(start.presentedOrder, interview.plan.presentedOrder)
        XCTAssertEqual(start.seed, 42)
        XCTAssertTrue(start.mediatorEntersAnswers)
        XCTAssertNil(start.participantCode)
        XCTAssertEqual(interview.currentKey, "sexe")
        guard case .step(_, let position, let total) = outcome.screen.content else { return XCTFail() }
        XCTAssertEqual(position, 1)
        // sexe, age, poids, 4 items, visite, 2 retrospective answers: visites and section b wait for visite = oui.
        XCTAssertEqual(total, 10)
    }

    func testAnswersAreRecordedAndConditionsAskOnlyWhatApplies() {
        var interview = InterviewFixture.interview()
        var actions = interview.type("1", "45", "s", "1", "2", "3", "4")
        XCTAssertEqual(actions.first, .record(item: "sexe", answer: .value(.choice("femme"))))
        XCTAssertTrue(actions.contains(.record(item: "age", answer: .value(.number(45)))))
        XCTAssertTrue(actions.contains(.record(item: "poids", answer: .skipped)))
        XCTAssertEqual(interview.currentKey, "visite")
        actions = interview.type("2")
        XCTAssertEqual(actions, [.record(item: "visite", answer: .value(.choice("non")))])
        XCTAssertEqual(interview.currentKey, "retro.x.before", "visites and section B are not asked")
        guard case .step(_, let position, let total) = interview.screen.content else { return XCTFail() }
        XCTAssertEqual(position, 9)
        XCTAssertEqual(total, 10)
    }

    func testSectionConditionAppliesToEverythingInside() {
        var interview = InterviewFixture.interview()
        interview.type("1", "45", "s", "1", "2", "3", "4", "1", "5")
        XCTAssertTrue(interview.currentKey == "esc", "\(String(describing: interview.currentKey))")
        guard case .step(_, _, let total) = interview.screen.content else { return XCTFail() }
        XCTAssertEqual(total, 13)
    }

    func testGoingBackShowsTheEarlierAnswerAndEnterKeepsIt() {
        var interview = InterviewFixture.interview()
        interview.type("2", "45")
        XCTAssertEqual(interview.handle(.back).screen.currentAnswer, .value(.number(45)))
        XCTAssertEqual(interview.currentKey, "age")
        interview.type("p")
        XCTAssertEqual(interview.currentKey, "sexe")
        XCTAssertEqual(interview.screen.currentAnswer, .value(.choice("homme")))
        XCTAssertEqual(interview.type("p"), [])
        XCTAssertEqual(interview.screen.message, "C'est la première question")
        XCTAssertEqual(interview.type(""), [], "Enter keeps the recorded answer without writing again")
        XCTAssertEqual(interview.currentKey, "age")
        XCTAssertEqual(interview.type("50"), [.record(item: "age", answer: .value(.number(50)))])
    }

    func testChangingAnAnswerThatHidesLaterQuestionsClearsThemAsNotAsked() {
        var interview = InterviewFixture.interview()
        interview.type("1", "45", "s", "1", "2", "3", "4", "1", "5", "1", "bien")
        XCTAssertEqual(interview.answers["visites"], .value(.number(5)))
        XCTAssertNotNil(interview.answers["esc"])
        XCTAssertEqual(interview.answers["avis"], .value(.text("bien")))
        // Back to visite, four questions earlier, and change it to "non".
        for _ in 0..<4 { interview.type("p") }
        XCTAssertEqual(interview.currentKey, "visite")
        let actions = interview.type("2")
        XCTAssertEqual(actions, [.record(item: "visite", answer: .value(.choice("non"))),
                                 .clearNotAsked(item: "visites"), .clearNotAsked(item: "esc"), .clearNotAsked(item: "avis")])
        XCTAssertNil(interview.answers["visites"])
        XCTAssertEqual(interview.currentKey, "retro.x.before")
    }

    func testTheEndAsksForEnterThenCompletes() {
        var interview = InterviewFixture.interview()
        interview.type("1", "45", "s", "1", "2", "3", "4", "2", "3", "7")
        XCTAssertEqual(interview.phase, .review)
        XCTAssertEqual(interview.type("x"), [])
        XCTAssertEqual(interview.screen.message, "Appuyez sur Entrée pour terminer, ou p pour revenir en arrière")
        XCTAssertEqual(interview.type("p"), [])
        XCTAssertEqual(interview.currentKey, "retro.x.now")
        XCTAssertEqual(interview.type("", ""), [.complete])
        XCTAssertEqual(interview.phase, .finished)
        XCTAssertTrue(interview.screen.isFinal)
    }

    func testPauseIsConfirmedThenRecorded() {
        var interview = InterviewFixture.interview()
        interview.type("1")
        XCTAssertEqual(interview.type("q"), [])
        XCTAssertEqual(interview.screen.content, .confirmPause)
        XCTAssertEqual(interview.type("n"), [])
        XCTAssertEqual(interview.currentKey, "age")
        XCTAssertEqual(interview.type("q", "o"), [.pause])
        XCTAssertEqual(interview.phase, .paused)
    }

    func testLeavingBeforeAnyAnswerAbandonsTheEmptySession() {
        var interview = InterviewFixture.interview()
        XCTAssertEqual(interview.type("q", "o"), [.abandon])
        XCTAssertEqual(interview.phase, .leftBeforeStart)
    }

    func testRepeatAndHelpRedrawTheSameQuestion() {
        var interview = InterviewFixture.interview()
        XCTAssertEqual(interview.type("r"), [])
        XCTAssertEqual(interview.currentKey, "sexe")
        interview.type("?")
        XCTAssertTrue(interview.screen.showsHelp)
        interview.type("r")
        XCTAssertFalse(interview.screen.showsHelp)
    }

    func testResumeContinuesAtTheFirstUnansweredAskedQuestion() {
        let survey = InterviewFixture.survey()
        let plan = InterviewPlan(survey: survey, seed: 7)
        let aise = plan.steps.filter { $0.question.id == "aise" }.map(\.key)
        var answers: [String: JournalAnswer] = ["sexe": .value(.choice("femme")), "age": .skipped, "poids": .value(.number(60))]
        answers[aise[0]] = .value(.scalePoint(3))
        let interview = Interview(resuming: survey, plan: plan, settings: InterviewSettings(language: "fr"),
                                  answers: answers, participantCode: nil)
        XCTAssertEqual(interview.currentKey, aise[1])
        XCTAssertEqual(interview.start().actions, [], "a resumed session is not started again")
        let empty = Interview(resuming: survey, plan: plan, settings: InterviewSettings(language: "fr"), answers: [:], participantCode: nil)
        XCTAssertEqual(empty.start().actions, [], "not even one with no answer yet")
        XCTAssertEqual(empty.currentKey, "sexe")
        guard case .step(_, let position, _) = interview.screen.content else { return XCTFail() }
        XCTAssertEqual(position, 5)
    }

    func testRetrospectiveItemsAreAskedThenAndNow() {
        var interview = InterviewFixture.interview()
        interview.type("1", "45", "s", "1", "2", "3", "4", "2")
        let screen = ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings)
            .lines(for: interview.screen).map(\.text)
        XCTAssertTrue(screen.contains("  → Avant"), "\(screen)")
        XCTAssertEqual(interview.type("3", "7"), [.record(item: "retro.x.before", answer: .value(.scalePoint(3))),
                                                  .record(item: "retro.x.now", answer: .value(.scalePoint(7)))])
    }
}
