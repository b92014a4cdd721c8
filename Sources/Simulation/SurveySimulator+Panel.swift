import Foundation
import Questionnaire
import Responses

/// Several waves of the same synthetic people: to rehearse a before/after evaluation (`octant simulate --waves`).
public struct PanelDesign: Sendable, Equatable {
    /// Declared wave ids, in order; at least two.
    public var waves: [String]
    /// The true effect: added to every Likert item's latent level at each wave after the first, in scale points
    /// (reverse-keyed items move the other way, as a real improvement would).
    public var effect: Double
    /// Share of the people not seen again at each later wave.
    public var attrition: Double
    /// Share of later sessions whose participant code has one element typed differently (exercises near matching).
    public var codeErrors: Double

    public init(waves: [String], effect: Double = 0.5, attrition: Double = 0.2, codeErrors: Double = 0.02) {
        self.waves = waves
        self.effect = effect
        self.attrition = attrition
        self.codeErrors = codeErrors
    }
}

extension SurveySimulator {
    /// (wave index, person) of every panel session, wave by wave: everyone at the first wave, then those who stay.
    /// Leaving is for good: a person lost at one wave is not seen at the next.
    func panelSlots(_ panel: PanelDesign) -> [(wave: Int, person: Int)] {
        var slots: [(Int, Int)] = (0..<options.respondents).map { (0, $0) }
        var present = Array(repeating: true, count: options.respondents)
        for wave in 1..<panel.waves.count {
            for person in 0..<options.respondents where present[person] {
                var random = SimulationRandom(seed: options.seed, stream: UInt64(person), substream: 0xA77_0000 &+ UInt64(wave))
                if random.chance(panel.attrition) { present[person] = false } else { slots.append((wave, person)) }
            }
        }
        return slots
    }

    /// A person's session at a later wave: their profile answers (choices and numbers of the first wave) stay,
    /// their Likert answers are drawn again with the effect added, and their code may carry one typing error.
    func panelSession(_ panel: PanelDesign, wave: Int, person: Int) -> SimulatedSession {
        var generator = self.generator
        generator.wave = panel.waves[wave]
        generator.waveIndex = wave
        generator.effect = panel.effect
        guard wave > 0 else { return generator.session(index: person) }
        var first = self.generator
        first.wave = panel.waves[0]
        let stable = first.session(index: person).answers.filter { key, _ in stableKeys.contains(key) }
        var session = generator.session(index: person, forced: stable)
        var random = SimulationRandom(seed: options.seed, stream: UInt64(person), substream: 0xC0DE_0000 &+ UInt64(wave))
        if let code = session.start.participantCode, let declared = survey.participantCode, random.chance(panel.codeErrors) {
            session.start.participantCode = Self.mistype(code, declared: declared, random: &random)
        }
        return session
    }

    /// Answers that describe the person rather than what the support changes: choices and numbers outside Likert blocks.
    var stableKeys: Set<String> {
        var keys = Set<String>()
        for question in survey.questions {
            switch question.kind {
            case .single, .yesNo, .multiple, .number: keys.insert(question.id)
            default: continue
            }
        }
        return keys
    }

    /// One element of the code typed differently (one character replaced), as a person or mediator might.
    static func mistype(_ code: String, declared: ParticipantCode, random: inout SimulationRandom) -> String {
        guard var elements = declared.split(code), !elements.isEmpty else { return code }
        let element = random.index(elements.count)
        var characters = Array(elements[element])
        let position = random.index(characters.count)
        let alphabet = Array(declared.elements[element].kind == .letters ? "ABCDEFGHIJKLMNOPQRSTUVWYZ" : "0123456789")
        var replacement = characters[position]
        while replacement == characters[position] { replacement = alphabet[random.index(alphabet.count)] }
        characters[position] = replacement
        elements[element] = String(characters)
        return elements.joined()
    }

    /// Writes a panel to `<dataDirectory>/journal-synthetic-<seed>.jsonl`, wave by wave, with one fsync.
    @discardableResult
    public func writePanel(_ panel: PanelDesign, to dataDirectory: URL) throws(SimulationError) -> SimulatedJournalWriter {
        try validate(panel)
        let writer = try SimulatedJournalWriter(dataDirectory: dataDirectory, deviceID: deviceID, questionnaire: identity)
        let slots = panelSlots(panel), simulator = self
        try writer.write(sessionsOf: slots.count) { simulator.panelSession(panel, wave: slots[$0].wave, person: slots[$0].person) }
        try writer.finish()
        return writer
    }

    func validate(_ panel: PanelDesign) throws(SimulationError) {
        let declared = survey.waves.map(\.id)
        guard panel.waves.count >= 2, Set(panel.waves).count == panel.waves.count else { throw .invalidPanel(.fewerThanTwoWaves) }
        for wave in panel.waves where !declared.contains(wave) { throw .unknownWave(wave, declared: declared) }
        guard survey.participantCode != nil else { throw .invalidPanel(.noParticipantCode) }
        guard (0...1).contains(panel.attrition), (0...1).contains(panel.codeErrors), panel.effect.isFinite else {
            throw .invalidPanel(.sharesOutOfRange)
        }
    }
}
