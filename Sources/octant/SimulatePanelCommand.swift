import Foundation
import Questionnaire
import Responses
import Simulation
import Support

/// `octant simulate Q --respondents N --waves avant,apres [--effect E] [--attrition A] [--code-errors C] [--data DIR]`:
/// the same synthetic people at several waves, to rehearse a before/after evaluation (`octant link`, `report --change`).
enum SimulatePanelCommand {
    static let options: Set<String> = ["waves", "effect", "attrition", "code-errors"]

    static func design(_ arguments: Arguments) throws -> PanelDesign? {
        guard let text = arguments.value("waves") else {
            if let stray = options.subtracting(["waves"]).first(where: { arguments.value($0) != nil }) {
                throw Arguments.UsageError { l in l.pick(fr: "--\(stray) ne s'emploie qu'avec --waves", en: "--\(stray) only goes with --waves") }
            }
            return nil
        }
        guard arguments.value("wave") == nil, arguments.value("to") == nil, arguments.value("targets") == nil else {
            throw Arguments.UsageError { l in l.pick(fr: "--waves écrit un journal de plusieurs vagues : sans --wave, --to ni --targets",
                                                     en: "--waves writes a journal of several waves: without --wave, --to or --targets") }
        }
        func share(_ name: String, default value: Double) throws -> Double {
            guard let text = arguments.value(name) else { return value }
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), (0...1).contains(number) else {
                throw Arguments.UsageError { l in l.pick(fr: "--\(name) attend une part entre 0 et 1 (ex. 0.2)", en: "--\(name) takes a share between 0 and 1 (e.g. 0.2)") }
            }
            return number
        }
        var effect = 0.5
        if let text = arguments.value("effect") {
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite, abs(number) <= 7 else {
                throw Arguments.UsageError { l in l.pick(fr: "--effect attend un nombre de points d'échelle (ex. 0.5)", en: "--effect takes a number of scale points (e.g. 0.5)") }
            }
            effect = number
        }
        return PanelDesign(waves: text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
                           effect: effect, attrition: try share("attrition", default: 0.2), codeErrors: try share("code-errors", default: 0.02))
    }

    static func run(_ panel: PanelDesign, simulator: SurveySimulator, data: URL, language: Language) -> Int32 {
        let writer: SimulatedJournalWriter
        do throws(SimulationError) {
            writer = try simulator.writePanel(panel, to: data)
        } catch {
            Console.error(language.pick(fr: "simulation impossible : \(error.message(.fr))", en: "cannot simulate: \(error.message(.en))"))
            return 1
        }
        let effect = String(format: "%+.2f", panel.effect), attrition = Int((panel.attrition * 100).rounded())
        Console.out(language.pick(
            fr: "\(writer.sessionCount) sessions SYNTHÉTIQUES de \(simulator.options.respondents) personnes, vagues \(panel.waves.joined(separator: " → ")) (effet vrai \(effect) point par vague, \(attrition) % perdus à chaque vague), écrites dans \(writer.fileURL.path)\nSuite : octant link … --data \(data.path) ; octant report … --data \(data.path) --change \(panel.waves[0]):\(panel.waves[1])",
            en: "\(writer.sessionCount) SYNTHETIC sessions of \(simulator.options.respondents) people, waves \(panel.waves.joined(separator: " → ")) (true effect \(effect) point per wave, \(attrition)% lost at each wave), written to \(writer.fileURL.path)\nNext: octant link … --data \(data.path); octant report … --data \(data.path) --change \(panel.waves[0]):\(panel.waves[1])"))
        return 0
    }
}
