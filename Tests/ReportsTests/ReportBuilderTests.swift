import ReportFixtures
import Responses
import XCTest
@testable import Analysis
@testable import Reports
import Questionnaire
import Statistics
import Support

final class ReportBuilderTests: XCTestCase {
    func report(_ language: Language = .fr, survey: Survey = SmallDataset.survey, configure: (inout ReportOptions) -> Void = { _ in }) -> Report {
        var options = ReportOptions(language: language)
        configure(&options)
        return ReportBuilder(survey: survey, data: SmallDataset.table.source, options: options).build()
    }

    func comparison(_ report: Report, block: String, by variable: String) throws -> Report.Comparison {
        try XCTUnwrap(report.comparisons.first { $0.block == block && $0.variable == variable })
    }

    /// Means per group computed directly from the rows, for the items of the small dataset.
    func directMean(_ item: String, service: String) -> Double {
        let values = SmallDataset.table.rows.compactMap { row -> Double? in
            guard case .option(service)? = row["service"], case .point(let p)? = row[item] else { return nil }
            return Double(p)
        }
        return values.reduce(0, +) / Double(values.count)
    }

    func testLettersFollowTheStatisticsModule() throws {
        let letters = try comparison(report(), block: "aise", by: "service")
        XCTAssertEqual(letters.groups.map(\.code), ["ccas", "cdas"], "CAF (2 respondents) is left out, and Centre social to protect it")
        XCTAssertEqual(letters.leftOut.map(\.code), ["cs", "caf"])
        XCTAssertEqual(letters.leftOut.map(\.leftOutReason), [.protectsSmallerGroup, .tooSmall])
        for row in letters.rows {
            for (group, cell) in zip(letters.groups, row.cells) {
                XCTAssertEqual(try XCTUnwrap(cell.mean), directMean(row.variable, service: group.code), accuracy: 1e-12)
            }
            // The letters are exactly the compact letter display of the row's own post hoc p-values.
            let postHoc = try XCTUnwrap(row.postHoc)
            XCTAssertEqual(postHoc.method, .fisherLSD)
            let expected = try CompactLetterDisplay(groups: letters.groups.map(\.code), postHoc: postHoc, alpha: 0.10)
            XCTAssertEqual(row.cells.map(\.letters), expected.letters.map(Optional.some))
            let anova = try XCTUnwrap(row.anova)
            XCTAssertEqual(row.p, anova.pValue)
        }
        XCTAssertEqual(letters.rows.first?.cells.map(\.letters), ["a", "b"])
    }

    func testPostHocOptionChangesTheMethod() throws {
        let tukey = try comparison(report { $0.postHoc = .tukey }, block: "aise", by: "service")
        XCTAssertEqual(tukey.rows.first?.postHoc?.method, .tukeyKramer)
        XCTAssertEqual(tukey.method, .anovaThenPostHoc(.tukey))
    }

    func testDifferenceFollowsTheTwoGroupTest() throws {
        let difference = try comparison(report(), block: "aise", by: "formation")
        XCTAssertEqual(difference.groups.map(\.code), ["oui", "non"])
        for row in difference.rows {
            let test = try XCTUnwrap(row.twoGroup)
            XCTAssertEqual(row.p, test.pValue)
            let expected: SignificanceClass = test.pValue < 0.05 ? .significant : (test.pValue < 0.10 ? .tendential : .none)
            XCTAssertEqual(row.significance, expected)
            let levene = try XCTUnwrap(row.varianceTest)
            XCTAssertEqual(test.variant == .welch, levene.pValue < 0.05, "auto: Welch exactly when Levene rejects equal variances")
        }
        XCTAssertEqual(difference.rows.map(\.significance), [.none, .significant, .none])
        let welch = try comparison(report { $0.twoGroupTest = .welch }, block: "aise", by: "formation")
        XCTAssertTrue(welch.rows.allSatisfy { $0.twoGroup?.variant == .welch })
    }

    func testAsteriskMarksSignificantAndTendentialItems() throws {
        var survey = SmallDataset.survey
        survey.analysis.comparisons = [AnalysisPlan.Comparison(variable: "service", display: .asterisk)]
        let asterisk = try comparison(report(survey: survey), block: "aise", by: "service")
        for row in asterisk.rows {
            let p = try XCTUnwrap(row.p)
            XCTAssertEqual(row.significance, p < 0.05 ? .significant : (p < 0.10 ? .tendential : .none))
        }
        XCTAssertEqual(asterisk.groups.map(\.number), [1, 2])
        let text = TerminalRenderer().render(DocumentBuilder(report: report(survey: survey)).build())
        XCTAssertTrue(text.contains("Codes des groupes : 1 = CCAS ; 2 = CDAS"), text)
    }

