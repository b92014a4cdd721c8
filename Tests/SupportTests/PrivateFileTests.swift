import Foundation
import Support
import XCTest

/// A private file is written whole or not at all, mode 0600, and a failure at any step leaves the previous file as it was.
final class PrivateFileTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("private-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func mode(_ url: URL) throws -> Int {
        try XCTUnwrap((FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue)
    }

    func testASavedFileHoldsTheBytesAndIsPrivate() throws {
        let url = directory.appendingPathComponent("r.csv")
        try PrivateFile.save(Array("a,b\n".utf8), to: url)
        try PrivateFile.save(Array("c,d\n".utf8), to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "c,d\n")
        XCTAssertEqual(try mode(url), 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["r.csv"], "no temporary file left")
    }

    func testAFailureAtAnyStepLeavesThePreviousFileAndNoTemporaryFile() throws {
        let url = directory.appendingPathComponent("r.html")
        try PrivateFile.save(Array("previous".utf8), to: url)
        for step in [PrivateFile.Fault.Step.create, .write, .sync, .rename] {
            XCTAssertThrowsError(try PrivateFile.save(Array("new".utf8), to: url, fault: .init(step, code: ENOSPC))) { error in
                XCTAssertEqual(error as? PrivateFile.WriteError, PrivateFile.WriteError(fileName: "r.html", code: ENOSPC), "\(step)")
            }
            XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "previous", "\(step)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["r.html"], "\(step)")
        }
    }

    func testAPieceByPieceWriterDroppedBeforeCommitLeavesNothing() throws {
        let url = directory.appendingPathComponent("big.csv")
        do {
            let writer = try PrivateFile.Writer(url)
            try writer.append(Array("half".utf8))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
    }

    func testARealFailureNamesTheFileAndItsReason() {
        let url = directory.appendingPathComponent("missing/r.md")
        XCTAssertThrowsError(try PrivateFile.save([1], to: url)) { error in
            let failure = error as? PrivateFile.WriteError
            XCTAssertEqual(failure?.fileName, "r.md")
            XCTAssertEqual(failure?.reason, Localized(fr: "fichier ou dossier introuvable", en: "no such file or folder"))
        }
    }

    func testSystemErrorsAreSaidInEachLanguage() throws {
        XCTAssertEqual(SystemErrorText(errno: ENOSPC).localized, Localized(fr: "disque plein", en: "disk full"))
        XCTAssertEqual(SystemErrorText(errno: EDQUOT), .diskFull)
        XCTAssertEqual(SystemErrorText(errno: 71).text(.en), "system error 71")
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Support/SystemErrorText.swift").standardized
        XCTAssertEqual(try CatalogueAudit<SystemErrorText>(file: source).problems, [])
    }
}
