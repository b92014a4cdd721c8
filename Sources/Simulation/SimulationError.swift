import Foundation
import Responses

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
    case invalidPanel(String)

    public var description: String {
        switch self {
        case .journal(let error): return "\(error)"
        case .export(let error): return error.message(.en)
        case .journalNotEmpty(let path): return "\(path) already holds a journal"
        case .noRespondents: return "the number of respondents must be at least 1"
        case .unknownWave(let wave, let declared): return "unknown wave \(wave) (declared: \(declared.joined(separator: ", ")))"
        case .unknownGroup(let question, let group): return "\(question) has no option \(group)"
        case .invalidPanel(let reason): return "invalid panel: \(reason)"
        }
    }
}
