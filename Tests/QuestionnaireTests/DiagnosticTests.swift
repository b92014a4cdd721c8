import XCTest
@testable import Questionnaire

/// One case per kind of problem: the file, and exactly the diagnostics expected (severity, line, column, message).
final class DiagnosticTests: XCTestCase {
    struct Case {
        var name: String
        var source: String
        var expected: [String]
        var line: UInt
    }

    static let header = "survey s version 1 language fr\n"

    func check(_ name: String, _ body: String, _ expected: [String], withHeader: Bool = true, line: UInt = #line) {
        let text = (withHeader ? Self.header : "") + body
        let result = QuestionnaireParser.parse(text: text, name: "t.survey")
        let got = result.diagnostics.map { d in
            "\(d.severity == .error ? "E" : "W") \(d.location.line):\(d.location.column) \(d.message(.en))"
        }
        XCTAssertEqual(got, expected, name, line: line)
        for diagnostic in result.diagnostics {
            XCTAssertFalse(diagnostic.message(.fr).isEmpty)
            XCTAssertNotEqual(diagnostic.message(.fr), diagnostic.message(.en), "\(name): the French message must be French")
        }
    }

    func testReadingProblems() {
        check("unterminated string", "yesno a \"Oui ?\nyesno b \"B\"\n", ["E 2:9 unterminated string"])
        check("unexpected character", "yesno a \"A\" ; \n", ["E 2:13 unexpected character ';'"])
        check("accented id", "yesno après \"A\"\n", ["E 2:7 identifier 'après' contains accented or special letters"])
        check("typographic quotes", "yesno a “A”\n", ["E 2:9 expected a quoted text (text), found '“'"])
        check("mixed indentation", "single a \"A\"\n\to \"O\"\n    p \"P\"\n",
              ["W 3:1 the file mixes tabs and spaces for indentation"])
        check("inconsistent indentation", "section s \"S\"\n    yesno a \"A\"\n  yesno b \"B\"\n",
              ["E 4:1 this indentation matches no enclosing level"])
        let deep = (0..<70).map { String(repeating: " ", count: $0 + 1) + "section s\($0) \"S\"" }.joined(separator: "\n")
        let result = QuestionnaireParser.parse(text: Self.header + deep)
        XCTAssertTrue(result.diagnostics.contains { $0.problem == .tooDeeplyNested(limit: Outline.maximumDepth) })
        let long = "yesno a \"" + String(repeating: "x", count: Lexer.maximumLineLength + 10) + "\"\n"
        XCTAssertTrue(QuestionnaireParser.parse(text: Self.header + long).diagnostics.contains {
            $0.problem == .lineTooLong(limit: Lexer.maximumLineLength)
        })
        let binary = SourceFile(name: "b", data: Data(Self.header.utf8) + Data([0xFF, 0xFE, 0x00, 0x41, 0x0A]))
        XCTAssertEqual(QuestionnaireParser.parse(binary).diagnostics.first?.problem, .invalidEncoding)
        XCTAssertEqual(QuestionnaireParser.parse(binary).diagnostics.first?.location.line, 2)
    }

    func testShapeProblems() {
        check("missing header", "yesno a \"A\"\n", ["E 1:1 the file must start with 'survey <id> version <n> language <lang>'"], withHeader: false)
        check("empty file", "", ["E 1:1 the file must start with 'survey <id> version <n> language <lang>'"], withHeader: false)
        check("missing version", "survey s language fr\n", ["E 1:21 expected 'version' at end of line"], withHeader: false)
        check("bad language", "survey s version 1 language french\n",
              ["E 1:29 'french' is not a language code (two letters, such as fr or en)"], withHeader: false)
        check("duplicate header", "survey t version 1 language fr\n", ["E 2:1 second 'survey' header (the first is on line 1)"])
        check("unknown declaration", "singel a \"A\"\n  o \"O\"\n", ["E 2:1 'singel' is not a keyword of the language"])
        check("unknown modifier", "yesno a \"A\" requird\n", ["E 2:13 'requird' is not a modifier allowed here"])
        check("unknown property", "titel: \"T\"\n", ["E 2:1 unknown property 'titel:'"])
        check("not allowed here", "yesno a \"A\"\n  o \"O\"\n", ["E 3:3 'o' is not allowed in yesno a"])
        check("missing text", "yesno a\n", ["E 2:8 expected a quoted text (question text) at end of line"])
        check("missing id", "yesno \"A\"\n", ["E 2:7 expected an identifier (question name), found '\"A\"'"])
        check("unexpected token", "analysis\n  by g letters extra\nsingle g \"G\"\n  a \"A\"\n  b \"B\"\n",
              ["E 3:16 unexpected 'extra' on this line"])
        check("duplicate modifier", "yesno a \"A\" required required\n", ["W 2:22 'required' is repeated"])
        check("duplicate property", "title: \"T\"\ntitle: \"U\"\n", ["E 3:1 'title:' is already given on line 2"])
        check("bad number in condition", "number n \"N\"\nyesno a \"A\" when n = 1.2.3\n", ["E 3:25 unexpected '.' on this line"])
    }

