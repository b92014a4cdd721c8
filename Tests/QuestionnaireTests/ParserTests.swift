import XCTest
@testable import Questionnaire

final class ParserTests: XCTestCase {
    static let complete = """
    \u{FEFF}survey demo version 2 language fr
    title: "Démo"
      en: "Demo"
    author: "Équipe Octant"
    licence: "CC-BY-4.0"
    languages: fr en

    scale freq 4 "Jamais" .. "Toujours"
      en: "Never" .. "Always"
      2 "Parfois"
        en: "Sometimes"
    escape nsp "Je ne sais pas" key j
      en: "I don't know"
    escape nc "Non concerné"
      en: "Not applicable"
    options reponse3
      oui "Oui"
        en: "Yes"
      non "Non"
        en: "No"
      nsp "Je ne sais pas"
        en: "I don't know"

    waves
      avant "Avant"
        en: "Before"
      apres "Après"
        en: "After"
    code participant "Code"
      en: "Code"
      mere "Deux lettres du prénom de votre mère" letters 2
        en: "Two letters of your mother's first name"
      jour "Jour de naissance" digits 2
        en: "Day of birth"

    section profil "Vous" shuffle
      en: "You"
      intro: "À lire"
        en: "To read"
      note: "Pour le médiateur"
        en: "For the mediator"
      single sexe "Sexe" required
        en: "Sex"
        femme "Femme"
          en: "Woman"
        homme "Homme"
          en: "Man"
        autre "Autre" other
          en: "Other"
      number age "Âge" 15..110
        en: "Age"
        unit: "ans"
          en: "years"
        expect: age <= 99 "Plus de 99 ans ?"
          en: "Over 99?"
        require: age >= 15 "Au moins 15 ans"
          en: "At least 15"
      number poids "Poids" 0.5..300.5 decimal
        en: "Weight"
      multiple usages "Usages" min 1 max 2 shuffle
        en: "Uses"
        mail "Courriel"
          en: "E-mail"
        aucun "Aucun" exclusive
          en: "None"
    section pratiques "Pratiques" when age >= 18 and not (sexe = homme)
      en: "Practices"
      likert aise "Je me sens à l'aise" escape nsp shuffle
        en: "I feel at ease"
        perso "Chez moi" escape nc
          en: "At home"
          falc: "À la maison"
        pro "Au travail" reverse when sexe in (femme, autre)
          en: "At work"
      likert frequence "À quelle fréquence ?" scale freq
        en: "How often?"
      grid evaluer "Évaluez-vous…" options reponse3
        en: "Do you assess…"
        lire "la lecture"
          en: "reading"
        ecrire "l'écriture" when aise.perso > 4
          en: "writing"
      yesno visite "Déjà venu ?" when usages = mail or aise.pro unanswered
        en: "Been here?"
      text remarque "Remarques" max 200 when visite answered
        en: "Remarks"
      likert avantapres "Autonomie" retrospective
        en: "Autonomy"
        then: "Avant"
          en: "Before"
        now: "Aujourd'hui"
          en: "Today"
        seul "Je fais seul"
          en: "I do it alone"
    score aisance "Aisance" mean aise minimum 1
      en: "Ease"
    analysis
      minimum: 3
      significant: 0.01
      tendential: 0.05
      posthoc: tukey
      by sexe letters only femme homme
      by visite difference
    """

    func parseComplete() -> ParseResult {
        QuestionnaireParser.parse(text: Self.complete.replacingOccurrences(of: "\n", with: "\r\n"), name: "demo.survey")
    }

    func testCompleteFileParsesWithoutDiagnostics() {
        let result = parseComplete()
        XCTAssertEqual(result.diagnostics.map { "\($0.location) \($0.message(.en))" }, [])
    }

    func testMetadataAndDeclarations() throws {
        let survey = parseComplete().survey
        XCTAssertEqual(survey.id, "demo")
        XCTAssertEqual(survey.version, "2")
        XCTAssertEqual(survey.language, "fr")
        XCTAssertEqual(survey.languages, ["fr", "en"])
        XCTAssertEqual(survey.metadata.title?.main, "Démo")
        XCTAssertEqual(survey.metadata.title?.translations["en"], "Demo")
        XCTAssertEqual(survey.metadata.author, "Équipe Octant")
        XCTAssertEqual(survey.metadata.licence, "CC-BY-4.0")
        let freq = try XCTUnwrap(survey.scales.first { $0.id == "freq" })
        XCTAssertEqual(freq.points, 4)
        XCTAssertEqual(freq.midpoint, 2.5)
        XCTAssertEqual(freq.label(of: 2)?.translations["en"], "Sometimes")
        XCTAssertEqual(freq.highAnchor?.translations["en"], "Always")
        XCTAssertEqual(survey.escapes.map(\.id), ["nsp", "nc"])
        XCTAssertEqual(survey.escapes.map(\.key), ["j", "n"])
        XCTAssertEqual(survey.waves.map(\.id), ["avant", "apres"])
        XCTAssertEqual(survey.participantCode?.elements.map(\.kind), [.letters, .digits])
        XCTAssertEqual(survey.participantCode?.elements.map(\.length), [2, 2])
    }

