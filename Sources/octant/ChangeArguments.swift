import Analysis
import Foundation
import Questionnaire
import Responses

/// `--change FROM:TO` (e.g. `avant:apres`, `T0:T1`): two declared waves, and the people linked across them.
enum ChangeArguments {
    static func waves(_ text: String, survey: Survey) throws -> (from: String, to: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let declared = survey.waves.map(\.id)
        guard !declared.isEmpty else {
            throw UsageError(.noWavesDeclared, command: .report)
        }
        guard parts.count == 2, parts[0] != parts[1], declared.contains(parts[0]), declared.contains(parts[1]) else {
            throw UsageError(.changeNeedsTwoWaves(declared: declared), command: .report)
        }
        return (parts[0], parts[1])
    }

    static func design(_ text: String, survey: Survey, dataset: Dataset, dataPath: String) throws -> ChangeDesign {
        let (from, to) = try waves(text, survey: survey)
        guard survey.participantCode != nil else {
            throw UsageError(.changeNeedsParticipantCode, command: .report)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dataPath, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UsageError(.changeNeedsJournals, command: .report)
        }
        return ChangeDesign(from: from, to: to, links: ParticipantLinker(survey: survey).link(dataset), dataset: dataset)
    }
}
