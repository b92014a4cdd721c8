import Foundation
import XCTest

/// The before/after workflow as a new user runs it: the same person interviewed at two waves through the runner,
/// a simulated panel beside them, `octant link`, then `octant report --change`.
final class ImpactWorkflowTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-impact-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    var data: String { directory.appendingPathComponent("Responses").path }
    let questionnaire = RunCommandTests.questionnaire("accompagnement-impact")

    /// Code (mother's name, day of birth, older siblings) and its confirmation, profile, then the 12 items of the four blocks.
    static let before = ["Élise", "5", "ne sait pas", "o", "2", "1", "2", "3", "1 2", "2"] + Array(repeating: "6", count: 12) + ["s", ""]
    /// The same person typing her code differently (case, leading zero, "x"); the number of sessions; the 12 items,
    /// the 4 "since the support" items and the 3 retrospective pairs (before / now).
    static let after = ["elise", "05", "x", "o", "2", "1", "2", "3", "1 2", "2", "8"] + Array(repeating: "7", count: 16)
        + ["3", "7", "3", "7", "3", "7", "s", ""]

    func testTwoWavesThroughTheRunnerThenLinkAndChangeReport() throws {
        let first = try BinaryRunner.run(["run", questionnaire, "--plain", "--data", data, "--wave", "avant"],
                                         stdin: Self.before.joined(separator: "\n") + "\n")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Code participant : EL05X"), first.stdout)
        let second = try BinaryRunner.run(["run", questionnaire, "--plain", "--data", data, "--wave", "apres"],
                                          stdin: Self.after.joined(separator: "\n") + "\n")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("Code participant : EL05X"), second.stdout)

        let alone = try BinaryRunner.run(["link", questionnaire, "--data", data])
        XCTAssertEqual(alone.status, 0, alone.stderr)
        XCTAssertTrue(alone.stdout.contains("Personnes vues dans au moins deux vagues : 1"), alone.stdout)
        XCTAssertFalse(alone.stdout.contains("EL05X"), "codes never leave the journal")
        let tooFew = try BinaryRunner.run(["report", questionnaire, "--data", data, "--change", "avant:apres", "--format", "json"])
        XCTAssertEqual(tooFew.status, 0, tooFew.stderr)
        let note = try XCTUnwrap(try change(tooFew.stdout)["note"] as? [String: Any])
        let tooFewLinked = try XCTUnwrap(note["tooFewLinkedPeople"] as? [String: Any], "\(note)")
        XCTAssertEqual(tooFewLinked["linked"] as? Int, 1)
        XCTAssertEqual(tooFewLinked["minimum"] as? Int, 5)
        let text = try BinaryRunner.run(["report", questionnaire, "--data", data, "--change", "avant:apres"])
        XCTAssertTrue(text.stdout.contains("1 personne reliée entre les deux vagues : moins que le minimum de 5"), text.stdout)

        // A simulated panel beside the real interviews (another device's journal): 80 people, 25 % lost, effect +1.
        let simulated = try BinaryRunner.run(["simulate", questionnaire, "--respondents", "80", "--seed", "4", "--data", data,
                                              "--waves", "avant,apres", "--effect", "1", "--attrition", "0.25"])
        XCTAssertEqual(simulated.status, 0, simulated.stderr)
        let linked = try BinaryRunner.run(["link", questionnaire, "--data", data, "--lang", "en"])
        XCTAssertTrue(linked.stdout.contains("avant (Before the support): 81 sessions"), linked.stdout)

        let json = try BinaryRunner.run(["report", questionnaire, "--data", data, "--change", "avant:apres", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let report = try change(json.stdout)
        let pairs = try XCTUnwrap(report["pairCount"] as? Int)
        XCTAssertGreaterThan(pairs, 50)
        XCTAssertLessThan(pairs, 81)
        let blocks = try XCTUnwrap(report["blocks"] as? [[String: Any]])
        XCTAssertEqual(blocks.map { $0["block"] as? String }, ["aise", "autonomie", "confiance", "droits", "scores"])
        XCTAssertFalse(try XCTUnwrap(report["differences"] as? [Any]).isEmpty)
        XCTAssertFalse(json.stdout.contains("EL05X"))

        for format in ["terminal", "markdown", "html", "csv"] {
            let rendered = try BinaryRunner.run(["report", questionnaire, "--data", data, "--change", "avant:apres", "--format", format])
            XCTAssertEqual(rendered.status, 0, "\(format): \(rendered.stderr)")
            XCTAssertTrue(rendered.stdout.contains("apres") || rendered.stdout.contains("Après"), format)
            XCTAssertFalse(rendered.stdout.contains("EL05X"), format)
            if format == "markdown" {
                // The key findings read the before/after section built on both waves: its changes and its caution.
                let findings = rendered.stdout.components(separatedBy: "## ")[1]
                XCTAssertTrue(findings.contains("mêmes personnes : de "), findings)
                XCTAssertTrue(findings.contains("personnes reliées sur"), findings)
            }
        }
    }

    func testChangeNeedsTwoDeclaredWavesAndTheJournals() throws {
        let csv = directory.appendingPathComponent("x.csv").path
        _ = try BinaryRunner.run(["simulate", questionnaire, "--respondents", "5", "--seed", "1", "--data", data])
        let unknown = try BinaryRunner.run(["report", questionnaire, "--data", data, "--change", "avant:pendant"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("avant, apres"), unknown.stderr)
        let stray = try BinaryRunner.run(["simulate", questionnaire, "--respondents", "5", "--attrition", "0.2"])
        XCTAssertEqual(stray.status, 2)
        XCTAssertTrue(stray.stderr.contains("--waves"), stray.stderr)
        _ = try BinaryRunner.run(["export", questionnaire, "--data", data, "--to", csv])
        let fromCSV = try BinaryRunner.run(["report", questionnaire, "--data", csv, "--change", "avant:apres", "--lang", "en"])
        XCTAssertEqual(fromCSV.status, 2)
        XCTAssertTrue(fromCSV.stderr.contains("participant codes are never exported"), fromCSV.stderr)
    }

    func change(_ json: String) throws -> [String: Any] {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try XCTUnwrap(object["change"] as? [String: Any])
    }
}
