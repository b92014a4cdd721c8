import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// The person key of exports: HMAC-SHA-256 (RFC 4231 vectors), the folder's secret, and the key column.
final class PersonKeyTests: XCTestCase {
    func hmac(_ key: [UInt8], _ message: [UInt8]) -> String { HMACSHA256.hex(HMACSHA256.authenticationCode(key: key, message: message)) }

    func testRFC4231Vectors() {
        XCTAssertEqual(hmac([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8)),
                       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        XCTAssertEqual(hmac(Array("Jefe".utf8), Array("what do ya want for nothing?".utf8)),
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(hmac([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50)),
                       "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
        XCTAssertEqual(hmac(Array(1...25), [UInt8](repeating: 0xcd, count: 50)),
                       "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
        // Test case 5 is truncated to 128 bits.
        XCTAssertEqual(String(hmac([UInt8](repeating: 0x0c, count: 20), Array("Test With Truncation".utf8)).prefix(32)),
                       "a3b6167473100ee06e0c796c2955552b")
        XCTAssertEqual(hmac([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)),
                       "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
        let long = "This is a test using a larger than block-size key and a larger than block-size data. "
            + "The key needs to be hashed before being used by the HMAC algorithm."
        XCTAssertEqual(hmac([UInt8](repeating: 0xaa, count: 131), Array(long.utf8)),
                       "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    }

    func testTheSecretIsCreatedOncePrivateAndKept() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try LinkSecret.loadOrCreate(in: directory)
        let url = directory.appendingPathComponent(LinkSecret.fileName)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try Data(contentsOf: url).count, 32)
        XCTAssertEqual(try LinkSecret.loadOrCreate(in: directory), first)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [LinkSecret.fileName], "no temporary file left")
        let key = first.personKey(participantCode: "MAR-75-1")
        XCTAssertEqual(key.count, 64)
        XCTAssertEqual(key, first.personKey(participantCode: "MAR-75-1"))
        XCTAssertNotEqual(key, first.personKey(participantCode: "MAR-75-2"))
        XCTAssertEqual(first.personKey(participantCode: nil), "")
        XCTAssertEqual(first.personKey(participantCode: ""), "")
        // Another folder, another secret: a code cannot be tested against keys without the folder's secret.
        let other = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        XCTAssertNotEqual(try LinkSecret.loadOrCreate(in: other).personKey(participantCode: "MAR-75-1"), key)
    }

    func testConcurrentCreationsAgreeOnOneSecret() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let keys = UnsafeSendableBox<[String]>(Array(repeating: "", count: 8))
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let key = (try? LinkSecret.loadOrCreate(in: directory))?.personKey(participantCode: "X") ?? "failed"
            keys.lock.lock()
            keys.value[index] = key
            keys.lock.unlock()
        }
        XCTAssertEqual(Set(keys.value).count, 1, "\(keys.value)")
        XCTAssertFalse(keys.value.contains("failed"))
    }

    func testADamagedSecretIsRefusedNeverReplaced() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(LinkSecret.fileName)
        try Data([1, 2, 3]).write(to: url)
        XCTAssertThrowsError(try LinkSecret.loadOrCreate(in: directory)) { error in
            XCTAssertEqual(error as? LinkSecret.Problem, .damaged(path: url.path, bytes: 3))
        }
        XCTAssertEqual(try Data(contentsOf: url), Data([1, 2, 3]))
    }

    func testExportsCarryTheKeyNeverTheCode() throws {
        let text = """
        survey code-test version 1 language fr
        code participant "Code participant (anonyme)"
          prenom "Deux premières lettres du prénom" letters 2
        single genre "Genre"
          f "Femme"
          h "Homme"
        """
        let parsed = QuestionnaireParser.parse(text: text, name: "code.survey")
        XCTAssertFalse(parsed.hasErrors, parsed.errors.map { "\($0)" }.joined(separator: "\n"))
        let survey = parsed.survey, codebook = Codebook(survey)
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let identity = QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: DeviceID("portable-1")!)
        for (index, code) in ["QZ", nil, "QZ"].enumerated() {
            let id = DatasetFixtures.session(UInt64(index + 1))
            try journal.startSession(questionnaire: identity, start: SessionStart(presentedOrder: ["genre"], seed: 1, mode: .interviewer,
                                     language: "fr", mediatorEntersAnswers: true, participantCode: code),
                                     id: id, at: JournalTimestamp(millisecondsSinceEpoch: 1_790_000_000_000 + Int64(index)))
            try journal.record(.value(.choice("f")), item: "genre", session: id, at: JournalTimestamp(millisecondsSinceEpoch: 1_790_000_001_000))
            try journal.complete(session: id)
        }
        journal.close()
        let dataset = try Dataset.load(journalsIn: directory, codebook: codebook).0
        let secret = try LinkSecret.loadOrCreate(in: directory)
        let files = try DatasetExport.write(dataset, to: directory.appendingPathComponent("out.csv"), options: ExportOptions(linkSecret: secret))
        let csv = try String(contentsOf: files.csv, encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "session,wave,status,device,started,person_key,genre")
        let key = secret.personKey(participantCode: "QZ")
        XCTAssertTrue(lines[1].hasSuffix(",\(key),f"), csv)
        XCTAssertTrue(lines[2].hasSuffix(",,f"), csv)
        XCTAssertTrue(lines[3].hasSuffix(",\(key),f"), csv)
        for file in [files.csv, files.codebook, files.spss, files.r] {
            let content = try String(contentsOf: file, encoding: .utf8)
            XCTAssertFalse(content.contains("QZ"), file.lastPathComponent)
            XCTAssertFalse(content.contains(HMACSHA256.hex(secret.bytes)), "the secret is never exported")
        }
        XCTAssertTrue(try String(contentsOf: files.spss, encoding: .utf8).contains("    person_key A64"))
    }
}

/// A value several threads of a test write under a lock.
final class UnsafeSendableBox<Value>: @unchecked Sendable {
    var value: Value
    let lock = NSLock()
    init(_ value: Value) { self.value = value }
}
