import Support
import XCTest

/// `octant check` and `octant show` through the real binary.
final class CheckCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func testBundledQuestionnairesCheckCleanThroughTheBinary() throws {
        let files = ["esc-professionnels", "esc-usagers", "accompagnement-impact"].map {
            Self.repository.appendingPathComponent("Questionnaires/\($0).survey").path
        }
        let result = try BinaryRunner.run(["check", "--lang", "en"] + files)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout.components(separatedBy: "0 errors, 0 warnings").count, 4, result.stdout)
    }

    func testErrorsExitWithOneAndPointAtTheSpot() throws {
        let path = try write("bad.survey", """
        survey t version 1 language fr
        single formation "Formation ?"
          oui "Oui"
          non "Non"
        yesno suite "Suite" when formaton = oui
        """)
        let result = try BinaryRunner.run(["check", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(path):5:26: erreur: aucune question ne s'appelle « formaton »"), result.stderr)
        XCTAssertTrue(result.stderr.contains("conseil : vouliez-vous dire « formation » ?"), result.stderr)
        XCTAssertTrue(result.stdout.contains("1 erreur, 0 avertissement"), result.stdout)
        let english = try BinaryRunner.run(["check", "--lang", "en", path])
        XCTAssertTrue(english.stderr.contains("5:26: error: no question is named 'formaton'"), english.stderr)
    }

    func testWarningsAloneExitWithZero() throws {
        let path = try write("warn.survey", "survey t version 1 language fr\nscale cinq 5\nlikert l \"L\" scale cinq\n")
        let result = try BinaryRunner.run(["check", "--lang", "en", path])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("warning: odd 5-point scale"), result.stderr)
    }

    func testUnreadableFileIsReportedNotCrashedOn() throws {
        let result = try BinaryRunner.run(["check", "--lang", "en", directory.appendingPathComponent("missing.survey").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("cannot read the file"), result.stderr)
        let binary = directory.appendingPathComponent("junk.survey")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 97) }).write(to: binary)
        let junk = try BinaryRunner.run(["check", "--lang", "en", binary.path])
        XCTAssertEqual(junk.status, 1)
        XCTAssertTrue(junk.stderr.contains("not valid UTF-8"), junk.stderr)
    }

    /// 10 MB of junk: at most a hundred diagnostics, then how many more; the counts stay exact and nothing the
    /// file holds reaches the terminal raw.
    /// Two megabytes of junk: the output is capped whatever the size (10 MB is timed in Benchmarks/questionnaire, in a
    /// release build; a debug build in a unit test would only measure the debug build).
    func testAJunkFilePrintsAHundredDiagnosticsThenHowManyMore() throws {
        var random = SplitMix64(seed: 2026)
        let alphabet = Array("\\\\\\#@;{}[]$%&*?!~^`| \t\"zork\u{1B}[2J\u{202E}é✓0123456789:.=<>()".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2_000_100)
        while bytes.count < 2_000_000 {
            for _ in 0..<Int(random.next() % 120) { bytes.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            bytes.append(0x0A)
        }
        let junk = directory.appendingPathComponent("junk.survey")
        try Data(bytes).write(to: junk)
        let result = try BinaryRunner.run(["check", "--lang", "en", junk.path])
        XCTAssertEqual(result.status, 1)
        let output = result.stdout + result.stderr
        XCTAssertLessThan(output.utf8.count, 100_000)
        XCTAssertFalse(output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        let headers = result.stderr.split(separator: "\n").filter {
            $0.hasPrefix(junk.path + ":") && ($0.contains(": error: ") || $0.contains(": warning: "))
        }
        XCTAssertEqual(headers.count, 100)
        let last = try XCTUnwrap(result.stderr.split(separator: "\n").last)
        XCTAssertTrue(last.hasPrefix("… and ") && last.hasSuffix(" more problems"), String(last))
        let more = try XCTUnwrap(Int(last.dropFirst("… and ".count).dropLast(" more problems".count)))
        let counts = result.stdout.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        XCTAssertEqual(counts.suffix(2).reduce(0, +), 100 + more, result.stdout)
    }

    func testShowPrintsTheQuestionnaireAndItsCodebook() throws {
        let path = Self.repository.appendingPathComponent("Questionnaires/esc-usagers.survey").path
        let result = try BinaryRunner.run(["show", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Dictionnaire des variables"))
        XCTAssertTrue(result.stdout.contains("Pas du tout d'accord"), "the scale's anchors are shown")
        let english = try BinaryRunner.run(["show", "--lang", "en", "--codebook", path])
        XCTAssertTrue(english.stdout.hasPrefix("Codebook"), english.stdout)
        XCTAssertTrue(english.stdout.contains("scale 1–8"), english.stdout)
    }
}
