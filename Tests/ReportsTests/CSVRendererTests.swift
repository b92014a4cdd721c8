import Foundation
import ReportFixtures
import Responses
import XCTest
@testable import Analysis
@testable import Reports
import Questionnaire
import Support

/// The tidy CSV: golden files, RFC 4180 quoting, formula neutralisation, full precision, and no hidden value.
final class CSVRendererTests: XCTestCase {
    func report(_ language: Language) -> Report {
        ReportBuilder(survey: SmallDataset.survey, data: SmallDataset.table.source, options: ReportOptions(language: language)).build()
    }

    func testGolden() throws {
        try GoldenFile.assertMatches(CSVRenderer().render(report(.fr)), "report.fr.csv")
        try GoldenFile.assertMatches(CSVRenderer().render(report(.en)), "report.en.csv")
    }

    func testEveryRecordHasEightFieldsAndCRLF() throws {
        let csv = CSVRenderer().render(report(.fr))
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertFalse(csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare line feed outside quotes here")
        let records = try RFC4180.parse(csv)
        XCTAssertEqual(records.first, CSVRenderer.columns)
        XCTAssertGreaterThan(records.count, 200)
        for record in records { XCTAssertEqual(record.count, 8, record.joined(separator: ",")) }
    }

    func testMeansReadBackExactly() throws {
        let report = report(.fr)
        let rows = try TidyRows(CSVRenderer().render(report))
        var checked = 0
        for comparison in report.comparisons {
            for row in comparison.rows {
                for (group, cell) in zip(comparison.groups, row.cells) {
                    let found = rows.values(section: "comparison", grouping: comparison.variable, variable: row.variable, group: group.code, statistic: "mean")
                    if let mean = cell.mean {
                        XCTAssertEqual(found.map { Double($0) }, [mean], "full precision: the double reads back unchanged")
                        checked += 1
                    } else {
                        XCTAssertEqual(found, [])
                    }
                }
            }
        }
        XCTAssertEqual(checked, 16, "Centre social is not compared: it protects CAF")
        // The model's first cell: CCAS at ease at home, letter a, with its ANOVA.
        XCTAssertEqual(rows.values(section: "comparison", grouping: "service", variable: "aise.perso", group: "ccas", statistic: "letters"), ["a"])
        let f = try XCTUnwrap(rows.values(section: "comparison", grouping: "service", variable: "aise.perso", group: "", statistic: "F").first)
        XCTAssertEqual(Double(f) ?? 0, report.comparisons[0].rows[0].anova?.f ?? .nan)
        XCTAssertFalse(f.contains(","), "C locale")
    }

    func testPostHocPairsAndScores() throws {
        let report = report(.fr)
        let rows = try TidyRows(CSVRenderer().render(report))
        let cells = report.comparisons[0].rows[0].cells
        let difference = try XCTUnwrap(rows.values(section: "comparison", grouping: "service", variable: "aise.perso", group: "cdas|ccas",
                                                   statistic: "posthoc.difference").first.flatMap(Double.init))
        XCTAssertEqual(difference, (cells[1].mean ?? .nan) - (cells[0].mean ?? .nan), accuracy: 1e-12, "B|A reads mean(B) − mean(A)")
        let score = try XCTUnwrap(report.scores.first)
        let alpha = rows.values(section: "score", grouping: "", variable: score.id, group: "", statistic: "alpha")
        XCTAssertEqual(alpha.map { Double($0) }, [score.reliability?.alpha])
        let itemRest = rows.values(section: "score", grouping: "", variable: score.items[0], group: "", statistic: "item.rest.r")
        XCTAssertEqual(itemRest.map { Double($0) }, [score.reliability?.items[0].itemRestCorrelation])
        // Descriptive counts per scale point, in the group column.
        let atHome = try XCTUnwrap(report.questions.first { $0.variable == "aise.perso" }?.scale)
        for point in 1...atHome.points {
            XCTAssertEqual(rows.values(section: "question", grouping: "", variable: "aise.perso", group: String(point), statistic: "n"),
                           [String(atHome.counts[point - 1])])
        }
    }

    func testNegativeNumbersStayNumbers() throws {
        let rows = try TidyRows(CSVRenderer().render(report(.fr)))
        let d = try XCTUnwrap(rows.values(section: "comparison", grouping: "formation", variable: "aise.stress", group: "", statistic: "d").first)
        XCTAssertTrue(d.hasPrefix("-"), d)
        XCTAssertLessThan(Double(d) ?? 0, 0)
    }

    func testHiddenValuesHaveNoRow() throws {
        let report = report(.fr)
        let rows = try TidyRows(CSVRenderer().render(report))
        let service = try XCTUnwrap(report.sample.groupings.first { $0.variable == "service" })
        for group in service.groups {
            let counts = rows.values(section: "sample", grouping: "service", variable: "service", group: group.code, statistic: "n")
            XCTAssertEqual(counts, group.count.map { [String($0)] } ?? [], group.code)
        }
        XCTAssertTrue(service.groups.contains { $0.count == nil }, "the dataset hides a count")
        let csv = CSVRenderer().render(report).lowercased()
        for absent in [",nan\r\n", ",inf\r\n", ",nil\r\n", ",null\r\n", ",—\r\n"] { XCTAssertFalse(csv.contains(absent), absent) }
    }

    func testNotANumberHasNoRowAndInfinityIsWrittenForR() {
        XCTAssertNil(TidyValue.number(.nan).field)
        XCTAssertEqual(TidyValue.number(.infinity).field, "Inf")
        XCTAssertEqual(TidyValue.number(-.infinity).field, "-Inf")
        XCTAssertEqual(TidyValue.number(0.1 + 0.2).field, "0.30000000000000004")
        XCTAssertEqual(TidyValue.number(-0.07).field, "-0.07")
    }

    func testTextIsQuotedAndFormulasNeutralised() throws {
        XCTAssertEqual(CSVField.text("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVField.text("dit \"oui\""), "\"dit \"\"oui\"\"\"")
        XCTAssertEqual(CSVField.text("ligne\nsuivante"), "\"ligne\nsuivante\"")
        XCTAssertEqual(CSVField.text("=SOMME(A1:A9)"), "'=SOMME(A1:A9)")
        XCTAssertEqual(CSVField.text("+33 6"), "'+33 6")
        XCTAssertEqual(CSVField.text("-2+3"), "'-2+3")
        XCTAssertEqual(CSVField.text("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVField.text("\tx"), "'\tx")
        XCTAssertEqual(CSVField.text("\rx"), "\"'\rx\"")
        XCTAssertEqual(CSVField.text("a\u{202E}b\u{0000}c"), "abc")
        XCTAssertEqual(CSVField.text("Centre social"), "Centre social")

        var report = report(.fr)
        report.survey.title = "=HYPERLINK(\"x\",\"y\")"
        report.comparisons[0].rows[0].label = "-1+1, \"cité\"\r\nsuite"
        report.comparisons[0].groups[0].label = "@A1"
        let records = try RFC4180.parse(CSVRenderer().render(report))
        XCTAssertTrue(records.contains { $0[0] == "report" && $0[4] == "'=HYPERLINK(\"x\",\"y\")" })
        XCTAssertTrue(records.contains { $0[3] == "aise.perso" && $0[4] == "'-1+1, \"cité\"\r\nsuite" })
        XCTAssertTrue(records.contains { $0[0] == "comparison" && $0[6] == "group.label" && $0[7] == "'@A1" })
        for record in records.dropFirst() {
            for field in record.prefix(7) { XCTAssertFalse(["=", "+", "-", "@"].contains(field.first.map(String.init) ?? ""), field) }
        }
    }
}

/// A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.
enum RFC4180 {
    struct Malformed: Error { var offset: Int }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0, quoted = false, fieldStart = true
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" { field.unicodeScalars.append("\""); index += 1 } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                guard fieldStart else { throw Malformed(offset: index) }
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""; fieldStart = true; index += 1; continue
            } else if scalar == "\r" {
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { throw Malformed(offset: index) }
                record.append(field); records.append(record); record = []; field = ""; fieldStart = true; index += 2; continue
            } else if scalar == "\n" {
                throw Malformed(offset: index)
            } else {
                field.unicodeScalars.append(scalar)
            }
            fieldStart = false
            index += 1
        }
        guard !quoted, record.isEmpty, field.isEmpty else { throw Malformed(offset: index) }
        return records
    }
}

/// The tidy rows by their key columns.
struct TidyRows {
    var records: [[String]]
    init(_ csv: String) throws { records = Array(try RFC4180.parse(csv).dropFirst()) }

    func values(section: String, grouping: String, variable: String, group: String, statistic: String) -> [String] {
        records.filter { $0[0] == section && $0[2] == grouping && $0[3] == variable && $0[5] == group && $0[6] == statistic }.map { $0[7] }
    }
}
