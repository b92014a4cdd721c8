import Foundation
import Questionnaire
import Responses
import XCTest

/// Shared material of the journal tests: a scratch directory and one event of every kind.
enum JournalFixtures {
    static let device = DeviceID("tab-07")!
    static let otherDevice = DeviceID("tab-12")!
    static let questionnaire = QuestionnaireIdentity(id: "inclusion-numerique", version: "2",
                                                     sourceText: "questionnaire inclusion-numerique v2\n")
    static let start = SessionStart(presentedOrder: ["q1", "q2", "q3", "q4"], seed: 18_446_744_073_709_551_557,
                                    wave: "T0", mode: .interviewer, language: "fr", mediatorEntersAnswers: true,
                                    participantCode: "P-0042")

    /// One of every event kind, with every kind of answer.
    static let everyKind: [JournalEventKind] = [
        .sessionStarted(start),
        .sessionStarted(SessionStart(presentedOrder: [], seed: 0, mode: .selfAdministered, language: "en",
                                     mediatorEntersAnswers: false, easy: true)),
        .answered(item: "q1", answer: .value(.scalePoint(6))),
        .answered(item: "q2", answer: .value(.choice("oui"))),
        .answered(item: "q2b", answer: .value(.choice("autre", other: "la médiathèque \"Jules Verne\"\n2e étage"))),
        .answered(item: "q3", answer: .value(.choices(["mail", "visio"]))),
        .answered(item: "q3b", answer: .value(.choices(["autre"], other: "démarches CAF/impots.gouv.fr"))),
        .answered(item: "q4", answer: .value(.number(Decimal(string: "12.5")!))),
        .answered(item: "q4b", answer: .value(.number(Decimal(string: "-0.001")!))),
        .answered(item: "q4c", answer: .value(.number(Decimal(string: "123456789012345678901234567890")!))),
        .answered(item: "q5", answer: .value(.text("J'ai appris à envoyer des photos 📷 à ma petite-fille"))),
        .answered(item: "q6", answer: .value(.escape("nsp"))),
        .answered(item: "q7", answer: .skipped),
        .corrected(item: "q1", answer: .value(.scalePoint(7))),
        .clearedNotAsked(item: "q3"),
        .warningConfirmed(item: "q4", warning: "valeur-inhabituelle"),
        .paused, .resumed, .completed, .abandoned,
    ]

    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("octant-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func time(_ milliseconds: Int64) -> JournalTimestamp {
        JournalTimestamp(millisecondsSinceEpoch: 1_795_000_000_000 + milliseconds)
    }

    static func bytes(of url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func permissions(of url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    /// Writes a journal with one session answering `answers` items, and returns its file and events.
    static func writeJournal(in directory: URL, answers: Int, session: SessionID = .random()) throws
        -> (url: URL, events: [JournalEvent]) {
        let journal = try AnswerJournal(dataDirectory: directory, deviceID: device)
        defer { journal.close() }
        var events: [JournalEvent] = []
        events.append(try journal.append(.sessionStarted(start), session: session, questionnaire: questionnaire, at: time(0)))
        for index in 0..<answers {
            events.append(try journal.record(.value(.scalePoint(index % 8 + 1)), item: "q\(index)", session: session,
                                             at: time(Int64(index + 1) * 1000)))
        }
        return (journal.fileURL, events)
    }
}
