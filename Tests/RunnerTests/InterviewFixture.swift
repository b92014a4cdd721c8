import Questionnaire
import Responses
import XCTest
@testable import Runner

/// A small questionnaire with every feature the runner handles.
enum InterviewFixture {
    static func text(code: Bool) -> String {
        """
        survey essai version 1 language fr
        languages: fr en
        escape nsp "Je ne sais pas" key j
          en: "I don't know"
        \(code ? """
        code participant "Code participant"
          mere "Deux premières lettres du prénom de votre mère" letters 2
          jour "Jour de naissance" digits 2
        """ : "")
        section a "Section A"
          en: "Section A (en)"
          intro: "Introduction A"
          note: "Note A"
          single sexe "Sexe" required
            femme "Femme"
            homme "Homme"
            autre "Autre, précisez" other
          number age "Âge" 16..110
          number poids "Poids" 0..300 decimal
          likert aise "À l'aise" escape nsp shuffle
            un "Un"
            deux "Deux"
            trois "Trois"
            quatre "Quatre"
          yesno visite "Visite ?"
          number visites "Combien ?" 1..500 when visite = oui
            expect: visites <= 100 "Plus de 100 : confirmez-vous ?"
            require: visites != 13 "Pas 13"
        section b "Section B" when visite = oui
          multiple esc "ESC" min 1 shuffle
            a "A"
            b "B"
            c "C"
            d "D"
            aucune "Aucune" exclusive
          text avis "Avis" max 20
        likert retro "Retro" retrospective
          x "X"
        """
    }

    static func survey(code: Bool = false) -> Survey {
        let result = QuestionnaireParser.parse(text: text(code: code), name: "essai.survey")
        precondition(!result.hasErrors, "\(result.errors)")
        return result.survey
    }

    static func interview(code: Bool = false, seed: UInt64 = 42, mode: InterviewMode = .interviewer) -> Interview {
        let survey = survey(code: code)
        return Interview(survey: survey, plan: InterviewPlan(survey: survey, seed: seed),
                         settings: InterviewSettings(language: "fr", mode: mode))
    }
}

extension Interview {
    /// Types each line in turn and returns every journal action, in order.
    @discardableResult
    mutating func type(_ lines: String...) -> [JournalAction] {
        lines.flatMap { handle(.line($0)).actions }
    }

    var currentKey: String? {
        if case .step(let index) = phase { return plan.steps[index].key }
        return nil
    }
}
