import Support

extension JournalDamage.Kind {
    /// What went wrong at that place, for the person who collected the data.
    public var localized: Localized {
        let message: ResponsesMessage
        switch self {
        case .missingLines(let previous, let found, let count): message = .linesMissing(previous: previous, found: found, count: count)
        case .headerMissing: message = .headerMissing
        case .altered: message = .alteredLine
        case .emptyLine: message = .emptyLine
        case .zeroFilled: message = .zeroFilledLine
        case .duplicated(let original): message = .duplicatedLine(of: original)
        case .reordered(let sequence, let after): message = .reorderedLine(sequence: sequence, after: after)
        case .numberReused(let sequence, let line): message = .numberReused(sequence: sequence, line: line)
        case .malformed(let problem): message = .unreadableLine(problem)
        case .unknownSession(let reference, let lines): message = .lostSessionStart(reference: reference, lines: lines)
        case .otherDevice(let device): message = .lineOfDevice(device)
        case .newerFormat(let version): message = .newerJournalFormat(version)
        case .unreadable(let error): return error.localized
        case .tornLastLine: message = .tornLastLine
        case .zeroFilledTail: message = .zeroFilledTail
        }
        return message.localized
    }
}

extension JournalDamage {
    /// The sessions it touches, by their codes, and how sure that is.
    public var sessionsLocalized: Localized {
        ResponsesMessage.damagedSessions(codes: sessions.map(\.code), lostStarts: lostStarts, attribution: attribution).localized
    }

    /// What went wrong and whom it touches, in one line.
    public var localized: Localized {
        switch kind {
        // Lines of a lost start already say whose they are; a file not read at all has no sessions to name.
        case .unknownSession where sessions.isEmpty, .unreadable, .newerFormat: return kind.localized
        default: break
        }
        return ResponsesMessage.damageAndSessions(damage: kind.localized, sessions: sessionsLocalized).localized
    }
}
