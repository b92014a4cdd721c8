import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// A questionnaire whose escape answers have a declared code (nsp = 97) and undeclared ones (nc = -2, refus = -3),
/// allowed in different orders by different questions, with options of declared values: what issue 14 saw as
/// "Je ne sais pas" -1 in one variable and -2 in the next.
enum ExportFixtures {
    static let surveyText = """
    survey codes-export version 1 language fr
    escape nsp "Je ne sais pas" key j value 97
    escape nc "Non concerné" key n
    escape refus "Refus" key x
    scale accord4 4 "Pas du tout d'accord" .. "Tout à fait d'accord"
    single genre "Genre" escape refus
      f "Femme" value 2
      h "Homme" value 1
    number age "Âge" 15..90 escape nsp refus
    likert aise "À l'aise" scale accord4 escape nsp
      materiel "Matériel"
    likert difficulte "Difficulté" scale accord4 escape nc nsp
      demarches "Démarches"
    """

    static var survey: Survey {
        let result = QuestionnaireParser.parse(text: surveyText, name: "codes.survey")
        XCTAssertFalse(result.hasErrors, result.errors.map { "\($0)" }.joined(separator: "\n"))
        return result.survey
    }

    static var codebook: Codebook { Codebook(survey) }

    /// Four sessions: every point, every escape in every variable that allows it, one with a participant code.
    static func dataset(in directory: URL, participantCodes: [String?] = [nil, nil, nil, nil]) throws -> Dataset {
        let survey = survey
        let identity = QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: DeviceID("portable-1")!)
        defer { journal.close() }
        let rows: [[(String, JournalAnswer)]] = [
            [("genre", .value(.choice("f"))), ("age", .value(.number(30))), ("aise.materiel", .value(.scalePoint(4))),
             ("difficulte.demarches", .value(.scalePoint(1)))],
            [("genre", .value(.escape("refus"))), ("age", .value(.escape("nsp"))), ("aise.materiel", .value(.escape("nsp"))),
             ("difficulte.demarches", .value(.escape("nc")))],
            [("genre", .value(.choice("h"))), ("age", .value(.escape("refus"))), ("aise.materiel", .value(.scalePoint(2))),
             ("difficulte.demarches", .value(.escape("nsp")))],
            [("genre", .value(.choice("f"))), ("age", .value(.number(61))), ("aise.materiel", .value(.scalePoint(3))),
             ("difficulte.demarches", .value(.scalePoint(3)))],
        ]
        for (index, answers) in rows.enumerated() {
            let id = DatasetFixtures.session(UInt64(index + 1))
            try journal.startSession(questionnaire: identity,
                                     start: SessionStart(presentedOrder: answers.map(\.0), seed: 1, wave: nil, mode: .interviewer,
                                                         language: "fr", mediatorEntersAnswers: true,
                                                         participantCode: participantCodes[index]),
                                     id: id, at: JournalTimestamp(millisecondsSinceEpoch: 1_790_000_000_000 + Int64(index) * 10_000))
            for (item, answer) in answers { try journal.record(answer, item: item, session: id, at: JournalTimestamp(millisecondsSinceEpoch: 1_790_000_001_000)) }
            try journal.complete(session: id)
        }
        return try Dataset.load(journalsIn: directory, codebook: codebook).0
    }
}

/// Runs PSPP or R on generated files, when they are installed.
enum ExternalTool {
    static func find(_ name: String) -> URL? { StatisticsSyntaxTests.tool(name) }

    static func run(_ tool: URL, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let outURL = directory.appendingPathComponent("tool-output.txt")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let handle = try FileHandle(forWritingTo: outURL)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8))
    }
}
