import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// A large file is read in parts on several threads: whatever the content, the result must be exactly the one-pass
/// result — same rows, values, missing kinds, session ids, issues with their lines, and errors.
final class PartitionedLoadTests: XCTestCase {
    let header = "session,wave,status,device,sexe,age,revenu,visite,visites,aise.materiel,aise.demarches,aise.angoisse,remarque"

    /// Rows mixing everything a part boundary could cut badly: quoted remarks holding newlines, separators and doubled
    /// quotes; rows without a session id (ids derived from the row number); waves and devices first met in a later
    /// part; conditions (`visites` only when `visite = oui`); invalid cells reported with their line.
    func makeRows(_ count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { row in
            let session = row % 7 == 0 ? "" : String(format: "%016llx%016llx", generator.next(), UInt64(row))
            let wave = row < count / 2 ? "t0" : "t1"
            let device = row % 5 == 0 ? "tablette-\(row * 4 / count)" : ""
            let visite = ["oui", "non", ""][Int(generator.next() % 3)]
            let visites = visite == "oui" ? String(generator.next() % 40) : ""
            let remark: String
            switch row % 11 {
            case 0: remark = "\"ligne 1\nligne 2, \"\"citée\"\"\""
            case 1: remark = "\"\"\"\"\"\""  // a remark made of two quotes
            case 2: remark = "\"a\r\nb\""
            default: remark = ""
            }
            let age = row % 101 == 0 ? "abc" : String(15 + row % 90)
            let point = row % 103 == 0 ? "9" : String(generator.next() % 8 + 1)
            return "\(session),\(wave),\(row % 31 == 0 ? "partial" : "complete"),\(device),femme,\(age),\(Double(row) / 4),"
                + "\(visite),\(visites),\(point),\(generator.next() % 9 == 0 ? "nsp" : "3"),,\(remark)"
        }
    }

    func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("octant-parts-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func load(_ url: URL, parts: Int) throws -> (Dataset, [ImportIssue]) {
        try Dataset.load(csv: url, codebook: DatasetFixtures.codebook, policy: .missing, sessionSeed: 3, bufferSize: 512,
                         parts: parts, partBytes: 0)
    }

    func assertSameInParts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = try write(text)
        let (whole, wholeIssues) = try load(url, parts: 1)
        for parts in [2, 3, 7] {
            let (parted, issues) = try load(url, parts: parts)
            XCTAssertEqual(parted.rowCount, whole.rowCount, "\(parts) parts", file: file, line: line)
            XCTAssertEqual(parted, whole, "\(parts) parts", file: file, line: line)
            XCTAssertEqual(parted.sessionIDs, whole.sessionIDs, "\(parts) parts", file: file, line: line)
            XCTAssertEqual(issues, wholeIssues, "\(parts) parts", file: file, line: line)
        }
    }

    func testPartsGiveTheOnePassDatasetIssuesAndSessionIDs() throws {
        let rows = makeRows(3_000, seed: 5)
        try assertSameInParts(([header] + rows).joined(separator: "\n") + "\n")
        // CRLF line ends, and no newline after the last record.
        try assertSameInParts(([header] + rows).joined(separator: "\r\n"))
        // The file's own checks still run: invalid cells are reported on their physical line, in file order.
        let (_, issues) = try load(try write(([header] + rows).joined(separator: "\n") + "\n"), parts: 3)
        XCTAssertGreaterThan(issues.count, 50)
        XCTAssertEqual(issues.map(\.line), issues.map(\.line).sorted())
    }

    /// Whether the parts were kept (true) or the file was read again in one pass (false).
    func keepsParts(_ text: String, parts: Int) throws -> Bool {
        let url = try write(text)
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        let reader = try CSVRecordReader(descriptor: descriptor, bufferSize: 512)
        try reader.detectSeparator()
        var loader = CSVDatasetLoader(codebook: DatasetFixtures.codebook, policy: .missing)
        let plan = try XCTUnwrap(try loader.readHeader(reader))
        let boundaries = CSVPartition.boundaries(descriptor: descriptor, start: reader.offset, size: text.utf8.count,
                                                 parts: parts, minimumBytes: 0)
        XCTAssertEqual(boundaries.count, parts - 1)
        let bytes = Array(text.utf8)
        for boundary in boundaries { XCTAssertEqual(bytes[boundary - 1], UInt8(ascii: "\n")) }
        return try loader.loadInParts(reader, descriptor: descriptor, size: bytes.count, boundaries: boundaries, plan: plan, sessionSeed: 3)
    }

    func testWellFormedFilesAreReallyReadInParts() throws {
        let text = ([header] + makeRows(3_000, seed: 5)).joined(separator: "\n") + "\n"
        XCTAssertTrue(try keepsParts(text, parts: 2))
        XCTAssertTrue(try keepsParts(text, parts: 7))
    }

    func testFilesThatCannotBeCutByCountingQuotesAreReadInOnePass() throws {
        let rows = makeRows(2_000, seed: 9)
        // A quote inside an unquoted cell (read literally) makes the quote count lie about where records end.
        var stray = rows
        stray[300] = stray[300].replacingOccurrences(of: "femme", with: "fem\"me")
        XCTAssertFalse(try keepsParts(([header] + stray).joined(separator: "\n") + "\n", parts: 2))
        try assertSameInParts(([header] + stray).joined(separator: "\n") + "\n")
        // Lone carriage returns end records without any newline to cut at.
        try assertSameInParts(([header] + rows.filter { !$0.contains("\"") }).joined(separator: "\r") + "\r")
    }

    func testAnUnterminatedQuoteInALaterPartFailsAsInOnePass() throws {
        var rows = makeRows(2_000, seed: 13)
        rows[rows.count - 1] += ",\"jamais fermée"  // in the last part, whatever the number of parts
        let url = try write(([header] + rows).joined(separator: "\n") + "\n")
        func failure(parts: Int) -> [ImportIssue]? {
            do {
                _ = try load(url, parts: parts)
                return nil
            } catch DatasetError.invalidCSV(_, let issues) {
                return issues
            } catch {
                XCTFail("\(error)")
                return nil
            }
        }
        let whole = try XCTUnwrap(failure(parts: 1))
        XCTAssertEqual(whole.last?.kind, .unterminatedQuote)
        XCTAssertEqual(failure(parts: 2), whole)
        XCTAssertEqual(failure(parts: 5), whole)
    }
}
