import XCTest
@testable import Questionnaire

/// Octant's own labels (yes/no, the default scale's anchors, "before"/"now") follow the questionnaire's language.
final class BuiltInTextTests: XCTestCase {
    static func survey(language: String) -> Survey {
        let text = """
        survey s version 1 language \(language)
        yesno visit "Visit?"
        likert ease "At ease" retrospective
          alone "Alone"
        multiple tools "Tools"
          phone "Phone"
          pc "Computer"
        """
        let result = QuestionnaireParser.parse(text: text)
        XCTAssertEqual(result.diagnostics.map { $0.message(.en) }, [])
        return result.survey
    }

    func labels(of variable: String, in survey: Survey) -> [String] {
        Codebook(survey).variable(variable)?.valueLabels.compactMap { value in
            let label = value.label.text(in: survey.language, mainLanguage: survey.language)
            return label == value.code ? nil : label
        } ?? []
    }

    func variableLabel(_ name: String, in survey: Survey) -> String? {
        Codebook(survey).variable(name)?.label.text(in: survey.language, mainLanguage: survey.language)
    }

    func testAnEnglishQuestionnaireShowsEnglishBuiltIns() {
        let survey = Self.survey(language: "en")
        XCTAssertEqual(labels(of: "visit", in: survey), ["Yes", "No"])
        XCTAssertEqual(labels(of: "ease.alone.before", in: survey), ["Strongly disagree", "Strongly agree"])
        XCTAssertEqual(labels(of: "tools.phone", in: survey), ["No", "Yes"])
        XCTAssertEqual(variableLabel("ease.alone.before", in: survey), "At ease — Alone — Before")
        XCTAssertEqual(variableLabel("ease.alone.now", in: survey), "At ease — Alone — Today")
        let listing = SurveyListing(survey, language: .en, textLanguage: "en").render()
        XCTAssertTrue(listing.contains("1 Yes  2 No"), listing)
        XCTAssertTrue(listing.contains("1 Strongly disagree … 8 Strongly agree"), listing)
    }

    func testAFrenchQuestionnaireStillShowsFrenchBuiltIns() {
        let survey = Self.survey(language: "fr")
        XCTAssertEqual(labels(of: "visit", in: survey), ["Oui", "Non"])
        XCTAssertEqual(labels(of: "ease.alone.before", in: survey), ["Pas du tout d'accord", "Tout à fait d'accord"])
        XCTAssertEqual(variableLabel("ease.alone.before", in: survey), "At ease — Alone — Avant")
        // Asked in English, a French questionnaire's built-ins are English, like its translated texts.
        XCTAssertEqual(survey.question("visit")?.options.map { $0.label.text(in: "en", mainLanguage: "fr") }, ["Yes", "No"])
        let listing = SurveyListing(survey, language: .fr).render()
        XCTAssertTrue(listing.contains("1 Oui  2 Non"), listing)
    }

    func testALanguageOctantDoesNotSpeakGetsTheQuestionnairesOwnOrEnglish() {
        XCTAssertEqual(BuiltInText.yes.label.text(in: "de", mainLanguage: "fr"), "Oui")
        XCTAssertEqual(BuiltInText.yes.label.text(in: "de", mainLanguage: "de"), "Yes")
    }
}
