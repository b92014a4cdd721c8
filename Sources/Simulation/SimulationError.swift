import Foundation
import Responses
import Support

/// Why a simulation could not run.
public enum SimulationError: Error, Hashable, Sendable, CustomStringConvertible {
    case journal(JournalError)
    /// The CSV written instead of a journal (`writeCSV`), or one of its companions, could not be written.
    case export(DatasetExport.ExportError)
    /// The synthetic journal's file already holds events: synthetic data is never appended to an existing journal.
    case journalNotEmpty(path: String)
    case noRespondents
    /// `--wave` names a wave the questionnaire does not declare.
    case unknownWave(String, declared: [String])
    /// Group sizes were asked to follow the targets but the question is absent or has no such option.
    case unknownGroup(question: String, group: String)
    /// `--waves` (a panel) asked for something impossible.
    case invalidPanel(PanelProblem)

    public func message(_ language: Language) -> String { localized[language] }

    public var localized: Localized {
        let message: SimulationMessage
        switch self {
        case .journal(let error): message = .journalFailed(error)
        case .export(let error): message = .exportFailed(error)
        case .journalNotEmpty(let path): message = .journalNotEmpty(path: path)
        case .noRespondents: message = .noRespondents
        case .unknownWave(let wave, let declared): message = .unknownWave(wave, declared: declared)
        case .unknownGroup(let question, let group): message = .unknownGroup(question: question, group: group)
        case .invalidPanel(let problem): message = .invalidPanel(problem)
        }
        return message.localized
    }

    public var description: String { localized.en }
}

/// What makes a panel design impossible.
public enum PanelProblem: Hashable, Sendable, CaseIterable {
    /// Fewer than two waves, or one named twice.
    case fewerThanTwoWaves
    /// Linking waves needs the participant code.
    case noParticipantCode
    /// Attrition or code errors outside 0...1, or an effect that is not a finite number.
    case sharesOutOfRange
}
