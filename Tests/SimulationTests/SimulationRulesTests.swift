import Foundation
import Questionnaire
@testable import Responses
import XCTest
@testable import Simulation

/// What every synthetic session must respect, whatever the seed: the questionnaire's own rules.
final class SimulationRulesTests: XCTestCase {
    func testSameSeedSameSessionsAndAnotherSeedOthers() throws {
        let survey = try SimulationFixtures.survey("esc-professionnels")
        let a = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 40, seed: 11)).sessions()
        let b = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 40, seed: 11)).sessions()
        let c = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 40, seed: 12)).sessions()
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a.map(\.id), c.map(\.id))
        XCTAssertNotEqual(a.map(\.answers), c.map(\.answers))
    }

    func testSameSeedSameJournalBytes() throws {
        let survey = try SimulationFixtures.survey("accompagnement-impact")
        var files: [Data] = []
        for _ in 0..<2 {
            let directory = try SimulationFixtures.scratchDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let writer = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 30, seed: 5, wave: "avant"))
                .write(to: directory)
            files.append(try Data(contentsOf: writer.fileURL))
        }
        XCTAssertEqual(files[0], files[1])
        XCTAssertGreaterThan(files[0].count, 1000)
    }

    /// Asked exactly when the conditions hold; required always answered; values in range; choices valid.
    func testConditionsRequiredRangesChoicesAndEscapes() throws {
        for name in ["esc-professionnels", "accompagnement-impact", "esc-usagers"] {
            let survey = try SimulationFixtures.survey(name)
            let sessions = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 150, seed: 3)).sessions()
            var answered = 0, skipped = 0, escapes = 0
            for session in sessions {
                let answers = session.answers
                var seen: [String: AnswerValue] = [:]
                for (question, conditions) in SimulationFixtures.questionsWithConditions(survey) {
                    let asked = conditions.allSatisfy { $0.evaluate(seen) }
                    for (key, item) in zip(SimulationFixtures.keys(of: question), Self.items(of: question)) {
                        let itemAsked = asked && (item?.condition?.evaluate(seen) ?? true)
                        XCTAssertEqual(answers[key] != nil, itemAsked, "\(name): \(key) asked iff its conditions hold")
                        guard let answer = answers[key] else { continue }
                        switch answer {
                        case .skipped:
                            XCTAssertFalse(question.isRequired, "\(name): required \(key) skipped")
                            skipped += 1
                        case .value(let value):
                            answered += 1
                            if case .escape(let code) = value {
                                escapes += 1
                                XCTAssertTrue((question.escapes + (item?.escapes ?? [])).contains(code), "\(name): \(key) escape \(code)")
                            } else {
                                Self.assertValid(value, for: question, key: key)
                            }
                        }
                    }
                    seen.merge(SimulationFixtures.values(answers.filter { SimulationFixtures.keys(of: question).contains($0.key) })) { $1 }
                }
                XCTAssertEqual(Set(session.start.presentedOrder), Set(answers.keys), "presented order lists what was asked")
            }
            let skipRate = Double(skipped) / Double(answered + skipped)
            XCTAssertTrue((0.005...0.08).contains(skipRate), "\(name): a few % skipped, got \(skipRate)")
            if name == "accompagnement-impact" { XCTAssertGreaterThan(escapes, 0, "escape answers where allowed") }
            if name == "esc-professionnels" { XCTAssertEqual(escapes, 0, "no escape declared, none drawn") }
        }
    }

    func testRetrospectiveBeforeLowerThanNowWaveAndParticipantCode() throws {
        let survey = try SimulationFixtures.survey("accompagnement-impact")
        let sessions = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 400, seed: 8, wave: "apres"))
            .sessions()
        // Compared on the keyed scale: for a reverse-keyed item ("stresses me") improvement is a lower raw answer.
        let block = try XCTUnwrap(survey.question("retro"))
        let reversed = Set(block.items.filter(\.isReversed).map { "retro.\($0.id)" })
        XCTAssertFalse(reversed.isEmpty)
        func keyed(_ point: Int, _ item: String) -> Double { reversed.contains(item) ? Double(9 - point) : Double(point) }
        var before = 0.0, now = 0.0, pairs = 0.0
        for session in sessions {
            XCTAssertEqual(session.start.wave, "apres")
            let code = try XCTUnwrap(session.start.participantCode)
            XCTAssertEqual(code.count, survey.participantCode!.elements.map(\.length).reduce(0, +))
            for (key, answer) in session.answers where key.hasSuffix(".before") {
                let item = String(key.dropLast(7))
                guard case .value(.scalePoint(let b)) = answer,
                      case .value(.scalePoint(let n))? = session.answers[item + ".now"] else { continue }
                before += keyed(b, item); now += keyed(n, item); pairs += 1
            }
        }
        XCTAssertGreaterThan(pairs, 100)
        XCTAssertLessThan(before / pairs + 0.5, now / pairs, "before lower than now on average")
    }

    func testUnknownWaveAndNoRespondentsAreRefused() throws {
        let survey = try SimulationFixtures.survey("accompagnement-impact")
        XCTAssertThrowsError(try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 3, seed: 1, wave: "T9"))) {
            XCTAssertEqual($0 as? SimulationError, .unknownWave("T9", declared: ["avant", "apres"]))
        }
        XCTAssertThrowsError(try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 0, seed: 1))) {
            XCTAssertEqual($0 as? SimulationError, .noRespondents)
        }
    }

    func testImpossiblePanelsAreRefusedWithTheirReason() throws {
        let impact = try SurveySimulator(survey: try SimulationFixtures.survey("accompagnement-impact"),
                                         options: SimulationOptions(respondents: 3, seed: 1))
        let directory = try SimulationFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(PanelDesign, SimulationError)] = [
            (PanelDesign(waves: ["avant", "avant"]), .invalidPanel(.fewerThanTwoWaves)),
            (PanelDesign(waves: ["avant", "T9"]), .unknownWave("T9", declared: ["avant", "apres"])),
            (PanelDesign(waves: ["avant", "apres"], attrition: 1.5), .invalidPanel(.sharesOutOfRange)),
        ]
        for (design, expected) in cases {
            XCTAssertThrowsError(try impact.writePanel(design, to: directory)) { XCTAssertEqual($0 as? SimulationError, expected) }
        }
        // Without a participant code the waves could not be linked.
        let parsed = QuestionnaireParser.parse(text: "survey p version 1 language fr\nwaves\n  a \"A\"\n  b \"B\"\nyesno q \"Q\"\n")
        XCTAssertFalse(parsed.hasErrors)
        let simulator = try SurveySimulator(survey: parsed.survey, options: SimulationOptions(respondents: 3, seed: 1))
        XCTAssertThrowsError(try simulator.writePanel(PanelDesign(waves: ["a", "b"]), to: directory)) {
            XCTAssertEqual($0 as? SimulationError, .invalidPanel(.noParticipantCode))
        }
    }

    /// Items of a block correlate through the respondent's trait: the two "aise" items of the professionals' survey.
    func testItemsOfABlockCorrelate() throws {
        let survey = try SimulationFixtures.survey("esc-professionnels")
        let sessions = try SurveySimulator(survey: survey, options: SimulationOptions(respondents: 500, seed: 4)).sessions()
        var xs: [Double] = [], ys: [Double] = []
        for answers in sessions.map(\.answers) {
            guard case .value(.scalePoint(let x))? = answers["besoins.equipements"],
                  case .value(.scalePoint(let y))? = answers["besoins.competences"] else { continue }
            xs.append(Double(x)); ys.append(Double(y))
        }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        let sxy = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let sxx = xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +), syy = ys.map { ($0 - my) * ($0 - my) }.reduce(0, +)
        XCTAssertGreaterThan(sxy / (sxx * syy).squareRoot(), 0.2)
    }

    /// Hard constraints always hold; soft ones hold or are confirmed, as the runner would record it.
    func testConstraintsAreRespectedOrConfirmed() throws {
        let text = """
        survey contraintes version 1 language fr
        title: "Contraintes"
        number enfants "Combien d'enfants ?" 0..20 required
          require: enfants <= 15 "Plus de 15 ?"
          expect: enfants <= 8 "Plus de 8 : confirmez-vous ?"
        multiple aides "Aides" min 1 max 2
          caf "CAF"
          cpam "CPAM"
          mairie "Mairie"
          aucune "Aucune" exclusive
        """
        let result = QuestionnaireParser.parse(text: text)
        XCTAssertFalse(result.hasErrors, "\(result.diagnostics)")
        let sessions = try SurveySimulator(survey: result.survey, options: SimulationOptions(respondents: 300, seed: 2)).sessions()
        var confirmed = 0
        for session in sessions {
            guard case .value(.number(let n))? = session.answers["enfants"] else { return XCTFail("required enfants") }
            XCTAssertLessThanOrEqual(n, 15)
            let warned = session.events.contains { if case .warningConfirmed = $0.event { return true } else { return false } }
            XCTAssertEqual(warned, n > 8, "a warning is confirmed exactly when the expectation fails")
            if warned { confirmed += 1 }
            if case .value(let value)? = session.answers["aides"] {
                Self.assertValid(value, for: result.survey.question("aides")!, key: "aides")
            }
        }
        XCTAssertLessThan(confirmed, 30)
    }

    static func items(of question: Question) -> [Item?] {
        switch question.kind {
        case .likert(_, let items, let retrospective):
            let base: [Item?] = items.isEmpty ? [nil] : items
            return retrospective == nil ? base : base.flatMap { [$0, $0] }
        case .grid(_, let rows): return rows
        default: return [nil]
        }
    }

    static func assertValid(_ value: AnswerValue, for question: Question, key: String) {
        switch (question.kind, value) {
        case (.likert(let scale, _, _), .scalePoint(let point)):
            XCTAssertTrue((1...scale.points).contains(point), "\(key) = \(point)")
        case (.single(let options), .choice(let code, _)), (.grid(let options, _), .choice(let code, _)):
            XCTAssertTrue(options.contains { $0.code == code }, "\(key) = \(code)")
        case (.yesNo, .choice(let code, _)):
            XCTAssertTrue(["oui", "non"].contains(code))
        case (.multiple(let options, let minimum, let maximum), .choices(let codes, _)):
            XCTAssertGreaterThanOrEqual(codes.count, max(1, minimum ?? 1), key)
            XCTAssertLessThanOrEqual(codes.count, maximum ?? options.count, key)
            XCTAssertEqual(Set(codes).count, codes.count)
            for code in codes { XCTAssertTrue(options.contains { $0.code == code }, "\(key) = \(code)") }
            if codes.contains(where: { code in options.contains { $0.code == code && $0.isExclusive } }) {
                XCTAssertEqual(codes.count, 1, "\(key): an exclusive option stands alone")
            }
        case (.number(let format), .number(let number)):
            XCTAssertTrue(format.accepts(number), "\(key) = \(number)")
        case (.text(let maximum), .text(let text)):
            XCTAssertLessThanOrEqual(text.count, maximum ?? .max)
        default:
            XCTFail("\(key): \(value) does not fit a \(question.kind.keyword) question")
        }
    }
}
