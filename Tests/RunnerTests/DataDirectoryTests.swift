import Foundation
import Responses
import Support
import XCTest
import Runner

/// `device-id`: created once, whole, by whichever of many simultaneous starts comes first; a damaged one is kept aside
/// and replaced, never fatal.
final class DataDirectoryTests: XCTestCase {
    var directory: URL!
    var file: URL { directory.appendingPathComponent("device-id") }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("data-directory-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() }

    func stored() throws -> String { try String(contentsOf: file, encoding: .utf8) }

    func mode(_ url: URL) throws -> Int {
        try XCTUnwrap((FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue)
    }

    /// Puts `bytes` in `device-id` as an older Octant could have left it, in a folder that exists.
    func damage(with bytes: [UInt8], journals: [String] = []) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        for name in journals { try Data().write(to: directory.appendingPathComponent(name)) }
    }

    /// Opens the folder from `count` threads released at the same instant.
    func startSimultaneously(_ count: Int) -> [Result<DataDirectory, DataDirectory.Problem>] {
        let results = Results(count: count)
        let ready = DispatchGroup(), go = DispatchSemaphore(value: 0), done = DispatchGroup()
        let directory = self.directory!
        for index in 0..<count {
            ready.enter(); done.enter()
            Thread {
                ready.leave()
                go.wait()
                results.set(index, Result { () throws(DataDirectory.Problem) in try DataDirectory.prepare(directory) })
                done.leave()
            }.start()
        }
        ready.wait()
        for _ in 0..<count { go.signal() }
        done.wait()
        return results.all
    }

    func testOneHundredSimultaneousFirstStartsAgreeOnOneWholeID() throws {
        let opened = try startSimultaneously(100).map { try $0.get() }
        XCTAssertEqual(opened.count, 100)
        XCTAssertEqual(Set(opened.map(\.deviceID)).count, 1, "every start reads the same id")
        XCTAssertTrue(opened.allSatisfy { $0.recovery == nil })
        let device = opened[0].deviceID
        XCTAssertEqual(try stored(), device.rawValue + "\n")
        XCTAssertTrue(device.rawValue.hasPrefix("device-") && device.rawValue.count == 23, device.rawValue)
        XCTAssertEqual(try mode(file), 0o600)
        XCTAssertEqual(try names(), ["device-id"], "no temporary file left")
    }

    func testAnEmptyDeviceIDIsKeptAsideAndReplaced() throws {
        try damage(with: [])
        let opened = try DataDirectory.prepare(directory)
        let recovery = try XCTUnwrap(opened.recovery)
        XCTAssertFalse(recovery.fromJournal)
        XCTAssertEqual(recovery.device, opened.deviceID)
        XCTAssertEqual(try stored(), opened.deviceID.rawValue + "\n")
        XCTAssertEqual(try mode(file), 0o600)
        XCTAssertTrue(recovery.keptAs.hasPrefix("device-id.damaged-"), recovery.keptAs)
        XCTAssertEqual(try names(), ["device-id", recovery.keptAs])
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent(recovery.keptAs)), Data())
        XCTAssertTrue(recovery.message(.fr).contains(recovery.keptAs) && recovery.message(.fr).contains("nouvel identifiant"))
        XCTAssertTrue(recovery.message(.en).contains(opened.deviceID.rawValue))