    func testQuestionsAndKinds() throws {
        let survey = parseComplete().survey
        XCTAssertEqual(survey.questions.map(\.id),
                       ["sexe", "age", "poids", "usages", "aise", "frequence", "evaluer", "visite", "remarque", "avantapres"])
        let sexe = try XCTUnwrap(survey.question("sexe"))
        XCTAssertTrue(sexe.isRequired)
        XCTAssertEqual(sexe.options.map(\.code), ["femme", "homme", "autre"])
        XCTAssertEqual(sexe.options.map(\.isOther), [false, false, true])
        let age = try XCTUnwrap(survey.question("age"))
        guard case .number(let format) = age.kind else { return XCTFail("age is a number") }
        XCTAssertEqual(format.minimum, 15)
        XCTAssertEqual(format.maximum, 110)
        XCTAssertFalse(format.accepts(14))
        XCTAssertFalse(format.accepts(Decimal(string: "20.5")!))
        XCTAssertEqual(age.constraints.map(\.strength), [.expected, .required])
        XCTAssertEqual(age.constraints.first?.message.translations["en"], "Over 99?")
        guard case .number(let weight) = try XCTUnwrap(survey.question("poids")).kind else { return XCTFail() }
        XCTAssertTrue(weight.allowsDecimals)
        XCTAssertTrue(weight.accepts(Decimal(string: "72.5")!))
        guard case .multiple(let options, 1, 2) = try XCTUnwrap(survey.question("usages")).kind else { return XCTFail() }
        XCTAssertEqual(options.map(\.isExclusive), [false, true])
        let aise = try XCTUnwrap(survey.question("aise"))
        guard case .likert(let scale, let items, nil) = aise.kind else { return XCTFail() }
        XCTAssertEqual(scale.points, 8, "a likert without scale uses the report's 8-point scale")
        XCTAssertEqual(items.map(\.id), ["perso", "pro"])
        XCTAssertEqual(items.map(\.isReversed), [false, true])
        XCTAssertEqual(items[0].escapes, ["nc"])
        XCTAssertEqual(items[0].text.easyRead["fr"], "À la maison")
        XCTAssertEqual(aise.escapes, ["nsp"])
        XCTAssertTrue(aise.shuffle)
        guard case .likert(let freq, let single, _) = try XCTUnwrap(survey.question("frequence")).kind else { return XCTFail() }
        XCTAssertEqual(freq.id, "freq")
        XCTAssertTrue(single.isEmpty)
        guard case .grid(let gridOptions, let rows) = try XCTUnwrap(survey.question("evaluer")).kind else { return XCTFail() }
        XCTAssertEqual(gridOptions.map(\.code), ["oui", "non", "nsp"])
        XCTAssertEqual(rows.map(\.id), ["lire", "ecrire"])
        guard case .likert(_, _, let retrospective?) = try XCTUnwrap(survey.question("avantapres")).kind else { return XCTFail() }
        XCTAssertEqual(retrospective.now.main, "Aujourd'hui")
    }

    func testSectionsConditionsScoresAndPlan() throws {
        let survey = parseComplete().survey
        guard survey.elements.count == 2, case .section(let profil) = survey.elements[0],
              case .section(let pratiques) = survey.elements[1] else {
            return XCTFail("two sections")
        }
        XCTAssertTrue(profil.shuffle)
        XCTAssertEqual(profil.intro?.translations["en"], "To read")
        XCTAssertEqual(pratiques.condition?.description, "age >= 18 and not (sexe = homme)")
        XCTAssertEqual(survey.question("visite")?.condition?.description, "usages = mail or aise.pro unanswered")
        XCTAssertEqual(survey.scores.first?.items.map(\.key), ["aise.perso", "aise.pro"])
        XCTAssertEqual(survey.scores.first?.minimumAnswered, 1)
        let plan = survey.analysis
        XCTAssertEqual(plan.minimumGroupSize, 3)
        XCTAssertEqual(plan.significant, 0.01)
        XCTAssertEqual(plan.tendential, 0.05)
        XCTAssertEqual(plan.postHoc, .tukey)
        XCTAssertEqual(plan.comparisons.map(\.display), [.letters, .difference])
        XCTAssertEqual(plan.comparisons.first?.only, ["femme", "homme"])
    }

    func testCodebookNamesColumnsByIds() {
        let codebook = Codebook(parseComplete().survey)
        let names = codebook.variables.map(\.name)
        XCTAssertEqual(names, [
            "sexe", "sexe.autre.text", "age", "poids", "usages.mail", "usages.aucun", "aise.perso", "aise.pro", "frequence",
            "evaluer.lire", "evaluer.ecrire", "visite", "remarque", "avantapres.seul.before", "avantapres.seul.now", "aisance",
        ])
        XCTAssertEqual(Set(names).count, names.count, "column names never collide")
        XCTAssertEqual(codebook.variable("aise.perso")?.missingCodes.map(\.code), ["nsp", "nc"])
        XCTAssertEqual(codebook.variable("aise.pro")?.isReversed, true)
        XCTAssertEqual(codebook.variable("aise.pro")?.label.main, "Je me sens à l'aise — Au travail")
        XCTAssertEqual(codebook.variable("visite")?.valueLabels.map(\.code), ["oui", "non"])
    }

    func testDefaultsWhenOmitted() {
        let survey = QuestionnaireParser.parse(text: "survey s version 1 language en\nlikert q \"Stem\"\n").survey
        XCTAssertEqual(survey.analysis.minimumGroupSize, 5)
        XCTAssertEqual(survey.analysis.significant, 0.05)
        XCTAssertEqual(survey.analysis.tendential, 0.10)
        XCTAssertEqual(survey.analysis.postHoc, .lsd)
        XCTAssertEqual(survey.question("q")?.isRequired, false)
        XCTAssertEqual(Codebook(survey).variables.map(\.name), ["q"])
    }

    func testTabsIndentAndCommentsAreIgnored() {
        let text = "survey s version 1 language fr # en-tête\n# commentaire\nsingle q \"Q # pas un commentaire\"\n\t\ta \"A\"\n\t\tb \"B\"\n"
        let result = QuestionnaireParser.parse(text: text)
        XCTAssertFalse(result.hasErrors, "\(result.diagnostics)")
    }
}
