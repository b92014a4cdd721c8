import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ReportFixtures
import XCTest
@testable import Analysis
@testable import Reports
import Questionnaire
import Responses
import Statistics
import Support

/// The before/after content (retrospective blocks, `--change`) in every format: golden files, numbers that follow
/// the report, small groups suppressed, hostile text escaped, and no code or session id anywhere it is printed.
final class ChangeRenderingTests: XCTestCase {
    static let french = Result { try ChangeDataset.report(.fr) }
    static let english = Result { try ChangeDataset.report(.en) }

    func report(_ language: Language) throws -> Report { try (language == .fr ? Self.french : Self.english).get() }

    func document(_ report: Report) -> Document { DocumentBuilder(report: report).build() }

    /// Every rendering of a report that a reader sees (JSON apart: it is the model itself).
    func renderings(_ report: Report) -> [String: String] {
        let document = document(report)
        return ["terminal": TerminalRenderer().render(document), "markdown": MarkdownRenderer().render(document),
                "html": HTMLRenderer().render(document), "csv": CSVRenderer().render(report)]
    }

    /// The text from the before/after heading on.
    func changeSection(_ text: String, _ language: Language) throws -> Substring {
        let start = try XCTUnwrap(text.range(of: Localized(fr: "Avant / après :", en: "Before / after:")[language]))
        return text[start.lowerBound...]
    }

    // MARK: Golden files

    func testGoldenFrench() throws {
        let report = try report(.fr)
        let document = document(report)
        try GoldenFile.assertMatches(TerminalRenderer().render(document), "change.fr.txt")
        try GoldenFile.assertMatches(MarkdownRenderer().render(document), "change.fr.md")
        try GoldenFile.assertMatches(HTMLRenderer().render(document), "change.fr.html")
        try GoldenFile.assertMatches(CSVRenderer().render(report), "change.fr.csv")
        try GoldenFile.assertMatches(try JSONRenderer().render(report), "change.fr.json")
    }

    func testGoldenEnglish() throws {
        let report = try report(.en)
        let document = document(report)
        try GoldenFile.assertMatches(TerminalRenderer().render(document), "change.en.txt")
        try GoldenFile.assertMatches(HTMLRenderer().render(document), "change.en.html")
        try GoldenFile.assertMatches(CSVRenderer().render(report), "change.en.csv")
    }

    // MARK: The fixture

    func testFixtureLinksAsDesigned() throws {
        let change = try XCTUnwrap(report(.fr).change)
        XCTAssertNil(change.note)
        XCTAssertEqual(change.pairCount, 19)
        XCTAssertEqual(change.linking.waves.map(\.sessions), [27, 23])
        XCTAssertEqual(change.linking.exactLinks, 18)
        XCTAssertEqual(change.linking.nearMatchCount, 1)
        XCTAssertEqual(change.linking.nearMatchesUnconfirmed, 1)
        XCTAssertEqual(change.linking.ambiguous.count, 1)
        XCTAssertEqual(change.linking.duplicates.count, 1)
        XCTAssertEqual(change.linking.sessionsWithoutCode, 1)
        XCTAssertEqual(change.attrition.first?.unlinkedCount, 8)
        let retro = try XCTUnwrap(report(.fr).retrospective.first)
        XCTAssertEqual(retro.block, "retro")
        XCTAssertEqual(retro.rows.map(\.pairCount), [23, 22, 23])
    }

    // MARK: Texts and numbers

    func testEveryFormatSaysItInTheReportLanguage() throws {
        let french = renderings(try report(.fr)), english = renderings(try report(.en))
        // Words as a reader sees them, whatever the line breaks.
        let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for format in ["terminal", "markdown", "html"] {
            let fr = words(try XCTUnwrap(french[format])), en = words(try XCTUnwrap(english[format]))
            XCTAssertTrue(fr.contains("Avant / après : Avant l’accompagnement → Après l’accompagnement"), format)
            XCTAssertTrue(en.contains("Before / after: Before the support → After the support"), format)
            XCTAssertTrue(fr.contains("Questions rétrospectives : avant et maintenant"), format)
            XCTAssertTrue(en.contains("Retrospective questions: then and now"), format)
            XCTAssertTrue(fr.contains("Personnes revues et personnes perdues de vue"), format)
            XCTAssertTrue(en.contains("People seen again and people lost"), format)
            XCTAssertTrue(fr.contains("différence des différences"), format)
            XCTAssertTrue(en.contains("difference-in-differences"), format)
            XCTAssertTrue(fr.contains("Personnes reliées entre les deux vagues (même code participant anonyme) : 19"), format)
            XCTAssertTrue(en.contains("People linked across the two waves (same anonymous participant code): 19"), format)
        }
    }

