import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// A small questionnaire with every kind of column, a condition, an "autre" option, escapes, a reversed item and a score.
enum DatasetFixtures {
    static let surveyText = """
    survey test-donnees version 2 language fr
    escape nsp "Je ne sais pas" key j
      en: "I don't know"
    waves
      t0 "Avant"
      t1 "Après"
    options ouinon
      oui "Oui"
      non "Non"
    section profil "Vous"
      single sexe "Sexe"
        femme "Femme"
        homme "Homme"
        autre "Autre, précisez" other
      number age "Âge" 15..110 escape nsp
      number revenu "Revenu" decimal
      yesno visite "Déjà venu ?"
      number visites "Combien de fois ?" 0..500 when visite = oui
      multiple outils "Outils" escape nsp
        smartphone "Smartphone"
        ordinateur "Ordinateur"
        autre "Autre" other
    likert aise "Je me sens à l'aise pour :" escape nsp
      materiel "Utiliser mon matériel"
      demarches "Faire des démarches"
      angoisse "Internet m'angoisse" reverse
    grid acces "J'ai accès à :" options ouinon
      wifi "Wifi"
    text remarque "Remarques"
    score aise_score "Aisance" mean aise minimum 2
    """

    static func survey(_ file: StaticString = #filePath, line: UInt = #line) -> Survey {
        let result = QuestionnaireParser.parse(text: surveyText, name: "test.survey")
        XCTAssertFalse(result.hasErrors, result.errors.map { "\($0)" }.joined(separator: "\n"), file: file, line: line)
        return result.survey
    }

    static var codebook: Codebook { Codebook(survey()) }
    static var identity: QuestionnaireIdentity {
        let survey = survey()
        return QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("octant-dataset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func session(_ number: UInt64) -> SessionID { SessionID(high: 0xABCD_0000_0000_0000 | number, low: number) }

    /// Writes one session with the runner's API: answers in order, then completion (or not).
    @discardableResult
    static func record(in journal: AnswerJournal, id: SessionID, wave: String? = "t0", answers: [(String, JournalAnswer)],
                       notAsked: [String] = [], complete: Bool = true, at start: Int64 = 1_790_000_000_000,
                       questionnaire: QuestionnaireIdentity = identity) throws -> SessionState {
        let order = answers.map(\.0) + notAsked
        try journal.startSession(questionnaire: questionnaire, start: SessionStart(presentedOrder: order, seed: 1, wave: wave, mode: .interviewer,
                                                                                language: "fr", mediatorEntersAnswers: true),
                                 id: id, at: JournalTimestamp(millisecondsSinceEpoch: start))
        var time = start
        for (item, answer) in answers {
            time += 1000
            try journal.record(answer, item: item, session: id, at: JournalTimestamp(millisecondsSinceEpoch: time))
        }
        for item in notAsked { try journal.clearNotAsked(item: item, session: id) }
        if complete { try journal.complete(session: id) }
        return journal.sessions[id]!
    }

    /// Three sessions: a full one, one with escapes, skips and a hidden question, one interrupted half-way.
    static func writeJournal(in directory: URL, device: String = "portable-1") throws {
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: DeviceID(device)!)
        defer { journal.close() }
        try record(in: journal, id: session(1), answers: [
            ("sexe", .value(.choice("autre", other: "=non binaire"))), ("age", .value(.number(34))),
            ("revenu", .value(.number(Decimal(string: "1234.56")!))), ("visite", .value(.choice("oui"))),
            ("visites", .value(.number(12))), ("outils", .value(.choices(["smartphone", "autre"], other: "tablette"))),
            ("aise.materiel", .value(.scalePoint(7))), ("aise.demarches", .value(.scalePoint(5))),
            ("aise.angoisse", .value(.scalePoint(2))), ("acces.wifi", .value(.choice("oui"))),
            ("remarque", .value(.text("Très bien, merci; \"parfait\" vraiment"))),
        ])
        try record(in: journal, id: session(2), wave: "t1", answers: [
            ("sexe", .value(.choice("femme"))), ("age", .value(.escape("nsp"))), ("revenu", .skipped),
            ("visite", .value(.choice("non"))), ("outils", .value(.escape("nsp"))),
            ("aise.materiel", .value(.scalePoint(8))), ("aise.demarches", .value(.escape("nsp"))),
            ("aise.angoisse", .skipped), ("acces.wifi", .value(.choice("non"))), ("remarque", .value(.text("+33 6 12")))
        ])
        try record(in: journal, id: session(3), answers: [
            ("sexe", .value(.choice("homme"))), ("age", .value(.number(70))), ("revenu", .value(.number(Decimal(string: "-3.5")!))),
            ("visite", .value(.choice("oui"))), ("visites", .value(.number(0))),
            ("outils", .value(.choices([]))), ("aise.materiel", .value(.scalePoint(1))),
        ], complete: false)
    }
}
