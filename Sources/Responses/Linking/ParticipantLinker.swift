import Foundation
import Questionnaire

/// Links a person's sessions across waves by their anonymous participant code.
///
/// 1. Codes are split into the declared elements; a code shared by two sessions of one wave is a duplicate and
///    links nothing (two people with the same code, or one person interviewed twice: an evaluator must decide).
/// 2. Identical codes in different waves are one person.
/// 3. Groups still missing a wave are compared element by element: one element apart, with no other candidate on
///    either side, and every `confirm:` answer present and equal in both → linked as a near match. Several
///    candidates → ambiguous, reported, never guessed.
/// An element of unknown value (all `X`) counts as a difference: "don't know" never matches by itself.
public struct ParticipantLinker {
    public let survey: Survey

    public init(survey: Survey) { self.survey = survey }

    public func link(_ dataset: Dataset) -> ParticipantLinks {
        var report = LinkReport()
        let waves = survey.waves.map(\.id)
        guard let code = survey.participantCode else {
            report.waves = waves.map { LinkReport.WaveCount(wave: $0, sessions: 0, withCode: 0, linked: 0) }
            return ParticipantLinks(waves: waves, people: [], report: report)
        }
        var sessions = [String: Int](), withCode = [String: Int]()
        // code → wave → rows
        var byCode: [String: [String: [Int]]] = [:]
        for row in 0..<dataset.rowCount {
            guard let wave = dataset.wave(row: row), waves.contains(wave) else { report.sessionsOutsideWaves += 1; continue }
            sessions[wave, default: 0] += 1
            guard let value = dataset.participantCode(row: row), value.contains(where: { $0 != "X" }) else {
                report.sessionsWithoutCode += 1
                continue
            }
            guard code.split(value) != nil else { report.malformedCodes += 1; continue }
            withCode[wave, default: 0] += 1
            byCode[value, default: [:]][wave, default: []].append(row)
        }
        var groups: [Group] = []
        for (value, rowsByWave) in byCode.sorted(by: { $0.key < $1.key }) {
            var rows: [String: Int] = [:]
            for (wave, waveRows) in rowsByWave.sorted(by: { $0.key < $1.key }) {
                if waveRows.count > 1 {
                    report.duplicates.append(waveRows.map { dataset.sessionIDs[$0].code })
                } else {
                    rows[wave] = waveRows[0]
                }
            }
            if !rows.isEmpty { groups.append(Group(code: value, elements: code.split(value) ?? [], rows: rows)) }
        }
        report.exactLinks = groups.reduce(0) { $0 + max(0, $1.rows.count - 1) }
        linkNearMatches(&groups, code: code, dataset: dataset, report: &report)

        let people = groups.map { ParticipantLinks.Person(rows: $0.rows, nearMatch: $0.nearMatch) }
        report.linkedPeople = people.filter { $0.rows.count >= 2 }.count
        report.waves = waves.map { wave in
            LinkReport.WaveCount(wave: wave, sessions: sessions[wave] ?? 0, withCode: withCode[wave] ?? 0,
                                 linked: people.filter { $0.rows.count >= 2 && $0.rows[wave] != nil }.count)
        }
        return ParticipantLinks(waves: waves, people: people, report: report)
    }

    struct Group {
        var code: String
        var elements: [String]
        var rows: [String: Int]
        var nearMatch = false
    }

    private func linkNearMatches(_ groups: inout [Group], code: ParticipantCode, dataset: Dataset, report: inout LinkReport) {
        let waveCount = survey.waves.count
        func candidates(of index: Int) -> [(index: Int, element: Int)] {
            let group = groups[index]
            return groups.indices.compactMap { other in
                guard other != index, groups[other].rows.count < waveCount, !groups[other].rows.isEmpty,
                      Set(groups[other].rows.keys).isDisjoint(with: group.rows.keys),
                      let element = Self.singleDifference(group.elements, groups[other].elements) else { return nil }
                return (other, element)
            }
        }
        var reportedAmbiguous = Set<Set<Int>>()
        var unconfirmed = Set<Set<Int>>()
        for index in groups.indices where !groups[index].rows.isEmpty && groups[index].rows.count < waveCount {
            let found = candidates(of: index)
            guard !found.isEmpty else { continue }
            guard found.count == 1, candidates(of: found[0].index).count == 1 else {
                // The whole cluster of codes one element apart, reported once whichever side it was reached from.
                let involved = Set([index] + found.map(\.index) + found.flatMap { candidates(of: $0.index).map(\.index) })
                if reportedAmbiguous.insert(involved).inserted {
                    report.ambiguous.append(involved.sorted().flatMap { groups[$0].rows.values.sorted().map { dataset.sessionIDs[$0].code } })
                }
                continue
            }
            let other = found[0].index
            guard confirmed(groups[index], groups[other], code: code, dataset: dataset) else {
                if unconfirmed.insert([index, other]).inserted { report.nearMatchesUnconfirmed += 1 }
                continue
            }
            report.nearMatchesAccepted.append(LinkReport.NearMatch(
                element: code.elements[found[0].element].id,
                sessions: (Array(groups[index].rows.values) + Array(groups[other].rows.values)).sorted().map { dataset.sessionIDs[$0].code }))
            groups[index].rows.merge(groups[other].rows) { first, _ in first }
            groups[index].nearMatch = true
            groups[other].rows = [:]
        }
        groups.removeAll { $0.rows.isEmpty }
    }

    /// Index of the only element that differs; nil when none or several differ. An unknown element always differs.
    static func singleDifference(_ a: [String], _ b: [String]) -> Int? {
        guard a.count == b.count else { return nil }
        var found: Int?
        for index in a.indices {
            let unknown = a[index].allSatisfy { $0 == "X" } || b[index].allSatisfy { $0 == "X" }
            if a[index] != b[index] || unknown {
                if found != nil { return nil }
                found = index
            }
        }
        return found
    }

    /// Every confirming answer given in both and equal; false when none is declared.
    private func confirmed(_ a: Group, _ b: Group, code: ParticipantCode, dataset: Dataset) -> Bool {
        guard !code.confirmingQuestions.isEmpty else { return false }
        let rowsA = Array(a.rows.values), rowsB = Array(b.rows.values)
        for question in code.confirmingQuestions {
            let valuesA = Set(rowsA.compactMap { dataset.value(row: $0, variable: question) }.filter { !$0.isMissing })
            let valuesB = Set(rowsB.compactMap { dataset.value(row: $0, variable: question) }.filter { !$0.isMissing })
            guard valuesA.count == 1, valuesA == valuesB else { return false }
        }
        return true
    }
}
