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
            throw Arguments.UsageError { l in l.pick(fr: "le questionnaire ne déclare pas de vagues (« waves »)",
                                                     en: "the questionnaire declares no waves ('waves')") }
        }
        guard parts.count == 2, parts[0] != parts[1], declared.contains(parts[0]), declared.contains(parts[1]) else {
            let list = declared.joined(separator: ", ")
            throw Arguments.UsageError { l in l.pick(fr: "--change attend deux vagues différentes du questionnaire, AVANT:APRÈS (vagues : \(list))",
                                                     en: "--change takes two different waves of the questionnaire, BEFORE:AFTER (waves: \(list))") }
        }
        return (parts[0], parts[1])
    }

    static func design(_ text: String, survey: Survey, dataset: Dataset, dataPath: String) throws -> ChangeDesign {
        let (from, to) = try waves(text, survey: survey)
        guard survey.participantCode != nil else {
            throw Arguments.UsageError { l in l.pick(fr: "le questionnaire ne déclare pas de code participant (« code ») : impossible de relier les vagues",
                                                     en: "the questionnaire declares no participant code ('code'): the waves cannot be linked") }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dataPath, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Arguments.UsageError { l in l.pick(fr: "--change lit les journaux (--data DOSSIER) : les codes participants ne sont jamais exportés en CSV",
                                                     en: "--change reads the journals (--data DIR): participant codes are never exported to CSV") }
        }
        return ChangeDesign(from: from, to: to, links: ParticipantLinker(survey: survey).link(dataset), dataset: dataset)
    }
}