    /// The first item of the first block: its mean change, interval, p and shares as each format prints them.
    func testPairedTablesFollowTheReport() throws {
        for language in Language.allCases {
            let report = try report(language)
            let change = try XCTUnwrap(report.change)
            let row = try XCTUnwrap(change.blocks.first?.rows.first)
            let paired = try XCTUnwrap(row.paired)
            let t = try XCTUnwrap(paired.tTest)
            let number = { (value: Double) in NumberStyle(language).number(value, decimals: 2) }
            let expected = [
                NumberStyle(language).mean(row.meanBefore), NumberStyle(language).mean(row.meanAfter),
                "+" + number(paired.meanChange),
                Localized(fr: "[\(number(t.lower)) ; \(number(t.upper))]", en: "[\(number(t.lower)), \(number(t.upper))]")[language],
            ]
            let markdown = try changeSection(MarkdownRenderer().render(document(report)), language)
            let line = try XCTUnwrap(markdown.split(separator: "\n").first { $0.hasPrefix("| " + row.label) }, row.label)
            for text in expected { XCTAssertTrue(line.contains(" \(MarkdownRenderer().escape(text)) |"), "\(text) in \(line)") }
            // p < 0.001 here: printed as such in a column headed p.
            XCTAssertLessThan(t.p, 0.001)
            XCTAssertTrue(line.contains(Localized(fr: "| &lt; 0,001 |", en: "| &lt; 0.001 |")[language]), String(line))
            XCTAssertTrue(line.hasPrefix("| \(row.label) \\* |"), "significant: marked as the asterisk display marks it")

            // A p that is printed in full: the item that hardly changes.
            let flat = try XCTUnwrap(change.blocks.flatMap(\.rows).first { $0.variable == "confiance.capable" })
            let flatLine = try XCTUnwrap(markdown.split(separator: "\n").first { $0.hasPrefix("| " + flat.label) })
            XCTAssertTrue(flatLine.contains("| " + NumberStyle(language).number(try XCTUnwrap(flat.p), decimals: 3) + " |"), String(flatLine))
            let shares = [flat.percentImproved, flat.percentUnchanged, flat.percentWorsened]
                .map { NumberStyle(language).number($0 ?? .nan, decimals: 1) }.joined(separator: " / ")
            XCTAssertTrue(flatLine.contains("| \(shares) |"), String(flatLine))
            XCTAssertFalse(flatLine.contains("\\*"), "not significant: no mark")

            // The same cells in the HTML table, and the CSV at full precision.
            let html = HTMLRenderer().render(document(report))
            XCTAssertTrue(html.contains("<td class=\"num\">+\(number(paired.meanChange))</td>"))
            let csv = try TidyRows(CSVRenderer().render(report))
            XCTAssertEqual(csv.values(section: "change", grouping: "", variable: row.variable, group: "", statistic: "change.mean"),
                           [paired.meanChange.description])
            XCTAssertEqual(csv.values(section: "change", grouping: "", variable: row.variable, group: "", statistic: "change.lower"),
                           [t.lower.description])
            XCTAssertEqual(csv.values(section: "change", grouping: "", variable: row.variable, group: "", statistic: "p"), [t.p.description])
            XCTAssertEqual(csv.values(section: "change", grouping: "", variable: row.variable, group: "", statistic: "signedrank.p"),
                           [try XCTUnwrap(paired.signedRank?.p).description])
        }
    }

