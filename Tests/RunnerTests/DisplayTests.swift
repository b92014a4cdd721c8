import Questionnaire
import Responses
import XCTest
@testable import Runner

final class DisplayTests: XCTestCase {
    func testKeysAreDecodedFromTerminalBytes() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(Array("1\u{1B}[D\u{1B}OC\r\n\u{7F}\u{03}".utf8)),
                       [.character("1"), .left, .right, .enter, .backspace, .interrupt])
        XCTAssertEqual(decoder.feed([0xC3]), [], "half of é waits for its second byte")
        XCTAssertEqual(decoder.feed([0xA9, 0x1B]), [.character("é"), .ignored])
        XCTAssertEqual(decoder.feed(Array("\u{1B}[3~x".utf8)), [.ignored, .character("x")])
    }

    func testLikertScreensShowTheWholeScaleAndSelfModeHidesNotes() {
        let interview = InterviewFixture.interview()
        let renderer = ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings)
        var atLikert = interview
        atLikert.type("1", "s", "s")
        let likert = renderer.lines(for: atLikert.screen).map(\.text)
        XCTAssertTrue(likert.contains("  1 Pas du tout d'accord   2   3   4   5   6   7   8 Tout à fait d'accord"), "\(likert)")
        let first = renderer.lines(for: interview.screen).map(\.text)
        XCTAssertTrue(first.contains("Note pour l'enquêteur : Note A"), "\(first)")
        XCTAssertTrue(first.contains("Introduction A"))
        XCTAssertTrue(first.contains("Question 1 sur 10"))
        var selfRenderer = renderer
        selfRenderer.settings.mode = .selfAdministered
        XCTAssertFalse(selfRenderer.lines(for: interview.screen).map(\.text).contains { $0.contains("Note A") })
    }

    func testEasyModeShowsTheEasyToReadTexts() {
        let text = """
        survey f version 1 language fr
        likert aise "En matière numérique, je me sens à l'aise"
          falc: "Je sais utiliser le numérique"
        """
        let survey = QuestionnaireParser.parse(text: text).survey
        let plan = InterviewPlan(survey: survey, seed: 1)
        let interview = Interview(survey: survey, plan: plan, settings: InterviewSettings(language: "fr", easy: true))
        let easy = ScreenRenderer(survey: survey, plan: plan, settings: interview.settings).lines(for: interview.screen).map(\.text)
        XCTAssertTrue(easy.contains("Je sais utiliser le numérique"), "\(easy)")
        let usual = ScreenRenderer(survey: survey, plan: plan, settings: InterviewSettings(language: "fr"))
            .lines(for: interview.screen).map(\.text)
        XCTAssertTrue(usual.contains("En matière numérique, je me sens à l'aise"), "\(usual)")
    }

    func testControlSequencesFromAnswersAreNeutralised() {
        let interview = InterviewFixture.interview()
        let renderer = ScreenRenderer(survey: interview.survey, plan: interview.plan, settings: interview.settings)
        let step = interview.plan.steps[interview.plan.index(of: "avis")!]
        XCTAssertEqual(renderer.describe(.value(.text("a\u{1B}[2Jb")), step: step), "a\u{FFFD}[2Jb")
    }

    func testLongLinesWrapKeepingTheirIndentation() {
        XCTAssertEqual(ScreenText.wrap("  un deux trois quatre cinq six", width: 14), ["  un deux", "  trois quatre", "  cinq six"])
    }

    /// The driver writes every answer to the journal before the next screen: a display that checks the journal at
    /// each screen sees each earlier answer already there.
    func testTheDriverWritesEachAnswerBeforeShowingTheNextScreen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let device = try DataDirectory.prepare(directory).deviceID
        XCTAssertEqual(try DataDirectory.prepare(directory).deviceID, device, "the device id is created once")
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: device)
        let interview = InterviewFixture.interview()
        let survey = interview.survey
        let identity = QuestionnaireIdentity(id: survey.id, version: survey.version, sourceText: survey.source)
        var driver = InterviewDriver(interview: interview, journal: journal, sessionID: .random(), questionnaire: identity,
                                     alreadyStarted: false)
        var display = ScriptedDisplay(lines: ["1", "45", "s", "1", "2", "3", "4", "1", "150", "o", "1", "bien", "5", "6", ""],
                                      journal: journal, session: driver.sessionID)
        XCTAssertEqual(driver.run(on: &display), .completed)
        let state = journal.sessions[driver.sessionID]!
        XCTAssertEqual(state.status, .completed)
        XCTAssertEqual(state.answers["visites"], .value(.number(150)))
        XCTAssertEqual(state.confirmedWarnings["visites"]?.count, 1)
        XCTAssertEqual(state.answers["retro.x.now"], .value(.scalePoint(6)))
        XCTAssertEqual(display.answeredCounts, display.answeredCounts.sorted())
        XCTAssertTrue(display.finalLines.contains { $0.contains("Merci") })
    }
}

/// Types scripted lines and records, at each screen, how many answers the journal already holds.
struct ScriptedDisplay: InterviewDisplay {
    var lines: [String]
    let journal: AnswerJournal
    let session: SessionID
    var answeredCounts: [Int] = []
    var finalLines: [String] = []
    var size: TerminalSize? { nil }

    init(lines: [String], journal: AnswerJournal, session: SessionID) {
        self.lines = lines
        self.journal = journal
        self.session = session
    }

    mutating func show(_ lines: [ScreenLine], screen: InterviewScreen) {
        answeredCounts.append(journal.sessions[session]?.answers.count ?? 0)
    }

    mutating func read(_ entry: EntryKind) -> DisplayInput {
        lines.isEmpty ? .endOfInput : .input(.line(lines.removeFirst()))
    }

    mutating func finish(_ lines: [ScreenLine]) { finalLines = lines.map(\.text) }
}
