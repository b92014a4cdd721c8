import Foundation
import XCTest

/// `octant export`: French CSV defaults, the international CSV on request, the dialect said in both languages, and the
/// person key derived from the participant code with the folder's secret.
final class ExportDialectTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-dialect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.survey(language: "fr").write(to: directory.appendingPathComponent("fr.survey"), atomically: true, encoding: .utf8)
        try Self.survey(language: "en").write(to: directory.appendingPathComponent("en.survey"), atomically: true, encoding: .utf8)
        try "montant,aise\n1234.5,3\n".write(to: directory.appendingPathComponent("web.csv"), atomically: true, encoding: .utf8)
        for language in ["fr", "en"] {
            let imported = try run(["import", "\(language).survey", "web.csv", "--data", "d-\(language)"])
            XCTAssertEqual(imported.status, 0, imported.stderr)
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static func survey(language: String) -> String {
        """
        survey dialect version 1 language \(language)
        number montant "Montant" decimal
        likert aise "Aise"
        """
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, environment: ["LANG": "fr_FR.UTF-8"], currentDirectory: directory)
    }

    func exported(_ name: String) throws -> (bom: Bool, text: String) {
        let bytes = try Data(contentsOf: directory.appendingPathComponent(name))
        let bom = Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF]
        return (bom, String(decoding: bom ? bytes.dropFirst(3) : bytes[...], as: UTF8.self))
    }

    func testAFrenchQuestionnaireGetsTheFrenchCSVAndSaysSo() throws {
        let result = try run(["export", "fr.survey", "--data", "d-fr", "--to", "a.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("CSV français : séparateur « ; », virgule décimale, avec marque d'ordre des octets (BOM) (--csv international pour l'autre)"),
                      result.stdout)
        let (bom, text) = try exported("a.csv")
        XCTAssertTrue(bom)
        XCTAssertTrue(text.hasPrefix("session;wave;status;device;started;montant;aise\r\n"), text)
        XCTAssertTrue(text.hasSuffix(";1234,5;3\r\n"), text)
    }

    func testInternationalOnRequestAndForOtherLanguages() throws {
        let asked = try run(["export", "fr.survey", "--data", "d-fr", "--to", "b.csv", "--csv", "international"])
        XCTAssertEqual(asked.status, 0, asked.stderr)
        XCTAssertTrue(asked.stdout.contains("CSV international : séparateur « , », point décimal, sans marque d'ordre des octets (--csv french pour l'autre)"),
                      asked.stdout)
        for name in ["b.csv"] {
            let (bom, text) = try exported(name)
            XCTAssertFalse(bom)
            XCTAssertTrue(text.hasPrefix("session,wave,status,device,started,montant,aise\r\n"), text)
            XCTAssertTrue(text.hasSuffix(",1234.5,3\r\n"), text)
        }
        // An English questionnaire, or --lang en, gets the international CSV, said in English.
        for arguments in [["en.survey", "--data", "d-en"], ["fr.survey", "--data", "d-fr", "--lang", "en"]] {
            let result = try run(["export"] + arguments + ["--to", "c.csv"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains("international CSV: separator ',', decimal point, no byte order mark (--csv french for the other one)"),
                          result.stdout)
            XCTAssertFalse(try exported("c.csv").bom)
        }
        // --csv french in English, and one option changing one thing of a dialect.
        let french = try run(["export", "en.survey", "--data", "d-en", "--to", "d.csv", "--csv", "french", "--separator", "tab"])
        XCTAssertTrue(french.stdout.contains("French CSV: separator tab, decimal comma, with byte order mark (BOM) (--csv international for the other one)"),
                      french.stdout)
        XCTAssertTrue(try exported("d.csv").text.hasSuffix("\t1234,5\t3\r\n"))
        XCTAssertEqual(try run(["export", "fr.survey", "--data", "d-fr", "--to", "e.csv", "--csv", "excel"]).status, 2)
    }

    func testNumericCodesGiveTheMissingCodeOfEachEscapeAnswer() throws {
        let text = """
        survey codes version 1 language fr
        escape nsp "Je ne sais pas" key j value 97
        escape nc "Non concerné" key n
        single genre "Genre" escape nc
          f "Femme" value 2
          h "Homme" value 1
        likert aise "Aise" escape nc nsp
        """
        try text.write(to: directory.appendingPathComponent("codes.survey"), atomically: true, encoding: .utf8)
        try "genre,aise\nf,nsp\nnc,nc\nh,3\n".write(to: directory.appendingPathComponent("codes.csv"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["import", "codes.survey", "codes.csv", "--data", "dc"]).status, 0)
        let result = try run(["export", "codes.survey", "--data", "dc", "--to", "n.csv", "--numeric-codes", "--csv", "international"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try exported("n.csv").text.components(separatedBy: "\r\n").map { $0.components(separatedBy: ",").suffix(2).joined(separator: ",") }
        XCTAssertEqual(Array(lines.prefix(4)), ["genre,aise", "2,97", "-2,-2", "1,3"])
    }

    func testThePersonKeyIsTheSameAtEachWaveAndTheCodeNeverLeaves() throws {
        let simulated = try run(["simulate", Self.impactQuestionnaire.path, "--respondents", "5", "--seed", "3",
                                 "--waves", "avant,apres", "--attrition", "0", "--code-errors", "0", "--data", "panel"])
        XCTAssertEqual(simulated.status, 0, simulated.stderr)
        let plain = try run(["export", Self.impactQuestionnaire.path, "--data", "panel", "--to", "o.csv", "--csv", "international"])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(try exported("o.csv").text.contains("person_key"), "by default when the questionnaire has a participant code")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("panel/link-secret").path))
        let reimported = try run(["report", Self.impactQuestionnaire.path, "--data", "o.csv", "--format", "json"])
        XCTAssertEqual(reimported.status, 0, "the key column reads back: \(reimported.stderr)")
        let refused = try run(["export", "fr.survey", "--data", "d-fr", "--to", "r.csv", "--person-key"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--person-key dérive la clé du code participant"), refused.stderr)
        let result = try run(["export", Self.impactQuestionnaire.path, "--data", "panel", "--to", "p.csv", "--csv", "international", "--person-key"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("person_key : clé de personne (HMAC-SHA-256 du code participant avec le secret panel/link-secret"),
                      result.stdout)
        let secret = directory.appendingPathComponent("panel/link-secret")
        let attributes = try FileManager.default.attributesOfItem(atPath: secret.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try Data(contentsOf: secret).count, 32)
        let rows = try exported("p.csv").text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let keyColumn = try XCTUnwrap(rows[0].firstIndex(of: "person_key"))
        let waveColumn = try XCTUnwrap(rows[0].firstIndex(of: "wave"))
        var waves: [String: Set<String>] = [:]
        for row in rows.dropFirst() {
            XCTAssertEqual(row[keyColumn].count, 64, row[keyColumn])
            waves[row[keyColumn], default: []].insert(row[waveColumn])
        }
        XCTAssertEqual(waves.count, 5)
        XCTAssertTrue(waves.values.allSatisfy { $0 == ["avant", "apres"] }, "\(waves)")
        // The same keys on a second export: the secret is kept, not drawn again.
        XCTAssertEqual(try run(["export", Self.impactQuestionnaire.path, "--data", "panel", "--to", "q.csv", "--csv", "international", "--person-key"]).status, 0)
        XCTAssertEqual(try exported("q.csv").text, try exported("p.csv").text)
        for name in ["p.csv", "p.codebook.csv", "p.sps", "p.R"] {
            XCTAssertFalse(try exported(name).text.contains(HMACHex.of(try Data(contentsOf: secret))), name)
        }
    }

    /// The bundled before/after questionnaire, from the package's root.
    static var impactQuestionnaire: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Questionnaires/accompagnement-impact.survey")
    }
}

enum HMACHex {
    static func of(_ data: Data) -> String { data.map { String(format: "%02x", $0) }.joined() }
}
