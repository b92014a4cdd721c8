import Analysis
import Foundation
import Questionnaire
import ReportFixtures
import Responses
import Statistics
import XCTest
@testable import Reports

/// k groups: the Brown–Forsythe column in every table, Welch's ANOVA then Games–Howell on demand, and `auto` choosing
/// Welch item by item when the variances differ.
final class KGroupTestTests: XCTestCase {
    /// Three groups; on item x the third spreads over the whole scale while the others barely move.
    static func rows() -> [[String: DatasetValue]] {
        var rows: [[String: DatasetValue]] = []
        for (group, size) in [20, 15, 25].enumerated() {
            for index in 0..<size {
                let spread = group == 2 ? 1 + (index * 3) % 8 : 3 + group + index % 3
                rows.append(["groupe": .option("g\(group)"), "bloc.x": .point(spread), "bloc.y": .point(3 + (index + group) % 3),
                             "bloc.z": .point(2 + (index * 2 + group) % 5)])
            }
        }
        return rows
    }

    func report(_ test: ReportOptions.KGroupTest) -> Report {
        let survey = SubtractionTests.survey(groups: 3)
        var options = ReportOptions(language: .fr)
        options.kGroupTest = test
        return ReportBuilder(survey: survey, data: FixtureRows(codebook: Codebook(survey), rows: Self.rows()).source, options: options).build()
    }

    func values(_ item: String) -> [[Double]] {
        (0..<3).map { group in
            Self.rows().filter { $0["groupe"] == .option("g\(group)") }.compactMap { row in
                if case .point(let p)? = row["bloc.\(item)"] { return Double(p) } else { return nil }
            }
        }
    }

    func testEveryKGroupRowCarriesBrownForsytheAndWelchIsOnDemand() throws {
        let classic = try XCTUnwrap(report(.anova).comparisons.first { $0.block == "bloc" })
        for row in classic.rows {
            let item = String(row.variable.dropFirst("bloc.".count))
            let expected = try VarianceHomogeneityTest.brownForsythe(groups: values(item))
            XCTAssertEqual(try XCTUnwrap(row.varianceTest).pValue, expected.pValue, accuracy: 1e-12)
            XCTAssertEqual(row.varianceTest?.center, .median)
            XCTAssertNotNil(row.anova)
            XCTAssertNil(row.welchANOVA)
        }
        let welch = try XCTUnwrap(report(.welch).comparisons.first { $0.block == "bloc" })
        for row in welch.rows {
            let item = String(row.variable.dropFirst("bloc.".count))
            let expected = try WelchANOVA.test(groups: values(item))
            XCTAssertEqual(try XCTUnwrap(row.welchANOVA).pValue, expected.pValue, accuracy: 1e-12)
            XCTAssertEqual(row.p, expected.pValue)
            XCTAssertNil(row.anova)
            XCTAssertEqual(row.postHoc?.method, .gamesHowell)
        }
    }

    func testAutoTakesWelchWhereBrownForsytheFindsUnequalVariances() throws {
        let auto = try XCTUnwrap(report(.auto).comparisons.first { $0.block == "bloc" })
        XCTAssertEqual(auto.method, .welchANOVA(.auto, postHoc: .lsd))
        var sawBoth = (welch: false, classic: false)
        for row in auto.rows {
            let unequal = try XCTUnwrap(row.varianceTest).pValue < 0.05
            XCTAssertEqual(row.welchANOVA != nil, unequal, row.variable)
            XCTAssertEqual(row.anova != nil, !unequal, row.variable)
            if unequal { sawBoth.welch = true } else { sawBoth.classic = true }
        }
        XCTAssertTrue(sawBoth.welch && sawBoth.classic, "the fixture has one item of each kind")
        let text = MarkdownRenderer().render(DocumentBuilder(report: report(.auto)).build())
        XCTAssertTrue(text.contains("X (W)"), text)
        XCTAssertTrue(text.contains("| Variances (p) |"), text)
        XCTAssertTrue(text.contains("test de Brown–Forsythe"), text)
        let csv = CSVRenderer().render(report(.auto))
        XCTAssertTrue(csv.contains(",welch.p,") && csv.contains(",levene.center,median"), csv)
    }
}

