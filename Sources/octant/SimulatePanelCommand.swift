import Foundation
import Questionnaire
import Responses
import Simulation
import Support

/// `octant simulate Q --respondents N --waves avant,apres [--effect E] [--attrition A] [--code-errors C] [--data DIR]`:
/// the same synthetic people at several waves, to rehearse a before/after evaluation (`octant link`, `report --change`).
enum SimulatePanelCommand {
    /// The options that only mean something with `--waves`.
    static let panelOnly: [OptionName] = [.effect, .attrition, .codeErrors]

    static func design(_ arguments: Arguments) throws -> PanelDesign? {
        guard let text = arguments.value(.waves) else {
            if let stray = panelOnly.first(where: arguments.has) {
                throw UsageError(.panelOptionWithoutWaves(stray.typed), command: .simulate)
            }
            return nil
        }
        guard !arguments.has(.wave), !arguments.has(.to), !arguments.has(.targets) else {
            throw UsageError(.wavesExcludeOthers, command: .simulate)
        }
        func share(_ name: OptionName, default value: Double) throws -> Double {
            guard let text = arguments.value(name) else { return value }
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), (0...1).contains(number) else {
                throw UsageError(.shareOutOfRange(name.typed), command: .simulate)
            }
            return number
        }
        var effect = 0.5
        if let text = arguments.value(.effect) {
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite, abs(number) <= 7 else {
                throw UsageError(.effectOutOfRange, command: .simulate)
            }
            effect = number
        }
        return PanelDesign(waves: text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
                           effect: effect, attrition: try share(.attrition, default: 0.2), codeErrors: try share(.codeErrors, default: 0.02))
    }

    static func run(_ panel: PanelDesign, simulator: SurveySimulator, data: URL, language: Language) -> Int32 {
        let writer: SimulatedJournalWriter
        do throws(SimulationError) {
            writer = try simulator.writePanel(panel, to: data)
        } catch {
            Console.error(CommandText.cannotSimulate(error.message(language)).text(language))
            return 1
        }
        let effect = String(format: "%+.2f", panel.effect), attrition = Int((panel.attrition * 100).rounded())
        Console.out(CommandText.simulatedPanel(sessions: writer.sessionCount, people: simulator.options.respondents, waves: panel.waves,
                                               effect: effect, attritionPercent: attrition, path: writer.fileURL.path, data: data.path).text(language))
        return 0
    }
}
