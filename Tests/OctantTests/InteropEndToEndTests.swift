import Foundation
import XCTest

/// From a web tool to the evaluator's own: a LimeSurvey export imported, reported, exported as `.sav` and `.R`, then
/// read by PSPP and R with its labels and missing codes; a KoboToolbox panel's person key pairs the waves in R. Each
/// outside program is needed only for its own part: the test skips that part when the program is absent.
final class InteropEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static func tool(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    func runTool(_ tool: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        return output
    }

    func octant(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, currentDirectory: directory)
    }

    func copyFixture(_ name: String) throws {
        for ext in ["csv", "mapping"] {
            try FileManager.default.copyItem(at: ImportInteropCommandTests.interop.appendingPathComponent("\(name).\(ext)"),
                                             to: directory.appendingPathComponent("\(name).\(ext)"))
        }
    }

    func testALimeSurveyExportReachesPSPPAndRWithItsLabelsAndMissingCodes() throws {
        try copyFixture("limesurvey-codes")
        let usagers = RunCommandTests.questionnaire("esc-usagers")
        let imported = try octant(["import", usagers, "limesurvey-codes.csv", "--data", "D"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let report = try octant(["report", usagers, "--data", "D", "--lang", "en"])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("10 respondents") || report.stdout.contains("10 sessions"), report.stdout)
        let exported = try octant(["export", usagers, "--data", "D", "--to", "out.csv", "--lang", "en", "--csv", "international"])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.sav").path))

        if let pspp = Self.tool("pspp") {
            try "GET FILE='out.sav'.\nDISPLAY DICTIONARY.\nLIST VARIABLES=sexe aise.materiel aise.recherche age.\n"
                .write(to: directory.appendingPathComponent("read.sps"), atomically: true, encoding: .utf8)
            let shown = try runTool(pspp, ["read.sps", "--output=read.txt"])
            let text = try String(contentsOf: directory.appendingPathComponent("read.txt"), encoding: .utf8) + shown
            XCTAssertFalse(text.lowercased().contains("error"), text)
            XCTAssertTrue(text.contains("aise.materiel"), text)
            XCTAssertTrue(text.contains("Strongly agree"), "value labels: \(text)")
            XCTAssertTrue(text.contains("I don't know"), "the escape answer's label: \(text)")
            XCTAssertTrue(text.contains("-1") && text.contains("-2"), "the same missing codes: \(text)")
            XCTAssertTrue(text.contains("Ordinal"), "Likert items are ordinal: \(text)")
        }
        if let rscript = Self.tool("Rscript") {
            let check = """
                source("out.R", encoding = "UTF-8")
                stopifnot(nrow(octant) == 10, is.ordered(octant[["aise.materiel"]]))
                stopifnot(all(levels(octant[["aise.materiel"]])[c(1, 8)] == c("Strongly disagree", "Strongly agree")))
                escapes <- octant[["aise.recherche_escape"]]
                stopifnot(all(is.na(octant[["aise.recherche"]][!is.na(escapes)])))
                stopifnot(all(as.integer(octant[["aise.materiel"]]) %in% c(1:8, NA)))
                cat("R OK", sum(!is.na(escapes)), "\\n")
                """
            try check.write(to: directory.appendingPathComponent("check.R"), atomically: true, encoding: .utf8)
            XCTAssertTrue(try runTool(rscript, ["check.R"]).contains("R OK"))
        }
    }

    func testAKoboPanelsPersonKeyPairsTheWavesInRAndNoCodeLeaves() throws {
        try copyFixture("kobotoolbox")
        let impact = RunCommandTests.questionnaire("accompagnement-impact")
        XCTAssertEqual(try octant(["import", impact, "kobotoolbox.csv", "--data", "D"]).status, 0)
        let exported = try octant(["export", impact, "--data", "D", "--to", "panel.csv", "--csv", "international"])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        for name in ["panel.csv", "panel.R", "panel.sps", "panel.codebook.csv"] {
            let text = String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
            XCTAssertFalse(text.contains("MA071"), "\(name) holds no participant code")
        }
        guard let rscript = Self.tool("Rscript") else { return }
        let check = """
            source("panel.R", encoding = "UTF-8")
            keys <- octant[["person_key"]]
            stopifnot(all(nchar(keys[keys != ""]) == 64))
            paired <- intersect(keys[octant[["wave"]] == "avant"], keys[octant[["wave"]] == "apres"])
            cat("paired", length(paired[paired != ""]), "\\n")
            """
        try check.write(to: directory.appendingPathComponent("pair.R"), atomically: true, encoding: .utf8)
        let output = try runTool(rscript, ["pair.R"])
        XCTAssertTrue(output.contains("paired 5"), output)
    }
}
