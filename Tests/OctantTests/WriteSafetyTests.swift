import Foundation
import Responses
import Support
import XCTest
@testable import octant

/// Files the commands write survive failures: a report is replaced whole or not at all, and `device-id` is created
/// once however many runners start together, and repaired when an older Octant tore it.
final class WriteSafetyTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try """
        survey e2e version 1 language fr
        escape nsp "Je ne sais pas"
          en: "I don't know"
        single service "Service"
          accueil "Accueil"
          atelier "Atelier"
        number age "Âge" 15..110
        likert aise "À l'aise :" escape nsp
          materiel "Matériel"
          demarches "Démarches" reverse
        """.write(to: url("q.survey"), atomically: true, encoding: .utf8)
        try "service;age;aise.materiel;aise.demarches\r\naccueil;34;7;2\r\natelier;40;nsp;8\r\naccueil;50;5;5\r\n"
            .write(to: url("d.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    func run(_ arguments: [String], launcher: [String] = []) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, environment: ["LANG": "fr_FR.UTF-8"], currentDirectory: directory, launcher: launcher)
    }

    func mode(_ name: String) throws -> Int {
        try XCTUnwrap((FileManager.default.attributesOfItem(atPath: url(name).path)[.posixPermissions] as? NSNumber)?.intValue)
    }

    func testAReportFileIsPrivate() throws {
        let result = try run(["report", "q.survey", "--data", "d.csv", "--output", "rapport.html"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try String(contentsOf: url("rapport.html"), encoding: .utf8).contains("<html"))
        XCTAssertEqual(try mode("rapport.html"), 0o600)
    }

    /// A file-size limit makes the write fail part way, as a full disk would, and works for root as for anyone.
    func testAFailedReportLeavesThePreviousOneWholeAndNamesTheFile() throws {
        try "previous report".write(to: url("rapport.html"), atomically: true, encoding: .utf8)
        let limited = ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 1; exec \"$@\"", "sh"]
        let result = try run(["report", "q.survey", "--data", "d.csv", "--output", "rapport.html"], launcher: limited)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "rapport.html : impossible d'écrire le fichier (fichier trop grand) ; "
                                      + "un fichier précédent de ce nom reste tel quel\n")
        XCTAssertEqual(try String(contentsOf: url("rapport.html"), encoding: .utf8), "previous report")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(),
                       ["d.csv", "q.survey", "rapport.html"], "no temporary file left")
    }

    func testAFullDiskIsSaidInEachLanguage() throws {
        let path = url("rapport.md").path
        try "previous".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportOutput.write("# Rapport", to: path, fault: .init(.write, code: ENOSPC))) { error in
            guard let failure = error as? PrivateFile.WriteError else { return XCTFail("\(error)") }
            let message = CommandText.cannotWriteOutput(path: path, errno: failure.code)
            XCTAssertTrue(message.text(.fr).hasPrefix("\(path) : impossible d'écrire le fichier (disque plein)"), message.text(.fr))
            XCTAssertTrue(message.text(.en).hasPrefix("\(path): cannot write the file (disk full)"), message.text(.en))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "previous")
    }

    /// The scenario: simultaneous first starts used to read a `device-id` another had created but not yet written.
    func testSimultaneousFirstRunsAllUseOneDeviceID() throws {
        let starts = 100, directory = self.directory!
        let results = ResultList()
        let ready = DispatchGroup(), go = DispatchSemaphore(value: 0), done = DispatchGroup()
        for _ in 0..<starts {
            ready.enter(); done.enter()
            Thread {
                ready.leave()
                go.wait()
                // `--resume` opens the data folder and the journal, then finds nothing to resume.
                results.append(try? BinaryRunner.run(["run", "--resume", "--data", "Responses", "--lang", "en"],
                                                     currentDirectory: directory))
                done.leave()
            }.start()
        }
        ready.wait()
        for _ in 0..<starts { go.signal() }
        done.wait()
        let finished = results.all.compactMap { $0 }
        XCTAssertEqual(finished.count, starts)
        for result in finished {
            XCTAssertFalse(result.stderr.contains("device identifier") || result.stderr.contains("device-id"), result.stderr)
            // The journal's lock lets one runner at a time through; the others say so, which is not the bug.
            XCTAssertTrue(result.status == 0 || result.stderr.contains("already open"), result.stderr)
        }
        let text = try String(contentsOf: url("Responses/device-id"), encoding: .utf8)
        let device = try XCTUnwrap(DeviceID(text.trimmingCharacters(in: .newlines)))
        let journals = try FileManager.default.contentsOfDirectory(atPath: url("Responses").path).filter(JournalFiles.isJournal)
        XCTAssertEqual(journals, [device.journalFileName])
    }

    func testARunRepairsAnEmptyDeviceIDAndSaysSo() throws {
        try FileManager.default.createDirectory(at: url("Responses"), withIntermediateDirectories: true)
        try Data().write(to: url("Responses/device-id"))
        let result = try run(["run", "--resume", "--data", "Responses"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("Note : le fichier device-id était endommagé"), result.stderr)
        XCTAssertTrue(result.stdout.contains("Aucun entretien à reprendre."), result.stdout)
        let names = try FileManager.default.contentsOfDirectory(atPath: url("Responses").path)
        XCTAssertEqual(names.filter { $0.hasPrefix("device-id.damaged-") }.count, 1, "\(names)")
        XCTAssertEqual(try mode("Responses/device-id"), 0o600)
    }
}

/// Results gathered from several threads.
private final class ResultList: @unchecked Sendable {
    private var items: [BinaryRunner.Result?] = []
    private let lock = NSLock()

    func append(_ item: BinaryRunner.Result?) { lock.withLock { items.append(item) } }
    var all: [BinaryRunner.Result?] { lock.withLock { items } }
}
