import Foundation
import Questionnaire
import Responses
import XCTest

/// One whole interview of each bundled questionnaire, typed in keypress mode as mediators type (Enter after every
/// answer, even a one-key one) and in line mode, in French and in English: the journal must hold exactly the answers
/// of `Fixtures/Scripted/<questionnaire>.expected`. The scripts come from `make-script.py`.
final class ScriptedInterviewTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Scripted")
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-scripted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testEscUsagers() throws { try replay("esc-usagers") }
    func testEscProfessionnels() throws { try replay("esc-professionnels") }
    func testAccompagnementImpact() throws { try replay("accompagnement-impact") }

    /// The longer path of `esc-usagers` (visits, "other" text, a confirmed warning), in keypress mode.
    func testTheFullPlainScriptGivesTheSameJournalInKeypressMode() throws {
        let plain = directory.appendingPathComponent("plain").path
        let typed = RunCommandTests.fullInterview
        let result = try BinaryRunner.run(["run", RunCommandTests.questionnaire("esc-usagers"), "--plain", "--data", plain, "--seed", "11"],
                                          stdin: typed.joined(separator: "\n") + "\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let keys = directory.appendingPathComponent("keys").path
        let terminal = try PseudoTerminal(arguments: ["run", RunCommandTests.questionnaire("esc-usagers"), "--data", keys, "--seed", "11"],
                                          environment: ["TERM": "xterm"])
        terminal.waitFor("Question 1 sur 60")
        terminal.send(typed.map { $0 + "\r" }.joined())
        XCTAssertEqual(terminal.waitForExit(), 0)
        let expected = try Self.journalText(plain)
        XCTAssertTrue(expected.contains("quartier=autre: Cesson"), expected)
        XCTAssertEqual(try Self.journalText(keys), expected)
    }

    func replay(_ name: String) throws {
        let lines = try String(contentsOf: Self.folder.appendingPathComponent("\(name).lines"), encoding: .utf8)
            .components(separatedBy: "\n").filter { !$0.isEmpty || true }
        let typed = lines.last == "" ? Array(lines.dropLast()) : lines
        let expectedURL = Self.folder.appendingPathComponent("\(name).expected")
        let arguments = ["run", RunCommandTests.questionnaire(name), "--seed", "7"]
        for language in ["fr", "en"] {
            let keys = directory.appendingPathComponent("keys-\(language)").path
            let terminal = try PseudoTerminal(arguments: arguments + ["--data", keys, "--lang", language], environment: ["TERM": "xterm"])
            terminal.waitFor(language == "fr" ? "sur" : "of")
            terminal.send(typed.map { $0 + "\r" }.joined())
            XCTAssertEqual(terminal.waitForExit(), 0, "\(name) \(language): \(terminal.lastFrame)")
            XCTAssertTrue(PseudoTerminal.visible(terminal.output).contains(language == "fr" ? "Merci pour vos réponses" : "Thank you for your answers"))
            let plain = directory.appendingPathComponent("plain-\(language)").path
            let result = try BinaryRunner.run(arguments + ["--data", plain, "--lang", language, "--plain"],
                                              stdin: typed.joined(separator: "\n") + "\n")
            XCTAssertEqual(result.status, 0, result.stderr)
            if ProcessInfo.processInfo.environment["OCTANT_RECORD_SCRIPTED"] != nil, language == "fr" {
                try Self.journalText(plain).write(to: expectedURL, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(try Self.journalText(keys), expected, "\(name), keypress mode, \(language)")
            XCTAssertEqual(try Self.journalText(plain), expected, "\(name), line mode, \(language)")
        }
    }

    /// The one session of a data folder: its status, wave and code, then each answer, one a line in key order.
    static func journalText(_ data: String) throws -> String {
        let device = try String(contentsOfFile: data + "/device-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let url = URL(fileURLWithPath: data).appendingPathComponent(try XCTUnwrap(DeviceID(device)).journalFileName)
        let sessions = SessionState.fold(try JournalReader.read(contentsOf: url).events)
        XCTAssertEqual(sessions.count, 1)
        let state = try XCTUnwrap(sessions.first)
        var out = ["@status=\(state.status)", "@wave=\(state.wave ?? "")", "@code=\(state.start?.participantCode ?? "")"]
        for (key, answer) in state.answers.sorted(by: { $0.key < $1.key }) { out.append("\(key)=\(describe(answer))") }
        return out.joined(separator: "\n") + "\n"
    }

    static func describe(_ answer: JournalAnswer) -> String {
        switch answer {
        case .skipped: return "(skipped)"
        case .value(let value):
            switch value {
            case .scalePoint(let point): return "\(point)"
            case .choice(let code, let other): return code + (other.map { ": " + $0 } ?? "")
            case .choices(let codes, let other): return codes.joined(separator: ",") + (other.map { ": " + $0 } ?? "")
            case .number(let number): return "\(number)"
            case .text(let text): return "“\(text)”"
            case .escape(let id): return "(\(id))"
            }
        }
    }
}
