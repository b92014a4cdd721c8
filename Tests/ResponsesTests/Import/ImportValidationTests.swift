import Foundation
import XCTest
import Questionnaire
@testable import Responses

final class ImportValidationTests: XCTestCase {
    func load(_ text: String, policy: InvalidPolicy = .refuse) throws -> (Dataset, [ImportIssue]) {
        try Dataset.load(csvBytes: Array(text.utf8), name: "kobo.csv", codebook: DatasetFixtures.codebook, policy: policy)
    }

    func issues(_ text: String) -> [ImportIssue] {
        do {
            _ = try load(text)
            XCTFail("accepted: \(text)")
            return []
        } catch {
            guard case DatasetError.invalidCSV(let file, let issues)? = error as? DatasetError else { XCTFail("\(error)"); return [] }
            XCTAssertEqual(file, "kobo.csv")
            return issues
        }
    }

    func testEveryKindOfBadValueIsReportedWithLineColumnAndValue() {
        let cases: [(String, ImportIssue.Kind, String, String)] = [
            ("aise.materiel\n9\n", .pointOutOfRange(points: 8), "aise.materiel", "9"),
            ("aise.materiel\n5 ou 6\n", .notAScalePoint(points: 8), "aise.materiel", "5 ou 6"),
            ("aise.materiel\nnr\n", .unknownEscape(known: ["nsp"]), "aise.materiel", "nr"),
            ("sexe\nfemmes\n", .unknownOption(known: ["femme", "homme", "autre"]), "sexe", "femmes"),
            ("age\ntrente\n", .notANumber, "age", "trente"),
            ("age\n\"30,5\"\n", .notAWholeNumber, "age", "30,5"),
            ("age\n12\n", .numberOutOfRange(minimum: "15", maximum: "110"), "age", "12"),
            ("outils.smartphone\n2\n", .notAnIndicator, "outils.smartphone", "2"),
            ("wave\nt9\n", .unknownWave(known: ["t0", "t1"]), "wave", "t9"),
            ("session\n1234\n", .badSessionID, "session", "1234"),
            ("status\nfini\n", .badStatus, "status", "fini"),
            ("started\nhier\n", .badTimestamp, "started", "hier"),
            ("age,telephone\n30,0601\n", .unknownColumn, "telephone", "telephone"),
            ("age,age\n30,31\n", .duplicatedColumn, "age", "age"),
        ]
        for (text, kind, column, value) in cases {
            let found = issues(text)
            XCTAssertEqual(found.count, 1, text)
            XCTAssertEqual(found.first?.kind, kind, text)
            XCTAssertEqual(found.first?.column, column, text)
            XCTAssertEqual(found.first?.value, value, text)
            XCTAssertEqual(found.first?.line, kind == .unknownColumn || kind == .duplicatedColumn ? 1 : 2, text)
        }
        let wrongCount = issues("age,sexe\n30\n")
        XCTAssertEqual(wrongCount.first?.kind, .wrongCellCount(expected: 2, found: 1))
        XCTAssertEqual(issues("age\n\"30\n").first?.kind, .unterminatedQuote)
        XCTAssertEqual(issues("").first?.kind, .emptyFile)
    }

    func testMessagesExistInFrenchAndEnglish() {
        let issue = ImportIssue(kind: .pointOutOfRange(points: 8), line: 3, column: "aise.materiel", value: "9")
        XCTAssertEqual(issue.message(.fr), "ligne 3, colonne « aise.materiel » : « 9 » est hors de l'échelle 1 à 8")
        XCTAssertEqual(issue.message(.en), "line 3, column 'aise.materiel': '9' is outside the scale 1 to 8")
        let refused = DatasetError.invalidCSV(file: "kobo.csv", [issue]).message(.fr)
        XCTAssertTrue(refused.hasPrefix("kobo.csv refusé : 1 problème, rien n'a été chargé"), refused)
    }

