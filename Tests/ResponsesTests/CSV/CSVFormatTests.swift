import Foundation
import XCTest
import Questionnaire
@testable import Responses

final class CSVFormatTests: XCTestCase {
    func testFormulaCellsAreNeutralisedAndReadBack() {
        for text in ["=SUM(A1:A9)", "+33 6", "-2", "@cmd", "\tx", "\rx", "'=déjà"] {
            let guarded = FormulaGuard.guarded(text)
            XCTAssertEqual(guarded.first, "'", text)
            XCTAssertEqual(FormulaGuard.unguard(guarded), text)
        }
        XCTAssertEqual(FormulaGuard.guarded("bonjour"), "bonjour")
        XCTAssertEqual(FormulaGuard.unguard("'bonjour"), "'bonjour")
    }

    func testExportNeutralisesTextAnswersButNotNumbers() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatasetFixtures.writeJournal(in: directory)
        let (dataset, _) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        let text = String(decoding: DatasetExport.csv(dataset), as: UTF8.self)
        XCTAssertTrue(text.contains(",'=non binaire,"), text)
        XCTAssertTrue(text.contains(",'+33 6 12,\r\n"), text)
        XCTAssertTrue(text.contains(",-3.5,"), text)
        // RFC 4180: separators, quotes and line breaks inside a field are quoted, quotes doubled.
        XCTAssertTrue(text.contains("\"Très bien, merci; \"\"parfait\"\" vraiment\""), text)
    }

    func testFrenchOptionsWriteSemicolonsDecimalCommaAndABOM() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatasetFixtures.writeJournal(in: directory)
        let (dataset, _) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        let bytes = DatasetExport.csv(dataset, options: ExportOptions(format: .french))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("session;wave;status;device;started;sexe;sexe.autre.text;age;revenu;"), text)
        XCTAssertTrue(text.contains(";1234,56;"), text)
        XCTAssertTrue(text.contains(";-3,5;"), text)
        XCTAssertTrue(text.contains("\"Très bien, merci; \"\"parfait\"\" vraiment\""))
        let noText = String(decoding: DatasetExport.csv(dataset, options: ExportOptions(includeText: false)), as: UTF8.self)
        XCTAssertFalse(noText.contains("remarque"))
        XCTAssertFalse(noText.contains("tablette"))
        XCTAssertFalse(noText.contains("sexe.autre.text"))
    }

    func testReaderHandlesQuotesCRLFBlankLinesAndSmallBuffers() throws {
        let text = "a;b;c\r\n\"x;1\";\"he said \"\"hi\"\"\";\"two\nlines\"\r\n\r\n;;\nlast;2;3"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("octant-reader-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        for bufferSize in [4, 7, 64, 1 << 16] {
            let descriptor = open(path.path, O_RDONLY)
            defer { close(descriptor) }
            let reader = try CSVRecordReader(descriptor: descriptor, bufferSize: bufferSize)
            try reader.detectSeparator()
            XCTAssertEqual(reader.separator, UInt8(ascii: ";"))
            var fields: [CSVFieldSpan] = []
            var records: [[String]] = [], lines: [Int] = []
            while try reader.next(&fields) {
                records.append(fields.map { reader.string($0) })
                lines.append(reader.recordLine)
            }
            XCTAssertEqual(records, [["a", "b", "c"], ["x;1", "he said \"hi\"", "two\nlines"], ["", "", ""], ["last", "2", "3"]],
                           "buffer \(bufferSize)")
            XCTAssertEqual(lines, [1, 2, 5, 6], "buffer \(bufferSize)")
        }
    }
}

final class CSVLineBreakTests: XCTestCase {
    func testLineBreaksInImportedTextAreExportedAsSpaces() throws {
        let (dataset, _) = try Dataset.load(csvBytes: Array("remarque\n\"deux\r\nlignes\"\n".utf8), name: "x.csv",
                                            codebook: DatasetFixtures.codebook)
        XCTAssertEqual(dataset.value(row: 0, variable: "remarque"), .text("deux\r\nlignes"))
        let text = String(decoding: DatasetExport.csv(dataset), as: UTF8.self)
        XCTAssertTrue(text.contains(",deux lignes,"), text)
    }
}
