import XCTest
import Analysis
import Questionnaire
import Responses

/// `text` is an ordinary identifier: an item, a question or an option called so is reported like any other, and only
/// the "autre, précisez" texts stay out of the descriptives.
final class TextNamedIdsTests: XCTestCase {
    static let surveyText = """
    survey ids-texte version 1 language fr
    likert avis "Votre avis"
      text "Le texte"
      clarte "La clarté"
    text text "Un mot libre"
    single sexe "Sexe"
      femme "Femme"
      text "Texte, précisez" other
    multiple outils "Outils"
      text "Un carnet, précisez" other
      papier "Papier"
    """

    func testItemsQuestionsAndOptionsNamedTextAreReported() throws {
        let parsed = QuestionnaireParser.parse(text: Self.surveyText, name: "ids.survey")
        XCTAssertFalse(parsed.hasErrors, parsed.errors.map { "\($0)" }.joined(separator: "\n"))
        let csv = """
        avis.text,avis.clarte,text,sexe,sexe.text.text,outils.text,outils.papier,outils.text.text
        6,3,libre,text,précis,1,0,carnet
        2,,,femme,,0,1,
        """
        let (dataset, issues) = try Dataset.load(csvBytes: Array(csv.utf8), name: "ids.csv", codebook: Codebook(parsed.survey))
        XCTAssertEqual(issues, [])
        let report = ReportBuilder(survey: parsed.survey, data: DatasetSource(dataset), options: ReportOptions(language: .fr)).build()
        XCTAssertEqual(report.questions.map(\.variable), ["avis.text", "avis.clarte", "text", "sexe", "outils.text", "outils.papier"])
        let item = try XCTUnwrap(report.questions.first { $0.variable == "avis.text" })
        XCTAssertEqual(item.kind, .scale)
        XCTAssertEqual(item.scale?.counts.reduce(0, +), 2)
        XCTAssertEqual(report.questions.first { $0.variable == "text" }?.textAnswers, 1)
    }
}