    func testMeaningProblems() {
        check("option values", "single g \"G\"\n  h \"H\" value 1\n  f \"F\" value 1\n  a \"A\"\n",
              ["E 4:3 value 1 is already taken on line 3", "E 5:3 option 'a' has no 'value' while other options of its list have one"])
        check("missing codes", "escape nsp \"NSP\" value 97\nescape nc \"NC\" value 97\nescape rf \"Refus\" value 3\n"
              + "single g \"G\" escape rf\n  h \"H\"\n  f \"F\"\n  a \"A\"\nnumber n \"N\" 0..500 escape nsp\n",
              ["E 2:8 code 97 of 'nsp' is also an answer of question 'n'", "E 3:8 value 97 is already taken on line 2",
               "E 4:8 code 3 of 'rf' is also an answer of question 'g'"])
        check("escape key kept by the interview", "escape nsp \"Je ne sais pas\" key s\nescape nc \"Non concerné\" key P\n",
              ["E 2:8 key 's' is an interview command", "E 3:8 key 'p' is an interview command"])
        let assigned = QuestionnaireParser.parse(text: Self.header + "escape sp \"Sans précision\"\n", name: "t.survey").survey
        XCTAssertEqual(assigned.escapes.first?.key, "a", "an automatic key never takes the skip key s (nor p)")
        check("duplicate id", "yesno a \"A\"\nyesno a \"B\"\n", ["E 3:7 identifier 'a' is already used on line 2"])
        check("question named like a row column", "number status \"Statut\"\nyesno device \"D\"\nsection wave \"Vague\"\n  yesno a \"A\"\n",
              ["E 2:8 'status' names a column every data file already holds (session, wave, status, device, started)",
               "E 3:7 'device' names a column every data file already holds (session, wave, status, device, started)"])
        check("score named like a row column", "likert l \"L\"\n  x \"X\"\nscore started \"S\" mean l\n",
              ["E 4:7 'started' names a column every data file already holds (session, wave, status, device, started)"])
        check("duplicate item", "likert l \"L\"\n  x \"X\"\n  x \"Y\"\n", ["E 4:3 identifier 'l.x' is already used on line 3"])
        check("duplicate option", "single a \"A\"\n  o \"O\"\n  o \"P\"\n", ["W 2:8 question 'a' has only one option", "E 4:3 identifier 'o' is already used on line 3"])
        check("unknown reference", "yesno visite \"V\"\nnumber n \"N\" when visit = oui\n",
              ["E 3:19 no question is named 'visit'"])
        check("forward reference", "yesno a \"A\" when b = oui\nyesno b \"B\"\n",
              ["E 2:18 'b' is asked later (line 3): a condition may only refer to an earlier question"])
        check("self reference", "yesno a \"A\" when a = oui\n", ["E 2:18 the condition of 'a' refers to the question itself"])
        check("unknown option", "yesno a \"A\"\nyesno b \"B\" when a = ouii\n", ["E 3:22 question 'a' has no option 'ouii'"])
        check("unknown scale", "likert l \"L\" scale acord\n", ["E 2:20 unknown scale 'acord'"])
        check("unknown escape", "escape nsp \"NSP\"\nlikert l \"L\" escape nps\n", ["E 3:21 unknown escape answer 'nps'"])
        check("unknown option set", "grid g \"G\" options rep\n  r \"R\"\n", ["E 2:20 unknown option set 'rep'"])
        check("scale size", "scale s1 12\n", ["E 2:10 a scale has 2 to 11 points, not 12"])
        check("odd scale", "scale s5 5\n", ["W 2:10 odd 5-point scale: its middle point is neutral"])
        check("point out of range", "scale s4 4\n  5 \"Cinq\"\n", ["E 3:3 point 5 does not exist on a 1 to 4 scale"])
        check("no options", "single a \"A\"\n", ["E 2:8 question 'a' has no options"])
        check("single option", "single a \"A\"\n  o \"O\"\n", ["W 2:8 question 'a' has only one option"])
        check("empty range", "number n \"N\" 10..1\n", ["E 2:14 empty range: the minimum exceeds the maximum"])
        check("value out of scale", "likert l \"L\"\nyesno a \"A\" when l = 9\n", ["E 3:22 9 is outside the possible answers of 'l'"])
        check("value out of range", "number n \"N\" 0..10\nyesno a \"A\" when n = 11\n", ["E 3:22 11 is outside the possible answers of 'n'"])
        check("numeric comparison on choice", "yesno a \"A\"\nyesno b \"B\" when a > 1\n",
              ["E 3:22 'a' is a choice question: it cannot be compared with < or >"])
        check("code compared with number", "number n \"N\"\nyesno b \"B\" when n = oui\n", ["E 3:22 'n' takes a number, not an option code"])
        check("answered without reference", "yesno a \"A\" when answered\n",
              ["E 2:18 'answered' and 'unanswered' follow a question id"])
        check("item needs block", "likert l \"L\"\n  x \"X\"\nyesno a \"A\" when l answered\n",
              ["E 4:18 'l': the item must be given (block.item)"])
        check("missing translation", "languages: fr en\nyesno a \"A\"\n  en: \"A\"\nyesno b \"B\"\n",
              ["W 5:9 missing 'en' translation"])
        check("undeclared language", "yesno a \"A\"\n  en: \"A\"\n  de: \"A\"\nyesno b \"B\"\n  en: \"B\"\n",
              ["W 2:9 language 'de' is not listed in 'languages:'", "W 2:9 language 'en' is not listed in 'languages:'"])
        check("grouping not a choice", "number n \"N\"\nanalysis\n  by n letters\n",
              ["E 4:6 groups come from a 'single' or 'yesno' question, not 'n'"])
        check("difference needs two groups", "single g \"G\"\n  a \"A\"\n  b \"B\"\n  c \"C\"\nanalysis\n  by g difference\n",
              ["E 7:6 'difference' compares two groups, 'g' has 3"])
        check("score mixed scales", "scale f 4\nlikert a \"A\"\n  x \"X\"\nlikert b \"B\" scale f\n  y \"Y\"\nscore s \"S\" mean a b\n",
              ["E 7:7 the items of score 's' do not all share one scale"])
        check("score needs likert", "yesno a \"A\"\nscore s \"S\" mean a\n", ["E 3:18 'a' is not a Likert item"])
        check("score minimum", "likert a \"A\"\n  x \"X\"\nscore s \"S\" mean a minimum 3\n", ["E 4:7 minimum 3 for only 1 item"])
        check("invalid threshold", "analysis\n  significant: 5\n", ["E 3:16 invalid threshold '5': a number between 0 and 1"])
        check("thresholds out of order", "analysis\n  significant: 0.2\n",
              ["E 2:1 the 'significant' threshold must be below the 'tendential' one"])
        check("unknown posthoc", "analysis\n  posthoc: tukeyy\n", ["E 3:12 unknown method 'tukeyy'"])
        check("unknown correction", "analysis\n  correction: bh\n", ["E 3:15 unknown method 'bh'"])
        check("min above max", "multiple m \"M\" min 3 max 2\n  a \"A\"\n  b \"B\"\n  c \"C\"\n",
              ["E 2:10 'min' exceeds 'max' or the number of options"])
        check("duplicate escape key", "escape a \"A\" key x\nescape b \"B\" key x\n", ["E 3:8 key 'x' is already used by another answer"])
        check("empty section", "section s \"S\"\n", ["W 2:9 section 's' holds no question"])
        check("exclusive in single", "single a \"A\"\n  o \"O\" exclusive\n  p \"P\"\n",
              ["E 3:9 'exclusive' only makes sense in a multiple choice"])
        check("invalid code element", "code c \"C\"\n  m \"M\" letters 12\n", ["E 3:3 a code element reads: id \"prompt\" letters <n> or digits <n>"])
        check("confirm unknown question", "code c \"C\"\n  m \"M\" letters 2\n  confirm: agee\nyesno age \"A\"\n",
              ["E 4:12 no question is named 'agee'"])
        check("confirm an open text", "code c \"C\"\n  m \"M\" letters 2\n  confirm: t\ntext t \"T\"\n",
              ["E 4:12 'confirm:' takes 'single', 'yesno' or 'number' questions, not 't'"])
        check("retrospective needs items", "likert l \"L\" retrospective\n", ["E 2:8 a 'retrospective' block needs items"])
        check("unit on a yes/no", "yesno a \"A\"\n  unit: \"ans\"\n", ["E 3:9 'unit:' is not allowed in yesno a"])
    }

