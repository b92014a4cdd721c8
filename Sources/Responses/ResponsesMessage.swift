import Foundation
import Support

/// Every message the module shows to people, French and English side by side. Errors and issues name the message
/// that says them (`JournalError.localized`, `ImportIssue.message`…); only this file holds their words.
public enum ResponsesMessage: MessageCatalogue, Hashable {
    // The answer journal, read by the mediator in the field.
    case diskFull
    case writeFailed(errno: Int32)
    case syncFailed(errno: Int32)
    case unusableAfterFailure
    case lockedByAnotherWriter
    case cannotCreateDirectory(errno: Int32)
    case cannotOpen(errno: Int32)
    case cannotRead(errno: Int32)
    case corruptLine(line: Int, problem: LineProblem)
    case wrongDevice(journal: DeviceID, requested: DeviceID)
    case unencodableEvent(String)
    case unknownSession(code: String)
    case sessionEnded(code: String, status: SessionStatus)
    case differentQuestionnaire(code: String, sessionQuestionnaire: String, currentQuestionnaire: String)
    case questionnaireVersionChanged(code: String, sessionVersion: String, currentVersion: String)
    case journalClosed
    // What is wrong with one journal line (inside `corruptLine`).
    case emptyLine
    case notJSON
    case invalidEvent(String)
    case unsupportedFormatVersion(Int)
    case sequenceNotIncreasing(previous: UInt64, found: UInt64)
    case otherDeviceLine(expected: DeviceID, found: DeviceID)
    case checksumMismatch
    case sequenceGap(expected: UInt64, found: UInt64)
    case unknownSessionReference(UInt64)
    case malformedField(String)
    case sessionStatus(SessionStatus)

    // What `JournalVerifier` found at one place of a journal, and whose answers it touches.
    case linesMissing(previous: UInt64, found: UInt64, count: UInt64)
    case headerMissing
    case alteredLine
    case zeroFilledLine
    case duplicatedLine(of: Int)
    case reorderedLine(sequence: UInt64, after: UInt64)
    case numberReused(sequence: UInt64, line: Int)
    case unreadableLine(LineProblem)
    case lostSessionStart(reference: UInt64, lines: [Int])
    case lineOfDevice(DeviceID)
    case newerJournalFormat(Int)
    case tornLastLine
    case zeroFilledTail
    case damagedSessions(codes: [String], lostStarts: [UInt64], attribution: JournalDamage.Attribution)
    case damageAndSessions(damage: Localized, sessions: Localized)

    // Loading a dataset.
    case unreadableDirectory(String)
    case unreadableFile(String)
    case journalFile(String, JournalError)
    case csvRefused(file: String, problems: Int)
    case moreProblems(Int)
    case missingReason(MissingReason)

    // One problem of an imported CSV: where, then what (`value` is the offending cell).
    case importIssue(ImportIssue)
    case importWarning(ImportWarning)
    case systemFileRefused(String)
    case invalidUTF8(value: String)
    case unknownColumn
    case duplicatedColumn
    case pointOutOfRange(value: String, points: Int)
    case notAScalePoint(value: String, points: Int)
    case unknownOption(value: String, known: [String])
    case notAnIndicator(value: String)
    case notANumber(value: String)
    case notAWholeNumber(value: String)
    case numberOutOfRange(value: String, minimum: String?, maximum: String?)
    case unknownEscape(value: String, known: [String])
    case unknownWave(value: String, known: [String])
    case badSessionID(value: String)
    case duplicatedSession(value: String)
    case badStatus(value: String)
    case badTimestamp(value: String)
    case wrongCellCount(expected: Int, found: Int)
    case unterminatedQuote
    case textAfterQuote
    case emptyFile

    // Exports.
    case notCSV(String)
    case unwritable(file: String, errno: Int32)
    // The data folder's link secret, behind the person key of exports (`LinkSecret`).
    case linkSecretUnreadable(path: String, errno: Int32)
    case linkSecretUnwritable(path: String, errno: Int32)
    case linkSecretDamaged(path: String, bytes: Int)

