import Foundation
import Responses
import Support

/// Every message the module shows to people, French and English side by side. `SimulationError` and
/// `ReportTargetsError` name the message that says them; only this file holds their words.
public enum SimulationMessage: MessageCatalogue, Hashable {
    // Why a simulation could not run.
    case journalFailed(JournalError)
    case exportFailed(DatasetExport.ExportError)
    case journalNotEmpty(path: String)
    case noRespondents
    case unknownWave(String, declared: [String])
    case unknownGroup(question: String, group: String)
    case invalidPanel(PanelProblem)
    // Why a file of published targets could not be read.
    case missingTargetColumn(String)
    case wrongFieldCount(line: Int, expected: Int, found: Int)
    case unknownStatistic(line: Int, String)
    case targetNotANumber(line: Int, String)
    case unterminatedQuote(line: Int)

    public var localized: Localized {
        switch self {
        case .journalFailed(let error):
            return error.localized
        case .exportFailed(let error):
            return error.localized
        case .journalNotEmpty(let path):
            return Localized(fr: "\(path) contient déjà un journal", en: "\(path) already holds a journal")
        case .noRespondents:
            return Localized(fr: "le nombre de répondants doit être au moins 1", en: "the number of respondents must be at least 1")
        case .unknownWave(let wave, let declared):
            let waves = declared.joined(separator: ", ")
            return Localized(fr: "vague inconnue \(wave) (déclarées : \(waves))", en: "unknown wave \(wave) (declared: \(waves))")
        case .unknownGroup(let question, let group):
            return Localized(fr: "\(question) n'a pas d'option \(group)", en: "\(question) has no option \(group)")
        case .invalidPanel(let problem):
            let reason: Localized
            switch problem {
            case .fewerThanTwoWaves:
                reason = Localized(fr: "deux vagues différentes ou plus", en: "two different waves or more")
            case .noParticipantCode:
                reason = Localized(fr: "le questionnaire ne déclare pas de code participant", en: "the questionnaire declares no participant code")
            case .sharesOutOfRange:
                reason = Localized(fr: "l'attrition et les erreurs de code sont des parts entre 0 et 1",
                                   en: "attrition and code errors are shares between 0 and 1")
            }
            return Localized(fr: "panel invalide : \(reason.fr)", en: "invalid panel: \(reason.en)")

        case .missingTargetColumn(let name):
            return Localized(fr: "colonne « \(name) » manquante", en: "missing column \"\(name)\"")
        case .wrongFieldCount(let line, let expected, let found):
            return .plural(found, fr: ("ligne \(line) : \(found) champ, \(expected) attendus", "ligne \(line) : \(found) champs, \(expected) attendus"),
                           en: ("line \(line): \(found) field, expected \(expected)", "line \(line): \(found) fields, expected \(expected)"))
        case .unknownStatistic(let line, let name):
            return Localized(fr: "ligne \(line) : statistique inconnue « \(name) »", en: "line \(line): unknown statistic \"\(name)\"")
        case .targetNotANumber(let line, let text):
            return Localized(fr: "ligne \(line) : « \(text) » n'est pas un nombre", en: "line \(line): \"\(text)\" is not a number")
        case .unterminatedQuote(let line):
            return Localized(fr: "ligne \(line) : un champ entre guillemets n'est jamais fermé", en: "line \(line): a quoted field is never closed")
        }
    }

    public static let samples: [SimulationMessage] = [
        .journalFailed(.diskFull), .exportFailed(.notCSV("s.txt")), .journalNotEmpty(path: "Responses/journal-synthetic-1.jsonl"),
        .noRespondents, .unknownWave("T9", declared: ["avant", "apres"]), .unknownGroup(question: "service", group: "mairie"),
        .missingTargetColumn("breakdown"), .wrongFieldCount(line: 4, expected: 8, found: 1), .wrongFieldCount(line: 4, expected: 8, found: 4),
        .unknownStatistic(line: 4, "median"), .targetNotANumber(line: 4, "7;2"), .unterminatedQuote(line: 9),
    ] + PanelProblem.allCases.map(Self.invalidPanel)
}
