import Foundation

/// What linking found, in counts a report can print without revealing any code. Session ids (random, not
/// identifying) are listed for the cases an evaluator must look at: duplicates, ambiguous and accepted near matches.
public struct LinkReport: Codable, Sendable, Equatable {
    public struct WaveCount: Codable, Sendable, Equatable {
        public var wave: String
        public var sessions: Int
        /// Sessions with a usable code.
        public var withCode: Int
        /// Sessions linked to at least one session of another wave.
        public var linked: Int
        public var unlinked: Int { sessions - linked }
    }

    /// A near match: two codes one element apart, linked because every confirming answer agrees.
    public struct NearMatch: Codable, Sendable, Equatable {
        /// The element that differs (its id in the questionnaire's `code` declaration), never its value.
        public var element: String
        public var sessions: [String]
    }

    public var waves: [WaveCount] = []
    /// People seen in at least two waves.
    public var linkedPeople = 0
    /// Links made by identical codes.
    public var exactLinks = 0
    public var nearMatchesAccepted: [NearMatch] = []
    /// Near matches not linked: no `confirm:` answers declared, or one missing or different.
    public var nearMatchesUnconfirmed = 0
    /// Codes one element away from several others: never guessed. Session ids of each case.
    public var ambiguous: [[String]] = []
    /// Sessions sharing one code within a wave (two people, or one interviewed twice): left unlinked.
    public var duplicates: [[String]] = []
    public var sessionsWithoutCode = 0
    /// Codes that do not fit the declared elements (other version of the questionnaire): left unlinked.
    public var malformedCodes = 0
    /// Sessions whose wave is not declared in the questionnaire (or absent).
    public var sessionsOutsideWaves = 0

    public var nearMatchCount: Int { nearMatchesAccepted.count }

    /// The same counts with every session id blanked (""), for reports: how many sessions each case involves stays,
    /// which sessions does not (`octant link` lists them for the evaluator).
    public var anonymised: LinkReport {
        var copy = self
        copy.nearMatchesAccepted = nearMatchesAccepted.map { NearMatch(element: $0.element, sessions: $0.sessions.map { _ in "" }) }
        copy.ambiguous = ambiguous.map { $0.map { _ in "" } }
        copy.duplicates = duplicates.map { $0.map { _ in "" } }
        return copy
    }
}
