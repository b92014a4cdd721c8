import Foundation
import Questionnaire
import Responses
import Support

/// `octant link QUESTIONNAIRE --data DIR [--json]`: who was seen in which wave, by the anonymous participant code.
/// Prints counts and session ids (random, not identifying), never a code.
enum LinkCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        try arguments.allow(["data", "json"])
        guard arguments.operands.count == 1, let path = arguments.operands.first, let dataPath = arguments.value("data") else {
            throw Arguments.UsageError { l in l.pick(fr: "utilisation : octant link QUESTIONNAIRE --data DOSSIER",
                                                     en: "usage: octant link QUESTIONNAIRE --data DIR") }
        }
        guard let (survey, l) = try QuestionnaireFile.load(path, arguments) else { return 1 }
        guard survey.participantCode != nil, !survey.waves.isEmpty else {
            throw Arguments.UsageError { l in l.pick(fr: "le questionnaire doit déclarer des vagues (« waves ») et un code participant (« code »)",
                                                     en: "the questionnaire must declare waves ('waves') and a participant code ('code')") }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Arguments.UsageError { l in l.pick(fr: "--data attend le dossier des journaux (les codes ne sont jamais exportés en CSV)",
                                                     en: "--data takes the journals' directory (codes are never exported to CSV)") }
        }
        let dataset: Dataset
        do {
            dataset = try DataLoading.load(dataPath, codebook: Codebook(survey), language: l)
        } catch let error as DatasetError {
            Console.error(error.message(l))
            return 1
        }
        let report = ParticipantLinker(survey: survey).link(dataset).report
        if arguments.flags.contains("json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            Console.out(render(report, survey: survey, l))
        }
        return 0
    }

    static func render(_ report: LinkReport, survey: Survey, _ l: Language) -> String {
        var lines: [String] = []
        lines.append(l.pick(fr: "Sessions par vague (reliées = la même personne vue dans une autre vague) :",
                            en: "Sessions per wave (linked = the same person seen in another wave):"))
        for wave in report.waves {
            let label = survey.waves.first { $0.id == wave.wave }?.label.text(in: l.rawValue, mainLanguage: survey.language) ?? wave.wave
            lines.append(l.pick(fr: "  \(wave.wave) (\(label)) : \(wave.sessions) sessions, \(wave.withCode) avec un code, \(wave.linked) reliées, \(wave.unlinked) non reliées",
                                en: "  \(wave.wave) (\(label)): \(wave.sessions) sessions, \(wave.withCode) with a code, \(wave.linked) linked, \(wave.unlinked) unlinked"))
        }
        lines.append(l.pick(fr: "Personnes vues dans au moins deux vagues : \(report.linkedPeople) (liens par code identique : \(report.exactLinks) ; codes à un élément près, confirmés : \(report.nearMatchCount))",
                            en: "People seen in at least two waves: \(report.linkedPeople) (links by identical code: \(report.exactLinks); codes one element apart, confirmed: \(report.nearMatchCount))"))
        for near in report.nearMatchesAccepted {
            lines.append(l.pick(fr: "  relié malgré l'élément « \(near.element) » différent : sessions \(near.sessions.joined(separator: ", "))",
                                en: "  linked despite a different '\(near.element)' element: sessions \(near.sessions.joined(separator: ", "))"))
        }
        if report.nearMatchesUnconfirmed > 0 {
            lines.append(l.pick(fr: "Codes à un élément près NON reliés (réponses de confirmation absentes ou différentes, ou pas de « confirm: ») : \(report.nearMatchesUnconfirmed)",
                                en: "Codes one element apart NOT linked (confirming answers missing or different, or no 'confirm:'): \(report.nearMatchesUnconfirmed)"))
        }
        for sessions in report.ambiguous {
            lines.append(l.pick(fr: "Ambigu (plusieurs codes proches, rien n'est deviné) : sessions \(sessions.joined(separator: ", "))",
                                en: "Ambiguous (several close codes, nothing is guessed): sessions \(sessions.joined(separator: ", "))"))
        }
        for sessions in report.duplicates {
            lines.append(l.pick(fr: "Code en double dans une même vague (deux personnes, ou deux passations) : sessions \(sessions.joined(separator: ", "))",
                                en: "Code used twice in one wave (two people, or interviewed twice): sessions \(sessions.joined(separator: ", "))"))
        }
        if report.sessionsWithoutCode > 0 {
            lines.append(l.pick(fr: "Sessions sans code : \(report.sessionsWithoutCode)", en: "Sessions without a code: \(report.sessionsWithoutCode)"))
        }
        if report.malformedCodes > 0 {
            lines.append(l.pick(fr: "Codes d'une autre forme (autre version du questionnaire ?) : \(report.malformedCodes)",
                                en: "Codes of another shape (another version of the questionnaire?): \(report.malformedCodes)"))
        }
        if report.sessionsOutsideWaves > 0 {
            lines.append(l.pick(fr: "Sessions sans vague déclarée : \(report.sessionsOutsideWaves)",
                                en: "Sessions without a declared wave: \(report.sessionsOutsideWaves)"))
        }
        lines.append(l.pick(fr: "La perte de personnes entre les vagues peut changer les conclusions : `octant report --change` compare au départ les personnes reliées et les autres.",
                            en: "Losing people between waves can change the conclusions: `octant report --change` compares linked and unlinked people at baseline."))
        return lines.joined(separator: "\n")
    }
}
