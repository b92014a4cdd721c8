import Foundation
import XCTest
import Questionnaire
@testable import Responses

/// Runs the generated SPSS syntax with PSPP and the R script with R, when they are installed.
final class StatisticsSyntaxTests: XCTestCase {
    static func tool(_ name: String) -> URL? {
        for directory in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    func run(_ tool: URL, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let outURL = directory.appendingPathComponent("tool-output.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: outURL.path, contents: nil))
        let handle = try FileHandle(forWritingTo: outURL)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8))
    }

    func exported(_ options: ExportOptions) throws -> (URL, DatasetExport.Files) {
        let directory = try DatasetFixtures.temporaryDirectory()
        try DatasetFixtures.writeJournal(in: directory)
        let (dataset, _) = try Dataset.load(journalsIn: directory, codebook: DatasetFixtures.codebook)
        return (directory, try DatasetExport.write(dataset, to: directory.appendingPathComponent("enquete.csv"), options: options))
    }

    func testPSPPReadsTheExportWithLabelsValuesAndMissingValues() throws {
        guard let pspp = Self.tool("pspp") else { throw XCTSkip("pspp is not installed") }
        for options in [ExportOptions(), ExportOptions(format: .french, labels: true)] {
            let (directory, files) = try exported(options)
            defer { try? FileManager.default.removeItem(at: directory) }
            let check = directory.appendingPathComponent("check.sps")
            let syntax = try String(contentsOf: files.spss, encoding: .utf8)
                + "LIST VARIABLES=sexe age revenu visites outils.smartphone aise.materiel aise.demarches aise_score remarque.\n"
                + "DISPLAY DICTIONARY.\n"
            try syntax.write(to: check, atomically: true, encoding: .utf8)
            let (status, output) = try run(pspp, ["-O", "format=csv", "-o", "out.csv", "check.sps"], in: directory)
            let table = try String(contentsOf: directory.appendingPathComponent("out.csv"), encoding: .utf8)
            XCTAssertEqual(status, 0, output + table)
            XCTAssertFalse(table.lowercased().contains("error"), table)
            XCTAssertFalse(table.lowercased().contains("warning"), table)
            // Values: options by position (autre = 3, femme = 1), numbers, escapes as user-missing codes: "Je ne sais pas"
            // is -1 in the number column `age` as in the coded ones (it was -999999001 there before issue 14).
            XCTAssertTrue(table.contains("3,34,1234.5600,12,1,7,5,6.3333,\"Très bien, merci; \"\"parfait\"\" vraiment\""), table)
            XCTAssertTrue(table.contains("1,-1,.    ,.,-1,8,-1,.    ,'+33 6 12"), table)
            XCTAssertTrue(table.contains("2,70,-3.5000,0,0,1,.,.    ,"), table)
            // Labels.
            XCTAssertTrue(table.contains("Je me sens à l'aise pour : — Utiliser mon matériel"), table)
            XCTAssertTrue(table.contains("Je ne sais pas"), table)
            XCTAssertTrue(table.contains("Femme"), table)
            // One discrete missing code per escape answer, no longer a range below 0.
            XCTAssertTrue(table.contains("aise.materiel,16,Je me sens à l'aise pour : — Utiliser mon matériel,Ordinal,Input,8,Right,F4.0,F4.0,-1"), table)
            XCTAssertTrue(table.contains("age,8,Âge,Scale,Input,8,Right,F12.0,F12.0,-1"), table)
        }
    }

    func testRReadsTheExportIntoLabelledFactors() throws {
        guard let rscript = Self.tool("Rscript") else { throw XCTSkip("R is not installed") }
        for options in [ExportOptions(), ExportOptions(format: .french, labels: true)] {
            let (directory, _) = try exported(options)
            defer { try? FileManager.default.removeItem(at: directory) }
            let check = """
            source("enquete.R", encoding = "UTF-8")
            cat(levels(octant[["sexe"]]), sep = "|"); cat("\\n")
            cat(as.character(octant[["aise.materiel"]]), sep = "|"); cat("\\n")
            cat(octant[["revenu"]], sep = "|"); cat("\\n")
            cat(attr(octant[["aise.materiel"]], "label")); cat("\\n")
            cat(octant[["remarque"]][1]); cat("\\n")
            """
            try check.write(to: directory.appendingPathComponent("check.R"), atomically: true, encoding: .utf8)
            let (status, output) = try run(rscript, ["check.R"], in: directory)
            XCTAssertEqual(status, 0, output)
            let lines = output.components(separatedBy: "\n")
            XCTAssertEqual(lines.first, "Femme|Homme|Autre, précisez", output)
            XCTAssertEqual(lines.dropFirst().first, "7|Tout à fait d'accord|Pas du tout d'accord", output)
            XCTAssertEqual(lines.dropFirst(2).first, "1234.56|NA|-3.5", output)
            XCTAssertEqual(lines.dropFirst(3).first, "Je me sens à l'aise pour : — Utiliser mon matériel", output)
            XCTAssertTrue(output.contains("Très bien, merci; \"parfait\" vraiment"), output)
        }
    }
}