extension KGroupTestTests {
    /// Ten items and two groups of five complete answers: 8 residual degrees of freedom for 10 items. The note says
    /// there are too few respondents, not that the items are constant or redundant.
    func testAMANOVAWithTooFewRespondentsSaysSo() throws {
        var text = "survey m version 1 language fr\nsingle groupe \"Groupe\"\n  a \"A\"\n  b \"B\"\nlikert bloc \"Bloc\"\n"
        for item in 0..<10 { text += "  i\(item) \"Item \(item)\"\n" }
        text += "analysis\n  minimum: 5\n  by groupe asterisk\n"
        let survey = QuestionnaireParser.parse(text: text).survey
        var rows: [[String: DatasetValue]] = []
        for group in ["a", "b"] {
            for person in 0..<5 {
                var row: [String: DatasetValue] = ["groupe": .option(group)]
                for item in 0..<10 { row["bloc.i\(item)"] = .point(1 + (person * (item + 1) + (group == "a" ? 0 : 3)) % 8) }
                rows.append(row)
            }
        }
        let report = ReportBuilder(survey: survey, data: FixtureRows(codebook: Codebook(survey), rows: rows).source,
                                   options: ReportOptions(language: .fr)).build()
        let comparison = try XCTUnwrap(report.comparisons.first { $0.block == "bloc" })
        XCTAssertEqual(comparison.manovaNotes, [.manovaTooFewRespondents(residualDF: 8, items: 10)])
        let words = TerminalRenderer().render(DocumentBuilder(report: report).build())
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        XCTAssertTrue(words.contains("trop peu de réponses complètes au bloc (8 degrés de liberté résiduels pour 10 items"), words)
    }
}

extension KGroupTestTests {
    /// Every row carries its rank test, Kruskal–Wallis for three groups and Mann–Whitney for two, computed from the
    /// answers' counts as R's kruskal.test and wilcox.test compute them from the values; the tables show it when asked.
    func testEveryRowHasItsRankCompanion() throws {
        let three = try XCTUnwrap(report(.anova).comparisons.first { $0.block == "bloc" })
        for row in three.rows {
            let item = String(row.variable.dropFirst("bloc.".count))
            let expected = try KruskalWallisTest.test(groups: values(item))
            guard case .kruskalWallis(let test)? = row.rankTest else { return XCTFail("\(String(describing: row.rankTest))") }
            XCTAssertEqual(test.h, expected.h, accuracy: 1e-10)
            XCTAssertEqual(test.pValue, expected.pValue, accuracy: 1e-12)
        }
        let survey = SubtractionTests.survey(groups: 2)
        var options = ReportOptions(language: .fr)
        options.showsRankTests = true
        let rows = Self.rows().filter { $0["groupe"] != .option("g2") }
        let two = ReportBuilder(survey: survey, data: FixtureRows(codebook: Codebook(survey), rows: rows).source, options: options).build()
        let comparison = try XCTUnwrap(two.comparisons.first { $0.block == "bloc" })
        for row in comparison.rows {
            let item = String(row.variable.dropFirst("bloc.".count))
            let groups = Array(values(item).prefix(2))
            let expected = try MannWhitneyUTest.test(groups[0], groups[1], exact: false)
            guard case .mannWhitney(let test)? = row.rankTest else { return XCTFail() }
            XCTAssertEqual(test.u, expected.u, accuracy: 1e-10)
            XCTAssertEqual(test.pValue, expected.pValue, accuracy: 1e-12)
        }
        let text = MarkdownRenderer().render(DocumentBuilder(report: two).build())
        XCTAssertTrue(text.contains("Rangs (p)") && text.contains("test de Mann–Whitney"), text)
        XCTAssertFalse(MarkdownRenderer().render(DocumentBuilder(report: report(.anova)).build()).contains("Rangs (p)"), "only when asked")
        XCTAssertTrue(CSVRenderer().render(report(.anova)).contains(",kruskal.wallis.p,"), "always in the CSV")
    }
}