    public var localized: Localized {
        switch self {
        case .diskFull:
            return Localized(fr: "Le disque est plein : la dernière réponse n'a pas été enregistrée. Libérez de la place puis rouvrez la session.",
                             en: "The disk is full: the last answer was not saved. Free some space, then reopen the session.")
        case .writeFailed(let code):
            return Localized(fr: "L'écriture de la réponse a échoué (erreur système \(code)) : elle n'a pas été enregistrée.",
                             en: "Writing the answer failed (system error \(code)): it was not saved.")
        case .syncFailed(let code):
            return Localized(fr: "La réponse n'a pas pu être mise en sûreté sur le disque (erreur système \(code)) : considérez-la comme non enregistrée.",
                             en: "The answer could not be made safe on disk (system error \(code)): treat it as not saved.")
        case .unusableAfterFailure:
            return Localized(fr: "Une écriture a échoué plus tôt : le journal doit être rouvert avant d'enregistrer d'autres réponses.",
                             en: "A write failed earlier: the journal must be reopened before saving more answers.")
        case .lockedByAnotherWriter:
            return Localized(fr: "Ce journal est déjà ouvert par un autre programme Octant sur cet appareil. Fermez-le avant de continuer.",
                             en: "This journal is already open in another Octant program on this device. Close it before continuing.")
        case .cannotCreateDirectory(let code):
            return Localized(fr: "Impossible de créer le dossier des données (erreur système \(code)).",
                             en: "Cannot create the data folder (system error \(code)).")
        case .cannotOpen(let code):
            return Localized(fr: "Impossible d'ouvrir le journal des réponses (erreur système \(code)).",
                             en: "Cannot open the answer journal (system error \(code)).")
        case .cannotRead(let code):
            return Localized(fr: "Impossible de lire le journal des réponses (erreur système \(code)).",
                             en: "Cannot read the answer journal (system error \(code)).")
        case .corruptLine(let line, let problem):
            let what = problem.localized
            return Localized(fr: "Le journal est endommagé à la ligne \(line) (\(what.fr)). Rien n'a été modifié ; faites une copie du fichier et demandez de l'aide.",
                             en: "The journal is damaged at line \(line) (\(what.en)). Nothing was changed; make a copy of the file and ask for help.")
        case .wrongDevice(let journal, let requested):
            return Localized(fr: "Ce journal appartient à l'appareil « \(journal) », pas à « \(requested) ».",
                             en: "This journal belongs to device \"\(journal)\", not \"\(requested)\".")
        case .unencodableEvent(let detail):
            return Localized(fr: "Cette réponse ne peut pas être enregistrée : \(detail).", en: "This answer cannot be saved: \(detail).")
        case .unknownSession(let code):
            return Localized(fr: "La session \(code) n'existe pas dans ce journal.", en: "Session \(code) is not in this journal.")
        case .sessionEnded(let code, let status):
            let state = Self.sessionStatus(status).localized
            return Localized(fr: "La session \(code) est \(state.fr) : elle ne peut plus être modifiée.",
                             en: "Session \(code) is \(state.en): it can no longer be changed.")
        case .differentQuestionnaire(let code, let session, let current):
            return Localized(fr: "La session \(code) a été commencée avec le questionnaire « \(session) », pas « \(current) ».",
                             en: "Session \(code) was started with questionnaire \"\(session)\", not \"\(current)\".")
        case .questionnaireVersionChanged(let code, let sessionVersion, let currentVersion):
            return Localized(fr: "La session \(code) a été commencée avec la version \(sessionVersion) du questionnaire ; "
                                 + "la version \(currentVersion) est différente. Reprenez-la avec la version \(sessionVersion).",
                             en: "Session \(code) was started with version \(sessionVersion) of the questionnaire; "
                                 + "version \(currentVersion) is different. Resume it with version \(sessionVersion).")
        case .journalClosed:
            return Localized(fr: "Le journal est fermé.", en: "The journal is closed.")

        case .emptyLine:
            return Localized(fr: "ligne vide", en: "empty line")
        case .notJSON:
            return Localized(fr: "ce n'est pas du JSON", en: "not JSON")
        case .invalidEvent(let detail):
            return Localized(fr: "événement invalide : \(detail)", en: "invalid event: \(detail)")
        case .unsupportedFormatVersion(let version):
            return Localized(fr: "format \(version), écrit par une version plus récente d'Octant", en: "format \(version), written by a newer Octant")
        case .sequenceNotIncreasing(let previous, let found):
            return Localized(fr: "numéro \(found) après \(previous)", en: "sequence \(found) after \(previous)")
        case .otherDeviceLine(let expected, let found):
            return Localized(fr: "ligne de l'appareil « \(found) » au lieu de « \(expected) »",
                             en: "line of device \"\(found)\" instead of \"\(expected)\"")
        case .checksumMismatch:
            return Localized(fr: "somme de contrôle fausse : ligne modifiée ou abîmée", en: "wrong checksum: the line was edited or damaged")
        case .sequenceGap(let expected, let found):
            return .plural(Int(found - expected),
                           fr: ("numéro \(found) au lieu de \(expected) : une ligne manque avant celle-ci", "numéro \(found) au lieu de \(expected) : \(found - expected) lignes manquent avant celle-ci"),
                           en: ("sequence \(found) instead of \(expected): one line is missing before it", "sequence \(found) instead of \(expected): \(found - expected) lines are missing before it"))
        case .unknownSessionReference(let reference):
            return Localized(fr: "renvoie à la ligne \(reference), qui n'ouvre aucune session", en: "refers to line \(reference), which starts no session")
        case .malformedField(let part):
            return Localized(fr: "champ « \(part) » mal formé", en: "malformed field \"\(part)\"")
        case .sessionStatus(let status):
            switch status {
            case .inProgress: return Localized(fr: "en cours", en: "in progress")
            case .paused: return Localized(fr: "en pause", en: "paused")
            case .completed: return Localized(fr: "terminée", en: "completed")
            case .abandoned: return Localized(fr: "abandonnée", en: "abandoned")
            }

        case .linesMissing(let previous, let found, let count):
            return .plural(Int(clamping: count),
                           fr: ("une ligne manque avant celle-ci (n° \(found) après n° \(previous))",
                                "\(count) lignes manquent avant celle-ci (n° \(found) après n° \(previous))"),
                           en: ("one line is missing before this one (number \(found) after \(previous))",
                                "\(count) lines are missing before this one (number \(found) after \(previous))"))
        case .headerMissing:
            return Localized(fr: "la première ligne (format et appareil) manque ; les autres se lisent quand même",
                             en: "the first line (format and device) is missing; the other lines still read")
        case .alteredLine:
            return Localized(fr: "ligne modifiée, coupée ou abîmée (somme de contrôle fausse ou absente)",
                             en: "line edited, cut or damaged (checksum wrong or missing)")
        case .zeroFilledLine:
            return Localized(fr: "rien que des octets nuls (bloc jamais écrit, ou fichier copié à moitié)",
                             en: "nothing but zero bytes (a block never written, or a file copied halfway)")
        case .duplicatedLine(let original):
            return Localized(fr: "ligne en double : la même que la ligne \(original)", en: "duplicated line: the same as line \(original)")
        case .reorderedLine(let sequence, let after):
            return Localized(fr: "ligne déplacée : son n° \(sequence) la place ailleurs (elle suit le n° \(after))",
                             en: "line out of place: its number \(sequence) belongs elsewhere (it follows number \(after))")
        case .numberReused(let sequence, let line):
            return Localized(fr: "même n° \(sequence) que la ligne \(line), contenu différent (deux appareils du même nom ?)",
                             en: "same number \(sequence) as line \(line), different content (two devices with one name?)")
        case .unreadableLine(let problem):
            let what = problem.localized
            return Localized(fr: "ligne illisible : \(what.fr)", en: "unreadable line: \(what.en)")
        case .lostSessionStart(let reference, let lines):
            let list = Self.lineList(lines)
            return .plural(lines.count,
                           fr: ("\(lines.count) ligne (\(list)) d'une session dont le début (ligne n° \(reference)) est perdu",
                                "\(lines.count) lignes (\(list)) d'une session dont le début (ligne n° \(reference)) est perdu"),
                           en: ("\(lines.count) line (\(list)) of a session whose start (line number \(reference)) is lost",
                                "\(lines.count) lines (\(list)) of a session whose start (line number \(reference)) is lost"))
        case .lineOfDevice(let device):
            return Localized(fr: "ligne de l'appareil « \(device) »", en: "line of device \"\(device)\"")
        case .newerJournalFormat(let version):
            return Localized(fr: "écrit par une version plus récente d'Octant (format \(version)) : rien n'a été vérifié",
                             en: "written by a newer Octant (format \(version)): nothing was checked")
        case .tornLastLine:
            return Localized(fr: "dernière ligne incomplète (écriture interrompue, ou fichier en cours de copie) : jamais confirmée, elle est mise de côté à la prochaine ouverture",
                             en: "last line incomplete (a write cut short, or a file still being copied): never acknowledged, it is set aside at the next opening")
        case .zeroFilledTail:
            return Localized(fr: "fin du fichier faite d'octets nuls (copie inachevée, ou blocs jamais écrits) : lu jusqu'à la ligne d'avant",
                             en: "end of the file made of zero bytes (an unfinished copy, or blocks never written): read up to the line before")
        case .damagedSessions(let codes, let lostStarts, let attribution):
            return Self.sessions(codes, lostStarts: lostStarts, attribution: attribution)
        case .damageAndSessions(let damage, let sessions):
            return Localized(fr: "\(damage.fr) — \(sessions.fr)", en: "\(damage.en) — \(sessions.en)")

        case .unreadableDirectory(let name):
            return Localized(fr: "dossier de données illisible : \(name)", en: "unreadable data directory: \(name)")
        case .unreadableFile(let name):
            return Localized(fr: "fichier illisible : \(name)", en: "unreadable file: \(name)")
        case .journalFile(let file, let error):
            let message = error.localized
            return Localized(fr: "journal \(file) : \(message.fr)", en: "journal \(file): \(message.en)")
        case .csvRefused(let file, let problems):
            return .plural(problems, fr: ("\(file) refusé : \(problems) problème, rien n'a été chargé",
                                          "\(file) refusé : \(problems) problèmes, rien n'a été chargé"),
                           en: ("\(file) refused: \(problems) problem, nothing was loaded",
                                "\(file) refused: \(problems) problems, nothing was loaded"))
        case .moreProblems(let count):
            return .plural(count, fr: ("… et \(count) autre", "… et \(count) autres"), en: ("… and \(count) more", "… and \(count) more"))
        case .missingReason(let reason):
            switch reason {
            case .skipped: return Localized(fr: "sans réponse", en: "skipped")
            case .notAsked: return Localized(fr: "non posée", en: "not asked")
            case .notReached: return Localized(fr: "non atteinte", en: "not reached")
            case .invalid: return Localized(fr: "invalide", en: "invalid")
            case .tooFewItems: return Localized(fr: "trop peu d'items", en: "too few items")
            }

        case .importIssue(let issue):
            // Header names and cells come from outside: shown, never obeyed by the terminal.
            let column = TerminalText.printable(issue.column)
            let place = issue.column.isEmpty
                ? Localized(fr: "ligne \(issue.line)", en: "line \(issue.line)")
                : Localized(fr: "ligne \(issue.line), colonne « \(column) »", en: "line \(issue.line), column '\(column)'")
            let problem = Self(issue.kind, value: issue.value).localized
            return Localized(fr: "\(place.fr) : \(problem.fr)", en: "\(place.en): \(problem.en)")
        case .unknownColumn:
            return Localized(fr: "colonne inconnue du questionnaire", en: "column unknown to the questionnaire")
        case .duplicatedColumn:
            return Localized(fr: "colonne en double", en: "duplicated column")
        case .pointOutOfRange(let value, let points):
            let v = Self.quoted(value)
            return Localized(fr: "\(v.fr) est hors de l'échelle 1 à \(points)", en: "\(v.en) is outside the scale 1 to \(points)")
        case .notAScalePoint(let value, let points):
            let v = Self.quoted(value)
            return Localized(fr: "\(v.fr) n'est pas un point de l'échelle 1 à \(points) ni une réponse hors échelle",
                             en: "\(v.en) is neither a point of the scale 1 to \(points) nor an escape answer")
        case .unknownOption(let value, let known):
            let v = Self.quoted(value), codes = known.joined(separator: ", ")
            return Localized(fr: "\(v.fr) n'est pas un code de réponse (codes : \(codes))", en: "\(v.en) is not an option code (codes: \(codes))")
        case .notAnIndicator(let value):
            let v = Self.quoted(value)
            return Localized(fr: "\(v.fr) n'est ni 0 ni 1", en: "\(v.en) is neither 0 nor 1")
        case .notANumber(let value):
            let v = Self.quoted(value)
            return Localized(fr: "\(v.fr) n'est pas un nombre", en: "\(v.en) is not a number")
        case .notAWholeNumber(let value):
            let v = Self.quoted(value)
            return Localized(fr: "\(v.fr) n'est pas un nombre entier", en: "\(v.en) is not a whole number")
        case .numberOutOfRange(let value, let minimum, let maximum):
            let v = Self.quoted(value), range = "\(minimum ?? "")..\(maximum ?? "")"
            return Localized(fr: "\(v.fr) est hors de l'intervalle \(range)", en: "\(v.en) is outside the range \(range)")
        case .unknownEscape(let value, let known):
            let v = Self.quoted(value), codes = known.joined(separator: ", ")
            if known.isEmpty {
                return Localized(fr: "\(v.fr) n'est pas une réponse permise ici (cette question n'a pas de réponse hors échelle)",
                                 en: "\(v.en) is not an answer allowed here (this question has no escape answer)")
            }
            return Localized(fr: "\(v.fr) n'est pas une réponse hors échelle permise ici (\(codes))",
                             en: "\(v.en) is not an escape answer allowed here (\(codes))")
        case .systemFileRefused(let problem):
            return Localized(fr: "le fichier SPSS (.sav) n'a pas pu être écrit : \(problem)", en: "the SPSS file (.sav) could not be written: \(problem)")
        case .invalidUTF8(let value):
            return Localized(fr: "octets qui ne sont pas de l'UTF-8 valide (\(value)) : enregistrez le fichier en UTF-8",
                             en: "bytes that are not valid UTF-8 (\(value)): save the file as UTF-8")
        case .importWarning(let warning):
            switch warning {
            case .convertedFromWindows1252:
                return Localized(fr: "avertissement : fichier en Windows-1252 (Excel sous Windows), converti en UTF-8 ; vérifiez les accents",
                                 en: "warning: Windows-1252 file (Excel on Windows), converted to UTF-8; check the accents")
            case .absentVariables(let names):
                let list = Self.shortList(names.map(TerminalText.printable))
                return .plural(names.count,
                               fr: ("avertissement : aucune colonne pour \(list) : rien n'est enregistré pour cette variable",
                                    "avertissement : aucune colonne pour \(names.count) variables (\(list)) : rien n'est enregistré pour elles"),
                               en: ("warning: no column for \(list): nothing is recorded for this variable",
                                    "warning: no column for \(names.count) variables (\(list)): nothing is recorded for them"))
            case .ignoredColumns(let names):
                let list = Self.shortList(names.map(TerminalText.printable))
                return .plural(names.count, fr: ("colonne laissée de côté : \(list)", "colonnes laissées de côté : \(list)"),
                               en: ("column left out: \(list)", "columns left out: \(list)"))
            }
        case .unknownWave(let value, let known):
            let v = Self.quoted(value), waves = known.joined(separator: ", ")
            return Localized(fr: "\(v.fr) n'est pas une vague du questionnaire (\(waves))", en: "\(v.en) is not a wave of the questionnaire (\(waves))")
        case .badSessionID(let value):
            let v = Self.quoted(value)
            return Localized(fr: "\(v.fr) n'est pas un identifiant de session (32 chiffres hexadécimaux)",
                             en: "\(v.en) is not a session id (32 hexadecimal digits)")
        case .duplicatedSession(let value):
            let v = Self.quoted(value)
            return Localized(fr: "la session \(v.fr) apparaît deux fois", en: "session \(v.en) appears twice")
        case .badStatus(let value):
            let v = Self.quoted(value)
            return Localized(fr: "\(v.fr) n'est pas un statut (complete ou partial)", en: "\(v.en) is not a status (complete or partial)")
        case .badTimestamp(let value):
            let v = Self.quoted(value)
            return Localized(fr: "\(v.fr) n'est pas une date ISO 8601 (2026-11-23T12:05:09.042Z)",
                             en: "\(v.en) is not an ISO 8601 time (2026-11-23T12:05:09.042Z)")
        case .wrongCellCount(let expected, let found):
            return .plural(found, fr: ("\(found) cellule au lieu de \(expected)", "\(found) cellules au lieu de \(expected)"),
                           en: ("\(found) cell instead of \(expected)", "\(found) cells instead of \(expected)"))
        case .unterminatedQuote:
            return Localized(fr: "guillemet ouvert jamais fermé", en: "quote opened and never closed")
        case .textAfterQuote:
            return Localized(fr: "texte après un guillemet fermant", en: "text after a closing quote")
        case .emptyFile:
            return Localized(fr: "fichier vide (pas de ligne d'en-tête)", en: "empty file (no header line)")

        case .notCSV(let name):
            return Localized(fr: "le fichier de sortie doit finir par .csv : \(name)", en: "the output file must end in .csv: \(name)")
        case .unwritable(let file, let code):
            let reason = SystemErrorText(errno: code).localized
            return Localized(fr: "impossible d'écrire \(file) (\(reason.fr))", en: "cannot write \(file) (\(reason.en))")
        case .linkSecretUnreadable(let path, let code):
            let reason = SystemErrorText(errno: code).localized
            return Localized(fr: "impossible de lire le secret des clés de personne \(path) (\(reason.fr))",
                             en: "cannot read the person-key secret \(path) (\(reason.en))")
        case .linkSecretUnwritable(let path, let code):
            let reason = SystemErrorText(errno: code).localized
            return Localized(fr: "impossible de créer le secret des clés de personne \(path) (\(reason.fr))",
                             en: "cannot create the person-key secret \(path) (\(reason.en))")
        case .linkSecretDamaged(let path, let count):
            return Localized(fr: "le secret des clés de personne \(path) est endommagé (\(count) octets au lieu de 32) : il n'est pas remplacé, "
                                 + "car un autre secret changerait toutes les clés ; restaurez-le depuis une sauvegarde",
                             en: "the person-key secret \(path) is damaged (\(count) bytes instead of 32): it is not replaced, "
                                 + "since another secret would change every key; restore it from a backup")
        }
    }

