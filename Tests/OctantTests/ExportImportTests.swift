import Foundation
import XCTest

/// `octant import` and `octant export` through the real binary.
final class ExportImportTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try survey.write(to: directory.appendingPathComponent("q.survey"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    let survey = """
    survey e2e version 1 language fr
    escape nsp "Je ne sais pas"
      en: "I don't know"
    single service "Service"
      accueil "Accueil"
      atelier "Atelier"
    number age "Âge" 15..110
    number montant "Montant" decimal
    likert aise "À l'aise :" escape nsp
      materiel "Matériel"
      demarches "Démarches" reverse
    text remarque "Remarque"
    score aise_score "Aisance" mean aise minimum 1
    """

    func write(_ name: String, _ text: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, environment: ["LANG": "fr_FR.UTF-8"], currentDirectory: directory)
    }

    func testImportThenExportGivesTheValuesBackWithTheirSyntaxFiles() throws {
        _ = try write("kobo.csv", "\u{FEFF}service;age;montant;aise.materiel;aise.demarches;remarque\r\n"
            + "accueil;34;12,5;7;2;=1+1\r\natelier;;;nsp;8;\r\n")
        let imported = try run(["import", "q.survey", "kobo.csv", "--data", "donnees"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("2 sessions ajoutées"), imported.stdout)
        let again = try run(["import", "q.survey", "kobo.csv", "--data", "donnees"])
        XCTAssertTrue(again.stdout.contains("0 session ajoutée"), again.stdout)
        XCTAssertTrue(again.stdout.contains("2 déjà présentes"), again.stdout)

        let exported = try run(["export", "q.survey", "--data", "donnees", "--to", "sortie.csv"])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.contains("2 sessions, 7 variables"), exported.stdout)
        // A French questionnaire gets the French CSV by default since issue 14 (';', decimal comma, byte order mark).
        let csv = try String(contentsOf: directory.appendingPathComponent("sortie.csv"), encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "session;wave;status;device;started;service;age;montant;aise.materiel;aise.demarches;remarque;aise_score")
        XCTAssertTrue(lines[1].hasSuffix(";accueil;34;12,5;7;2;'=1+1;7"), lines[1])
        XCTAssertTrue(lines[2].hasSuffix(";atelier;;;nsp;8;;1"), lines[2])
        for name in ["sortie.csv", "sortie.codebook.csv", "sortie.sps", "sortie.R"] {
            let url = directory.appendingPathComponent(name)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, name)
            XCTAssertFalse(try String(contentsOf: url, encoding: .utf8).contains(directory.path), name)
        }
        let codebook = try String(contentsOf: directory.appendingPathComponent("sortie.codebook.csv"), encoding: .utf8)
        XCTAssertTrue(codebook.contains("aise.materiel;À l'aise : — Matériel;scale 1-8;"), codebook)
        XCTAssertTrue(codebook.contains("nsp=Je ne sais pas"), codebook)
    }

    func testFrenchSpreadsheetOptions() throws {
        _ = try write("web.csv", "montant,aise.materiel\n1234.5,3\n")
        XCTAssertEqual(try run(["import", "q.survey", "web.csv", "--data", "d"]).status, 0)
        let result = try run(["export", "q.survey", "--data", "d", "--to", "fr.csv", "--separator", ";", "--decimal-comma", "--bom",
                              "--labels", "--no-text"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let bytes = try Data(contentsOf: directory.appendingPathComponent("fr.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("session;wave;status;device;started;service;age;montant;aise.materiel;aise.demarches;aise_score\r\n"), text)
        XCTAssertTrue(text.contains(";1234,5;3;;3\r\n"), text)
    }

    func testInvalidFilesAreRefusedWithLineColumnAndValueOrLoadedAsMissing() throws {
        _ = try write("bad.csv", "service,aise.materiel,telephone\naccueil,3,x\nguichet,9,y\n")
        let refused = try run(["import", "q.survey", "bad.csv", "--data", "d"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("ligne 1, colonne « telephone » : colonne inconnue du questionnaire"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("ligne 3, colonne « service » : « guichet » n'est pas un code de réponse"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("ligne 3, colonne « aise.materiel » : « 9 » est hors de l'échelle 1 à 8"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("d").path))
        let english = try BinaryRunner.run(["import", "q.survey", "bad.csv", "--data", "d", "--lang", "en"], currentDirectory: directory)
        XCTAssertTrue(english.stderr.contains("line 3, column 'aise.materiel': '9' is outside the scale 1 to 8"), english.stderr)

        let loaded = try run(["import", "q.survey", "bad.csv", "--data", "d", "--invalid", "missing"])
        XCTAssertEqual(loaded.status, 0, loaded.stderr)
        XCTAssertTrue(loaded.stdout.contains("3 problèmes chargés comme manquants"), loaded.stdout)
        let exported = try run(["export", "q.survey", "--data", "d", "--to", "x.csv"])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertEqual(try run(["import", "q.survey", "bad.csv", "--data", "d", "--invalid", "maybe"]).status, 2)
    }

    func testHelpDescribesBothCommandsInBothLanguages() throws {
        for command in ["export", "import"] {
            let french = try BinaryRunner.run(["help", command, "--lang", "fr"])
            let english = try BinaryRunner.run(["help", command, "--lang", "en"])
            XCTAssertEqual(french.status, 0)
            XCTAssertTrue(french.stdout.contains("octant \(command) QUESTIONNAIRE"))
            XCTAssertTrue(english.stdout.contains("octant \(command) QUESTIONNAIRE"))
            XCTAssertNotEqual(french.stdout, english.stdout)
        }
    }
}
