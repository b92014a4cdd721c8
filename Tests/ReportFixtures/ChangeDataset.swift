import Foundation
import Analysis
import Questionnaire
import Responses
import Support

/// A small fixed two-wave dataset of the bundled impact questionnaire (`avant`, `apres`), built row by row: the
/// golden input of the before/after rendering tests.
///
/// - 19 people seen in both waves: 18 by an identical code, 1 by a code one letter apart confirmed by the age band
///   and the site. 7 had prior training (`formation = oui`), 12 had not; those without improve more.
/// - At baseline, 8 sessions not linked: a near match whose site differs (unconfirmed), two codes one element from
///   the same second-wave code (ambiguous), a code used twice in the first wave (duplicates), a session without a
///   code, two people lost. They start lower than the people seen again (attrition bias).
/// - In the second wave, 4 sessions not linked (the other sides of the above, and a newcomer).
/// - Three people with training answer "not applicable" to `droits.renonce` after: that group has 4 pairs for the
///   item, fewer than the minimum of 5, so its difference-in-differences row is suppressed.
/// - The retrospective block `retro` is answered in the second wave only.
public enum ChangeDataset {
    public static var surveyURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Questionnaires/accompagnement-impact.survey")
    }

    public static func survey() throws -> Survey {
        let (_, parsed) = try QuestionnaireParser.parse(contentsOf: surveyURL)
        precondition(!parsed.hasErrors, "\(parsed.errors)")
        return parsed.survey
    }

    public struct Session {
        public var wave: String
        public var code: String?
        /// The person's pattern of answers.
        public var index: Int
        public var site: String? = nil
        /// Starts lower than the people seen again.
        public var lost = false
    }

    public static let letters = ["BA", "BE", "BI", "BO", "CA", "CE", "CI", "CO", "DA", "DE", "DI", "DO", "FA", "FE", "FI", "FO", "GA", "GE"]
    public static let ages = ["moins25", "a25_39", "a40_59", "a60_74", "plus75"]
    public static let sites = ["esc", "france_services", "mediatheque", "association", "mairie"]

    public static var sessions: [Session] {
        var sessions: [Session] = []
        let exact = (0..<18).map { index in letters[index] + String(format: "%02d", index + 1) + String(index % 4) }
        for (index, code) in exact.enumerated() { sessions.append(Session(wave: "avant", code: code, index: index)) }
        sessions.append(Session(wave: "avant", code: "NE071", index: 18))
        sessions.append(Session(wave: "avant", code: "UN081", index: 19, site: "esc", lost: true))
        sessions.append(Session(wave: "avant", code: "PA101", index: 20, lost: true))
        sessions.append(Session(wave: "avant", code: "PA121", index: 21, lost: true))
        sessions.append(Session(wave: "avant", code: "DU051", index: 22, lost: true))
        sessions.append(Session(wave: "avant", code: "DU051", index: 23, lost: true))
        sessions.append(Session(wave: "avant", code: nil, index: 24, lost: true))
        sessions.append(Session(wave: "avant", code: "LO131", index: 25, lost: true))
        sessions.append(Session(wave: "avant", code: "LO142", index: 26, lost: true))
        for (index, code) in exact.enumerated() { sessions.append(Session(wave: "apres", code: code, index: index)) }
        sessions.append(Session(wave: "apres", code: "NI071", index: 18))
        sessions.append(Session(wave: "apres", code: "UN091", index: 19, site: "mairie"))
        sessions.append(Session(wave: "apres", code: "PA111", index: 20))
        sessions.append(Session(wave: "apres", code: "DU051", index: 22))
        sessions.append(Session(wave: "apres", code: "NW201", index: 27))
        return sessions
    }

    public static func clamp(_ value: Int) -> Int { min(8, max(1, value)) }

    /// Answers of one session, by column name (anything not named is skipped).
    public static func answers(_ session: Session) -> [String: DatasetValue] {
        let i = session.index, after = session.wave == "apres"
        let trained = i % 3 == 0
        var values: [String: DatasetValue] = [
            "age_tranche": .option(ages[i % 5]),
            "site": .option(session.site ?? sites[i % 5]),
            "type": .option(["ponctuel", "individuel", "atelier"][i % 3]),
            "diplome": i == 5 ? .escape("nsp") : .option(["aucun", "brevet", "bac", "superieur"][i % 4]),
            "equipement.smartphone": .indicator(true),
            "equipement.ordinateur": .indicator(i % 2 == 0),
            "equipement.tablette": .indicator(i % 5 == 1),
            "equipement.internet": .indicator(i % 4 != 3),
            "equipement.aucun": .indicator(false),
            "formation": .option(trained ? "oui" : "non"),
            "seances": after ? .number(Decimal(3 + i % 5)) : .missing(.notAsked),
        ]
        // Ordinary items: people without prior training gain more; reverse-keyed items improve by going down.
        let gainTrained = [0, 1, 1, 2, 0], gainNew = [1, 2, 3, 2, 2]
        let items: [(name: String, offset: Int, reversed: Bool)] = [
            ("aise.general", 0, false), ("aise.appareil", 1, false), ("aise.recherche", 2, false), ("aise.messages", 3, false),
            ("autonomie.seul", 1, false), ("autonomie.sans_proches", 2, false), ("autonomie.aide", 4, false),
            ("confiance.stress", 0, true), ("confiance.erreur", 2, true),
        ]
        for item in items {
            let k = i + item.offset
            let gain = after ? (trained ? gainTrained[k % 5] : gainNew[k % 5]) : 0
            if item.reversed {
                let before = session.lost ? 8 - k % 3 : 7 - k % 3
                values[item.name] = .point(clamp(before - gain))
            } else {
                let before = session.lost ? 1 + k % 3 : 2 + k % 4
                values[item.name] = .point(clamp(before + gain))
            }
        }
        // Little or no change: capable and access to rights.
        values["confiance.capable"] = .point(clamp(4 + i % 2 + (after ? [0, 0, 1, 0, -1][i % 5] : 0)))
        values["droits.acces"] = .point(clamp(4 + i % 3 + (after ? [1, -1, 0, 1, -1, 0][i % 6] : 0)))
        values["droits.renonce"] = after && [0, 3, 6].contains(i) ? .escape("nc") : .point(clamp(6 - i % 3 - (after ? [1, 0, 1, 2][i % 4] : 0)))
        if i == 2 { values["autonomie.aide"] = .escape("nsp") }
        if after {
            for (offset, name) in ["progres.progresse", "progres.taches", "progres.plus_aise", "progres.moins_stress"].enumerated() {
                values[name] = .point(clamp(5 + (i + offset) % 4))
            }
            // Then-test: "before" remembered lower than "now" (stress: higher, it is reverse-keyed).
            let aiseBefore = 2 + i % 3, seulBefore = 3 + i % 2, stressBefore = 7 - i % 2
            values["retro.aise.before"] = .point(aiseBefore)
            values["retro.aise.now"] = .point(clamp(aiseBefore + [2, 3, 1, 2, 0][i % 5]))
            values["retro.seul.before"] = .point(seulBefore)
            values["retro.seul.now"] = i == 4 ? .escape("nsp") : .point(clamp(seulBefore + [1, 1, 2, 0, 1][i % 5]))
            values["retro.stress.before"] = .point(stressBefore)
            values["retro.stress.now"] = .point(clamp(stressBefore - [2, 1, 3, 2, 1][i % 5]))
        }
        return values
    }

    public static func dataset() throws -> Dataset {
        let survey = try survey()
        var dataset = Dataset(codebook: Codebook(survey))
        for (row, session) in sessions.enumerated() {
            let answers = answers(session)
            let values = dataset.variables.map { answers[$0.name] ?? .missing(session.wave == "avant" && ($0.name.hasPrefix("progres") || $0.name.hasPrefix("retro")) ? .notAsked : .skipped) }
            dataset.appendRow(RowHeader(sessionID: SessionID(high: 0x9E37_79B9_7F4A_7C15 &* UInt64(row + 1), low: UInt64(row + 1)), wave: session.wave, status: .complete,
                                        participantCode: session.code), values: values)
        }
        dataset.computeScores()
        return dataset
    }

    public static func report(_ language: Language) throws -> Report {
        let survey = try survey()
        let dataset = try dataset()
        // As `octant report --by formation --change avant:apres`: one grouping keeps the golden files small, and its
        // two groups give the difference-in-differences.
        var options = ReportOptions(language: language)
        options.groupings = ["formation"]
        options.change = ChangeDesign(from: "avant", to: "apres", links: ParticipantLinker(survey: survey).link(dataset), dataset: dataset)
        return ReportBuilder(survey: survey, data: DatasetSource(dataset), options: options).build()
    }
}
