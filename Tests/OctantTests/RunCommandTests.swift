import Foundation
import Responses
import XCTest

/// `octant run` through the real binary, in plain mode (answers piped on standard input).
final class RunCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    static func questionnaire(_ name: String) -> String {
        CheckCommandTests.repository.appendingPathComponent("Questionnaires/\(name).survey").path
    }

    var data: String { directory.appendingPathComponent("Responses").path }

    /// The sessions of the journal the runs wrote (opened once the child has exited, so the lock is free).
    func sessions() throws -> [SessionState] {
        let deviceText = try String(contentsOfFile: data + "/device-id", encoding: .utf8)
        let device = try XCTUnwrap(DeviceID(deviceText.trimmingCharacters(in: .whitespacesAndNewlines)))
        // Every session the journal holds (a journal opened to write knows only those still open).
        let events = try JournalReader.read(contentsOf: URL(fileURLWithPath: data).appendingPathComponent(device.journalFileName)).events
        return SessionState.fold(events).sorted { $0.lastEventAt < $1.lastEventAt }
    }

    /// Answers to the whole `esc-usagers` questionnaire (80 questions once `visite = oui`).
    static let fullInterview: [String] =
        ["1", "13", "Cesson", "45"] + Array(repeating: "5", count: 10) + Array(repeating: "1", count: 6)
        + Array(repeating: "3", count: 7) + Array(repeating: "4", count: 6) + Array(repeating: "n", count: 9)
        + Array(repeating: "j", count: 4) + ["2", "1 3"] + Array(repeating: "1", count: 5) + ["1", "150", "o"]
        + Array(repeating: "2", count: 3) + Array(repeating: "6", count: 8) + Array(repeating: "7", count: 4)
        + Array(repeating: "8", count: 8) + Array(repeating: "1", count: 3) + [""]

    func testAWholeInterviewInPlainModeLandsInTheJournal() throws {
        let result = try BinaryRunner.run(["run", Self.questionnaire("esc-usagers"), "--plain", "--data", data, "--seed", "11"],
                                          stdin: Self.fullInterview.joined(separator: "\n") + "\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Question 1 sur 60"), "progress counts only the questions asked")
        XCTAssertTrue(result.stdout.contains("Question 80 sur 80"))
        XCTAssertTrue(result.stdout.contains("1 Pas du tout d'accord   2   3   4   5   6   7   8 Tout à fait d'accord"))
        XCTAssertTrue(result.stdout.contains("Plus de 100 visites : confirmez-vous ?"))
        XCTAssertTrue(result.stdout.contains("Merci pour vos réponses !"))
        let state = try XCTUnwrap(try sessions().first)
        XCTAssertTrue(result.stdout.contains("Code de la session (pour l'enquêteur) : \(state.code)"))
        XCTAssertEqual(state.status, .completed)
        XCTAssertEqual(state.answers.count, 80)
        XCTAssertEqual(state.answers["quartier"], .value(.choice("autre", other: "Cesson")))
        XCTAssertEqual(state.answers["age"], .value(.number(45)))
        XCTAssertEqual(state.answers["difficulte.caf"], .value(.escape("nc")))
        XCTAssertEqual(state.answers["esc"], .value(.choices(["kleber", "cesaire"])))
        XCTAssertEqual(state.confirmedWarnings["visites"]?.count, 1)
        XCTAssertEqual(state.seed, 11)
        XCTAssertEqual(state.start?.mode, .interviewer)
        XCTAssertEqual(state.start?.mediatorEntersAnswers, true)
        let attributes = try FileManager.default.attributesOfItem(atPath: data)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
    }

    func testValidationMessagesAreShortAndInTheSessionLanguage() throws {
        let result = try BinaryRunner.run(["run", Self.questionnaire("esc-usagers"), "--plain", "--data", data, "--lang", "en",
                                           "--mode", "self"], stdin: "1\n1\n12\n45\n9\n")
        XCTAssertTrue(result.stdout.contains("Type a number without a decimal point. From 16 to 110."), result.stdout)
        XCTAssertTrue(result.stdout.contains("Type a number. From 1 to 8. Or a letter: j, n."), result.stdout)
        XCTAssertTrue(result.stdout.contains("To skip the question: type s."), "self mode speaks in easy words, one instruction a line")
        XCTAssertFalse(result.stdout.contains("r: repeat"), "repeating is the mediator's key")
        XCTAssertFalse(result.stdout.contains("Interviewer note"), "self mode hides the notes")
        XCTAssertEqual(result.status, 1, "input ended before the end")
        XCTAssertTrue(result.stderr.contains("End of input"), result.stderr)
        let state = try XCTUnwrap(try sessions().first)
        XCTAssertEqual(state.status, .paused)
        XCTAssertEqual(state.start?.mediatorEntersAnswers, false)
    }

    func testPauseThenResumeContinuesAtTheNextQuestion() throws {
        let first = try BinaryRunner.run(["run", Self.questionnaire("esc-usagers"), "--plain", "--data", data],
                                         stdin: "2\n3\n30\nq\no\n")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Entretien en pause"), first.stdout)
        let resumed = try BinaryRunner.run(["run", "--resume", "--data", data, "--plain"], stdin: "p\n\n7\n",
                                           currentDirectory: CheckCommandTests.repository)
        XCTAssertTrue(resumed.stdout.contains("Entretiens à reprendre"), resumed.stdout)
        XCTAssertTrue(resumed.stdout.contains("3/60 questions"), resumed.stdout)
        XCTAssertTrue(resumed.stdout.contains("Question 4 sur 60"), resumed.stdout)
        XCTAssertTrue(resumed.stdout.contains("Réponse enregistrée : 30 (Entrée pour la garder)"), "p showed the earlier answer")
        let state = try XCTUnwrap(try sessions().first)
        XCTAssertEqual(state.answers.count, 4)
        XCTAssertEqual(state.answers["age"], .value(.number(30)))
    }

    func testResumeIsRefusedWhenTheQuestionnaireChangedVersion() throws {
        _ = try BinaryRunner.run(["run", Self.questionnaire("esc-usagers"), "--plain", "--data", data], stdin: "1\n")
        let folder = directory.appendingPathComponent("Questionnaires")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let original = try String(contentsOfFile: Self.questionnaire("esc-usagers"), encoding: .utf8)
        try original.replacingOccurrences(of: "survey esc-usagers version 1", with: "survey esc-usagers version 2")
            .write(to: folder.appendingPathComponent("esc-usagers.survey"), atomically: true, encoding: .utf8)
        let resumed = try BinaryRunner.run(["run", "--resume", "--data", data, "--plain"], stdin: "\n", currentDirectory: directory)
        XCTAssertEqual(resumed.status, 1)
        XCTAssertTrue(resumed.stderr.contains("version 1 du questionnaire ; la version 2 est différente"), resumed.stderr)
    }

    func testParticipantCodeIsAskedNormalisedAndShownAtTheEnd() throws {
        let result = try BinaryRunner.run(["run", Self.questionnaire("accompagnement-impact"), "--plain", "--data", data,
                                           "--wave", "avant"], stdin: "Élise\n5\nne sait pas\no\n1\nq\no\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Code participant : EL05X"), result.stdout)
        let state = try XCTUnwrap(try sessions().first)
        XCTAssertEqual(state.start?.participantCode, "EL05X")
        XCTAssertEqual(state.wave, "avant")
        let badWave = try BinaryRunner.run(["run", Self.questionnaire("accompagnement-impact"), "--plain", "--data", data,
                                            "--wave", "t9"])
        XCTAssertEqual(badWave.status, 2)
    }

    func testALockedJournalStopsTheInterviewWithThePlainMessage() throws {
        _ = try BinaryRunner.run(["run", Self.questionnaire("esc-usagers"), "--plain", "--data", data], stdin: "")
        let deviceText = try String(contentsOfFile: data + "/device-id", encoding: .utf8)
        let device = try XCTUnwrap(DeviceID(deviceText.trimmingCharacters(in: .whitespacesAndNewlines)))
        let holder = try AnswerJournal(dataDirectory: URL(fileURLWithPath: data), deviceID: device)
        defer { holder.close() }
        let result = try BinaryRunner.run(["run", Self.questionnaire("esc-usagers"), "--plain", "--data", data, "--lang", "en"],
                                          stdin: "1\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("already open in another Octant program"), result.stderr)
    }

    func testUsageErrors() throws {
        XCTAssertEqual(try BinaryRunner.run(["run"]).status, 2)
        XCTAssertEqual(try BinaryRunner.run(["run", Self.questionnaire("esc-usagers"), "--mode", "robot"]).status, 2)
        let help = try BinaryRunner.run(["help", "run", "--lang", "en"])
        XCTAssertTrue(help.stdout.contains("octant run QUESTIONNAIRE"), help.stdout)
    }
}
