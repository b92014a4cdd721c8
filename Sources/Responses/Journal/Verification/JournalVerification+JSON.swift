import Foundation
import Support

/// `octant verify --json`: the same verdicts for a program. Sessions appear by their code only; each problem carries
/// its message in the language put in the encoder's `userInfo` under `FolderVerification.languageKey`, if any.
extension FolderVerification: Encodable {
    public static let languageKey = CodingUserInfoKey(rawValue: "octant.verify.language")!

    private enum Keys: String, CodingKey { case intact, files }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(isIntact, forKey: .intact)
        try container.encode(files, forKey: .files)
    }
}

extension JournalVerification: Encodable {
    private enum Keys: String, CodingKey {
        case file, format, device, intact, lines, intactLines, missingLines, problems, sessions, unattributedLines
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(file, forKey: .file)
        try container.encode(format.map { $0 == .json ? 1 : 2 }, forKey: .format)
        try container.encode(device?.rawValue, forKey: .device)
        try container.encode(isIntact, forKey: .intact)
        try container.encode(lineCount, forKey: .lines)
        try container.encode(intactLineCount, forKey: .intactLines)
        try container.encode(missingLineCount, forKey: .missingLines)
        try container.encode(problems, forKey: .problems)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(unattributedLineCount, forKey: .unattributedLines)
    }
}

extension SessionSalvage: Encodable {
    private enum Keys: String, CodingKey { case session, status, answers, damagedAt }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(code, forKey: .session)
        try container.encode(status.rawValue, forKey: .status)
        try container.encode(answers, forKey: .answers)
        try container.encode(damagedAt, forKey: .damagedAt)
    }
}

extension JournalDamage: Encodable {
    private enum Keys: String, CodingKey {
        case line, lastLine, kind, severity, sessions, lostStarts, attribution, message
        case previous, found, count, of, sequence, after, reference, lines, device, version, problem
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(line, forKey: .line)
        try container.encode(lastLine, forKey: .lastLine)
        try container.encode(kind.name, forKey: .kind)
        try container.encode(isWarning ? "warning" : "damage", forKey: .severity)
        try container.encode(sessions.map(\.code), forKey: .sessions)
        try container.encode(lostStarts, forKey: .lostStarts)
        try container.encode(attribution.name, forKey: .attribution)
        let language = encoder.userInfo[FolderVerification.languageKey] as? Language
        if let language { try container.encode(localized[language], forKey: .message) }
        switch kind {
        case .missingLines(let previous, let found, let count):
            try container.encode(previous, forKey: .previous)
            try container.encode(found, forKey: .found)
            try container.encode(count, forKey: .count)
        case .duplicated(let original):
            try container.encode(original, forKey: .of)
        case .reordered(let sequence, let after):
            try container.encode(sequence, forKey: .sequence)
            try container.encode(after, forKey: .after)
        case .numberReused(let sequence, let other):
            try container.encode(sequence, forKey: .sequence)
            try container.encode(other, forKey: .of)
        case .unknownSession(let reference, let lines):
            try container.encode(reference, forKey: .reference)
            try container.encode(lines, forKey: .lines)
        case .otherDevice(let device):
            try container.encode(device.rawValue, forKey: .device)
        case .newerFormat(let version):
            try container.encode(version, forKey: .version)
        case .malformed(let problem):
            if let language { try container.encode(problem.localized[language], forKey: .problem) }
        case .unreadable(let error):
            if let language { try container.encode(error.localized[language], forKey: .problem) }
        case .headerMissing, .altered, .emptyLine, .zeroFilled, .tornLastLine, .zeroFilledTail:
            break
        }
    }
}

extension JournalDamage.Kind {
    /// The kind's name in `--json`.
    public var name: String {
        switch self {
        case .missingLines: return "missing-lines"
        case .headerMissing: return "header-missing"
        case .altered: return "altered"
        case .emptyLine: return "empty-line"
        case .zeroFilled: return "zero-filled"
        case .duplicated: return "duplicated"
        case .reordered: return "reordered"
        case .numberReused: return "number-reused"
        case .malformed: return "malformed"
        case .unknownSession: return "unknown-session"
        case .otherDevice: return "other-device"
        case .newerFormat: return "newer-format"
        case .unreadable: return "unreadable"
        case .tornLastLine: return "torn-last-line"
        case .zeroFilledTail: return "zero-filled-tail"
        }
    }
}

extension JournalDamage.Attribution {
    public var name: String {
        switch self {
        case .exact: return "exact"
        case .readFromDamage: return "read-from-damage"
        case .openSessions: return "open-sessions"
        }
    }
}
