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
        let journal = data.appendingPathComponent("journal-synthetic-1.ojl")
        let mode = (try FileManager.default.attributesOfItem(atPath: journal.path)[.posixPermissions] as! NSNumber).intValue
        XCTAssertEqual(mode & 0o777, 0o600)
        // The journal's own lines: a header naming the device, then per session a start, its answers and an end,
        // each numbered in turn and naming its session by the number of its start line.
        var started = Set<String>(), completed = Set<String>(), sequence = 0
        for line in try String(contentsOf: journal, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            sequence += 1
            XCTAssertEqual(fields[0], String(sequence))
            switch fields[1] {
            case "J": XCTAssertEqual(fields[3], "device=synthetic-1")
            case "S": started.insert(fields[0])
            case "E": completed.insert(fields[2])
            default: XCTAssertTrue(started.contains(fields[2]) && !completed.contains(fields[2]), String(line))
            }
        }
        XCTAssertEqual(started.count, 50)
        XCTAssertEqual(completed, started)

        // Same seed again into the same directory: refused, the synthetic journal is never appended to.
        let again = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "50", "--seed", "1", "--data", data.path])
        XCTAssertEqual(again.status, 1)
    }

    /// `simulate --to` writes the files `simulate --data` then `export --to` write, byte for byte, without a journal.
    func testToWritesWhatExportingTheSimulatedJournalWrites() throws {
        let data = directory.appendingPathComponent("data")
        let viaJournal = directory.appendingPathComponent("journal"), direct = directory.appendingPathComponent("direct")
        for folder in [viaJournal, direct] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let simulated = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "300", "--seed", "7", "--data", data.path])
        XCTAssertEqual(simulated.status, 0, simulated.stderr)
        // The same --lang on both sides: like export's, simulate's names the language of the labels in the companions.
        let exported = try BinaryRunner.run(["export", Self.survey, "--data", data.path, "--to", "s.csv", "--lang", "en"],
                                            currentDirectory: viaJournal)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let result = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "300", "--seed", "7", "--to", "s.csv", "--lang", "en"],
                                          currentDirectory: direct)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("300 SYNTHETIC sessions (device synthetic-7, seed 7) written to s.csv"), result.stdout)
        XCTAssertTrue(result.stdout.contains("R script: s.R"), result.stdout)
        for name in ["s.csv", "s.codebook.csv", "s.sps", "s.R"] {
            let expected = try Data(contentsOf: viaJournal.appendingPathComponent(name))
            XCTAssertEqual(try Data(contentsOf: direct.appendingPathComponent(name)), expected, name)
            let mode = (try FileManager.default.attributesOfItem(atPath: direct.appendingPathComponent(name).path)[.posixPermissions]
                as! NSNumber).intValue
            XCTAssertEqual(mode & 0o777, 0o600, name)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: direct.path).sorted(), ["s.R", "s.codebook.csv", "s.csv", "s.sps"])
    }

    func testToAndDataExcludeEachOther() throws {
        let both = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "3", "--data", directory.path,
                                         "--to", directory.appendingPathComponent("s.csv").path, "--lang", "en"])
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.stderr.contains("--to and --data exclude each other"), both.stderr)
        let french = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "3", "--data", directory.path,
                                           "--to", directory.appendingPathComponent("s.csv").path, "--lang", "fr"])
        XCTAssertEqual(french.status, 2)
        XCTAssertTrue(french.stderr.contains("--to et --data s'excluent"), french.stderr)
        let notCSV = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "3", "--to", directory.appendingPathComponent("s.txt").path])
        XCTAssertEqual(notCSV.status, 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
    }

    func testUsageErrors() throws {
        let missing = try BinaryRunner.run(["simulate", Self.survey, "--lang", "en"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("--respondents"), missing.stderr)
        let badSeed = try BinaryRunner.run(["simulate", Self.survey, "--respondents", "3", "--seed", "-4", "--lang", "en"])
        XCTAssertEqual(badSeed.status, 2)
        let help = try BinaryRunner.run(["help", "simulate", "--lang", "en"])
        XCTAssertTrue(help.stdout.contains("--targets"), help.stdout)
        XCTAssertTrue(help.stdout.contains("--to FILE.csv"), help.stdout)
        let aide = try BinaryRunner.run(["help", "simulate", "--lang", "fr"])
        XCTAssertTrue(aide.stdout.contains("--to FICHIER.csv"), aide.stdout)
    }
}
