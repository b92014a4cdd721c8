import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// Issue 14: R loaded Likert items as unordered factors with "Je ne sais pas" as level 9, so `as.integer()` gave 9 and it
/// ended up in means. Scale items are now ordered factors of their points, escape answers NA with `<var>_escape`.
final class RFactorTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try DatasetFixtures.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static let check = """
    source("codes.R", encoding = "UTF-8")
    show <- function(x) { cat(ifelse(is.na(x), "NA", as.character(x)), sep = "|"); cat("\\n") }
    show(levels(octant[["aise.materiel"]]))
    show(is.ordered(octant[["aise.materiel"]]))
    show(as.integer(octant[["aise.materiel"]]))
    show(as.integer(octant[["difficulte.demarches"]]))
    show(octant[["aise.materiel_escape"]])
    show(octant[["difficulte.demarches_escape"]])
    show(levels(octant[["difficulte.demarches_escape"]]))
    show(attr(octant[["difficulte.demarches_escape"]], "codes"))
    show(octant[["genre"]])
    show(is.ordered(octant[["genre"]]))
    show(attr(octant[["genre"]], "values"))
    show(names(attr(octant[["genre"]], "values")))
    show(octant[["genre_escape"]])
    show(octant[["age"]])
    show(octant[["age_escape"]])
    show(mean(as.integer(octant[["aise.materiel"]]), na.rm = TRUE))
    """

    func testScaleItemsAreOrderedFactorsAndEscapesAreNAWithACompanion() throws {
        guard let rscript = ExternalTool.find("Rscript") else { throw XCTSkip("R is not installed") }
        try Self.check.write(to: directory.appendingPathComponent("check.R"), atomically: true, encoding: .utf8)
        for options in [ExportOptions(), ExportOptions(numericCodes: true), ExportOptions(format: .french, labels: true)] {
            try DatasetExport.write(try ExportFixtures.dataset(in: directory), to: directory.appendingPathComponent("codes.csv"), options: options)
            let (status, output) = try ExternalTool.run(rscript, ["check.R"], in: directory)
            XCTAssertEqual(status, 0, output)
            XCTAssertEqual(output.components(separatedBy: "\n"), [
                "Pas du tout d'accord|2|3|Tout à fait d'accord",
                "TRUE",
                "4|NA|2|3",
                "1|NA|NA|3",
                "NA|Je ne sais pas|NA|NA",
                "NA|Non concerné|Je ne sais pas|NA",
                "Non concerné|Je ne sais pas",
                "-2|97",
                "Femme|NA|Homme|Femme",
                "FALSE",
                "2|1",
                "Femme|Homme",
                "NA|Refus|NA|NA",
                "30|NA|NA|61",
                "NA|Je ne sais pas|Refus|NA",
                "3",
                "",
            ], "\(options)\n" + output)
        }
    }

    func testTheScriptNamesTheCompanionAndTheMissingCodes() throws {
        let script = DatasetExport.rScript(try ExportFixtures.dataset(in: directory), csvFileName: "codes.csv")
        XCTAssertTrue(script.contains("# Escape answers are NA; <variable>_escape says which one it was."), script)
        XCTAssertTrue(script.contains("#   97 = \"Je ne sais pas\"\n#   -2 = \"Non concerné\"\n#   -3 = \"Refus\"\n"), script)
        XCTAssertTrue(script.contains("ordered = TRUE"), script)
    }
}