    func testRetrospectiveTableFollowsTheReport() throws {
        let report = try report(.fr)
        let block = try XCTUnwrap(report.retrospective.first)
        let stress = try XCTUnwrap(block.rows.first { $0.reversed })
        let paired = try XCTUnwrap(stress.paired)
        XCTAssertLessThan(paired.meanChange, 0, "the fixture's stress goes down")
        let terminal = TerminalRenderer().render(document(report))
        XCTAssertTrue(terminal.contains(NumberStyle(.fr).number(paired.meanChange, decimals: 2)), "a decrease keeps its minus sign")
        let markdown = MarkdownRenderer().render(document(report))
        let retrospective = markdown[try XCTUnwrap(markdown.range(of: "## Questions rétrospectives")).lowerBound...]
        let line = try XCTUnwrap(retrospective.split(separator: "\n").first { $0.hasPrefix("| " + stress.label + " (R)") })
        XCTAssertTrue(line.contains("| 100,0 / 0,0 / 0,0 |"), String(line))
        XCTAssertTrue(markdown.contains("| Item | N | Avant | Maintenant | Changement | IC 95 % | p | p rangs signés | d\\_z \\[IC\\] | % amélioré / inchangé / dégradé |"))
        let csv = try TidyRows(CSVRenderer().render(report))
        XCTAssertEqual(csv.values(section: "retrospective", grouping: "", variable: stress.variable, group: "", statistic: "mean.before"),
                       [try XCTUnwrap(stress.meanBefore).description])
        XCTAssertEqual(csv.values(section: "retrospective", grouping: "", variable: stress.variable, group: "", statistic: "n.improved"),
                       [String(paired.improved)])
        XCTAssertEqual(csv.values(section: "retrospective", grouping: "", variable: stress.variable, group: "", statistic: "reversed"), ["1"])
    }

    func testAttritionAndDifferencesFollowTheReport() throws {
        let report = try report(.fr)
        let change = try XCTUnwrap(report.change)
        let markdown = try changeSection(MarkdownRenderer().render(document(report)), .fr)
        let csv = try TidyRows(CSVRenderer().render(report))
        for row in change.attrition {
            let line = try XCTUnwrap(markdown.split(separator: "\n").first { $0.hasPrefix("| \(row.label) | \(row.linkedCount) |") }, row.label)
            XCTAssertTrue(line.contains("| \(NumberStyle(.fr).mean(row.linkedMean)) | \(row.unlinkedCount) | \(NumberStyle(.fr).mean(row.unlinkedMean)) |"))
            XCTAssertEqual(csv.values(section: "attrition", grouping: "", variable: row.variable, group: "linked", statistic: "n"), [String(row.linkedCount)])
            XCTAssertEqual(csv.values(section: "attrition", grouping: "", variable: row.variable, group: "unlinked", statistic: "mean"),
                           row.unlinkedMean.map { [$0.description] } ?? [])
            XCTAssertEqual(csv.values(section: "attrition", grouping: "", variable: row.variable, group: "", statistic: "p"),
                           row.test.map { [$0.pValue.description] } ?? [])
        }
        // The fixture's lost people start lower: a significant difference, read as such.
        XCTAssertTrue(change.attrition.contains { $0.significance == .significant })
        XCTAssertTrue(markdown.contains("| plus élevée chez les revus |"))
        XCTAssertTrue(markdown.contains("Une différence signifie que les personnes revues ne ressemblent pas à celles qui ont été perdues"))

        let did = try XCTUnwrap(change.differences.first)
        XCTAssertEqual(did.variable, "formation")
        let row = try XCTUnwrap(did.rows.first { $0.result != nil })
        let result = try XCTUnwrap(row.result)
        let line = try XCTUnwrap(markdown.split(separator: "\n").first { $0.hasPrefix("| \(row.label) | ") && $0.contains("| changement plus grand") })
        let number = { (value: Double) in NumberStyle(.fr).number(value, decimals: 2) }
        let cells = [number(result.meansBefore[0]) + " → " + number(result.meansAfter[0]), number(result.meansBefore[1]) + " → " + number(result.meansAfter[1]),
                     "+" + number(result.meanChanges[0]), "+" + number(result.meanChanges[1]), number(result.welch.meanDifference),
                     "\\[\(number(result.welch.confidenceInterval.lower)) ; \(number(result.welch.confidenceInterval.upper))\\]",
                     NumberStyle(.fr).number(result.welch.pValue, decimals: 3), number(try XCTUnwrap(result.interactionF)),
                     "changement plus grand : Non"]
        XCTAssertEqual(line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.dropFirst().map { $0 }, cells)
        XCTAssertEqual(csv.values(section: "did", grouping: "formation", variable: row.variable, group: "", statistic: "did.welch.p"),
                       [result.welch.pValue.description])
        XCTAssertEqual(csv.values(section: "did", grouping: "formation", variable: row.variable, group: "", statistic: "did.interaction.F"),
                       [try XCTUnwrap(result.interactionF).description])
        XCTAssertEqual(csv.values(section: "did", grouping: "formation", variable: row.variable, group: "oui", statistic: "mean.before"),
                       [result.meansBefore[0].description])
        XCTAssertEqual(csv.values(section: "did", grouping: "formation", variable: row.variable, group: "", statistic: "did.difference"),
                       [result.welch.meanDifference.description])
    }

