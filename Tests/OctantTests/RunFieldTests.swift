import Foundation
import Responses
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sequences mediators typed in the field, through a pseudo-terminal; each test reads the journal afterwards.
final class RunFieldTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-field-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    var data: String { directory.appendingPathComponent("Responses").path }

    /// A Likert block, a three-row grid, a number, a text: each kind of screen the sequences reach.
    static let fieldQuestionnaire = """
        survey terrain version 1 language fr
        languages: fr en
        escape nsp "Je ne sais pas" key j
          en: "I don't know"
        waves
          avant "Avant"
            en: "Before"
          apres "Après"
            en: "After"
        code participant "Code participant"
          en: "Participant code"
          mere "Deux premières lettres du prénom de votre mère" letters 2
            en: "First two letters of your mother's first name"
          jour "Jour de naissance" digits 2
            en: "Day of birth"
        options ouinon
          oui "Oui"
            en: "Yes"
          non "Non"
            en: "No"
        likert aise "Je me sens à l’aise pour :" escape nsp
          en: "I feel at ease to:"
          falc: "Je suis à l’aise pour :"
          falc.en: "I am at ease to:"
          mail "Envoyer un courriel"
            en: "Send an email"
          photo "Envoyer une photo"
            en: "Send a photo"
          visio "Faire une visio"
            en: "Make a video call"
        grid equipement "Chez moi, j’ai :" options ouinon
          en: "At home, I have:"
          ordinateur "Un ordinateur"
            en: "A computer"
          box "Une box internet"
            en: "An internet box"
          imprimante "Une imprimante"
            en: "A printer"
        number visites "Combien de visites ?" 0..500
          en: "How many visits?"
        text avis "Un mot pour finir ?"
          en: "A word to finish?"
        """

    func fieldSurvey() throws -> String {
        let path = directory.appendingPathComponent("terrain.survey").path
        try Self.fieldQuestionnaire.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func journalSessions() throws -> [SessionState] {
        let device = try String(contentsOfFile: data + "/device-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let url = URL(fileURLWithPath: data).appendingPathComponent(try XCTUnwrap(DeviceID(device)).journalFileName)
        return SessionState.fold(try JournalReader.read(contentsOf: url).events)
    }

    /// Wave, code and its confirmation: the first Likert item is on screen afterwards.
    func startFieldInterview(_ extra: [String] = [], wave: String = "1") throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(arguments: ["run", try fieldSurvey(), "--data", data, "--seed", "3"] + extra,
                                          environment: ["TERM": "xterm"])
        terminal.waitFor("Vague de mesure")
        terminal.send(wave)
        terminal.waitFor("Élément 1 sur 2")
        terminal.send("Marie\r")
        terminal.waitFor("Élément 2 sur 2")
        terminal.send("7\r")
        terminal.waitFor("Le code est-il juste ?")
        terminal.send("o")
        terminal.waitFor("Question 1 sur 8")
        return terminal
    }

    func testAStrayEnterNeverRecordsASkipAndInvalidInputRecordsNothing() throws {
        let terminal = try startFieldInterview()
        // 3⏎ on a Likert item: 3, and the Enter is dropped instead of skipping the next item.
        terminal.send("3\r")
        terminal.waitFor("Question 2 sur 8")
        terminal.send("4")
        terminal.waitFor("Question 3 sur 8")
        terminal.send("j")
        terminal.waitFor("Question 4 sur 8")
        // 12,5⏎ on a three-row grid: Oui, Non, then "," and "5" refused and the Enter records nothing.
        terminal.send("12,5\r")
        terminal.waitFor("Tapez un numéro de 1 à 2")
        XCTAssertTrue(terminal.lastFrame.contains { $0.contains("Une imprimante") }, "still on the third row")
        terminal.send("\r")
        terminal.waitFor("Rien n'est enregistré")
        // douze⏎ on a number: refused with a message.
        terminal.send("1")
        terminal.waitFor("Question 7 sur 8")
        terminal.send("douze\r")
        terminal.waitFor("Tapez un nombre entier de 0 à 500")
        terminal.send("\r")
        terminal.waitFor("Rien n'est enregistré : tapez une réponse, ou s pour sauter la question")
        terminal.send("s\r")
        terminal.waitFor("Question 8 sur 8")
        terminal.send("q\r")
        terminal.waitFor("Mettre l'entretien en pause ?")
        terminal.send("o")
        terminal.waitFor("Entretien en pause")
        XCTAssertEqual(terminal.waitForExit(), 0)
        let state = try XCTUnwrap(try journalSessions().first)
        XCTAssertEqual(state.answers, [
            "aise.mail": .value(.scalePoint(3)), "aise.photo": .value(.scalePoint(4)), "aise.visio": .value(.escape("nsp")),
            "equipement.ordinateur": .value(.choice("oui")), "equipement.box": .value(.choice("non")),
            "equipement.imprimante": .value(.choice("oui")), "visites": .skipped,
        ])
        XCTAssertEqual(state.wave, "avant")
        XCTAssertEqual(state.start?.participantCode, "MA07")
    }

    func testTheWaveIsAskedAndLeavingBeforeItWritesNoSession() throws {
        let terminal = try PseudoTerminal(arguments: ["run", try fieldSurvey(), "--data", data], environment: ["TERM": "xterm"])
        terminal.waitFor("Vague de mesure")
        terminal.send("\r")
        terminal.waitFor("Tapez le numéro de la vague, de 1 à 2")
        terminal.send("3")
        terminal.waitFor("Tapez le numéro de la vague")
        terminal.send("q")
        terminal.waitFor("Quitter ? L'entretien n'a pas commencé")
        terminal.send("o")
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertEqual(try journalSessions().count, 0, "no session without a wave")
        // In line mode too, and the wave chosen goes into the session.
        let plain = try BinaryRunner.run(["run", try fieldSurvey(), "--data", data, "--plain"], stdin: "2\nMarie\n7\no\nq\no\n")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.contains("1  Avant"), plain.stdout)
        XCTAssertEqual(try journalSessions().map(\.wave), ["apres"])
    }

    func testTheMenuAsksTheWaveOfAQuestionnaireWithWaves() throws {
        let folder = directory.appendingPathComponent("Questionnaires")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.fieldQuestionnaire.write(to: folder.appendingPathComponent("terrain.survey"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(arguments: [], environment: ["TERM": "xterm", "LANG": "fr_FR.UTF-8"],
                                          currentDirectory: directory)
        terminal.waitFor("Faire passer un questionnaire")
        terminal.send("1\r")
        terminal.waitFor("terrain.survey")
        terminal.send("1\r")
        terminal.waitFor("Votre choix")
        terminal.send("1\r")
        terminal.waitFor("Vague de mesure")
        terminal.send("2")
        terminal.waitFor("Élément 1 sur 2")
        terminal.send("q\r")
        terminal.waitFor("Quitter ?")
        terminal.send("o")
        terminal.waitFor("Entrée")
        terminal.send("\r")
        terminal.waitFor("Votre choix")
        terminal.send("q\r")
        XCTAssertEqual(terminal.waitForExit(), 0)
    }

    func testTheParticipantCodeIsReadBackAndAMismatchIsTypedAgain() throws {
        let terminal = try PseudoTerminal(arguments: ["run", try fieldSurvey(), "--data", data, "--wave", "apres"],
                                          environment: ["TERM": "xterm"])
        terminal.waitFor("Élément 1 sur 2")
        terminal.send("\r")
        terminal.waitFor("Tapez 2 lettres, ou x si la personne ne sait pas")
        terminal.send("Mrie\r")
        terminal.waitFor("Élément 2 sur 2")
        terminal.send("7\r")
        terminal.waitFor("Le code est-il juste ?")
        XCTAssertTrue(terminal.lastFrame.contains("  Deux premières lettres du prénom de votre mère : M R"), "\(terminal.lastFrame)")
        XCTAssertTrue(terminal.lastFrame.contains("  Jour de naissance : 0 7"))
        terminal.send("n")
        terminal.waitFor("Le code est effacé : tapez-le de nouveau")
        terminal.send("Marie\r")
        terminal.waitFor("Élément 2 sur 2")
        terminal.send("7\r")
        terminal.waitFor("M A")
        terminal.send("o")
        terminal.waitFor("Question 1 sur 8")
        terminal.send("\u{03}")
        XCTAssertEqual(terminal.waitForExit(), 130)
        let sessions = try journalSessions()
        XCTAssertEqual(sessions.count, 1)
        XCTAssertEqual(sessions.first?.start?.participantCode, "MA07", "only the confirmed code reaches the journal")
    }

    func testResumeRestoresEverySettingAndThePauseGivesTheExactCommand() throws {
        let folder = directory.appendingPathComponent("t2").path
        let terminal = try PseudoTerminal(arguments: ["run", try fieldSurvey(), "--data", folder, "--easy", "--lang", "en",
                                                      "--mode", "self", "--wave", "apres"], environment: ["TERM": "xterm"],
                                          currentDirectory: directory)
        terminal.waitFor("Part 1 of 2")
        terminal.send("Marie\r7\r")
        terminal.waitFor("Read your code. Is it right?")
        terminal.send("y")
        terminal.waitFor("I am at ease to:")
        terminal.send("5")
        terminal.waitFor("Question 2 of 8")
        terminal.send("q")
        terminal.waitFor("Do you want to take a break?")
        terminal.send("y")
        terminal.waitFor("the person who helps you types:")
        XCTAssertEqual(terminal.waitForExit(), 0)
        let screen = PseudoTerminal.visible(terminal.output)
        let line = try XCTUnwrap(screen.components(separatedBy: "\n").first { $0.contains("types: octant run --resume") })
        let command = String(line[line.range(of: "types: ")!.upperBound...]).trimmingCharacters(in: .whitespaces)
        XCTAssertTrue(command.contains("--data \(folder)"), command)
        XCTAssertTrue(command.contains("--session "), command)
        // The exact command, as printed, with no --easy, --lang or --mode: the session brings them back.
        let words = Array(command.split(separator: " ").map(String.init).dropFirst())
        let resumed = try PseudoTerminal(arguments: words, environment: ["TERM": "xterm"], currentDirectory: directory)
        resumed.waitFor("Question 2 of 8")
        XCTAssertTrue(resumed.lastFrame.contains { $0.contains("I am at ease to:") }, "easy-to-read English texts: \(resumed.lastFrame)")
        XCTAssertTrue(resumed.lastFrame.contains("To skip the question: type s."), "self-mode words")
        XCTAssertFalse(resumed.lastFrame.contains { $0.contains("Interviewer note") })
        resumed.send("6")
        resumed.waitFor("Question 3 of 8")
        resumed.send("\u{03}")
        XCTAssertEqual(resumed.waitForExit(), 130)
        let device = try String(contentsOfFile: folder + "/device-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let url = URL(fileURLWithPath: folder).appendingPathComponent(try XCTUnwrap(DeviceID(device)).journalFileName)
        let state = try XCTUnwrap(SessionState.fold(try JournalReader.read(contentsOf: url).events).first)
        XCTAssertEqual(state.answers.count, 2)
        XCTAssertEqual(state.start?.easy, true)
        XCTAssertEqual(state.start?.language, "en")
        XCTAssertEqual(state.start?.mode, .selfAdministered)
        XCTAssertEqual(state.wave, "apres")
    }

    /// The question stays on screen, and no row is wider or taller than the terminal, at 60×20 and 40×15.
    func testTheQuestionStaysVisibleOnSmallTerminals() throws {
        for (columns, rows) in [(UInt16(60), UInt16(20)), (40, 15)] {
            let data = directory.appendingPathComponent("small-\(columns)").path
            let terminal = try PseudoTerminal(arguments: ["run", RunCommandTests.questionnaire("esc-usagers"), "--data", data,
                                                          "--seed", "5"], environment: ["TERM": "xterm", "NO_COLOR": "1"],
                                              columns: columns, rows: rows)
            terminal.waitFor("Question 1 sur 60")
            // Sex, district (15 options: a window of them), age, then Likert items with eight labelled points.
            assertFits(terminal.lastFrame, columns: columns, rows: rows, showing: "Sexe")
            terminal.send("1")
            terminal.waitFor("Question 2 sur 60")
            assertFits(terminal.lastFrame, columns: columns, rows: rows, showing: "Lieu d’habitation")
            if rows == 15 {
                XCTAssertTrue(terminal.lastFrame.contains { $0.contains("↑ ↓ : autres réponses (1 à") }, "\(terminal.lastFrame)")
                terminal.send("\u{1B}[B")
                terminal.waitFor("↑ ↓")
                assertFits(terminal.lastFrame, columns: columns, rows: rows, showing: "Lieu d’habitation")
                XCTAssertFalse(terminal.lastFrame.contains { $0.contains("autres réponses (1 à") }, "↓ shows the next answers")
            }
            terminal.send("2\r")
            terminal.waitFor("Question 3 sur 60")
            terminal.send("45\r")
            terminal.waitFor("Question 4 sur 60")
            assertFits(terminal.lastFrame, columns: columns, rows: rows, showing: "En matière numérique")
            terminal.send("?")
            terminal.waitFor("Aide")
            assertFits(terminal.lastFrame, columns: columns, rows: rows, showing: "En matière numérique")
            terminal.send("\u{03}")
            XCTAssertEqual(terminal.waitForExit(), 130)
        }
    }

    func assertFits(_ frame: [String], columns: UInt16, rows: UInt16, showing question: String, line: UInt = #line) {
        let drawn = frame.last == "" ? Array(frame.dropLast()) : frame
        XCTAssertLessThanOrEqual(drawn.count, Int(rows), "\(columns)×\(rows): \(drawn)", line: line)
        XCTAssertTrue(drawn.allSatisfy { $0.count <= Int(columns) }, "\(columns)×\(rows): \(drawn)", line: line)
        XCTAssertTrue(drawn.contains { $0.contains(question) }, "\(columns)×\(rows), question gone: \(drawn)", line: line)
    }

    func testTheRecordedAnswerIsMarkedInWordsWithoutColour() throws {
        let terminal = try startFieldInterview()
        terminal.send("3")
        terminal.waitFor("Question 2 sur 8")
        terminal.send("\u{1B}[D")
        terminal.waitFor("Réponse enregistrée : 3")
        XCTAssertTrue(terminal.lastFrame.contains { $0.hasPrefix("> 3") && $0.hasSuffix("(réponse enregistrée)") }, "\(terminal.lastFrame)")
        terminal.send("\r")
        terminal.waitFor("Question 2 sur 8")
        terminal.send("\u{03}")
        XCTAssertEqual(terminal.waitForExit(), 130)
        let plain = try BinaryRunner.run(["run", try fieldSurvey(), "--data", data, "--plain", "--wave", "avant"],
                                         stdin: "Marie\n7\no\n3\np\n")
        XCTAssertTrue(plain.stdout.contains(">  3  (réponse enregistrée)") || plain.stdout.contains("(réponse enregistrée)"), plain.stdout)
    }
}

extension RunFieldTests {
    /// A wave label from another device's journal cannot clear the mediator's screen or reverse its text.
    func testLinkNeutralisesAHostileWaveOnATerminal() throws {
        let survey = try fieldSurvey()
        let source = try String(contentsOfFile: survey, encoding: .utf8)
        let journal = try AnswerJournal(dataDirectory: URL(fileURLWithPath: data), deviceID: DeviceID("autre-poste")!)
        let identity = QuestionnaireIdentity(id: "terrain", version: "1", sourceText: source)
        for wave in ["avant", "\u{1B}[2J\u{202E}apres"] {
            let start = SessionStart(presentedOrder: [], seed: 1, wave: wave, mode: .interviewer, language: "fr",
                                     mediatorEntersAnswers: true, participantCode: "MA07")
            let id = try journal.startSession(questionnaire: identity, start: start).sessionID
            try journal.complete(session: id)
        }
        let terminal = try PseudoTerminal(arguments: ["link", survey, "--data", data], environment: ["TERM": "xterm"])
        XCTAssertEqual(terminal.waitForExit(), 0, terminal.output)
        XCTAssertTrue(terminal.output.contains("apres"), terminal.output)
        XCTAssertFalse(terminal.output.contains("\u{1B}[2J"), "no screen clearing from a label")
        XCTAssertFalse(terminal.output.unicodeScalars.contains("\u{202E}"), "no bidi override from a label")
    }
}