extension KGroupTestTests {
    /// Three groups: Dunn's Holm-adjusted pairs after Kruskal–Wallis, and η², ω² with their noncentral-F intervals.
    func testDunnPairsAndEffectIntervalsAreTheStatisticsModules() throws {
        let comparison = try XCTUnwrap(report(.anova).comparisons.first { $0.block == "bloc" })
        for row in comparison.rows {
            let item = String(row.variable.dropFirst("bloc.".count))
            let dunn = try XCTUnwrap(row.dunn)
            let expected = try DunnTest.test(groups: values(item))
            for (pair, reference) in zip(dunn.pairs, expected.pairs) {
                XCTAssertEqual(pair.z, reference.z, accuracy: 1e-12)
                XCTAssertEqual(pair.adjustedPValue, reference.adjustedPValue, accuracy: 1e-12)
            }
            let anova = try XCTUnwrap(row.anova)
            let interval = try XCTUnwrap(row.effectInterval)
            let reference = try VarianceExplained.interval(f: anova.f, numeratorDF: anova.betweenDegreesOfFreedom,
                                                          denominatorDF: anova.withinDegreesOfFreedom, level: 0.95)
            XCTAssertEqual(interval, reference)
            XCTAssertLessThanOrEqual(interval.etaSquared.lower, anova.etaSquared)
        }
        let csv = CSVRenderer().render(report(.anova))
        XCTAssertTrue(csv.contains(",dunn.p.holm,") && csv.contains(",eta2.ci.lower,"), "in the CSV")
    }

    /// A group that answered an item fewer times than the minimum is not tested on it: the pairs of that row count
    /// only the tested groups, and the CSV must name them as such (g1|g2 here, not g0|g1).
    func testCSVNamesPairsByTheGroupsTested() throws {
        // Four groups; g0 answers y twice, so g0 and (against subtraction) g1 are not tested on y.
        var rows = Self.rows() + Self.rows().filter { $0["groupe"] == .option("g1") }.map { row in
            row.merging(["groupe": .option("g3"), "bloc.y": .point(5)]) { $1 }
        }
        var dropped = 0
        for index in rows.indices where rows[index]["groupe"] == .option("g0") && dropped < 18 {
            rows[index]["bloc.y"] = .skipped
            dropped += 1
        }
        let survey = SubtractionTests.survey(groups: 4)
        let report = ReportBuilder(survey: survey, data: FixtureRows(codebook: Codebook(survey), rows: rows).source,
                                   options: ReportOptions(language: .fr)).build()
        let row = try XCTUnwrap(report.comparisons.first?.rows.first { $0.variable == "bloc.y" })
        XCTAssertNil(row.cells[0].mean, "g0 answered y twice")
        XCTAssertEqual(Report.testedGroupIndices(of: row), [2, 3])
        XCTAssertEqual(row.postHoc?.pairs.count, 1)
        let lines = CSVRenderer().render(report).split(separator: "\n").filter { $0.contains(",bloc.y,") }
        let pairLines = lines.filter { $0.contains("posthoc.p,") }
        XCTAssertEqual(pairLines.count, 1, lines.joined(separator: "\n"))
        for line in pairLines { XCTAssertTrue(line.contains(",g3|g2,"), String(line)) }
    }

    /// Two groups: Cliff's δ of the first over the second, as the Statistics module gives it from the answers.
    func testTwoGroupRowsCarryCliffDelta() throws {
        let survey = SubtractionTests.survey(groups: 2)
        let rows = Self.rows().filter { $0["groupe"] != .option("g2") }
        let report = ReportBuilder(survey: survey, data: FixtureRows(codebook: Codebook(survey), rows: rows).source,
                                   options: ReportOptions(language: .fr)).build()
        for item in ["x", "y", "z"] {
            let row = try XCTUnwrap(report.comparisons.first?.rows.first { $0.variable == "bloc.\(item)" })
            let groups = (0..<2).map { group in
                rows.filter { $0["groupe"] == .option("g\(group)") }.compactMap { row -> Double? in
                    if case .point(let p)? = row["bloc.\(item)"] { return Double(p) } else { return nil }
                }
            }
            XCTAssertEqual(row.cliffDelta, try CliffDelta.estimate(groups[0], groups[1]), item)
        }
        XCTAssertTrue(CSVRenderer().render(report).contains(",cliff.delta.ci.lower,"))
    }
}
