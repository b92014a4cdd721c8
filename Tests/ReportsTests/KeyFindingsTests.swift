import Analysis
import Foundation
import Questionnaire
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
                XCTAssertEqual(d, row.twoGroup?.cohensD); sizes.append(abs(d))
                XCTAssertEqual(finding.effectInterval, row.twoGroup?.cohensDInterval)
                let cell = builder.effectCell(d, row.twoGroup?.cohensDInterval)
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
        // The count of differences against chance: the multiplicity paragraph's numbers.
        let multiplicity = try XCTUnwrap(report.multiplicity)
        let expected = try XCTUnwrap(multiplicity.expectedByChance)
        XCTAssertEqual(expected, Double(multiplicity.tests) * report.settings.tendential, accuracy: 1e-9)
        XCTAssertTrue(document.contains("Ces \(style.count(summary.differenceCount)) différences viennent de \(style.count(multiplicity.tests)) tests"), document)
        XCTAssertTrue(document.contains("environ \(style.number(expected, decimals: 1))"), document)
        XCTAssertTrue(document.contains("ils ne mesurent pas l'effet de l'accompagnement"), document)
        let english = MarkdownRenderer().render(DocumentBuilder(report: try Self.report(.en)).build())
        XCTAssertTrue(english.contains("## Key findings") && english.contains("they do not measure the effect of the support"))
    }
}
