import Foundation
import XCTest

/// `octant simulate` through the real binary.
final class SimulateCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-simulate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static var survey: String { CheckCommandTests.repository.appendingPathComponent("Questionnaires/esc-professionnels.survey").path }

    func testWritesAJournalOfCompletedSyntheticSessions() throws {
        let data = directory.appendingPathComponent("data")
        let result = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "50", "--seed", "1", "--data", data.path,
                                           "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("50 SYNTHETIC sessions"), result.stdout)
        let journal = data.appendingPathComponent("journal-synthetic-1.jsonl")
        let mode = (try FileManager.default.attributesOfItem(atPath: journal.path)[.posixPermissions] as! NSNumber).intValue
        XCTAssertEqual(mode & 0o777, 0o600)
        var started = Set<String>(), completed = Set<String>(), sequence = 0
        for line in try String(contentsOf: journal, encoding: .utf8).split(separator: "\n") {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(object["device"] as? String, "synthetic-1")
            sequence += 1
            XCTAssertEqual(object["seq"] as? Int, sequence)
            let session = try XCTUnwrap(object["session"] as? String)
            switch object["event"] as? String {
            case "session-started": started.insert(session)
            case "completed": completed.insert(session)
            default: XCTAssertTrue(started.contains(session) && !completed.contains(session))
            }
        }
        XCTAssertEqual(started.count, 50)
        XCTAssertEqual(completed, started)

        // Same seed again into the same directory: refused, the synthetic journal is never appended to.
        let again = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "50", "--seed", "1", "--data", data.path])
        XCTAssertEqual(again.status, 1)
    }

    func testUsageErrors() throws {
        let missing = try BinaryRunner.run(["simulate", Self.survey, "--lang", "en"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("--respondents"), missing.stderr)
        let badSeed = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "3", "--seed", "-4", "--lang", "en"])
        XCTAssertEqual(badSeed.status, 2)
        let help = try BinaryRunner.run(["help", "simulate", "--lang", "en"])
        XCTAssertTrue(help.stdout.contains("--targets"), help.stdout)
    }
}
