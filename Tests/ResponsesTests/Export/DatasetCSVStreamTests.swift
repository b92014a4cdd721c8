import Foundation
import Questionnaire
@testable import Responses
import XCTest

/// A CSV streamed dataset after dataset is the one-shot export, companions included (the SPSS widths span every piece).
final class DatasetCSVStreamTests: XCTestCase {
    func testStreamingOneRowAtATimeWritesTheSameFilesAsTheOneShotExport() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatasetFixtures.writeJournal(in: directory)
        let codebook = DatasetFixtures.codebook
        let (whole, _) = try Dataset.load(journalsIn: directory, codebook: codebook)
        let journal = directory.appendingPathComponent("journal-portable-1.ojl")
        let sessions = SessionState.fold(try JournalReader.read(contentsOf: journal).events)
        XCTAssertGreaterThan(sessions.count, 2)
        let variants = [ExportOptions(), ExportOptions(format: .french, labels: true),
                        ExportOptions(format: CSVFormat(separator: UInt8(ascii: "\t")), includeText: false, language: "en")]
        for (number, options) in variants.enumerated() {
            let oneShot = try DatasetExport.write(whole, to: directory.appendingPathComponent("a\(number)/enquete.csv", isDirectory: false)
                .creatingParent(), options: options)
            let stream = try DatasetCSVStream(codebook: codebook, to: directory.appendingPathComponent("b\(number)/enquete.csv")
                .creatingParent(), options: options)
            for session in sessions { try stream.append(stream.rowEncoder.encode(Dataset(sessions: [session], codebook: codebook))) }
            let streamed = try stream.finish()
            XCTAssertEqual(stream.rowCount, whole.rowCount)
            for (expected, actual) in [(oneShot.csv, streamed.csv), (oneShot.codebook, streamed.codebook),
                                       (oneShot.spss, streamed.spss), (oneShot.r, streamed.r)] {
                XCTAssertEqual(try String(contentsOf: actual, encoding: .utf8), try String(contentsOf: expected, encoding: .utf8),
                               "\(actual.lastPathComponent), options \(number)")
            }
            let mode = (try FileManager.default.attributesOfItem(atPath: streamed.csv.path)[.posixPermissions] as! NSNumber).intValue
            XCTAssertEqual(mode & 0o777, 0o600)
        }
    }

    /// Until `finish()`, the CSV's name is untouched (a reader never sees half a file), and an abandoned stream leaves nothing.
    func testAnUnfinishedStreamLeavesNoFile() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("enquete.csv")
        do {
            let stream = try DatasetCSVStream(codebook: DatasetFixtures.codebook, to: csv)
            XCTAssertFalse(FileManager.default.fileExists(atPath: csv.path))
            _ = stream
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
        XCTAssertThrowsError(try DatasetCSVStream(codebook: DatasetFixtures.codebook, to: directory.appendingPathComponent("x.txt")))
    }
}

private extension URL {
    func creatingParent() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
