import XCTest
import Analysis
import Questionnaire
import Responses
import Simulation
import Statistics

/// Two simulated waves of the impact questionnaire, with a known true effect and attrition, linked and reported.
final class ChangeReportTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func panel(_ design: PanelDesign, people: Int, seed: UInt64) throws -> (Survey, Dataset) {
        let (_, parsed) = try QuestionnaireParser.parse(contentsOf: Self.repository.appendingPathComponent("Questionnaires/accompagnement-impact.survey"))
        XCTAssertFalse(parsed.hasErrors)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-change-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let simulator = try SurveySimulator(survey: parsed.survey, options: SimulationOptions(respondents: people, seed: seed))
        try simulator.writePanel(design, to: directory)
        let (dataset, _) = try Dataset.load(journalsIn: directory, codebook: Codebook(parsed.survey))
        return (parsed.survey, dataset)
    }

    func report(_ survey: Survey, _ dataset: Dataset) -> Report {
        var options = ReportOptions(language: .fr)
        options.change = ChangeDesign(from: "avant", to: "apres", links: ParticipantLinker(survey: survey).link(dataset), dataset: dataset)
        return ReportBuilder(survey: survey, data: DatasetSource(dataset), options: options).build()
    }

    func testTheTrueEffectIsFoundAndAttritionIsCounted() throws {
        let (survey, dataset) = try panel(PanelDesign(waves: ["avant", "apres"], effect: 1.0, attrition: 0.25, codeErrors: 0.05),
                                          people: 400, seed: 7)
        let change = try XCTUnwrap(report(survey, dataset).change)
        let linking = change.linking
        XCTAssertEqual(linking.waves.map(\.sessions)[0], 400)
        // 25 % lost: about 300 come back (binomial SD ≈ 9).
        XCTAssertEqual(Double(linking.waves[1].sessions), 300, accuracy: 30)
        // 5 % of codes mistyped: linked again through the confirming answers (age band, site) unless one is missing.
        XCTAssertGreaterThan(linking.nearMatchCount, 5)
        XCTAssertEqual(change.pairCount, linking.linkedPeople)
        XCTAssertGreaterThan(Double(change.pairCount), 0.95 * Double(linking.waves[1].sessions))
        XCTAssertTrue(linking.duplicates.isEmpty && linking.ambiguous.isEmpty)
        // Every ordinary Likert item moves up by about the effect (rounding and the 1–8 bounds shrink it a little);
        // reverse-keyed items move down by as much, and are counted as improvements.
        let items = change.blocks.filter { $0.block != "scores" }.flatMap(\.rows).filter { $0.paired != nil }
        XCTAssertGreaterThan(items.count, 10)
        for row in items {
            let mean = try XCTUnwrap(row.paired?.meanChange)
            XCTAssertEqual(abs(mean), 0.85, accuracy: 0.3, row.variable)
            XCTAssertEqual(mean < 0, row.reversed, row.variable)
            XCTAssertEqual(row.significance, .significant, row.variable)
            XCTAssertGreaterThan(try XCTUnwrap(row.percentImproved), try XCTUnwrap(row.percentWorsened), row.variable)
        }
        // Scores are keyed: they all improve.
        let scores = try XCTUnwrap(change.blocks.first { $0.block == "scores" })
        for row in scores.rows where row.paired != nil { XCTAssertGreaterThan(try XCTUnwrap(row.paired?.meanChange), 0.5, row.variable) }
        // Leaving is random here, so the people seen again look like the others at baseline (no test at 1 %).
        XCTAssertFalse(change.attrition.isEmpty)
        for row in change.attrition { XCTAssertGreaterThan(try XCTUnwrap(row.test?.pValue), 0.01, row.variable) }
        // The effect is the same for everyone: the difference-in-differences by prior training is near 0.
        let did = try XCTUnwrap(change.differences.first { $0.variable == "formation" })
        for row in did.rows {
            guard let result = row.result else { continue }
            XCTAssertEqual(result.welch.meanDifference, 0, accuracy: 0.5, row.variable)
            XCTAssertEqual(result.interactionF ?? 0, (result.student?.t ?? 0) * (result.student?.t ?? 0), accuracy: 1e-9)
        }
    }

    func testPairedRowsMatchTheStatisticsModule() throws {
        let (survey, dataset) = try panel(PanelDesign(waves: ["avant", "apres"], effect: 0.6, attrition: 0.1, codeErrors: 0),
                                          people: 120, seed: 11)
        let links = ParticipantLinker(survey: survey).link(dataset)
        let change = try XCTUnwrap(report(survey, dataset).change)
        let row = try XCTUnwrap(change.blocks.flatMap(\.rows).first { $0.variable == "aise.numerique" || $0.paired != nil })
        let column = try XCTUnwrap(dataset.columnIndex(named: row.variable))
        func point(_ r: Int) -> Double { if case .point(let p) = dataset.value(row: r, column: column) { return Double(p) } else { return .nan } }
        let pairs = links.pairs(from: "avant", to: "apres")
        let expected = try PairedComparison.analyze(before: pairs.map { point($0.before) }, after: pairs.map { point($0.after) })
        var ours = try XCTUnwrap(row.paired)
        if row.reversed { swap(&ours.improved, &ours.worsened) }
        XCTAssertEqual(ours, expected)
    }

    func testTooFewLinkedPeopleGiveANoteAndNoNumbers() throws {
        let (survey, dataset) = try panel(PanelDesign(waves: ["avant", "apres"], effect: 0.5, attrition: 0.9, codeErrors: 0),
                                          people: 20, seed: 3)
        let change = try XCTUnwrap(report(survey, dataset).change)
        if change.pairCount < 5 {
            XCTAssertNotNil(change.note)
            XCTAssertTrue(change.blocks.isEmpty && change.differences.isEmpty)
        }
    }

    func testRetrospectiveBlockIsAnalysedAsPairsInTheOrdinaryReport() throws {
        let (survey, dataset) = try panel(PanelDesign(waves: ["avant", "apres"], effect: 0.5, attrition: 0.2, codeErrors: 0),
                                          people: 150, seed: 5)
        let report = ReportBuilder(survey: survey, data: DatasetSource(dataset), options: ReportOptions(language: .en)).build()
        let retro = try XCTUnwrap(report.retrospective.first { $0.block == "retro" })
        XCTAssertEqual(retro.rows.count, 3)
        for row in retro.rows {
            // Asked only at the second wave ("when wave = apres"): its pairs are that wave's sessions.
            XCTAssertLessThanOrEqual(row.pairCount, 150)
            XCTAssertGreaterThan(row.pairCount, 80)
            // The simulator draws "before" about 1.2 points lower than "now".
            let change = try XCTUnwrap(row.paired?.meanChange)
            XCTAssertEqual(abs(change), 1.1, accuracy: 0.4, row.variable)
            XCTAssertEqual(row.significance, .significant)
        }
        XCTAssertNil(report.change)
    }
}
