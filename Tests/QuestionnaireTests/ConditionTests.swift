import XCTest
@testable import Questionnaire

final class ConditionTests: XCTestCase {
    func condition(_ text: String) throws -> Condition {
        let source = """
        survey s version 1 language fr
        single sexe "Sexe"
          femme "Femme"
          homme "Homme"
        number age "Âge" 0..120
        multiple usages "Usages"
          mail "Mail"
          web "Web"
        likert aise "Aise" escape nsp
          perso "Perso"
        escape nsp "NSP"
        text fin "Fin" when \(text)
        """
        let result = QuestionnaireParser.parse(text: source)
        XCTAssertFalse(result.hasErrors, result.diagnostics.map { $0.message(.en) }.joined(separator: "; "))
        return try XCTUnwrap(result.survey.question("fin")?.condition)
    }

    func testEqualityMembershipAndComparisons() throws {
        let answers: [String: AnswerValue] = ["sexe": .choice("femme"), "age": .number(30), "usages": .choices(["web"]),
                                              "aise.perso": .scalePoint(6)]
        XCTAssertTrue(try condition("sexe = femme").evaluate(answers))
        XCTAssertFalse(try condition("sexe != femme").evaluate(answers))
        XCTAssertTrue(try condition("sexe in (homme, femme)").evaluate(answers))
        XCTAssertTrue(try condition("age >= 30 and age < 31").evaluate(answers))
        XCTAssertFalse(try condition("age > 30").evaluate(answers))
        XCTAssertTrue(try condition("usages = web").evaluate(answers))
        XCTAssertFalse(try condition("usages = mail").evaluate(answers))
        XCTAssertTrue(try condition("aise.perso >= 5").evaluate(answers))
        XCTAssertTrue(try condition("not (age < 18 or sexe = homme)").evaluate(answers))
    }

    func testTheWaveIsReadLikeAChoiceWhenWavesAreDeclared() throws {
        let text = """
        survey s version 1 language fr
        waves
          avant "Avant"
          apres "Après"
        yesno bilan "Bilan ?" when wave = apres
        yesno autre "Autre ?" when wave = pendant
        """
        let result = QuestionnaireParser.parse(text: text)
        XCTAssertEqual(result.diagnostics.map { $0.message(.en) }, ["question 'wave' has no option 'pendant'"])
        let condition = try XCTUnwrap(result.survey.question("bilan")?.condition)
        XCTAssertTrue(condition.evaluate(Condition.answers([:], wave: "apres")))
        XCTAssertFalse(condition.evaluate(Condition.answers([:], wave: "avant")))
        XCTAssertFalse(condition.evaluate(Condition.answers([:], wave: nil)))
        let withoutWaves = QuestionnaireParser.parse(text: "survey s version 1 language fr\nyesno b \"B\" when wave = apres\n")
        XCTAssertEqual(withoutWaves.diagnostics.map { $0.message(.en) }, ["no question is named 'wave'"])
    }

    func testPrecedenceNotAndOr() throws {
        let c = try condition("sexe = homme or age > 18 and not age > 60")
        XCTAssertEqual(c.description, "sexe = homme or age > 18 and not (age > 60)")
        XCTAssertTrue(c.evaluate(["age": .number(40)]))
        XCTAssertFalse(c.evaluate(["age": .number(70)]))
        XCTAssertTrue(c.evaluate(["sexe": .choice("homme"), "age": .number(70)]))
    }

    func testMissingAnswersMakeComparisonsFalse() throws {
        XCTAssertFalse(try condition("age < 200").evaluate([:]))
        XCTAssertFalse(try condition("sexe != femme").evaluate([:]))
        XCTAssertTrue(try condition("age unanswered").evaluate([:]))
        XCTAssertFalse(try condition("age answered").evaluate([:]))
        XCTAssertTrue(try condition("aise.perso answered").evaluate(["aise.perso": .escape("nsp")]))
        XCTAssertTrue(try condition("aise.perso = nsp").evaluate(["aise.perso": .escape("nsp")]))
        XCTAssertFalse(try condition("aise.perso > 2").evaluate(["aise.perso": .escape("nsp")]))
    }
}
