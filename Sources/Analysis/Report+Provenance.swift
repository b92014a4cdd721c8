import Foundation
import Questionnaire
import Responses

extension Report {
    /// Where a report comes from, so that a number read in a funder's copy can be traced and produced again: the
    /// program, when, the questionnaire to the byte, the data to the session, and every option that changed the result.
    public struct Provenance: Codable, Sendable, Equatable {
        /// `octant 0.9.0`.
        public var producer: String
        /// ISO 8601, UTC; absent when the caller did not date the report (tests, reproducible builds).
        public var generatedAt: String?
        public var questionnaireID: String
        public var questionnaireVersion: String
        /// SHA-256 of the questionnaire file's text.
        public var questionnaireSHA256: String
        public var sessions: Int
        /// SHA-256 of the sessions read, in order: each one's id, status and wave (`Dataset.fingerprint`).
        public var dataFingerprint: String?
        /// Every option that shaped the report, by name, in a fixed order.
        public var options: [Option]

        public struct Option: Codable, Sendable, Equatable {
            public var name: String
            public var value: String
        }
    }
}

extension ReportBuilder {
    func provenance(settings: Report.Settings) -> Report.Provenance {
        var list: [(String, String)] = [
            ("language", options.language.rawValue), ("minimum", String(settings.minimumGroupSize)),
            ("significant", String(settings.significant)), ("tendential", String(settings.tendential)),
            ("posthoc", settings.postHoc.rawValue), ("test", settings.twoGroupTest.rawValue), ("k.groups", settings.kGroupTest.rawValue),
            ("correction", settings.correction.rawValue), ("ordinal", settings.showsRankTests ? "yes" : "no"),
            ("confidence", String(settings.confidenceLevel)),
        ]
        if let groupings = options.groupings { list.append(("by", groupings.joined(separator: ","))) }
        if let wave = options.wave { list.append(("wave", wave)) }
        if let change = options.change { list.append(("change", "\(change.from):\(change.to)")) }
        return Report.Provenance(
            producer: options.producer, generatedAt: options.generatedAt.map { JournalTimestamp($0).iso8601 },
            questionnaireID: survey.id, questionnaireVersion: survey.version, questionnaireSHA256: SHA256.hexDigest(of: survey.source),
            sessions: data.respondentCount, dataFingerprint: data.fingerprint,
            options: list.map { Report.Provenance.Option(name: $0.0, value: $0.1) })
    }
}
