import Foundation
import Support
import XCTest
import Questionnaire
@testable import Responses

final class RoundTripTests: XCTestCase {
    func journalDataset() throws -> (Dataset, URL) {
        let directory = try DatasetFixtures.temporaryDirectory()
        try DatasetFixtures.writeJournal(in: directory)
        return (try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook).0, directory)
    }

    func testExportThenLoadGivesTheSameDataset() throws {
        let (dataset, directory) = try journalDataset()
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in [CSVFormat.standard, .french, CSVFormat(separator: UInt8(ascii: "\t"))] {
            let bytes = DatasetExport.csv(dataset, options: ExportOptions(format: format))
            let (loaded, issues) = try Dataset.load(csvBytes: bytes, name: "x.csv", codebook: DatasetFixtures.codebook)
            XCTAssertEqual(issues, [])
            XCTAssertEqual(loaded, dataset, "separator \(format.separator)")
        }
    }

    func testExportWithLabelsLoadsBackToTheSameDataset() throws {
        let (dataset, directory) = try journalDataset()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = DatasetExport.csv(dataset, options: ExportOptions(format: .french, labels: true))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains(";Femme;"), text)
        XCTAssertTrue(text.contains("Je ne sais pas"))
        let (loaded, _) = try Dataset.load(csvBytes: bytes, name: "x.csv", codebook: DatasetFixtures.codebook)
        XCTAssertEqual(loaded, dataset)
    }

    func testImportOfAnExportIntoANewDirectoryGivesTheSameDatasetAndIsIdempotent() throws {
        let (dataset, directory) = try journalDataset()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: target) }
        let csv = target.appendingPathComponent("export.csv")
        try DatasetExport.write(dataset, to: csv)
        let data = target.appendingPathComponent("donnees")
        let summary = try DatasetImport.importCSV(csv, into: data, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(summary.addedSessions, 3)
        XCTAssertTrue(summary.device.rawValue.hasPrefix("import-"))
        let (imported, report) = try Dataset.load(journalsIn: data, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(report.conflicts, [])
        XCTAssertEqual(imported, dataset)
        XCTAssertEqual(imported.device(row: 0), summary.device.rawValue)

        let journal = data.appendingPathComponent(summary.journalFileName)
        let before = try Data(contentsOf: journal)
        let again = try DatasetImport.importCSV(csv, into: data, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(again.addedSessions, 0)
        XCTAssertEqual(again.alreadyPresent, 3)
        XCTAssertEqual(try Data(contentsOf: journal), before)
        // Importing the export into the directory it came from adds nothing either: the sessions are there.
        let home = try DatasetImport.importCSV(csv, into: directory, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(home.addedSessions, 0)
    }

    /// A full disk during an import leaves nothing behind; running it again completes it exactly, every session whole.
    func testAnImportThatFailsLeavesNothingAndItsRetryIsExact() throws {
        let (dataset, directory) = try journalDataset()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: target) }
        let csv = target.appendingPathComponent("export.csv")
        try DatasetExport.write(dataset, to: csv)
        let data = target.appendingPathComponent("donnees")
        for step in [PrivateFile.Fault.Step.create, .write, .sync, .rename] {
            XCTAssertThrowsError(try DatasetImport.importCSV(csv, into: data, codebook: DatasetFixtures.codebook,
                                                             save: { try PrivateFile.save($0, to: $1, fault: .init(step, code: ENOSPC)) })) {
                guard case ImportError.journal(.diskFull)? = $0 as? ImportError else { return XCTFail("\($0)") }
            }
            let left = (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []
            XCTAssertEqual(left.filter { !$0.hasPrefix(".") || $0.hasSuffix(".tmp") }, [], "\(step): nothing left behind")
        }
        let summary = try DatasetImport.importCSV(csv, into: data, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(summary.addedSessions, 3)
        XCTAssertEqual(summary.alreadyPresent, 0)
        let (imported, report) = try Dataset.load(journalsIn: data, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(report.conflicts, [])
        XCTAssertEqual(imported, dataset, "every session complete and exact")
        // One line per imported row, after the file's header.
        let lines = try String(contentsOf: data.appendingPathComponent(summary.journalFileName), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 1 + dataset.rowCount)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.split(separator: "\t")[1] == "I" })
    }

    func testExportedFilesArePrivateAndNameNoAbsolutePath() throws {
        let (dataset, directory) = try journalDataset()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("sortie.csv")
        let files = try DatasetExport.write(dataset, to: csv)
        for url in [files.csv, files.codebook, files.spss, files.r] {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, url.lastPathComponent)
            let text = try String(contentsOf: url, encoding: .utf8)
            XCTAssertFalse(text.contains(directory.path), url.lastPathComponent)
        }
        XCTAssertEqual(files.spss.lastPathComponent, "sortie.sps")
        XCTAssertEqual(files.codebook.lastPathComponent, "sortie.codebook.csv")
    }
}
