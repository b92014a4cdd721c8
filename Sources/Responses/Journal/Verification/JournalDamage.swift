import Foundation

/// One place where a journal is not as its writer left it, and the sessions it touches.
public struct JournalDamage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `count` lines are missing before this one: no line holds them between number `previous` and `found`.
        case missingLines(previous: UInt64, found: UInt64, count: UInt64)
        /// The first line (format and device) is missing: the other lines still read as they were written.
        case headerMissing
        /// Its checksum does not match, or is gone: the line was edited, cut or damaged after it was written.
        case altered
        case emptyLine
        /// Only zero bytes: a block never written, or copied halfway.
        case zeroFilled
        /// The same bytes as another line: written or copied twice.
        case duplicated(of: Int)
        /// An intact line out of its place: its number says it belongs elsewhere (it follows number `after`).
        case reordered(sequence: UInt64, after: UInt64)
        /// An intact line with the number of another, different, line (two writers with one device id?).
        case numberReused(sequence: UInt64, line: Int)
        /// Intact (its checksum matches) but outside the journal's grammar; for version 1, not a readable event.
        case malformed(LineProblem)
        /// Lines whose session start is lost or damaged: they refer to the line numbered `reference`.
        case unknownSession(reference: UInt64, lines: [Int])
        /// A version 1 line of another device.
        case otherDevice(DeviceID)
        /// Written by a newer Octant: nothing after the header was checked.
        case newerFormat(Int)
        case unreadable(JournalError)
        /// The last line was being written when the writer stopped: never acknowledged, set aside at the next opening.
        case tornLastLine
        /// The file ends in zero bytes: still being copied (a file-sync tool), or blocks a crash left unwritten.
        case zeroFilledTail

        /// What the writer repairs by itself when it next opens the journal: no acknowledged answer is lost.
        public var isWarning: Bool {
            switch self {
            case .tornLastLine, .zeroFilledTail: return true
            default: return false
            }
        }
    }

    /// How sure the sessions named are.
    public enum Attribution: Hashable, Sendable {
        /// Read from intact lines.
        case exact
        /// Read from the damaged line itself: probably right, never certain.
        case readFromDamage
        /// Nothing on the line can be trusted: one of the sessions open at that point (or none was).
        case openSessions
    }

    /// First line concerned, counting from 1; `lastLine` is the same unless several lines in a row share the damage.
    public var line: Int
    public var lastLine: Int
    public var kind: Kind
    public var sessions: [SessionID]
    /// Sessions known only by the number of their start line, which is lost.
    public var lostStarts: [UInt64]
    public var attribution: Attribution

    public var isWarning: Bool { kind.isWarning }

    public init(line: Int, lastLine: Int, kind: Kind, sessions: [SessionID], lostStarts: [UInt64], attribution: Attribution) {
        self.line = line
        self.lastLine = lastLine
        self.kind = kind
        self.sessions = sessions
        self.lostStarts = lostStarts
        self.attribution = attribution
    }
}

/// What is left of one session of a journal.
public struct SessionSalvage: Hashable, Sendable {
    public var session: SessionID
    /// First line of damage that touches it; nil when every line of it is intact.
    public var damagedAt: Int?
    /// Items with an answer (or an explicit skip) in its lines before the damage: all of them when intact.
    public var answers: Int
    /// As those lines leave it.
    public var status: SessionStatus

    public var code: String { session.code }
}

/// Everything `JournalVerifier` found in one journal file.
public struct JournalVerification: Hashable, Sendable {
    /// File name, never a path.
    public var file: String
    /// nil when the file could not be read.
    public var format: JournalFormat?
    public var device: DeviceID?
    public var lineCount: Int
    /// Lines read as written, in their place.
    public var intactLineCount: Int
    /// In line order; warnings included.
    public var problems: [JournalDamage]
    /// In order of their first line.
    public var sessions: [SessionSalvage]
    /// Lines of sessions whose start line is lost: their answers cannot be given to any session.
    public var unattributedLineCount: Int

    public var damages: [JournalDamage] { problems.filter { !$0.isWarning } }
    /// Lines no line of the file holds any more (beyond those damaged lines may have held).
    public var missingLineCount: UInt64 {
        problems.reduce(0) { count, problem in
            switch problem.kind {
            case .missingLines(_, _, let missing): return count + missing
            case .headerMissing: return count + 1
            default: return count
            }
        }
    }
    public var warnings: [JournalDamage] { problems.filter(\.isWarning) }
    public var isIntact: Bool { problems.allSatisfy(\.isWarning) }
    public var intactSessions: [SessionSalvage] { sessions.filter { $0.damagedAt == nil } }
    public var damagedSessions: [SessionSalvage] { sessions.filter { $0.damagedAt != nil } }
}

/// The verification of every journal of a data folder.
public struct FolderVerification: Hashable, Sendable {
    /// In file name order.
    public var files: [JournalVerification]

    public var isIntact: Bool { files.allSatisfy(\.isIntact) }
    public var hasWarnings: Bool { files.contains { !$0.warnings.isEmpty } }
}
