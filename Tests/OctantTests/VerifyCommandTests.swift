import Foundation
import Responses
import Support
import XCTest

/// `octant verify`, and `report`, `export` and `link` over a half-copied journal, through the real binary.
final class VerifyCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    var data: URL { directory.appendingPathComponent("Responses") }
    let questionnaire = RunCommandTests.questionnaire("accompagnement-impact")

    func simulate(seed: Int, _ extra: [String] = []) throws -> URL {
        let result = try BinaryRunner.run(["simulate", questionnaire, "--respondents", "6", "--seed", "\(seed)", "--data", data.path] + extra)
        XCTAssertEqual(result.status, 0, result.stderr)
        return data.appendingPathComponent("journal-synthetic-\(seed).ojl")
    }

    func testAnIntactFolderExitsZeroAndADeletedLineExitsOneWithItsPlaceAndSession() throws {
        let journal = try simulate(seed: 3)
        let intact = try BinaryRunner.run(["verify", "--data", data.path, "--lang", "en"])
        XCTAssertEqual(intact.status, 0, intact.stdout + intact.stderr)
        XCTAssertTrue(intact.stdout.contains("journal-synthetic-3.ojl: intact — 121 lines, 6 sessions"), intact.stdout)

        // `sed -i 3d`: the first answer of the first session is gone.
        var lines = String(decoding: try Data(contentsOf: journal), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let start = lines[1].split(separator: "\t")
        let code = try XCTUnwrap(SessionID(hex: String(start[2].dropFirst("session=".count)))).code
        lines.remove(at: 2)
        try Data(lines.joined(separator: "\n").utf8).write(to: journal)

        let french = try BinaryRunner.run(["verify", "--data", data.path, "--lang", "fr"])
        XCTAssertEqual(french.status, 1, french.stderr)
        XCTAssertTrue(french.stdout.contains("journal-synthetic-3.ojl:3 : une ligne manque avant celle-ci (n° 4 après n° 2) — la session \(code)"),
                      french.stdout)
        XCTAssertTrue(french.stdout.contains("récupérable : 5 sessions intactes"), french.stdout)
        XCTAssertTrue(french.stdout.contains("récupérable : session \(code), 0 réponse enregistrée avant la ligne 3"), french.stdout)
        let english = try BinaryRunner.run(["verify", "--data", data.path, "--lang", "en"])
        XCTAssertEqual(english.status, 1)
        XCTAssertTrue(english.stdout.contains("journal-synthetic-3.ojl:3: one line is missing before this one"), english.stdout)
        XCTAssertTrue(english.stdout.contains("Nothing was changed."), english.stdout)
        if let participant = start.first(where: { $0.hasPrefix("code=") })?.dropFirst("code=".count) {
            XCTAssertFalse(english.stdout.contains(participant), "never a participant code")
        }

        let json = try BinaryRunner.run(["verify", "--data", data.path, "--json", "--lang", "en"])
        XCTAssertEqual(json.status, 1)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(root["intact"] as? Bool, false)
        let file = try XCTUnwrap((root["files"] as? [[String: Any]])?.first)
        let problem = try XCTUnwrap((file["problems"] as? [[String: Any]])?.first)
        XCTAssertEqual(problem["line"] as? Int, 3)
        XCTAssertEqual(problem["kind"] as? String, "missing-lines")
        XCTAssertEqual(problem["sessions"] as? [String], [code])

        // The report refuses the damaged journal, and points to verify.
        let report = try BinaryRunner.run(["report", questionnaire, "--data", data.path, "--lang", "en"])
        XCTAssertEqual(report.status, 1)
        XCTAssertTrue(report.stderr.contains("octant verify --data \(data.path)"), report.stderr)
    }

    func testVerifyNeedsAFolder() throws {
        XCTAssertEqual(try BinaryRunner.run(["verify"]).status, 2)
        XCTAssertEqual(try BinaryRunner.run(["verify", "--data", directory.appendingPathComponent("absent").path]).status, 2)
        let empty = try BinaryRunner.run(["verify", "--data", directory.path, "--lang", "fr"])
        XCTAssertEqual(empty.status, 0)
        XCTAssertTrue(empty.stdout.contains("Aucun journal dans"), empty.stdout)
    }

    /// Another laptop's journal arriving through a file-sync tool: cut anywhere, maybe followed by a block of zeros.
    /// Report, export and link read it up to its last whole line and warn, naming it; verify calls it a warning.
    func testAHalfCopiedJournalIsReadUpToItsLastWholeLineWithAWarning() throws {
        let panel = try simulate(seed: 4, ["--waves", "avant,apres"])
        let copied = try simulate(seed: 5)
        let whole = [UInt8](try Data(contentsOf: copied))
        var random = SplitMix64(seed: 0xC0B1E)
        let panelSessions = Set(try JournalReader.read(contentsOf: panel).events.map(\.sessionID))
        let lineEnds = whole.indices.filter { whole[$0] == UInt8(ascii: "\n") }
        for trial in 0..<6 {
            // Anywhere; right after a newline (a shorter file, nothing torn); inside the header line.
            let cut = trial == 2 ? lineEnds[random.index(below: lineEnds.count - 1)] + 1 : trial == 3 ? 5 : 1 + random.index(below: whole.count - 1)
            let zeros = trial % 2 == 1 ? [UInt8](repeating: 0, count: 512 + random.index(below: 4096)) : []
            let bytes = Array(whole[..<cut]) + zeros
            try Data(bytes).write(to: copied)
            let atBoundary = whole[cut - 1] == UInt8(ascii: "\n") && zeros.isEmpty
            let tornLine = whole[..<cut].filter { $0 == UInt8(ascii: "\n") }.count + 1
            let sessions = panelSessions.union(try JournalReader.parse(bytes).events.map(\.sessionID)).count
            let context = "cut at \(cut) of \(whole.count), \(zeros.count) zeros"

            let export = try BinaryRunner.run(["export", questionnaire, "--data", data.path, "--to", directory.appendingPathComponent("e.csv").path,
                                               "--lang", "en"])
            XCTAssertEqual(export.status, 0, "\(context): \(export.stderr)")
            XCTAssertTrue(export.stdout.contains("\(sessions) sessions"), "\(context): \(export.stdout)")
            let report = try BinaryRunner.run(["report", questionnaire, "--data", data.path, "--lang", "fr"])
            XCTAssertEqual(report.status, 0, "\(context): \(report.stderr)")
            let link = try BinaryRunner.run(["link", questionnaire, "--data", data.path, "--lang", "en"])
            XCTAssertEqual(link.status, 0, "\(context): \(link.stderr)")
            let verify = try BinaryRunner.run(["verify", "--data", data.path, "--lang", "en"])
            XCTAssertEqual(verify.status, 0, "\(context): \(verify.stdout)")
            if atBoundary {
                for result in [export, report, link] { XCTAssertFalse(result.stderr.contains("journal-synthetic-5.ojl"), context) }
                continue
            }
            let english = zeros.isEmpty ? "warning: journal-synthetic-5.ojl: last line \(tornLine) incomplete"
                                        : "warning: journal-synthetic-5.ojl: end of the file made of zero bytes from line \(tornLine)"
            let french = zeros.isEmpty ? "avertissement : journal-synthetic-5.ojl : dernière ligne \(tornLine) incomplète"
                                       : "avertissement : journal-synthetic-5.ojl : fin du fichier faite d'octets nuls à partir de la ligne \(tornLine)"
            XCTAssertTrue(export.stderr.contains(english), "\(context): \(export.stderr)")
            XCTAssertTrue(link.stderr.contains(english), "\(context): \(link.stderr)")
            XCTAssertTrue(report.stderr.contains(french), "\(context): \(report.stderr)")
            XCTAssertTrue(verify.stdout.contains("warning: journal-synthetic-5.ojl:\(tornLine): "), "\(context): \(verify.stdout)")
            XCTAssertEqual(try Data(contentsOf: copied), Data(bytes), "nothing rewrites the copy")
        }
    }
}
