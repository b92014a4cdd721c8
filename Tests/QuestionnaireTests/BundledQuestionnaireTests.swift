import XCTest
@testable import Questionnaire

/// The questionnaires shipped with Octant check clean: no error and no warning.
final class BundledQuestionnaireTests: XCTestCase {
    func testEveryBundledFileChecksClean() throws {
        let urls = BundledQuestionnaires.urls
        XCTAssertEqual(urls.map(\.lastPathComponent),
                       ["accompagnement-impact.survey", "esc-professionnels.survey", "esc-usagers.survey"])
        for url in urls {
            let (source, result) = try QuestionnaireParser.parse(contentsOf: url)
            let rendered = result.diagnostics.map { $0.rendered(in: source, language: .en) }
            XCTAssertEqual(rendered, [], url.lastPathComponent)
        }
    }

    func testProfessionalsPlanMatchesTheReportsThreeBreakdowns() throws {
        let url = BundledQuestionnaires.directory.appendingPathComponent("esc-professionnels.survey")
        let survey = try QuestionnaireParser.parse(contentsOf: url).1.survey
        let plan = survey.analysis
        XCTAssertEqual(plan.comparisons.map(\.variable), ["service", "formation", "mission"])
        XCTAssertEqual(plan.comparisons.map(\.display), [.letters, .difference, .asterisk])
        XCTAssertEqual(plan.comparisons.first?.only, ["ccas", "cdas", "centre_social"])
        XCTAssertEqual(survey.question("mission")?.options.count, 6)
        XCTAssertEqual(plan.postHoc, .lsd)
    }

    func testImpactInstrumentDeclaresWavesCodeAndRetrospectiveBlock() throws {
        let url = BundledQuestionnaires.directory.appendingPathComponent("accompagnement-impact.survey")
        let survey = try QuestionnaireParser.parse(contentsOf: url).1.survey
        XCTAssertEqual(survey.waves.map(\.id), ["avant", "apres"])
        XCTAssertNotNil(survey.participantCode)
        XCTAssertTrue(survey.questions.contains { if case .likert(_, _, .some) = $0.kind { return true } else { return false } })
        XCTAssertTrue(survey.questions.flatMap(\.items).contains(where: \.isReversed))
    }
}
