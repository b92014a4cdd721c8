import Foundation
import Questionnaire
@testable import Responses
import XCTest
@testable import Simulation

/// `SurveySimulator.writeCSV` writes, byte for byte, what writing the journal and exporting it gives.
final class SimulatedCSVTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try SimulationFixtures.scratchDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// The journal route: `octant simulate --data D` then `octant export --data D --to journal/NAME.csv`.
    func exportOfTheJournal(_ simulator: SurveySimulator, name: String, options: ExportOptions = ExportOptions()) throws -> DatasetExport.Files {
        let data = directory.appendingPathComponent("data-\(name)")
        try simulator.write(to: data)
        let (dataset, report) = try Dataset.load(journalsIn: data, codebook: Codebook(simulator.survey))
        XCTAssertEqual(report.conflicts, [])
        let folder = directory.appendingPathComponent("journal")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try DatasetExport.write(dataset, to: folder.appendingPathComponent("\(name).csv"), options: options)
    }

    /// The direct route, to `direct/NAME.csv` (same file name, so the SPSS syntax and R script name the same CSV).
    func direct(_ simulator: SurveySimulator, name: String, options: ExportOptions = ExportOptions(), batch: Int) throws -> SimulatedCSV {
        let folder = directory.appendingPathComponent("direct")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try simulator.writeCSV(to: folder.appendingPathComponent("\(name).csv"), options: options, batch: batch)
    }

    func assertSameFiles(_ expected: DatasetExport.Files, _ actual: DatasetExport.Files, file: StaticString = #filePath, line: UInt = #line) throws {
        for (left, right) in [(expected.csv, actual.csv), (expected.codebook, actual.codebook), (expected.spss, actual.spss), (expected.r, actual.r)] {
            XCTAssertEqual(try Data(contentsOf: right), try Data(contentsOf: left), right.lastPathComponent, file: file, line: line)
        }
    }

    /// 300 respondents in batches of 7: many rounds, a last batch cut short, every file identical.
    func testCSVIsTheExportOfTheSimulatedJournal() throws {
        let simulator = try SurveySimulator(survey: try SimulationFixtures.survey("esc-professionnels"),
                                            options: SimulationOptions(respondents: 300, seed: 11))
        let written = try direct(simulator, name: "pros", batch: 7)
        try assertSameFiles(try exportOfTheJournal(simulator, name: "pros"), written.files)
        XCTAssertEqual(written.rowCount, 300)
        XCTAssertEqual(written.targetOutcomes, [])
        let mode = (try FileManager.default.attributesOfItem(atPath: written.files.csv.path)[.posixPermissions] as! NSNumber).intValue
        XCTAssertEqual(mode & 0o777, 0o600)
        let lines = try String(contentsOf: written.files.csv, encoding: .utf8).split(separator: "\r\n")
        XCTAssertEqual(lines.count, 301)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[3] == "synthetic-11" })
    }

    /// Waves, "autre, précisez" texts, retrospective items, labels in English and a French spreadsheet format.
    func testCSVWithWaveAndOtherExportOptions() throws {
        let simulator = try SurveySimulator(survey: try SimulationFixtures.survey("accompagnement-impact"),
                                            options: SimulationOptions(respondents: 120, seed: 4, wave: "apres"))
        let options = ExportOptions(format: .french, labels: true, language: "en")
        let written = try direct(simulator, name: "impact", options: options, batch: 50)
        try assertSameFiles(try exportOfTheJournal(simulator, name: "impact", options: options), written.files)
    }

    /// With targets every session is fitted first (as for the journal); the rows and the outcomes are the journal's.
    /// A few rows of the shipped table only: fitting all of them takes minutes in a debug build.
    func testCSVWithTargetsIsTheExportOfTheFittedJournal() throws {
        let shipped = try String(contentsOf: SimulationFixtures.reportTablesURL, encoding: .utf8).split(separator: "\n")
        let kept = shipped.filter { $0.hasPrefix("variable,") || $0.hasPrefix("aise.perso,") || $0.hasPrefix("service,") }
        let targets = try ReportTargets(csv: kept.joined(separator: "\n") + "\n")
        XCTAssertEqual(targets.targets.count, 17)
        let simulator = try SurveySimulator(survey: try SimulationFixtures.survey("esc-professionnels"),
                                            options: SimulationOptions(respondents: 136, seed: 2024, targets: targets))
        let written = try direct(simulator, name: "cibles", batch: 16)
        try assertSameFiles(try exportOfTheJournal(simulator, name: "cibles"), written.files)
        XCTAssertEqual(written.targetOutcomes, SurveySimulator.outcomes(of: targets, answers: try simulator.sessions().map(\.answers)))
        XCTAssertFalse(written.targetOutcomes.isEmpty)
    }
}