    /// `3–5, 9` for lines 3, 4, 5 and 9; long lists end with "…".
    static func lineList(_ lines: [Int]) -> String {
        var runs: [String] = []
        var index = 0
        while index < lines.count, runs.count < 6 {
            var end = index
            while end + 1 < lines.count, lines[end + 1] == lines[end] + 1 { end += 1 }
            runs.append(end == index ? "\(lines[index])" : "\(lines[index])–\(lines[end])")
            index = end + 1
        }
        return runs.joined(separator: ", ") + (index < lines.count ? ", …" : "")
    }

    /// Who a damage touches, and how sure that is.
    private static func sessions(_ codes: [String], lostStarts: [UInt64], attribution: JournalDamage.Attribution) -> Localized {
        let shown = codes.prefix(8).joined(separator: ", "), more = codes.count - min(codes.count, 8)
        let list = more == 0 ? Localized(invariant: shown) : Localized(fr: "\(shown) et \(more) autres", en: "\(shown) and \(more) more")
        var parts: [Localized] = []
        switch (attribution, codes.count) {
        case (_, 0) where !lostStarts.isEmpty: break
        case (.openSessions, 0): parts.append(Localized(fr: "aucune session ouverte à cet endroit", en: "no session open at this point"))
        case (_, 0): parts.append(Localized(fr: "aucune session", en: "no session"))
        case (.exact, 1): parts.append(Localized(fr: "la session \(shown)", en: "session \(shown)"))
        case (.exact, _): parts.append(Localized(fr: "les sessions ", en: "sessions ") + list)
        case (.readFromDamage, 1):
            parts.append(Localized(fr: "la session \(shown) (lue sur la ligne abîmée)", en: "session \(shown) (read from the damaged line)"))
        case (.readFromDamage, _):
            parts.append(Localized(fr: "les sessions ", en: "sessions ") + list + Localized(fr: " (lues sur les lignes abîmées)", en: " (read from the damaged lines)"))
        case (.openSessions, 1):
            parts.append(Localized(fr: "la session \(shown) (la seule ouverte à cet endroit)", en: "session \(shown) (the only one open at this point)"))
        case (.openSessions, _): parts.append(Localized(fr: "l'une des sessions ouvertes à cet endroit : ", en: "one of the sessions open at this point: ") + list)
        }
        for reference in lostStarts {
            parts.append(Localized(fr: "la session commencée ligne n° \(reference) (début perdu)",
                                   en: "the session started at line number \(reference) (start lost)"))
        }
        return parts.dropFirst().reduce(parts[0]) { $0 + Localized(fr: " ; ", en: "; ") + $1 }
    }