    func testSmallGroupsAreNeverShownNorRecoverable() throws {
        let report = report()
        let service = try XCTUnwrap(report.sample.groupings.first { $0.variable == "service" })
        let caf = try XCTUnwrap(service.groups.first { $0.code == "caf" })
        XCTAssertNil(caf.count)
        XCTAssertFalse(caf.included)
        // Shown counts cannot be subtracted from the total to find CAF's 2.
        let shown = service.groups.compactMap(\.count).reduce(0, +) + (service.unanswered ?? 0)
        XCTAssertGreaterThanOrEqual(report.sample.respondents - shown, report.settings.minimumGroupSize)
        let question = try XCTUnwrap(report.questions.first { $0.variable == "service" }?.choice)
        XCTAssertNil(question.options.first { $0.code == "caf" }?.count)
        let hiddenTotal = report.sample.respondents - question.options.compactMap(\.count).reduce(0, +)
        XCTAssertGreaterThanOrEqual(hiddenTotal, report.settings.minimumGroupSize)
        for comparison in report.comparisons where comparison.variable == "service" {
            XCTAssertFalse(comparison.groups.contains { $0.code == "caf" })
        }
        let json = try JSONRenderer().render(report)
        let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        XCTAssertNil(decoded.sample.groupings.first?.groups.first { $0.code == "caf" }?.count)
        for text in [TerminalRenderer().render(DocumentBuilder(report: report).build()), MarkdownRenderer().render(DocumentBuilder(report: report).build())] {
            for line in text.split(separator: "\n") where line.contains("CAF") {
                XCTAssertFalse(line.contains(" 2 ") || line.hasSuffix(" 2") || line.contains("| 2 |"), String(line))
            }
        }
    }

    /// Centre social keeps its 10 respondents in the item tables but has only 3 complete answers to the block: like
    /// the univariate tests, the MANOVA leaves it out (its rows counted as dropped) and says so.
    func testTheMANOVALeavesOutGroupsWithTooFewCompleteRows() throws {
        var table = SmallDataset.table
        var csRows = 0
        for index in table.rows.indices where table.rows[index]["service"] == .option("cs") {
            csRows += 1
            if csRows > 3 { table.rows[index]["aise.stress"] = .escape("nsp") }
        }
        // No group too small here, so that none is hidden to protect it and Centre social is compared.
        for index in table.rows.indices where table.rows[index]["service"] == .option("caf") { table.rows[index]["service"] = .option("ccas") }
        let report = ReportBuilder(survey: SmallDataset.survey, data: table.source, options: ReportOptions(language: .fr)).build()
        let letters = try comparison(report, block: "aise", by: "service")
        XCTAssertEqual(letters.groups.map(\.code), ["ccas", "cdas", "cs"], "Centre social still compared item by item")
        let manova = try XCTUnwrap(letters.manova)
        XCTAssertEqual(manova.groupCount, 2)
        // The same MANOVA from the statistics module on the complete rows of CCAS and CDAS only.
        func rows(_ service: String) -> [[Double]] {
            table.rows.filter { $0["service"] == .option(service) }.compactMap { row in
                let points = ["aise.perso", "aise.pro", "aise.stress"].compactMap { item -> Double? in
                    if case .point(let p)? = row[item] { return Double(p) } else { return nil }
                }
                return points.count == 3 ? points : nil
            }
        }
        let expected = try OneWayMANOVA.test(groups: [rows("ccas"), rows("cdas")])
        XCTAssertEqual(manova.observationCount, expected.observationCount)
        XCTAssertEqual(try XCTUnwrap(manova.tests?.wilks.statistic), try XCTUnwrap(expected.tests?.wilks.statistic), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(manova.tests?.pillai.p), try XCTUnwrap(expected.tests?.pillai.p), accuracy: 1e-12)
        let compared = table.rows.filter { row in ["ccas", "cdas", "cs"].contains { row["service"] == .option($0) } }.count
        XCTAssertEqual(manova.droppedRowCount, compared - manova.observationCount)
        XCTAssertEqual(letters.manovaNotes, [.manovaWithout(groups: ["Centre social"], minimum: 5)])
        let text = TerminalRenderer().render(DocumentBuilder(report: report).build())
        XCTAssertTrue(text.contains("MANOVA du bloc"), "the MANOVA line is still printed")
        XCTAssertTrue(text.contains("MANOVA sans Centre social"), "with the note under it")
        let english = ReportBuilder(survey: SmallDataset.survey, data: table.source, options: ReportOptions(language: .en)).build()
        XCTAssertEqual(try comparison(english, block: "aise", by: "service").manovaNotes, [.manovaWithout(groups: ["Social centre"], minimum: 5)])
        XCTAssertTrue(TerminalRenderer().render(DocumentBuilder(report: english).build())
            .contains("MANOVA without Social centre: fewer than 5 complete answers to the block."))
    }

