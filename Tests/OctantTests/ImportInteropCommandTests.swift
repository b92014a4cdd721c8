import Foundation
import XCTest

/// `octant import` of other tools' exports through the real binary: the mapping found beside the file, the
/// warnings printed, a bad mapping line located.
final class ImportInteropCommandTests: XCTestCase {
    static let interop = CheckCommandTests.repository.appendingPathComponent("Tests/ResponsesTests/Fixtures/interop")
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func copy(_ name: String) throws -> String {
        for ext in ["csv", "mapping"] {
            try FileManager.default.copyItem(at: Self.interop.appendingPathComponent("\(name).\(ext)"),
                                             to: directory.appendingPathComponent("\(name).\(ext)"))
        }
        return directory.appendingPathComponent("\(name).csv").path
    }

    func testAKoboExportImportsWithTheMappingBesideIt() throws {
        let csv = try copy("kobotoolbox")
        let data = directory.appendingPathComponent("data").path
        let result = try BinaryRunner.run(["import", RunCommandTests.questionnaire("accompagnement-impact"), csv, "--data", data, "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Mapping: \(directory.path)/kobotoolbox.mapping"), result.stderr)
        XCTAssertTrue(result.stdout.contains("12 rows read: 12 sessions added"), result.stdout)
        let again = try BinaryRunner.run(["import", RunCommandTests.questionnaire("accompagnement-impact"), csv, "--data", data, "--lang", "en"])
        XCTAssertTrue(again.stdout.contains("0 sessions added") || again.stdout.contains("0 session added"), again.stdout)
        let link = try BinaryRunner.run(["link", RunCommandTests.questionnaire("accompagnement-impact"), "--data", data, "--lang", "en"])
        XCTAssertEqual(link.status, 0, link.stderr)
        XCTAssertFalse(link.stdout.contains("MA071"), "codes never leave the journal")
    }

    func testWindows1252IsConvertedWithAWarningAndAbsentQuestionsAreNamed() throws {
        let csv = try copy("google-forms-cp1252")
        let result = try BinaryRunner.run(["import", RunCommandTests.questionnaire("esc-usagers"), csv, "--data",
                                           directory.appendingPathComponent("data").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Windows-1252"), result.stderr)
        XCTAssertTrue(result.stderr.contains("aucune colonne pour 45 variables (besoins.equipements"), result.stderr)
    }

    func testABadMappingLineIsLocated() throws {
        let csv = try copy("google-forms")
        try "missing: \".\"\ncolonne Sexe: sexe\n".write(to: directory.appendingPathComponent("google-forms.mapping"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["import", RunCommandTests.questionnaire("esc-usagers"), csv, "--data",
                                           directory.appendingPathComponent("data").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("google-forms.mapping:2 : ligne de correspondance illisible : colonne Sexe: sexe"), result.stderr)
    }

    func testAnRExportWithoutMappingNamesEveryUnknownColumnAndNoNAProblem() throws {
        let csv = directory.appendingPathComponent("r.csv")
        try FileManager.default.copyItem(at: Self.interop.appendingPathComponent("r-write-csv.csv"), to: csv)
        let result = try BinaryRunner.run(["import", RunCommandTests.questionnaire("accompagnement-impact"), csv.path, "--data",
                                           directory.appendingPathComponent("data").path, "--lang", "en"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("column 'eq_smartphone': column unknown to the questionnaire"), result.stderr)
        XCTAssertFalse(result.stderr.contains("'NA'"), "NA is no answer, not an error: \(result.stderr)")
        XCTAssertFalse(result.stderr.contains("column '': "), "R's row names are left out")
    }
}