    // MARK: Small groups

    /// Three trained people answer "not applicable" to `droits.renonce` after: 4 pairs in their group, under the minimum
    /// of 5. Neither group's means nor the test may show, in any format.
    func testSmallGroupInDifferenceInDifferencesIsSuppressedEverywhere() throws {
        let report = try report(.fr)
        let did = try XCTUnwrap(report.change?.differences.first)
        let row = try XCTUnwrap(did.rows.first { $0.variable == "droits.renonce" })
        XCTAssertEqual(row.counts, [nil, nil])
        XCTAssertEqual(row.meansBefore, [nil, nil])
        XCTAssertNil(row.result)
        XCTAssertNotNil(row.note)
        let label = row.label + " (R)"

        let markdown = try changeSection(MarkdownRenderer().render(document(report)), .fr)
        let line = try XCTUnwrap(markdown.split(separator: "\n").first { $0.hasPrefix("| \(label) | —") })
        XCTAssertEqual(line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.dropFirst().map { $0 },
                       Array(repeating: "—", count: 9))
        XCTAssertTrue(markdown.contains("*— : un groupe a moins de 5 personnes avec les deux réponses, valeurs non montrées.*"))

        let terminal = TerminalRenderer().render(document(report))
        let terminalLines = terminal.split(separator: "\n").filter { $0.hasPrefix("Il m’arrive de renoncer") }
        XCTAssertFalse(terminalLines.isEmpty)
        let didSection = try XCTUnwrap(terminal.range(of: "différence des différences"))
        let suppressed = terminal[didSection.upperBound...].split(separator: "\n").filter { $0.hasPrefix("Il m’arrive de renoncer") }
        XCTAssertEqual(suppressed.count, 3, "one line per panel")
        for line in suppressed {
            XCTAssertFalse(line.contains(where: \.isNumber), String(line))
            XCTAssertTrue(line.contains("—"), String(line))
        }

        let page = try XMLPage(HTMLRenderer().render(document(report)))
        let header = try XCTUnwrap(page.elements.first { $0.name == "th" && $0.attributes["scope"] == "row" && page.text(of: $0) == label
            && page.elements[$0.parent ?? 0].name == "tr" && page.children(of: page.elements[$0.parent ?? 0]).count == 10 })
        let cells = page.children(of: page.elements[header.parent ?? 0]).dropFirst().map { page.text(of: $0) }
        XCTAssertEqual(cells, Array(repeating: "—", count: 9))

        let csv = try TidyRows(CSVRenderer().render(report))
        let rows = csv.records.filter { $0[0] == "did" && $0[3] == row.variable }
        XCTAssertEqual(Set(rows.map { $0[6] }), ["significance", "note"])

        // JSON: the positional arrays of the 2 × 2 table hold null for both groups, never a number.
        let json = try JSONRenderer().render(report)
        let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        let decodedRow = try XCTUnwrap(decoded.change?.differences.first?.rows.first { $0.variable == "droits.renonce" })
        XCTAssertEqual(decodedRow.meansBefore + decodedRow.meansAfter + decodedRow.meanChanges, Array(repeating: nil, count: 6))
        XCTAssertEqual(decodedRow.counts, [nil, nil])
    }

    /// A grouping with one group left (the other too small) gives no table, and names the group left out.
    func testDifferenceWithAGroupLeftOutShowsNoNumbers() throws {
        var report = try report(.fr)
        var did = try XCTUnwrap(report.change?.differences.first)
        did.leftOut = [Report.Group(code: "oui", label: "Oui", count: nil, included: false, leftOutReason: .tooSmall)]
        did.groups = [did.groups[1]]
        did.rows = []
        report.change?.differences = [did]
        let markdown = MarkdownRenderer().render(document(report))
        XCTAssertTrue(markdown.contains("Pas de comparaison : il faut deux groupes d’au moins 5 personnes reliées. Groupes non comparés : Oui."))
        let csv = try TidyRows(CSVRenderer().render(report))
        XCTAssertEqual(csv.values(section: "did", grouping: "formation", variable: "", group: "oui", statistic: "left.out"), ["too-small"])
        XCTAssertEqual(csv.values(section: "did", grouping: "formation", variable: "", group: "oui", statistic: "n"), [])
    }

