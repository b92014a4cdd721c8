import Foundation

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
        language.lowercased().hasPrefix("en") ? english : french
    }

    private var french: String {
        switch self {
        case .diskFull:
            return "Le disque est plein : la dernière réponse n'a pas été enregistrée. Libérez de la place puis rouvrez la session."
        case .writeFailed(let code):
            return "L'écriture de la réponse a échoué (erreur système \(code)) : elle n'a pas été enregistrée."
        case .syncFailed(let code):
            return "La réponse n'a pas pu être mise en sûreté sur le disque (erreur système \(code)) : "
                + "considérez-la comme non enregistrée."
        case .unusableAfterFailure:
            return "Une écriture a échoué plus tôt : le journal doit être rouvert avant d'enregistrer d'autres réponses."
        case .lockedByAnotherWriter:
            return "Ce journal est déjà ouvert par un autre programme Octant sur cet appareil. Fermez-le avant de continuer."
        case .cannotCreateDirectory(let code):
            return "Impossible de créer le dossier des données (erreur système \(code))."
        case .cannotOpen(let code):
            return "Impossible d'ouvrir le journal des réponses (erreur système \(code))."
        case .cannotRead(let code):
            return "Impossible de lire le journal des réponses (erreur système \(code))."
        case .corruptLine(let line, let problem):
            return "Le journal est endommagé à la ligne \(line) (\(problem.french)). Rien n'a été modifié ; "
                + "faites une copie du fichier et demandez de l'aide."
        case .wrongDevice(let journal, let requested):
            return "Ce journal appartient à l'appareil « \(journal) », pas à « \(requested) »."
        case .unencodableEvent(let detail):
            return "Cette réponse ne peut pas être enregistrée : \(detail)."
        case .unknownSession(let code):
            return "La session \(code) n'existe pas dans ce journal."
        case .sessionEnded(let code, let status):
            return "La session \(code) est \(status.french) : elle ne peut plus être modifiée."
        case .differentQuestionnaire(let code, let session, let current):
            return "La session \(code) a été commencée avec le questionnaire « \(session) », pas « \(current) »."
        case .questionnaireVersionChanged(let code, let sessionVersion, let currentVersion):
            return "La session \(code) a été commencée avec la version \(sessionVersion) du questionnaire ; "
                + "la version \(currentVersion) est différente. Reprenez-la avec la version \(sessionVersion)."
        case .closed:
            return "Le journal est fermé."
        }
    }

    private var english: String {
        switch self {
        case .diskFull:
            return "The disk is full: the last answer was not saved. Free some space, then reopen the session."
        case .writeFailed(let code):
            return "Writing the answer failed (system error \(code)): it was not saved."
        case .syncFailed(let code):
            return "The answer could not be made safe on disk (system error \(code)): treat it as not saved."
        case .unusableAfterFailure:
            return "A write failed earlier: the journal must be reopened before saving more answers."
        case .lockedByAnotherWriter:
            return "This journal is already open in another Octant program on this device. Close it before continuing."
        case .cannotCreateDirectory(let code):
            return "Cannot create the data folder (system error \(code))."
        case .cannotOpen(let code):
            return "Cannot open the answer journal (system error \(code))."
        case .cannotRead(let code):
            return "Cannot read the answer journal (system error \(code))."
        case .corruptLine(let line, let problem):
            return "The journal is damaged at line \(line) (\(problem.english)). Nothing was changed; "
                + "make a copy of the file and ask for help."
        case .wrongDevice(let journal, let requested):
            return "This journal belongs to device \"\(journal)\", not \"\(requested)\"."
        case .unencodableEvent(let detail):
            return "This answer cannot be saved: \(detail)."
        case .unknownSession(let code):
            return "Session \(code) is not in this journal."
        case .sessionEnded(let code, let status):
            return "Session \(code) is \(status.english): it can no longer be changed."
        case .differentQuestionnaire(let code, let session, let current):
            return "Session \(code) was started with questionnaire \"\(session)\", not \"\(current)\"."
        case .questionnaireVersionChanged(let code, let sessionVersion, let currentVersion):
            return "Session \(code) was started with version \(sessionVersion) of the questionnaire; "
                + "version \(currentVersion) is different. Resume it with version \(sessionVersion)."
        case .closed:
            return "The journal is closed."
        }
    }
}

extension JournalError: LocalizedError {
    public var errorDescription: String? { english }
}

extension LineProblem {
    var french: String {
        switch self {
        case .emptyLine: return "ligne vide"
        case .notJSON: return "ce n'est pas du JSON"
        case .invalidEvent(let detail): return "événement invalide : \(detail)"
        case .unsupportedFormatVersion(let version):
            return "format \(version), écrit par une version plus récente d'Octant"
        case .sequenceNotIncreasing(let previous, let found): return "numéro \(found) après \(previous)"
        case .otherDevice(let expected, let found): return "ligne de l'appareil « \(found) » au lieu de « \(expected) »"
        }
    }

    var english: String {
        switch self {
        case .emptyLine: return "empty line"
        case .notJSON: return "not JSON"
        case .invalidEvent(let detail): return "invalid event: \(detail)"
        case .unsupportedFormatVersion(let version): return "format \(version), written by a newer Octant"
        case .sequenceNotIncreasing(let previous, let found): return "sequence \(found) after \(previous)"
        case .otherDevice(let expected, let found): return "line of device \"\(found)\" instead of \"\(expected)\""
        }
    }
}