    /// At most ten names, then how many more.
    private static func shortList(_ names: [String]) -> String {
        names.count <= 10 ? names.joined(separator: ", ") : names.prefix(10).joined(separator: ", ") + ", … (+\(names.count - 10))"
    }

    /// A cell value as messages show it: quoted the way each language quotes, cut when long, and made harmless for a
    /// terminal.
    private static func quoted(_ raw: String) -> Localized {
        let value = TerminalText.printable(raw)
        let shown = value.count > 60 ? String(value.prefix(60)) + "…" : value
        return Localized(fr: "« \(shown) »", en: "'\(shown)'")
    }

    public static let samples: [ResponsesMessage] = {
        let device = DeviceID("tab-07")!, other = DeviceID("tab-08")!
        let issue = ImportIssue(kind: .pointOutOfRange(points: 8), line: 3, column: "aise.materiel", value: "9")
        return [
            .diskFull, .writeFailed(errno: 5), .syncFailed(errno: 5), .unusableAfterFailure, .lockedByAnotherWriter,
            .cannotCreateDirectory(errno: 13), .cannotOpen(errno: 2), .cannotRead(errno: 21),
            .corruptLine(line: 7, problem: .notJSON), .wrongDevice(journal: device, requested: other), .unencodableEvent("nan"),
            .unknownSession(code: "7K2M9QXA"), .sessionEnded(code: "7K2M9QXA", status: .completed),
            .differentQuestionnaire(code: "7K2M9QXA", sessionQuestionnaire: "esc", currentQuestionnaire: "atelier"),
            .questionnaireVersionChanged(code: "7K2M9QXA", sessionVersion: "1", currentVersion: "2"), .journalClosed,
            .emptyLine, .notJSON, .invalidEvent("no item"), .unsupportedFormatVersion(3), .sequenceNotIncreasing(previous: 4, found: 2),
            .otherDeviceLine(expected: device, found: other), .checksumMismatch, .sequenceGap(expected: 4, found: 5),
            .sequenceGap(expected: 4, found: 7), .unknownSessionReference(3), .malformedField("answer"),
            .linesMissing(previous: 2, found: 4, count: 1), .linesMissing(previous: 2, found: 6, count: 3), .headerMissing, .alteredLine,
            .zeroFilledLine, .duplicatedLine(of: 12), .reorderedLine(sequence: 14, after: 12), .numberReused(sequence: 9, line: 8),
            .unreadableLine(.malformed("answer")), .lostSessionStart(reference: 4, lines: [5]),
            .lostSessionStart(reference: 4, lines: [5, 6, 7, 9, 11, 12, 14, 16, 18, 20]), .lineOfDevice(other), .newerJournalFormat(3),
            .tornLastLine, .zeroFilledTail,
            .damagedSessions(codes: ["7K2M9QXA"], lostStarts: [], attribution: .exact),
            .damagedSessions(codes: ["7K2M9QXA", "P3X8R1ZZ"], lostStarts: [], attribution: .exact),
            .damagedSessions(codes: [], lostStarts: [4], attribution: .exact),
            .damagedSessions(codes: [], lostStarts: [], attribution: .exact),
            .damagedSessions(codes: ["7K2M9QXA"], lostStarts: [], attribution: .readFromDamage),
            .damagedSessions(codes: ["7K2M9QXA", "P3X8R1ZZ"], lostStarts: [], attribution: .readFromDamage),
            .damagedSessions(codes: ["7K2M9QXA"], lostStarts: [], attribution: .openSessions),
            .damagedSessions(codes: (1...10).map { "7K2M9QX\($0 % 10)" }, lostStarts: [7], attribution: .openSessions),
            .damagedSessions(codes: [], lostStarts: [], attribution: .openSessions),
            .damageAndSessions(damage: ResponsesMessage.alteredLine.localized,
                               sessions: ResponsesMessage.damagedSessions(codes: ["7K2M9QXA"], lostStarts: [], attribution: .exact).localized),
            .unreadableDirectory("Responses"), .unreadableFile("kobo.csv"), .journalFile("journal-tab-07.jsonl", .diskFull),
            .csvRefused(file: "kobo.csv", problems: 1), .csvRefused(file: "kobo.csv", problems: 2), .moreProblems(1), .moreProblems(3),
            .importIssue(issue), .importIssue(ImportIssue(kind: .emptyFile, line: 1, column: "", value: "")),
            .importWarning(.convertedFromWindows1252), .importWarning(.absentVariables(["age"])),
            .importWarning(.absentVariables(["age", "sexe"])), .importWarning(.ignoredColumns(["\"\""])),
            .importWarning(.ignoredColumns(["id", "seed"])), .invalidUTF8(value: "C3 67"),
            .unknownEscape(value: "NA", known: []), .systemFileRefused("duplicate name"),
            .unknownColumn, .duplicatedColumn, .pointOutOfRange(value: "9", points: 8), .notAScalePoint(value: "5 ou 6", points: 8),
            .unknownOption(value: "femmes", known: ["femme", "homme"]), .notAnIndicator(value: "2"), .notANumber(value: "trente"),
            .notAWholeNumber(value: "30,5"), .numberOutOfRange(value: "12", minimum: "15", maximum: nil),
            .unknownEscape(value: "nr", known: ["nsp"]), .unknownWave(value: "t9", known: ["t0", "t1"]), .badSessionID(value: "1234"),
            .duplicatedSession(value: "abcd"), .badStatus(value: "fini"), .badTimestamp(value: "hier"),
            .wrongCellCount(expected: 3, found: 1), .wrongCellCount(expected: 3, found: 5), .unterminatedQuote, .textAfterQuote, .emptyFile,
            .notCSV("export.txt"), .unwritable(file: "export.csv", errno: 13),
            .linkSecretUnreadable(path: "Responses/link-secret", errno: 13), .linkSecretUnwritable(path: "Responses/link-secret", errno: 28),
            .linkSecretDamaged(path: "Responses/link-secret", bytes: 5),
        ] + [SessionStatus.inProgress, .paused, .completed, .abandoned].map(Self.sessionStatus)
          + MissingReason.allCases.map(Self.missingReason)
    }()
}