    func testTooFewLinkedPeopleGiveTheNoteAndNoTable() throws {
        var report = try report(.en)
        report.change?.note = .tooFewLinkedPeople(linked: 3, minimum: 5)
        report.change?.pairCount = 3
        report.change?.blocks = []
        report.change?.attrition = []
        report.change?.differences = []
        let document = document(report)
        let start = try XCTUnwrap(document.blocks.firstIndex { if case .heading(_, _, "change") = $0 { return true } else { return false } })
        let section = document.blocks[start...]
        XCTAssertFalse(section.contains { if case .table = $0 { return true } else { return false } })
        XCTAssertTrue(section.contains { if case .paragraph(let text) = $0 { return text.hasPrefix("3 people linked") } else { return false } })
        let csv = try TidyRows(CSVRenderer().render(report))
        XCTAssertEqual(csv.values(section: "change", grouping: "", variable: "", group: "", statistic: "paired.n"), ["3"])
        XCTAssertEqual(csv.values(section: "change", grouping: "", variable: "", group: "", statistic: "note").count, 1)
    }

    // MARK: Privacy and escaping

    /// Codes and session ids identify sessions; the rendered report gives counts only.
    func testNoCodeOrSessionIDIsPrinted() throws {
        let dataset = try ChangeDataset.dataset()
        let ids = dataset.sessionIDs.flatMap { [$0.code, $0.hex] }
        let codes = ChangeDataset.sessions.compactMap(\.code)
        for language in Language.allCases {
            for (format, text) in renderings(try report(language)) {
                let bytes = Data(text.utf8)
                for id in ids { XCTAssertNil(bytes.range(of: Data(id.utf8)), "\(format): session \(id)") }
                for code in Set(codes) { XCTAssertNil(bytes.range(of: Data(code.utf8)), "\(format): code \(code)") }
            }
        }
    }

