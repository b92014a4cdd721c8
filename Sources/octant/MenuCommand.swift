import Foundation
import Questionnaire
import Runner
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// `octant` alone on a terminal: a small numbered menu for people who do not use command lines.
enum MenuCommand {
    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    static func run(_ l: Language) -> Int32 {
        while true {
            Console.out("""

            Octant
              1  \(MenuText.administer.text(l))
              2  \(MenuText.resume.text(l))
              3  \(MenuText.check.text(l))
              4  \(MenuText.results.text(l))
              q  \(MenuText.quit.text(l))
            """)
            guard let choice = ask(MenuText.yourChoice.text(l)) else { return 0 }
            switch choice.lowercased() {
            case "1":
                guard let path = chooseQuestionnaire(l) else { continue }
                Console.out(MenuText.whoTypes.text(l))
                guard let who = ask(MenuText.yourChoiceDefaultFirst.text(l)) else { return 0 }
                perform(["run", path, "--mode", who == "2" ? "self" : "interviewer"], l)
            case "2": perform(["run", "--resume"], l)
            case "3":
                guard let path = chooseQuestionnaire(l) else { continue }
                perform(["check", path], l)
            case "4":
                Console.out(MenuText.resultsUnavailable.text(l))
            case "q", "quitter", "quit": return 0
            default:
                Console.out(MenuText.typeMenuChoice.text(l))
            }
        }
    }

    static func ask(_ prompt: String) -> String? {
        FileHandle.standardOutput.write(Data(prompt.utf8))
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }

    static func perform(_ raw: [String], _ l: Language) {
        let status = runOctant(raw)
        if status != 0, status != 130 {
            Console.out(MenuText.endedWithStatus(status).text(l))
        }
        _ = ask(MenuText.enterToReturn.text(l))
    }

    /// Lists `Questionnaires/*.survey` of the current folder with their titles and returns the chosen path.
    static func chooseQuestionnaire(_ l: Language) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: "Questionnaires")) ?? [])
            .filter { $0.hasSuffix(".survey") }.sorted()
        guard !names.isEmpty else {
            Console.out(MenuText.noQuestionnaire(folder: FileManager.default.currentDirectoryPath).text(l))
            return nil
        }
        for (offset, name) in names.enumerated() {
            let path = "Questionnaires/\(name)"
            let survey = (try? QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path)))?.1.survey
            let shown = survey.flatMap { s in s.metadata.title.map { TerminalText.printable($0.text(in: l.rawValue, mainLanguage: s.language)) } } ?? ""
            Console.out("  \(offset + 1)  \(name)" + (shown.isEmpty ? "" : " — \(shown)"))
        }
        while true {
            guard let line = ask(MenuText.questionnaireNumber.text(l)),
                  !line.isEmpty else { return nil }
            if let number = Int(line), names.indices.contains(number - 1) { return "Questionnaires/\(names[number - 1])" }
            Console.out(MenuText.typeNumber(upTo: names.count).text(l))
        }
    }
}