    func testRefuseListsEveryProblemOfTheFile() {
        let found = issues("aise.materiel;age\n9;trente\n3;200\n")
        XCTAssertEqual(found.map(\.line), [2, 2, 3])
        XCTAssertEqual(found.map(\.column), ["aise.materiel", "age", "age"])
    }

    func testMissingPolicyLoadsBadCellsAsInvalidAndCountsThem() throws {
        let (dataset, issues) = try load("age;aise.materiel;telephone\n30;9;06\n\"40\";3;07\n", policy: .missing)
        XCTAssertEqual(issues.map(\.kind), [.unknownColumn, .pointOutOfRange(points: 8)])
        let materiel = dataset.columnIndex(named: "aise.materiel")!
        XCTAssertEqual(dataset.value(row: 0, column: materiel), .missing(.invalid))
        XCTAssertEqual(dataset.invalidRaw(row: 0, column: materiel), "9")
        XCTAssertEqual(dataset.value(row: 1, column: materiel), .point(3))
        XCTAssertEqual(dataset.missingCounts(column: materiel).reasons, [.invalid: 1])
        XCTAssertEqual(dataset.value(row: 1, variable: "age"), .number(40))
    }

    func testInvalidCellsSurviveAnImportAsInvalid() throws {
        let directory = try DatasetFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("web.csv")
        try Data("aise.materiel,age\n9,30\n".utf8).write(to: csv)
        let data = directory.appendingPathComponent("data")
        XCTAssertThrowsError(try DatasetImport.importCSV(csv, into: data, codebook: DatasetFixtures.codebook))
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.path), "a refused file writes nothing")
        let summary = try DatasetImport.importCSV(csv, into: data, codebook: DatasetFixtures.codebook, policy: .missing)
        XCTAssertEqual(summary.issues.count, 1)
        let (dataset, _) = try Dataset.load(journalsIn: data, codebook: DatasetFixtures.codebook)
        XCTAssertEqual(dataset.value(row: 0, variable: "aise.materiel"), .missing(.invalid))
        XCTAssertEqual(dataset.invalidRaw(row: 0, column: dataset.columnIndex(named: "aise.materiel")!), "9")
        XCTAssertEqual(dataset.value(row: 0, variable: "age"), .number(30))
        let attributes = try FileManager.default.attributesOfItem(atPath: data.appendingPathComponent(summary.journalFileName).path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testForeignFilesWithBOMDecimalCommaLabelsAndMissingColumns() throws {
        let text = "\u{FEFF}sexe;revenu;visite;visites;outils.smartphone;outils.ordinateur;aise.materiel\r\n"
            + "Femme;1 234;;;1;;Je ne sais pas\r\n"
        XCTAssertEqual(issues(text).first?.kind, .notANumber)
        let (dataset, issues) = try load(text.replacingOccurrences(of: "1 234", with: "1234,5"))
        XCTAssertEqual(issues, [])
        XCTAssertEqual(dataset.value(row: 0, variable: "sexe"), .option("femme"))
        XCTAssertEqual(dataset.value(row: 0, variable: "revenu"), .number(Decimal(string: "1234.5")!))
        XCTAssertEqual(dataset.value(row: 0, variable: "aise.materiel"), .escape("nsp"))
        // Empty cells: skipped, or not asked when the condition is false (visite unanswered hides visites).
        XCTAssertEqual(dataset.value(row: 0, variable: "visite"), .missing(.skipped))
        XCTAssertEqual(dataset.value(row: 0, variable: "visites"), .missing(.notAsked))
        // An empty option beside a chosen one is "not chosen".
        XCTAssertEqual(dataset.value(row: 0, variable: "outils.ordinateur"), .indicator(false))
        // Columns the file does not have: nothing was recorded.
        XCTAssertEqual(dataset.value(row: 0, variable: "remarque"), .missing(.notReached))
    }
}
