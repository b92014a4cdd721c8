import Foundation
import Responses
import XCTest

/// `octant report` refuses what would give a wrong or unreadable report: another questionnaire's data (it said
/// "0 répondants" and exited 0), and an `--output` extension no format writes (`r.docx` got plain text).
final class ReportGuardTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (id, question) in [("alpha", "aise"), ("beta", "envie"), ("gamma", "usage")] {
            try "survey \(id) version 1 language fr\nlikert \(question) \"Question\"\n"
                .write(to: directory.appendingPathComponent("\(id).survey"), atomically: true, encoding: .utf8)
        }
        for (id, count) in [("alpha", 3), ("beta", 2)] {
            let simulated = try run(["simulate", "\(id).survey", "--respondents", "\(count)", "--seed", "\(count)", "--data", "d"])
            XCTAssertEqual(simulated.status, 0, simulated.stderr)
        }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("vide"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, environment: ["LANG": "fr_FR.UTF-8"], currentDirectory: directory)
    }

    func testDataWithoutASessionOfTheQuestionnaireIsAnErrorNamingWhatTheyHold() throws {
        let french = try run(["report", "gamma.survey", "--data", "d"])
        XCTAssertEqual(french.status, 1, french.stdout)
        XCTAssertEqual(french.stdout, "")
        XCTAssertTrue(french.stderr.contains("d ne contient aucune session du questionnaire « gamma » ; il contient : « alpha » (3 sessions), « beta » (2 sessions)."),
                      french.stderr)
        let english = try run(["report", "gamma.survey", "--data", "d", "--lang", "en"])
        XCTAssertEqual(english.status, 1)
        XCTAssertTrue(english.stderr.contains("d holds no session of questionnaire 'gamma'; it holds: 'alpha' (3 sessions), 'beta' (2 sessions)."),
                      english.stderr)
        let empty = try run(["report", "gamma.survey", "--data", "vide", "--lang", "en"])
        XCTAssertEqual(empty.status, 1)
        XCTAssertTrue(empty.stderr.contains("vide holds no session at all"), empty.stderr)
        // The questionnaire's own sessions still give the report.
        let own = try run(["report", "alpha.survey", "--data", "d"])
        XCTAssertEqual(own.status, 0, own.stderr)
    }

    func testAnOutputExtensionNoFormatWritesIsAUsageError() throws {
        for language in ["fr", "en"] {
            let refused = try run(["report", "alpha.survey", "--data", "d", "--output", "r.docx", "--lang", language])
            XCTAssertEqual(refused.status, 2, refused.stderr)
            XCTAssertTrue(refused.stderr.contains(".md, .json, .csv, .html, .htm, .txt"), refused.stderr)
            XCTAssertTrue(refused.stderr.contains(language == "fr" ? "aucun format de rapport ne s'écrit dans « r.docx »" : "no report format writes 'r.docx'"),
                          refused.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("r.docx").path))
        let refusedWithFormat = try run(["report", "alpha.survey", "--data", "d", "--output", "r.docx", "--format", "html"])
        XCTAssertEqual(refusedWithFormat.status, 2)
        for name in ["r.md", "r.json", "r.csv", "r.html", "r.txt", "rapport"] {
            let written = try run(["report", "alpha.survey", "--data", "d", "--output", name])
            XCTAssertEqual(written.status, 0, name + written.stderr)
            XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path), name)
        }
    }
}

extension ReportGuardTests {
    /// Every report says what made it, when, from which questionnaire (to the byte), data and options.
    func testTheReportCarriesItsProvenance() throws {
        let path = CheckCommandTests.repository.appendingPathComponent("Questionnaires/esc-professionnels.survey").path
        let data = CheckCommandTests.repository.appendingPathComponent("Questionnaires/data/esc-professionnels-synthetic").path
        let result = try BinaryRunner.run(["report", path, "--data", data, "--format", "json", "--minimum", "7"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let provenance = try XCTUnwrap(json["provenance"] as? [String: Any])
        XCTAssertTrue((provenance["producer"] as? String)?.hasPrefix("octant 0.") == true)
        XCTAssertNotNil(provenance["generatedAt"] as? String)
        let source = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(provenance["questionnaireSHA256"] as? String, SHA256.hexDigest(of: source))
        XCTAssertEqual((provenance["dataFingerprint"] as? String)?.count, 64)
        let options = try XCTUnwrap(provenance["options"] as? [[String: String]])
        XCTAssertTrue(options.contains(["name": "minimum", "value": "7"]), "\(options)")
        let text = try BinaryRunner.run(["report", path, "--data", data, "--lang", "en"])
        XCTAssertTrue(text.stdout.contains("Produced by octant 0."), text.stdout.suffix(600).description)
    }
}