    func testHostileTextIsEscapedInHTMLAndNeutralisedInCSV() throws {
        let script = "<script>alert('x')</script>", formula = "=cmd|' /C calc'!A0"
        var report = try report(.fr)
        report.retrospective[0].blockLabel = script
        report.retrospective[0].rows[0].label = formula + script
        report.retrospective[0].rows[1].note = .testNotPossible(reason: "@SUM(1+1)" + script)
        report.change?.fromLabel = script
        report.change?.toLabel = "+" + script
        report.change?.blocks[0].blockLabel = formula
        report.change?.blocks[0].rows[0].label = script
        report.change?.attrition[0].label = "-2+3" + script
        report.change?.differences[0].groups[0].label = script
        report.change?.differences[0].variableLabel = formula
        report.change?.differences[0].rows[0].label = "=HYPERLINK(\"x\")" + script
        report.change?.note = .testNotPossible(reason: script)

        let html = HTMLRenderer().render(document(report))
        XCTAssertFalse(html.contains("<script"))
        let page = try XMLPage(html)
        XCTAssertFalse(page.elements.contains { $0.name == "script" })
        XCTAssertFalse(page.elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } })
        // The text survives as text: in headings, table cells, captions, notes and the charts' titles and descriptions.
        XCTAssertTrue(page.elements.contains { $0.name == "th" && page.text(of: $0) == formula + script + " *" })
        XCTAssertTrue(page.elements.contains { $0.name == "caption" && page.text(of: $0) == script })
        XCTAssertTrue(page.elements.contains { $0.name == "h2" && page.text(of: $0).contains("\(script) → +\(script)") })
        XCTAssertTrue(page.elements.contains { $0.name == "title" && page.text(of: $0) == script })
        XCTAssertTrue(page.elements.contains { $0.name == "desc" && page.text(of: $0).contains(formula + script) })
        XCTAssertTrue(page.elements.contains { $0.name == "p" && page.text(of: $0) == "test impossible : " + script })

        let markdown = MarkdownRenderer().render(document(report))
        XCTAssertFalse(markdown.contains("<script"))
        XCTAssertFalse(TerminalRenderer().render(document(report)).contains("\u{1B}"))

        let records = try RFC4180.parse(CSVRenderer().render(report))
        for record in records.dropFirst() {
            XCTAssertEqual(record.count, 8)
            for field in record.prefix(7) { XCTAssertFalse(["=", "+", "-", "@"].contains(field.first.map(String.init) ?? ""), field) }
            if let first = record[7].first, ["=", "+", "@"].contains(first) { XCTFail(record[7]) }
            if record[7].hasPrefix("-") { XCTAssertNotNil(Double(record[7]), "only numbers start with a minus: \(record[7])") }
        }
        XCTAssertTrue(records.contains { $0[0] == "retrospective" && $0[4] == "'" + formula + script })
        XCTAssertTrue(records.contains { $0[0] == "retrospective" && $0[6] == "note" && $0[7] == "test impossible : @SUM(1+1)" + script })
        XCTAssertTrue(records.contains { $0[0] == "change" && $0[6] == "wave.to.label" && $0[7] == "'+" + script })
        XCTAssertTrue(records.contains { $0[0] == "attrition" && $0[4] == "'-2+3" + script })
        XCTAssertTrue(records.contains { $0[0] == "did" && $0[6] == "group.label" && $0[7] == script })
        XCTAssertTrue(records.contains { $0[0] == "did" && $0[4] == "'=HYPERLINK(\"x\")" + script })
    }

    // MARK: Layout

    func testTerminalFitsEightyColumns() throws {
        for language in Language.allCases {
            let terminal = TerminalRenderer().render(document(try report(language)))
            let start = try XCTUnwrap(terminal.range(of: Localized(fr: "Questions rétrospectives", en: "Retrospective questions")[language]))
            for line in terminal[start.lowerBound...].split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, 80, String(line))
            }
        }
    }

    func testWideTablesSplitIntoPanelsRepeatingTheFirstColumn() {
        let header = ["Item"] + (1...12).map { "Colonne \($0)" }
        let table = Document.Table(caption: "Large", header: header.map { Document.Cell($0) },
                                   rows: [["Premier item"] + (1...12).map { "\($0),00" }].map { $0.map { Document.Cell($0) } },
                                   numeric: [false] + Array(repeating: true, count: 12), notes: ["Note"])
        let lines = TerminalRenderer(width: 60).renderTable(table, continued: "(suite)")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 60 }, lines.joined(separator: "\n"))
        XCTAssertEqual(lines.filter { $0.hasPrefix("Premier item") }.count, lines.filter { $0.hasPrefix("Item") }.count)
        XCTAssertGreaterThan(lines.filter { $0.hasPrefix("Premier item") }.count, 1)
        XCTAssertEqual(lines.first, "Large")
        XCTAssertTrue(lines.contains("Large (suite)"))
        XCTAssertEqual(lines.filter { $0.contains("Note") }.count, 1, "notes once, under the last panel")
        XCTAssertEqual(lines.last, "  Note")
        for column in 1...12 { XCTAssertEqual(lines.filter { $0.contains(" \(column),00") }.count, 1) }
    }

    func testChartsOnlyInHTMLOneDumbbellPerPairedBlock() throws {
        let report = try report(.fr)
        let document = document(report)
        let dumbbells = document.blocks.filter { if case .chart(.dumbbell) = $0 { return true } else { return false } }
        XCTAssertEqual(dumbbells.count, report.retrospective.count + (report.change?.blocks.count ?? 0))
        let html = HTMLRenderer().render(document)
        let page = try XMLPage(html)
        XCTAssertEqual(page.elements.filter { $0.name == "svg" }.count,
                       document.blocks.filter { if case .chart = $0 { return true } else { return false } }.count)
        // Each dumbbell chart follows its table, which is its text alternative.
        let section = html[try XCTUnwrap(html.range(of: "<h2 id=\"retrospective\">")).lowerBound...]
        let retroTable = try XCTUnwrap(section.range(of: "<caption>" + MarkupText.escape(report.retrospective[0].blockLabel ?? "") + "</caption>"))
        let afterTable = section[retroTable.upperBound...]
        let figure = try XCTUnwrap(afterTable.range(of: "<figure class=\"chart-block\">"))
        XCTAssertFalse(afterTable[..<figure.lowerBound].contains("<table"))
        let svg = afterTable[figure.lowerBound...]
        let svgEnd = try XCTUnwrap(svg.range(of: "</svg>"))
        XCTAssertTrue(svg[..<svgEnd.lowerBound].contains("<circle class=\"before\""), "a dumbbell chart")
        for text in [MarkdownRenderer().render(document), TerminalRenderer().render(document)] {
            XCTAssertFalse(text.contains("<svg"))
            XCTAssertFalse(text.contains("hausse de"))
        }
    }
}
