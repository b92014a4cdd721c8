import Analysis
import Foundation
import Questionnaire
import ReportFixtures
import Responses
import Support
import XCTest
@testable import Reports

/// The summary on the bundled synthetic data: every number of every sentence is a number of a table row, as printed.
final class KeyFindingsTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func report(_ language: Language) throws -> Report {
        let (_, parsed) = try QuestionnaireParser.parse(contentsOf: repository.appendingPathComponent("Questionnaires/esc-professionnels.survey"))
        let codebook = Codebook(parsed.survey)
        let (dataset, _) = try Dataset.load(journalsIn: repository.appendingPathComponent("Questionnaires/data/esc-professionnels-synthetic"),
                                            codebook: codebook)
        return ReportBuilder(survey: parsed.survey, data: DatasetSource(dataset), options: ReportOptions(language: language)).build()
    }

    func testEverySentenceTracesToATableRow() throws {
        let report = try Self.report(.fr)
        let summary = try XCTUnwrap(report.keyFindings)
        XCTAssertFalse(summary.findings.isEmpty, "the synthetic data hold differences")
        XCTAssertEqual(summary.caution, .noBeforeAfter)
        let document = try checkGroupFindings(report)
        // The count of differences against chance: the multiplicity paragraph's numbers.
        let style = NumberStyle(.fr)
        let multiplicity = try XCTUnwrap(report.multiplicity)
        let expected = try XCTUnwrap(multiplicity.expectedByChance)
        XCTAssertEqual(expected, Double(multiplicity.tests) * report.settings.tendential, accuracy: 1e-9)
        XCTAssertTrue(document.contains("Ces \(style.count(summary.differenceCount)) différences viennent de \(style.count(multiplicity.tests)) tests"), document)
        XCTAssertTrue(document.contains("environ \(style.number(expected, decimals: 1))"), document)
        XCTAssertTrue(document.contains("ils ne mesurent pas l'effet de l'accompagnement"), document)
        let english = MarkdownRenderer().render(DocumentBuilder(report: try Self.report(.en)).build())
        XCTAssertTrue(english.contains("## Key findings") && english.contains("they do not measure the effect of the support"))
    }

    /// Before/after: the changes of the same people first, each as its paired row prints it, then the attrition
    /// check, the group differences and the linking caution.
    func testBeforeAfterFindingsTraceToThePairedTables() throws {
        let report = try ChangeDataset.report(.fr)
        let change = try XCTUnwrap(report.change)
        let summary = try XCTUnwrap(report.keyFindings)
        XCTAssertFalse(summary.changes.isEmpty, "the fixture's people change")
        let document = try checkGroupFindings(report)
        let builder = DocumentBuilder(report: report)
        var sizes: [Double] = []
        for finding in summary.changes {
            let row = try XCTUnwrap(change.blocks.flatMap(\.rows).first { $0.label == finding.itemLabel && $0.pairCount == finding.pairCount })
            let paired = try XCTUnwrap(row.paired)
            XCTAssertEqual(finding.meanBefore, row.meanBefore)
            XCTAssertEqual(finding.meanAfter, row.meanAfter)
            XCTAssertEqual(finding.meanChange, paired.meanChange)
            XCTAssertEqual(finding.p, row.p)
            XCTAssertEqual(finding.effectSizeDzInterval, paired.effectSizeDzInterval)
            XCTAssertNotEqual(row.significance, .none)
            sizes.append(abs(finding.effectSizeDz ?? 0))
            // As the paired table prints them: means, change and its interval, d_z and its interval.
            for text in [builder.style.mean(row.meanBefore), builder.style.mean(row.meanAfter), builder.signed(paired.meanChange),
                         builder.interval(paired.tTest?.lower, paired.tTest?.upper),
                         builder.effectCell(paired.effectSizeDz, paired.effectSizeDzInterval, signed: true)] {
                XCTAssertTrue(document.contains(text), "\(text) in \(document)")
            }
        }
        XCTAssertEqual(sizes, sizes.sorted(by: >), "largest change first")
        let compared = change.attrition.filter { $0.test != nil }
        XCTAssertEqual(summary.attrition, .init(compared: compared.count, differing: compared.filter { $0.significance != .none }.count))
        XCTAssertEqual(summary.caution, .beforeAfter(linked: change.pairCount, firstWave: try XCTUnwrap(change.linking.waves.first { $0.wave == change.from }).sessions))
        XCTAssertTrue(document.contains("mêmes personnes : de "), document)
        XCTAssertTrue(document.contains("Au départ, les personnes revues"), document)
    }

    /// Every group finding of `report` against its table row; returns the summary's text.
    func checkGroupFindings(_ report: Report) throws -> String {
        let summary = try XCTUnwrap(report.keyFindings)
        let style = NumberStyle(.fr)
        let document = DocumentBuilder(report: report).keyFindingBlocks().compactMap { block -> String? in
            if case .paragraph(let text) = block { return text } else { return nil }
        }.joined(separator: "\n")
        var sizes: [Double] = []
        for finding in summary.findings {
            let comparison = try XCTUnwrap(report.comparisons.first { $0.variableLabel == finding.groupingLabel && $0.blockLabel == finding.blockLabel
                && $0.rows.contains { $0.label == finding.itemLabel } })
            let row = try XCTUnwrap(comparison.rows.first { $0.label == finding.itemLabel })
            let means = Dictionary(uniqueKeysWithValues: zip(comparison.groups.map(\.label), row.cells.map(\.mean)))
            XCTAssertEqual(means[finding.higherGroup] ?? nil, finding.higherMean)
            XCTAssertEqual(means[finding.lowerGroup] ?? nil, finding.lowerMean)
            XCTAssertEqual(finding.higherMean, row.cells.compactMap(\.mean).max())
            XCTAssertEqual(finding.p, row.adjustedP ?? row.p)
            XCTAssertEqual(finding.significance, row.significance)
            let builder = DocumentBuilder(report: report)
            switch finding.effect {
            case .cohensD(let d)?:
                // Read from the higher group: the table's d, or its opposite when the higher group is the second.
                let test = try XCTUnwrap(row.twoGroup)
                let sign: Double = finding.higherGroup == comparison.groups[0].label ? 1 : -1
                XCTAssertEqual(d, sign * test.cohensD); sizes.append(abs(d))
                XCTAssertGreaterThan(d, 0)
                let interval = try XCTUnwrap(test.cohensDInterval)
                XCTAssertEqual(finding.effectInterval?.lower, sign > 0 ? interval.lower : -interval.upper)
                let cell = builder.effectCell(d, finding.effectInterval)
                XCTAssertTrue(document.contains("d = \(cell)"), "\(cell) in \(document)")
            case .etaSquared(let eta)?:
                XCTAssertEqual(eta, row.anova?.etaSquared); sizes.append(2 * (eta / (1 - eta)).squareRoot())
                XCTAssertEqual(finding.effectInterval, row.effectInterval?.etaSquared)
                // As the table's η² [IC] column prints it.
                let cell = builder.etaCell(row).text
                XCTAssertTrue(document.contains("η² = \(cell)"), "\(cell) in \(document)")
            case nil: break
            }
            // The sentence prints the means and p as the tables print them.
            for number in [style.mean(finding.higherMean), style.mean(finding.lowerMean), style.p(finding.p)] {
                XCTAssertTrue(document.contains(number), "\(number) in \(document)")
            }
        }
        XCTAssertEqual(sizes, sizes.sorted(by: >), "largest effect first")
        return document
    }
}
