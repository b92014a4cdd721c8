import Analysis
import Foundation
import Questionnaire
import ReportFixtures
import Responses
import Statistics
import Support
import XCTest
@testable import Reports

/// No group under the minimum can be recovered by subtracting numbers the report shows: group counts, totals, the
/// counts and degrees of freedom of every test, the MANOVA's N, in the typed report and in all five formats.
final class SubtractionTests: XCTestCase {
    static func survey(groups: Int) -> Survey {
        var text = "survey soustraction version 1 language fr\nsingle groupe \"Groupe\"\n"
        for index in 0..<groups { text += "  g\(index) \"Groupe \(index)\"\n" }
        text += "likert bloc \"Bloc\"\n  x \"X\"\n  y \"Y\"\n  z \"Z\"\nanalysis\n  minimum: 5\n  by groupe letters\n"
        let parsed = QuestionnaireParser.parse(text: text)
        precondition(!parsed.hasErrors, "\(parsed.errors)")
        return parsed.survey
    }

    /// Every respondent answers every item; answers vary with the group and the row, so that tests can run.
    static func report(sizes: [Int], unanswered: Int = 0, seed: UInt64) -> Report {
        let survey = survey(groups: sizes.count)
        var generator = SplitMix64(seed: seed)
        var rows: [[String: DatasetValue]] = []
        for (group, size) in sizes.enumerated() {
            for _ in 0..<size {
                var row: [String: DatasetValue] = ["groupe": .option("g\(group)")]
                for item in ["x", "y", "z"] { row["bloc.\(item)"] = .point(1 + Int((generator.next() % 4)) + group % 5) }
                rows.append(row)
            }
        }
        for _ in 0..<unanswered { rows.append(["bloc.x": .point(4), "bloc.y": .point(5), "bloc.z": .point(3)]) }
        let table = FixtureRows(codebook: Codebook(survey), rows: rows)
        return ReportBuilder(survey: survey, data: table.source, options: ReportOptions(language: .fr)).build()
    }

    /// The attack: every number of the report that adds up groups must add up shown groups only, and what the total
    /// leaves once the shown counts are taken away must be nothing or at least the minimum.
    func assertNothingRecoverable(_ report: Report, sizes: [Int], unanswered: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let grouping = try XCTUnwrap(report.sample.groupings.first { $0.variable == "groupe" })
        let shown = Set(grouping.groups.filter { $0.count != nil }.map(\.code))
        for group in grouping.groups where group.count != nil {
            XCTAssertEqual(group.count, sizes[Int(group.code.dropFirst())!], file: file, line: line)
        }
        let shownTotal = grouping.groups.compactMap(\.count).reduce(0, +) + (grouping.unanswered ?? 0)
        let rest = report.sample.respondents - shownTotal
        // A sample under the minimum cannot be protected by hiding cells: its total already says too much.
        if report.sample.respondents >= 5 {
            XCTAssertTrue(rest == 0 || rest >= 5, "total − shown = \(rest): \(sizes)", file: file, line: line)
        }
        for comparison in report.comparisons where comparison.variable == "groupe" {
            XCTAssertTrue(comparison.groups.allSatisfy { shown.contains($0.code) && $0.count != nil },
                          "a compared group is a shown one: \(sizes)", file: file, line: line)
            let compared = comparison.groups.reduce(0) { $0 + ($1.count ?? 0) }
            for row in comparison.rows {
                let tested = row.cells.filter { $0.mean != nil }
                XCTAssertTrue(tested.allSatisfy { $0.count != nil }, file: file, line: line)
                if let anova = row.anova {
                    XCTAssertEqual(anova.withinDegreesOfFreedom + anova.groupCount, tested.compactMap(\.count).reduce(0, +),
                                   "the ANOVA's df add up shown counts: \(sizes)", file: file, line: line)
                }
            }
            if let manova = comparison.manova {
                XCTAssertEqual(manova.observationCount + manova.droppedRowCount, compared, "MANOVA N: \(sizes)", file: file, line: line)
            }
        }
    }

    /// The case: a = 10, b = 2, c = 10, minimum 5. b is hidden, and a with it; the MANOVA used to say N = 20.
    func testTheListedCaseInEveryFormat() throws {
        let sizes = [37, 3, 29]
        let report = Self.report(sizes: sizes, seed: 1)
        try assertNothingRecoverable(report, sizes: sizes, unanswered: 0)
        let grouping = try XCTUnwrap(report.sample.groupings.first)
        XCTAssertEqual(grouping.groups.map(\.count), [37, nil, nil])
        XCTAssertEqual(grouping.groups.map(\.leftOutReason), [nil, .tooSmall, .protectsSmallerGroup])
        // 29 (the hidden group), 40 (37 + 3) and 66 (37 + 29) would each give a hidden count away.
        let document = DocumentBuilder(report: report).build()
        let renderings = [TerminalRenderer().render(document), MarkdownRenderer().render(document), HTMLRenderer().render(document),
                          CSVRenderer().render(report), try JSONRenderer().render(report)]
        for (name, rendering) in zip(["terminal", "markdown", "HTML", "CSV", "JSON"], renderings) {
            // Drawing coordinates and style sizes are no counts.
            let text = rendering.replacingOccurrences(of: "<svg[\\s\\S]*?</svg>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "<style[\\s\\S]*?</style>", with: "", options: .regularExpression)
            for forbidden in ["29", "40", "66"] {
                let pattern = "(?<![0-9.,])" + forbidden + "(?![0-9.,])"
                XCTAssertNil(text.range(of: pattern, options: .regularExpression), "\(name) shows \(forbidden)")
            }
        }
    }

    func testRandomGroupSizes() throws {
        var generator = SplitMix64(seed: 2026)
        for trial in 0..<60 {
            let groups = 2 + Int(generator.next() % 4)
            let sizes = (0..<groups).map { _ in generator.next() % 3 == 0 ? Int(generator.next() % 5) : 5 + Int(generator.next() % 30) }
            let unanswered = generator.next() % 4 == 0 ? Int(generator.next() % 4) : 0
            let report = Self.report(sizes: sizes, unanswered: unanswered, seed: UInt64(trial))
            try assertNothingRecoverable(report, sizes: sizes, unanswered: unanswered)
        }
    }
}