        let again = try DataDirectory.prepare(directory)
        XCTAssertEqual(again.deviceID, opened.deviceID)
        XCTAssertNil(again.recovery, "repaired once")
    }

    func testATornDeviceIDIsKeptAsideByteForByte() throws {
        var generator = SystemRandomNumberGenerator()
        let torn = (0..<5).map { _ in UInt8.random(in: 0x80...0xFF, using: &generator) }
        try damage(with: torn)
        let opened = try DataDirectory.prepare(directory)
        let recovery = try XCTUnwrap(opened.recovery)
        XCTAssertEqual(try Array(Data(contentsOf: directory.appendingPathComponent(recovery.keptAs))), torn)
        XCTAssertEqual(try stored(), opened.deviceID.rawValue + "\n")
    }

    func testADamagedDeviceIDTakesBackTheIDOfTheFoldersOneJournal() throws {
        let own = "device-00c0ffee00c0ffee"
        try damage(with: Array("device-00c0".utf8), journals: ["journal-\(own).jsonl", "journal-import-0a1b2c3d4e5f.jsonl",
                                                                 "journal-synthetic-7.jsonl", "journal-\(own).jsonl.torn"])
        let opened = try DataDirectory.prepare(directory)
        XCTAssertEqual(opened.deviceID.rawValue, own)
        XCTAssertEqual(opened.recovery?.fromJournal, true)
        XCTAssertTrue(try XCTUnwrap(opened.recovery).message(.en).contains("takes back the identifier of its journal, \(own)"))
    }

    func testADamagedDeviceIDDrawsAFreshIDWhenTheJournalsCannotBeItsOwn() throws {
        let cases: [(bytes: [UInt8], journals: [String])] = [
            // Two devices' journals: which one was this device's cannot be told.
            ([], ["journal-device-00c0ffee00c0ffee.jsonl", "journal-device-0123456789abcdef.jsonl"]),
            // Bytes that are not the beginning of the journal's id.
            (Array("device-ff".utf8), ["journal-device-00c0ffee00c0ffee.jsonl"]),
            // Only imported and synthetic sessions.
            ([], ["journal-synthetic-7.jsonl", "journal-import-0a1b2c3d4e5f.jsonl"]),
        ]
        for (bytes, journals) in cases {
            try? FileManager.default.removeItem(at: directory)
            try damage(with: bytes, journals: journals)
            let opened = try DataDirectory.prepare(directory)
            XCTAssertEqual(opened.recovery?.fromJournal, false, "\(journals)")
            XCTAssertFalse(journals.contains(opened.deviceID.journalFileName), "\(journals)")
        }
    }

    func testSimultaneousStartsOnADamagedIDRepairItOnce() throws {
        try damage(with: [])
        let opened = try startSimultaneously(40).map { try $0.get() }
        XCTAssertEqual(Set(opened.map(\.deviceID)).count, 1)
        XCTAssertEqual(opened.filter { $0.recovery != nil }.count, 1, "one start repairs, the others read its id")
        XCTAssertEqual(try names().filter { $0.hasPrefix("device-id.damaged-") }.count, 1)
    }

    func testOnlyTheStartOfADrawnIDIsDamagedNotAWholeOrHandWrittenOne() throws {
        for (text, kept) in [("device-00c0ffee00c0ffee", true), ("tab-07\n", true), ("device-00c0", false), ("devi", false)] {
            try? FileManager.default.removeItem(at: directory)
            try damage(with: Array(text.utf8))
            let opened = try DataDirectory.prepare(directory)
            XCTAssertEqual(opened.recovery == nil, kept, text)
            XCTAssertEqual(opened.deviceID.rawValue == text.trimmingCharacters(in: .newlines), kept, text)
        }
    }

    func testAnUnreadableDeviceIDIsAnErrorNotARepair() throws {
        // A folder in its place: nothing to keep aside, and nothing that should be replaced behind the user's back.
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        XCTAssertThrowsError(try DataDirectory.prepare(directory)) { error in
            let problem = error as? DataDirectory.Problem
            XCTAssertEqual(problem, .unreadableDeviceID(path: file.path, errno: EISDIR))
            XCTAssertEqual(problem?.message(.fr), "Impossible de lire l'identifiant de l'appareil dans « \(file.path) » (c'est un dossier).")
        }
    }
}

/// One slot per concurrent start, filled from several threads.
private final class Results: @unchecked Sendable {
    private var slots: [Result<DataDirectory, DataDirectory.Problem>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<DataDirectory, DataDirectory.Problem>) {
        lock.withLock { slots[index] = result }
    }

    var all: [Result<DataDirectory, DataDirectory.Problem>] { lock.withLock { slots.compactMap { $0 } } }
}
