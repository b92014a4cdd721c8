import Foundation
import XCTest
import Questionnaire
@testable import Responses

final class StreamingLoadTests: XCTestCase {
    /// Thousands of rows mixing the fast path (plain digits) and the general one (quotes, escapes, empty cells, CRLF),
    /// read from a file through a tiny buffer and across several 4,096-row blocks, give what the in-memory reader gives.
    func testFileStreamingMatchesInMemoryLoadingAcrossBuffersAndBlocks() throws {
        var text = "session,wave,status,sexe,age,aise.materiel,aise.demarches,aise.angoisse,remarque\r\n"
        var generator = SplitMix(seed: 7)
        for row in 0..<9_000 {
            let session = String(format: "%016llx%016llx", generator.next(), UInt64(row))
            func point() -> String {
                switch generator.next() % 20 {
                case 0: return "nsp"
                case 1: return ""
                default: return String(generator.next() % 8 + 1)
                }
            }
            let remark = row % 97 == 0 ? "\"dit \"\"oui\"\", puis non\"" : (row % 13 == 0 ? "=2+2" : "")
            let status = row % 50 == 0 ? "partial" : "complete"
            let sexe = ["femme", "homme", "autre", ""][Int(generator.next() % 4)]
            text += "\(session),t\(row % 2),\(status),\(sexe),\(15 + row % 90),\(point()),\(point()),\(point()),\(remark)"
            text += row % 3 == 0 ? "\r\n" : "\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("octant-stream-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let codebook = DatasetFixtures.codebook
        let (streamed, issues) = try Dataset.load(csv: url, codebook: codebook, policy: .refuse, sessionSeed: 1, bufferSize: 300)
        let (inMemory, _) = try Dataset.load(csvBytes: Array(text.utf8), name: "x.csv", codebook: codebook, sessionSeed: 1)
        XCTAssertEqual(issues, [])
        XCTAssertEqual(streamed.rowCount, 9_000)
        XCTAssertEqual(streamed, inMemory)
        XCTAssertEqual(streamed.value(row: 97, variable: "remarque"), .text("dit \"oui\", puis non"))
        XCTAssertEqual(streamed.value(row: 13, variable: "remarque"), .text("=2+2"))
        XCTAssertEqual(streamed.wave(row: 1), "t1")
        XCTAssertEqual(streamed.statuses[50], .partial)
        // The last row of a partial session: its empty text is "not reached"; elsewhere an empty text is skipped.
        XCTAssertEqual(streamed.value(row: 50, variable: "remarque"), .missing(.notReached))
        XCTAssertEqual(streamed.value(row: 1, variable: "remarque"), .missing(.skipped))
        let counts = streamed.missingCounts(column: streamed.columnIndex(named: "aise.materiel")!)
        XCTAssertGreaterThan(counts.escapes["nsp"] ?? 0, 300)
        XCTAssertGreaterThan(counts.reasons[.skipped] ?? 0, 300)
        // Every row of the file is accounted for in each scale column.
        let codes = try XCTUnwrap(streamed.codes(column: streamed.columnIndex(named: "aise.demarches")!))
        XCTAssertEqual(codes.count, 9_000)
        XCTAssertTrue(codes.allSatisfy { (1...8).contains($0) || $0 == ColumnCode.escapeBase || ColumnCode.reason($0) != nil })
    }
}

/// A small deterministic generator for test data (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
