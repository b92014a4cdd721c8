import Analysis
import Foundation
import Questionnaire
import Reports
import Responses
import Support
import XCTest

/// Every word, axis and legend about a scale comes from the declared scale, whatever its number of points and language.
final class ScaleWordingTests: XCTestCase {
    /// A questionnaire with one Likert block on a `points`-point scale, compared across two groups.
    static func source(points: Int, language: Language, anchors: (String, String)?) -> String {
        let anchorText = anchors.map { " \"\($0.0)\" .. \"\($0.1)\"" } ?? ""
        return """
        survey echelle\(points) version 1 language \(language.rawValue)
        title: "Scale \(points)"
        scale niveau \(points)\(anchorText)
        single groupe "Group"
          a "Alpha"
          b "Beta"
        likert items "Items:" scale niveau
          one "first item"
          two "second item"
          three "third item"
        analysis
          minimum: 5
          by groupe difference
        """
    }

    /// 30 rows read through the production path: a CSV file loaded by `Responses`, then `DatasetSource`.
    static func report(points: Int, language: Language, anchors: (String, String)?) throws -> Report {
        let parsed = QuestionnaireParser.parse(text: source(points: points, language: language, anchors: anchors))
        XCTAssertFalse(parsed.hasErrors, "\(parsed.errors)")
        let codebook = Codebook(parsed.survey)
        var csv = "groupe,items.one,items.two,items.three\n"
        for row in 0..<30 {
            let shift = row % 2 == 0 ? 0 : points / 3
            let point = { (k: Int) in String(min(points, 1 + (row * (k + 2) + shift) % points)) }
            csv += "\(row % 2 == 0 ? "a" : "b"),\(point(1)),\(point(2)),\(point(3))\n"
        }
        // A fixed file name: the rows' session ids, and so the data fingerprint of the goldens, derive from it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("octant-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("scale.csv")
        try Data(csv.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (dataset, issues) = try Dataset.load(csv: url, codebook: codebook)
        XCTAssertEqual(issues.count, 0, "\(issues)")
        return ReportBuilder(survey: parsed.survey, data: DatasetSource(dataset), options: ReportOptions(language: language)).build()
    }

    static func renderings(_ report: Report) throws -> [String: String] {
        let document = DocumentBuilder(report: report).build()
        let language = report.language.rawValue
        return ["\(language).txt": TerminalRenderer().render(document), "\(language).md": MarkdownRenderer().render(document),
                "\(language).csv": CSVRenderer().render(report), "\(language).json": try JSONRenderer().render(report),
                "\(language).html": HTMLRenderer().render(document)]
    }

    func testNoScaleOfTwoToElevenPointsIsDescribedAsEightPoints() throws {
        let eightPointWords = ["8 points", "8-point", "8 point", "1 à 8", "1 to 8", "4,5", "4.5", "Pas du tout d'accord",
                               "Strongly disagree", "Tout à fait d'accord", "Strongly agree"]
        for points in 2...11 where points != 8 {
            for language in Language.allCases {
                for anchors in [("Jamais", "Toujours"), nil] as [(String, String)?] {
                    let report = try Self.report(points: points, language: language, anchors: anchors)
                    let midpoint = NumberStyle(language).number(Double(points + 1) / 2, decimals: points % 2 == 1 ? 0 : 1)
                    for (format, raw) in try Self.renderings(report) {
                        // Terminal and Markdown wrap lines: words are compared with single spaces.
                        let text = raw.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                        for word in eightPointWords where text.contains(word) {
                            // A mean or a percentage may happen to read 4.5; the scale's words must not.
                            let context = text.components(separatedBy: word).dropFirst().map { String($0.prefix(12)) }
                            XCTAssertFalse(["8 points", "8-point", "8 point", "1 à 8", "1 to 8"].contains(word) || word.contains("ccord")
                                           || word.contains("isagree") || word.contains("gree"),
                                           "\(points) points, \(format): \(word) \(context)")
                        }
                        if format.hasSuffix("txt") || format.hasSuffix("md") || format.hasSuffix("html") {
                            XCTAssertTrue(text.contains(language == .fr ? "en \(points) points" : "\(points) points"), "\(points) \(format)")
                        }
                        if format.hasSuffix("html") {
                            XCTAssertTrue(text.contains(language == .fr ? "milieu \(midpoint)" : "midpoint \(midpoint)"), "\(points) \(format)")
                            XCTAssertTrue(text.contains(language == .fr ? "échelle de 1 à \(points)" : "scale 1 to \(points)"), "\(points) \(format)")
                        }
                    }
                    XCTAssertEqual(report.scales.map(\.points), [points])
                    XCTAssertEqual(report.comparisons.first?.scale, "niveau")
                }
            }
        }
    }

    func testAnAgreementScaleOfAnotherSizeReadsAsAgreement() throws {
        let report = try Self.report(points: 5, language: .en, anchors: ("Strongly disagree", "Strongly agree"))
        XCTAssertEqual(report.scales.first?.measuresAgreement, true)
        let text = TerminalRenderer().render(DocumentBuilder(report: report).build())
        XCTAssertTrue(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ").contains("a mean from 1 to 2.9 reads as disagreement, from 3.1 to 5 as agreement (neutral point: 3)"), text)
    }

    /// A 5-point English questionnaire and a 6-point French one with its own anchors, in all five formats.
    func testGoldenScales() throws {
        let english = try Self.report(points: 5, language: .en, anchors: ("Strongly disagree", "Strongly agree"))
        for (name, text) in try Self.renderings(english) { try GoldenFile.assertMatches(text, "scale5.\(name)") }
        let french = try Self.report(points: 6, language: .fr, anchors: ("Jamais", "Toujours"))
        for (name, text) in try Self.renderings(french) { try GoldenFile.assertMatches(text, "scale6.\(name)") }
    }
}
