import XCTest
@testable import Questionnaire
import Support

/// Whatever it is fed, the parser returns diagnostics: it never crashes and never hangs.
final class RobustnessTests: XCTestCase {
    /// SplitMix64: a seeded generator, so that a failing input can be reproduced from the seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static var bundledSources: [String] {
        let files = BundledQuestionnaires.urls.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        return files + [ParserTests.complete]
    }

    func testRandomBytes() {
        var random = SeededGenerator(state: 2026)
        for _ in 0..<300 {
            let count = Int.random(in: 0..<600, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            let result = QuestionnaireParser.parse(SourceFile(name: "random", data: Data(bytes)))
            XCTAssertTrue(result.hasErrors, "random bytes must be reported")
        }
    }

    func testRandomMutationsOfRealFiles() {
        var random = SeededGenerator(state: 7)
        let alphabet = Array("\"\\:.()=<>!#\t \n\r\u{FEFF}aé0-,«»")
        for source in Self.bundledSources {
            var characters = Array(source)
            for round in 0..<120 {
                var mutated = characters
                for _ in 0..<Int.random(in: 1...8, using: &random) where !mutated.isEmpty {
                    let index = Int.random(in: 0..<mutated.count, using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: mutated.remove(at: index)
                    case 1: mutated.insert(alphabet.randomElement(using: &random)!, at: index)
                    case 2: mutated[index] = alphabet.randomElement(using: &random)!
                    default:
                        // Move a whole line elsewhere: reorders declarations and references.
                        let text = String(mutated)
                        var lines = text.components(separatedBy: "\n")
                        if lines.count > 2 {
                            let line = lines.remove(at: Int.random(in: 0..<lines.count, using: &random))
                            lines.insert(line, at: Int.random(in: 0..<lines.count, using: &random))
                        }
                        mutated = Array(lines.joined(separator: "\n"))
                    }
                }
                let result = QuestionnaireParser.parse(text: String(mutated), name: "mutation-\(round)")
                for diagnostic in result.diagnostics {
                    XCTAssertGreaterThanOrEqual(diagnostic.location.line, 1)
                    XCTAssertGreaterThanOrEqual(diagnostic.location.column, 1)
                }
                if round % 40 == 0 { characters = mutated }
            }
        }
    }

    func testHostileShapes() {
        let header = "survey s version 1 language fr\n"
        let unbalanced = header + String(repeating: "yesno a\"\"\"\"\" \"\n", count: 50)
        XCTAssertTrue(QuestionnaireParser.parse(text: unbalanced).hasErrors)
        let parentheses = header + "yesno a \"A\"\nyesno b \"B\" when " + String(repeating: "(", count: 5000) + "a = oui\n"
        XCTAssertTrue(QuestionnaireParser.parse(text: parentheses).diagnostics.contains {
            $0.problem == .tooDeeplyNested(limit: Parser.maximumConditionDepth)
        })
        let nots = header + "yesno a \"A\"\nyesno b \"B\" when " + String(repeating: "not ", count: 2000) + "a = oui\n"
        XCTAssertFalse(QuestionnaireParser.parse(text: nots).hasErrors)
        let fiftyLevels = header + (0..<50).map { String(repeating: " ", count: $0 * 2) + "section s\($0) \"S\"" }.joined(separator: "\n")
            + "\n" + String(repeating: " ", count: 100) + "yesno q \"Q\"\n"
        XCTAssertFalse(QuestionnaireParser.parse(text: fiftyLevels).hasErrors)
        let staircase = header + (0..<3000).map { String(repeating: " ", count: $0) + "section s\($0) \"S\"" }.joined(separator: "\n")
        XCTAssertTrue(QuestionnaireParser.parse(text: staircase).hasErrors)
        let onlyNewlines = String(repeating: "\r\n", count: 10000)
        XCTAssertTrue(QuestionnaireParser.parse(text: onlyNewlines).hasErrors)
    }

    func testBOMAndCRLFAndTabsAreAccepted() {
        let text = "\u{FEFF}survey s version 1 language fr\r\nsingle q \"Q\"\r\n\ta \"A\"\r\n\tb \"B\"\r\n"
        let result = QuestionnaireParser.parse(SourceFile(name: "t", data: Data(text.utf8)))
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.survey.question("q")?.options.map(\.code), ["a", "b"])
    }

    func testTenMegabyteFileIsReadInOnePass() {
        // Long texts (as pasted from a word processor) make the 10 MB without a million tiny lines.
        let sentence = String(repeating: "Utiliser mon matériel personnel (ordinateur, smartphone, box internet…). ", count: 12)
        let block = "likert b%d \"Je me sens à l'aise avec le numérique\"\n  x \"\(sentence)\"\n  y \"\(sentence)\"\n"
        let count = 10_000_000 / block.utf8.count + 1
        var pieces = ["survey big version 1 language fr\n"]
        pieces.reserveCapacity(count + 2)
        for index in 0..<count { pieces.append(block.replacingOccurrences(of: "%d", with: String(index))) }
        var text = pieces.joined()
        let index = count
        text += "\"unterminated"
        let result = QuestionnaireParser.parse(text: text)
        XCTAssertEqual(result.errors.map(\.problem), [.unterminatedString, .unknownDeclaration("\"unterminated\"", suggestion: nil)].prefix(1).map { $0 } + result.errors.dropFirst().map(\.problem))
        XCTAssertEqual(result.survey.questions.count, index)
    }
}

/// The questionnaires shipped in `Questionnaires/`, found from this file's place in the repository.
enum BundledQuestionnaires {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Questionnaires")
    }

    static var urls: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".survey") }.sorted().map { directory.appendingPathComponent($0) }
    }
}