    /// `--by` a variable with as many options as a dataset column holds (199): every commune is compared. (The
    /// counting passes' labels beyond 254 groups are tested on their own in `CrossProductTests`.)
    func testEveryOptionOfTheWidestChoiceIsCompared() throws {
        let options = (1...199).map { "  c\($0) \"Commune \($0)\"" }.joined(separator: "\n")
        let source = """
        survey communes version 1 language fr
        title: "Communes"
        single commune "Commune"
        \(options)
        likert aise "Je me sens à l'aise :"
          perso "à la maison"
          pro "au travail"
        analysis
          minimum: 5
          by commune asterisk
        """
        let parsed = QuestionnaireParser.parse(text: source)
        XCTAssertTrue(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let rows: [[String: DatasetValue]] = (0..<1_990).map { index in
            ["commune": .option("c\(index % 199 + 1)"), "aise.perso": .point(index % 8 + 1), "aise.pro": .point((index / 7) % 8 + 1)]
        }
        let table = FixtureRows(codebook: Codebook(parsed.survey), rows: rows)
        let report = ReportBuilder(survey: parsed.survey, data: table.source, options: ReportOptions(language: .fr)).build()
        let comparison = try comparison(report, block: "aise", by: "commune")
        XCTAssertEqual(comparison.groups.count, 199)
        let manova = try XCTUnwrap(comparison.manova)
        XCTAssertEqual(manova.groupCount, 199)
        XCTAssertEqual(manova.observationCount, 1_990)
    }

    /// With fewer than two groups left, no MANOVA, and a note rather than silence.
    func testNoMANOVAWithFewerThanTwoLargeEnoughGroups() throws {
        var table = SmallDataset.table
        for index in table.rows.indices where table.rows[index]["service"] != .option("ccas") {
            table.rows[index]["aise.stress"] = .skipped
        }
        let report = ReportBuilder(survey: SmallDataset.survey, data: table.source, options: ReportOptions(language: .fr)).build()
        let letters = try comparison(report, block: "aise", by: "service")
        XCTAssertNil(letters.manova)
        XCTAssertEqual(letters.manovaNotes, [.fewerThanTwoGroupsForMANOVA(minimum: 5)])
    }

    func testMissingDataIsAccountedByKind() throws {
        let report = report()
        let pro = try XCTUnwrap(report.questions.first { $0.variable == "aise.pro" })
        XCTAssertEqual(pro.missing.escapes, ["nsp": 4])
        XCTAssertEqual(pro.scale?.descriptives?.count, 36)
        let perso = try XCTUnwrap(report.questions.first { $0.variable == "aise.perso" })
        XCTAssertEqual(perso.missing.skipped, 1)
        let years = try XCTUnwrap(report.questions.first { $0.variable == "anciennete" })
        XCTAssertEqual(years.missing.skipped, 4)
        XCTAssertEqual(years.number?.descriptives?.count, 36)
        let remarks = try XCTUnwrap(report.questions.first { $0.variable == "remarque" })
        XCTAssertEqual(remarks.textAnswers, 10)
    }

    func testMidpointReading() throws {
        let report = report()
        let perso = try XCTUnwrap(report.questions.first { $0.variable == "aise.perso" }?.scale)
        XCTAssertEqual(perso.midpoint, 4.5)
        XCTAssertEqual(perso.position, .high)
        XCTAssertEqual(perso.midpointTest?.referenceValue, 4.5)
        XCTAssertEqual((perso.percentBelowMidpoint ?? 0) + (perso.percentAboveMidpoint ?? 0), 100, accuracy: 1e-9)
    }

    func testScoresAndReliability() throws {
        let score = try XCTUnwrap(report().scores.first)
        XCTAssertEqual(score.items, ["aise.perso", "aise.pro", "aise.stress"])
        let reliability = try XCTUnwrap(score.reliability)
        XCTAssertEqual(reliability.items.count, 3)
        // The reversed item is recoded before α: with raw answers it would correlate negatively.
        XCTAssertGreaterThan(reliability.items[2].itemRestCorrelation ?? -1, 0)
    }

    func testOpenTextIsNeverPrinted() throws {
        let report = report()
        for text in [TerminalRenderer().render(DocumentBuilder(report: report).build()),
                     MarkdownRenderer().render(DocumentBuilder(report: report).build()), try JSONRenderer().render(report)] {
            XCTAssertFalse(text.contains("SOMME"))
            XCTAssertFalse(text.contains("<script"))
        }
    }

    func testFrenchDecimalCommaAndEnglishPoint() {
        let french = TerminalRenderer().render(DocumentBuilder(report: report(.fr)).build())
        XCTAssertTrue(french.contains("7,07a"), french)
        let english = TerminalRenderer().render(DocumentBuilder(report: report(.en)).build())
        XCTAssertTrue(english.contains("7.07a"), english)
        XCTAssertTrue(english.contains("Comparisons between groups"))
        XCTAssertTrue(english.contains("at home"), "English texts of the questionnaire are used")
    }

    func testByOptionChoosesTheDisplayFromTheNumberOfGroups() throws {
        let report = report { $0.groupings = ["formation", "service"] }
        XCTAssertEqual(report.sample.groupings.map(\.display), [.difference, .letters])
    }
}
