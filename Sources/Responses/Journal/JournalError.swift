import Foundation
import Support

/// Why one line of a journal could not be accepted.
public enum LineProblem: Error, Hashable, Sendable {
    case emptyLine
    case notJSON
    case invalidEvent(String)
    /// Written by a newer version of Octant.
    case unsupportedFormatVersion(Int)
    case sequenceNotIncreasing(previous: UInt64, found: UInt64)
    /// The line belongs to another device's journal.
    case otherDevice(expected: DeviceID, found: DeviceID)
    /// Its CRC-32C does not match its content: an edited or damaged line.
    case checksumMismatch
    /// Lines are missing before this one.
    case sequenceGap(expected: UInt64, found: UInt64)
    /// It names a session whose start line is not in the file.
    case unknownSessionReference(UInt64)
    /// A field that does not follow the grammar (`docs/journal-format.md`); the name of the part.
    case malformed(String)
}

/// Everything that can go wrong with a journal. Each case has a plain message in French and English, for the mediator.
public enum JournalError: Error, Hashable, Sendable {
    case diskFull
    case writeFailed(errno: Int32)
    case syncFailed(errno: Int32)
    /// An earlier write or sync failed: the journal refuses further appends until it is reopened (which recovers it).
    case unusableAfterFailure
    case lockedByAnotherWriter
    case cannotCreateDirectory(errno: Int32)
    case cannotOpen(errno: Int32)
    case cannotRead(errno: Int32)
    /// A damaged line followed by good lines: nothing was rewritten. `line` counts from 1.
    case corruptLine(line: Int, problem: LineProblem)
    case wrongDevice(journal: DeviceID, requested: DeviceID)
    /// The event could not be encoded (for instance a number that is not finite).
    case unencodableEvent(String)
    case unknownSession(code: String)
    case sessionEnded(code: String, status: SessionStatus)
    case differentQuestionnaire(code: String, sessionQuestionnaire: String, currentQuestionnaire: String)
    case questionnaireVersionChanged(code: String, sessionVersion: String, currentVersion: String)
    case closed

    /// The message for `language` ("fr" or "en"; any language other than English gets French, the field language).
    public func message(language: String) -> String {
        localized[language.lowercased().hasPrefix("en") ? .en : .fr]
    }

    public var localized: Localized { message.localized }

    private var message: ResponsesMessage {
        switch self {
        case .diskFull: return .diskFull
        case .writeFailed(let code): return .writeFailed(errno: code)
        case .syncFailed(let code): return .syncFailed(errno: code)
        case .unusableAfterFailure: return .unusableAfterFailure
        case .lockedByAnotherWriter: return .lockedByAnotherWriter
        case .cannotCreateDirectory(let code): return .cannotCreateDirectory(errno: code)
        case .cannotOpen(let code): return .cannotOpen(errno: code)
        case .cannotRead(let code): return .cannotRead(errno: code)
        case .corruptLine(let line, let problem): return .corruptLine(line: line, problem: problem)
        case .wrongDevice(let journal, let requested): return .wrongDevice(journal: journal, requested: requested)
        case .unencodableEvent(let detail): return .unencodableEvent(detail)
        case .unknownSession(let code): return .unknownSession(code: code)
        case .sessionEnded(let code, let status): return .sessionEnded(code: code, status: status)
        case .differentQuestionnaire(let code, let session, let current):
            return .differentQuestionnaire(code: code, sessionQuestionnaire: session, currentQuestionnaire: current)
        case .questionnaireVersionChanged(let code, let sessionVersion, let currentVersion):
            return .questionnaireVersionChanged(code: code, sessionVersion: sessionVersion, currentVersion: currentVersion)
        case .closed: return .journalClosed
        }
    }
}

extension JournalError: LocalizedError {
    public var errorDescription: String? { localized.en }
}

extension LineProblem {
    public var localized: Localized {
        let message: ResponsesMessage
        switch self {
        case .emptyLine: message = .emptyLine
        case .notJSON: message = .notJSON
        case .invalidEvent(let detail): message = .invalidEvent(detail)
        case .unsupportedFormatVersion(let version): message = .unsupportedFormatVersion(version)
        case .sequenceNotIncreasing(let previous, let found): message = .sequenceNotIncreasing(previous: previous, found: found)
        case .otherDevice(let expected, let found): message = .otherDeviceLine(expected: expected, found: found)
        case .checksumMismatch: message = .checksumMismatch
        case .sequenceGap(let expected, let found): message = .sequenceGap(expected: expected, found: found)
        case .unknownSessionReference(let reference): message = .unknownSessionReference(reference)
        case .malformed(let part): message = .malformedField(part)
        }
        return message.localized
    }
}
