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
              1  \(l.pick(fr: "Faire passer un questionnaire", en: "Administer a questionnaire"))
              2  \(l.pick(fr: "Reprendre un entretien interrompu", en: "Resume an interrupted interview"))
              3  \(l.pick(fr: "Vérifier un questionnaire", en: "Check a questionnaire"))
              4  \(l.pick(fr: "Voir les résultats", en: "See the results"))
              q  \(l.pick(fr: "Quitter", en: "Quit"))
            """)
            guard let choice = ask(l.pick(fr: "Votre choix : ", en: "Your choice: ")) else { return 0 }
            switch choice.lowercased() {
            case "1":
                guard let path = chooseQuestionnaire(l) else { continue }
                Console.out(l.pick(fr: "Qui tape les réponses ?\n  1  l'enquêteur ou le médiateur\n  2  la personne elle-même",
                                   en: "Who types the answers?\n  1  the interviewer or mediator\n  2  the respondent"))
                guard let who = ask(l.pick(fr: "Votre choix (Entrée : 1) : ", en: "Your choice (Enter: 1): ")) else { return 0 }
                perform(["run", path, "--mode", who == "2" ? "self" : "interviewer"], l)
            case "2": perform(["run", "--resume"], l)
            case "3":
                guard let path = chooseQuestionnaire(l) else { continue }
                perform(["check", path], l)
            case "4":
                Console.out(l.pick(fr: "Les résultats ne sont pas encore disponibles dans cette version d'Octant.",
                                   en: "Results are not available yet in this version of Octant."))
            case "q", "quitter", "quit": return 0
            default:
                Console.out(l.pick(fr: "Tapez 1, 2, 3, 4 ou q.", en: "Type 1, 2, 3, 4 or q."))
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
            Console.out(l.pick(fr: "(terminé avec le code \(status))", en: "(ended with status \(status))"))
        }
        _ = ask(l.pick(fr: "Entrée pour revenir au menu… ", en: "Enter to return to the menu… "))
    }

    /// Lists `Questionnaires/*.survey` of the current folder with their titles and returns the chosen path.
    static func chooseQuestionnaire(_ l: Language) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: "Questionnaires")) ?? [])
            .filter { $0.hasSuffix(".survey") }.sorted()
        guard !names.isEmpty else {
            Console.out(l.pick(fr: "Aucun questionnaire dans le dossier Questionnaires/ d'ici (\(FileManager.default.currentDirectoryPath)).",
                               en: "No questionnaire in the Questionnaires/ folder here (\(FileManager.default.currentDirectoryPath))."))
            return nil
        }
        for (offset, name) in names.enumerated() {
            let path = "Questionnaires/\(name)"
            let survey = (try? QuestionnaireParser.parse(contentsOf: URL(fileURLWithPath: path)))?.1.survey
            let shown = survey.flatMap { s in s.metadata.title.map { TerminalText.printable($0.text(in: l.rawValue, mainLanguage: s.language)) } } ?? ""
            Console.out("  \(offset + 1)  \(name)" + (shown.isEmpty ? "" : " — \(shown)"))
        }
        while true {
            guard let line = ask(l.pick(fr: "Numéro du questionnaire (Entrée : retour) : ", en: "Questionnaire number (Enter: back): ")),
                  !line.isEmpty else { return nil }
            if let number = Int(line), names.indices.contains(number - 1) { return "Questionnaires/\(names[number - 1])" }
            Console.out(l.pick(fr: "Tapez un numéro de 1 à \(names.count).", en: "Type a number from 1 to \(names.count)."))
        }
    }
}
