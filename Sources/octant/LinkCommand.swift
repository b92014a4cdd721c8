import Foundation
import Questionnaire
import Responses
import Support

/// `octant link QUESTIONNAIRE --data DIR [--json]`: who was seen in which wave, by the anonymous participant code.
/// Prints counts and session ids (random, not identifying), never a code.
enum LinkCommand {
    static func run(_ arguments: Arguments) throws -> Int32 {
        let path = arguments.operands[0], dataPath = arguments.value(.data) ?? ""
        guard let (survey, l) = try QuestionnaireFile.load(path, arguments) else { return 1 }
        guard survey.participantCode != nil, !survey.waves.isEmpty else {
            throw UsageError(.linkNeedsWavesAndCode, command: .link)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(.linkNeedsJournals, command: .link)
        }
        let dataset: Dataset
        do {
            dataset = try DataLoading.load(dataPath, codebook: Codebook(survey), language: l)
        } catch let error as DatasetError {
            DataLoading.printFailure(error, data: [dataPath], language: l)
            return 1
        }
        let report = ParticipantLinker(survey: survey).link(dataset).report
        if arguments.has(.json) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            Console.out(render(report, survey: survey, l))
        }
        return 0
    }

    static func render(_ report: LinkReport, survey: Survey, _ l: Language) -> String {
        var lines: [LinkText] = [.heading]
        for wave in report.waves {
            let label = survey.waves.first { $0.id == wave.wave }?.label.text(in: l.rawValue, mainLanguage: survey.language) ?? wave.wave
            lines.append(.wave(id: wave.wave, label: label, sessions: wave.sessions, withCode: wave.withCode,
                               linked: wave.linked, unlinked: wave.unlinked))
        }
        lines.append(.people(linked: report.linkedPeople, exact: report.exactLinks, near: report.nearMatchCount))
        lines += report.nearMatchesAccepted.map { LinkText.nearAccepted(element: $0.element, sessions: $0.sessions) }
        if report.nearMatchesUnconfirmed > 0 { lines.append(.nearUnconfirmed(report.nearMatchesUnconfirmed)) }
        lines += report.ambiguous.map(LinkText.ambiguous) + report.duplicates.map(LinkText.duplicate)
        if report.sessionsWithoutCode > 0 { lines.append(.withoutCode(report.sessionsWithoutCode)) }
        if report.malformedCodes > 0 { lines.append(.malformed(report.malformedCodes)) }
        if report.sessionsOutsideWaves > 0 { lines.append(.outsideWaves(report.sessionsOutsideWaves)) }
        lines.append(.attritionMatters)
        return lines.map { $0.text(l) }.joined(separator: "\n")
    }
}