    func testEveryProblemRendersWithCaretAndHint() {
        let text = Self.header + "section s \"S\"\n  single sexe \"Sexe\"\n    femme \"Femme\"\n    homme \"Homme\"\n  yesno v \"V\" when sexe = fame\n"
        let source = SourceFile(name: "t.survey", text: text)
        let result = QuestionnaireParser.parse(source)
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(result.diagnostics[0].rendered(in: source, language: .en), """
        t.survey:6:27: error: question 'sexe' has no option 'fame'
          yesno v "V" when sexe = fame
                                  ^
          hint: did you mean 'femme'?
        """)
        XCTAssertEqual(result.diagnostics[0].rendered(in: source, language: .fr), """
        t.survey:6:27: erreur: la question « sexe » n'a pas d'option « fame »
          yesno v "V" when sexe = fame
                                  ^
          conseil : vouliez-vous dire « femme » ?
        """)
    }

    func testAllProblemsOfAFileAreReportedInOneRun() {
        let text = Self.header + "singel a \"A\"\nyesno b \"B\" when c = oui\nlikert l \"L\" scale nope\nnumber n \"N\" 5..1\n"
        XCTAssertEqual(QuestionnaireParser.parse(text: text).errors.count, 4)
    }

    func testControlCharactersAreNotEchoedToTheTerminal() {
        let source = SourceFile(name: "t", text: Self.header + "yesno a \"\u{1B}[31mrouge\" ;\n")
        let rendered = QuestionnaireParser.parse(source).diagnostics.map { $0.rendered(in: source, language: .en) }.joined()
        XCTAssertFalse(rendered.contains("\u{1B}"))
    }
}
