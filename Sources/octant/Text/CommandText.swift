import Foundation
import Support

/// What the commands print as they work (results, warnings, failures), French and English side by side.
enum CommandText: MessageCatalogue, Hashable {
    case fileNotFound(String)
    case failure(String)
    case cannotRead(String)
    case cannotWriteOutput(path: String, errno: Int32)
    case timing(path: String, milliseconds: Double, items: Int)
    case checkSummary(path: String, errors: Int, warnings: Int)
    case codebookTitle
    case dataDirectoryNotFound(String)
    case duplicateEvents(Int)
    case conflictSameSequence(device: String, sequence: UInt64)
    case conflictSessionOnDevices(session: String, devices: [String])
    case tornTail(file: String, line: Int)
    case zeroFilledTail(file: String, line: Int)
    case verifyHint([String])
    case otherQuestionnaireSessions(Int)
    case exported(sessions: Int, variables: Int, csv: String, codebook: String, spss: String, r: String, sav: String)
    case exportConvention
    case importFixHint
    case mappingUnreadable(file: String)
    case mappingLine(file: String, line: Int, text: String)
    case mappingUsed(String)
    case moreIssues(Int)
    case imported(rows: Int, added: Int, journal: String, alreadyPresent: Int, problems: Int)
    case cannotSimulate(String)
    case simulatedCSV(sessions: Int, device: String, seed: UInt64, csv: String, codebook: String, spss: String, r: String, seconds: String)
    case simulatedJournal(sessions: Int, events: Int, seed: UInt64, path: String, seconds: String)
    case simulatedPanel(sessions: Int, people: Int, waves: [String], effect: String, attritionPercent: Int, path: String, data: String)
    case targets(reproduced: Int, reached: Int, worstError: Double, unreachable: Int)
    case targetMissed(String)
    case questionnaireHasErrors
    case tornJournalLine(String)
    case interrupted(session: String, command: String)
    case inputEnded(command: String)
    case unknownSessionCode(String)
    case nothingToResume, interviewsToResume
    case chooseInterview
    case typeInterviewNumber(Int)
    case sessionQuestionnaireMissing(String)
    case questionnaireEditedSinceStart
    // Exports and reports (issue 14).
    case csvDialect(CSVDialect, separator: String, decimalComma: Bool, byteOrderMark: Bool)
    case personKeyExported(secret: String)
    case noSessionOfQuestionnaire(id: String, data: String, held: [String: Int])

    var localized: Localized {
        switch self {
        case .fileNotFound(let path): return Localized(fr: "fichier introuvable : \(path)", en: "file not found: \(path)")
        case .failure(let description): return Localized(fr: "erreur : \(description)", en: "error: \(description)")
        case .cannotRead(let path): return Localized(fr: "\(path) : impossible de lire le fichier", en: "\(path): cannot read the file")
        case .cannotWriteOutput(let path, let code):
            let reason = SystemErrorText(errno: code).localized
            return Localized(fr: "\(path) : impossible d'écrire le fichier (\(reason.fr)) ; un fichier précédent de ce nom reste tel quel",
                             en: "\(path): cannot write the file (\(reason.en)); any previous file of that name is left as it was")
        case .timing(let path, let milliseconds, let items):
            let time = String(format: "%.2f ms", milliseconds)
            return .plural(items, fr: ("\(path) : \(time) (\(items) item)", "\(path) : \(time) (\(items) items)"),
                           en: ("\(path): \(time) (\(items) item)", "\(path): \(time) (\(items) items)"))
        case .checkSummary(let path, let errors, let warnings):
            return Localized(fr: "\(path) : ", en: "\(path): ")
                + .plural(errors, fr: ("\(errors) erreur", "\(errors) erreurs"), en: ("\(errors) error", "\(errors) errors"))
                + Localized(invariant: ", ")
                + .plural(warnings, fr: ("\(warnings) avertissement", "\(warnings) avertissements"),
                          en: ("\(warnings) warning", "\(warnings) warnings"))
        case .codebookTitle: return Localized(fr: "Dictionnaire des variables", en: "Codebook")
        case .dataDirectoryNotFound(let path):
            return Localized(fr: "dossier de données introuvable : \(path)", en: "data directory not found: \(path)")
        case .duplicateEvents(let n):
            return .plural(n, fr: ("\(n) événement en double ignoré (journaux copiés deux fois)", "\(n) événements en double ignorés (journaux copiés deux fois)"),
                           en: ("\(n) duplicate event ignored (journals copied twice)", "\(n) duplicate events ignored (journals copied twice)"))
        case .conflictSameSequence(let device, let sequence):
            return Localized(fr: "conflit : deux événements différents n° \(sequence) pour l'appareil \(device)",
                             en: "conflict: two different events number \(sequence) for device \(device)")
        case .conflictSessionOnDevices(let session, let devices):
            let list = devices.joined(separator: ", ")
            return Localized(fr: "conflit : la session \(session) a des réponses différentes sur \(list)",
                             en: "conflict: session \(session) has different answers on \(list)")
        case .tornTail(let file, let line):
            return Localized(fr: "avertissement : \(file) : dernière ligne \(line) incomplète (écriture interrompue, ou fichier encore en cours de copie) : lu jusqu'à la ligne \(line - 1)",
                             en: "warning: \(file): last line \(line) incomplete (a write cut short, or a file still being copied): read up to line \(line - 1)")
        case .zeroFilledTail(let file, let line):
            return Localized(fr: "avertissement : \(file) : fin du fichier faite d'octets nuls à partir de la ligne \(line) (copie inachevée ?) : lu jusqu'à la ligne \(line - 1)",
                             en: "warning: \(file): end of the file made of zero bytes from line \(line) (an unfinished copy?): read up to line \(line - 1)")
        case .verifyHint(let folders):
            let commands = folders.map { "octant verify --data \($0)" }.joined(separator: " ; ")
            return Localized(fr: "Pour savoir ce qui est intact et ce qui est récupérable : \(commands)",
                             en: "To see what is intact and what can be salvaged: \(commands)")
        case .otherQuestionnaireSessions(let n):
            return .plural(n, fr: ("\(n) session d'un autre questionnaire ignorée", "\(n) sessions d'un autre questionnaire ignorées"),
                           en: ("\(n) session of another questionnaire left out", "\(n) sessions of another questionnaire left out"))
        case .exported(let sessions, let variables, let csv, let codebook, let spss, let r, let sav):
            return .plural(sessions, fr: ("\(sessions) session", "\(sessions) sessions"), en: ("\(sessions) session", "\(sessions) sessions"))
                + Localized(invariant: ", ")
                + .plural(variables, fr: ("\(variables) variable", "\(variables) variables"), en: ("\(variables) variable", "\(variables) variables"))
                + Localized(fr: " → \(csv)\ndictionnaire : \(codebook)\nsyntaxe SPSS/PSPP : \(spss)\nscript R : \(r)\nfichier SPSS (Jamovi, JASP, PSPP) : \(sav)",
                            en: " → \(csv)\ncodebook: \(codebook)\nSPSS/PSPP syntax: \(spss)\nR script: \(r)\nSPSS file (Jamovi, JASP, PSPP): \(sav)")
        case .exportConvention:
            return Localized(fr: "Convention : codes en valeurs ; réponse hors échelle = son code (nsp) ; autre valeur manquante = cellule vide. "
                                 + "Les codes participants ne sont jamais exportés.",
                             en: "Convention: codes as values; escape answer = its code (nsp); any other missing value = empty cell. "
                                 + "Participant codes are never exported.")
        case .mappingUnreadable(let file):
            return Localized(fr: "Impossible de lire la correspondance \(file).", en: "Cannot read the mapping \(file).")
        case .mappingLine(let file, let line, let text):
            return Localized(fr: "\(file):\(line) : ligne de correspondance illisible : \(text) (voir docs/import.md)",
                             en: "\(file):\(line): unreadable mapping line: \(text) (see docs/import.md)")
        case .mappingUsed(let file): return Localized(fr: "Correspondance : \(file)", en: "Mapping: \(file)")
        case .importFixHint:
            return Localized(fr: "Corrigez le fichier, ou chargez les cellules invalides comme manquantes avec --invalid missing.",
                             en: "Fix the file, or load invalid cells as missing values with --invalid missing.")
        case .moreIssues(let n):
            return .plural(n, fr: ("… et \(n) autre", "… et \(n) autres"), en: ("… and \(n) more", "… and \(n) more"))
        case .imported(let rows, let added, let journal, let already, let problems):
            return .plural(rows, fr: ("\(rows) ligne lue : ", "\(rows) lignes lues : "), en: ("\(rows) row read: ", "\(rows) rows read: "))
                + .plural(added, fr: ("\(added) session ajoutée", "\(added) sessions ajoutées"), en: ("\(added) session added", "\(added) sessions added"))
                + Localized(fr: " à \(journal), ", en: " to \(journal), ")
                + .plural(already, fr: ("\(already) déjà présente, ", "\(already) déjà présentes, "),
                          en: ("\(already) already present, ", "\(already) already present, "))
                + .plural(problems, fr: ("\(problems) problème chargé comme manquant.", "\(problems) problèmes chargés comme manquants."),
                          en: ("\(problems) problem loaded as missing.", "\(problems) problems loaded as missing."))
        case .cannotSimulate(let reason): return Localized(fr: "simulation impossible : \(reason)", en: "cannot simulate: \(reason)")
        case .simulatedCSV(let sessions, let device, let seed, let csv, let codebook, let spss, let r, let seconds):
            let frDetail = "(appareil \(device), graine \(seed))", enDetail = "(device \(device), seed \(seed))"
            return .plural(sessions, fr: ("\(sessions) session SYNTHÉTIQUE \(frDetail) écrite dans \(csv) en \(seconds) s",
                                          "\(sessions) sessions SYNTHÉTIQUES \(frDetail) écrites dans \(csv) en \(seconds) s"),
                           en: ("\(sessions) SYNTHETIC session \(enDetail) written to \(csv) in \(seconds) s",
                                "\(sessions) SYNTHETIC sessions \(enDetail) written to \(csv) in \(seconds) s"))
                + Localized(fr: "\ndictionnaire : \(codebook)\nsyntaxe SPSS/PSPP : \(spss)\nscript R : \(r)",
                            en: "\ncodebook: \(codebook)\nSPSS/PSPP syntax: \(spss)\nR script: \(r)")
        case .simulatedJournal(let sessions, let events, let seed, let path, let seconds):
            let counted = Localized.plural(events, fr: ("\(events) événement", "\(events) événements"), en: ("\(events) event", "\(events) events"))
            let (frEvents, enEvents) = (counted.fr, counted.en)
            return .plural(sessions, fr: ("\(sessions) session SYNTHÉTIQUE (\(frEvents), graine \(seed)) écrite dans \(path) en \(seconds) s",
                                          "\(sessions) sessions SYNTHÉTIQUES (\(frEvents), graine \(seed)) écrites dans \(path) en \(seconds) s"),
                           en: ("\(sessions) SYNTHETIC session (\(enEvents), seed \(seed)) written to \(path) in \(seconds) s",
                                "\(sessions) SYNTHETIC sessions (\(enEvents), seed \(seed)) written to \(path) in \(seconds) s"))
        case .simulatedPanel(let sessions, let people, let waves, let effect, let attrition, let path, let data):
            let chain = waves.joined(separator: " → ")
            let next = waves.count >= 2 ? Localized(invariant: "\(waves[0]):\(waves[1])") : Localized(fr: "AVANT:APRÈS", en: "BEFORE:AFTER")
            let counted = Localized.plural(people, fr: ("\(people) personne", "\(people) personnes"), en: ("\(people) person", "\(people) people"))
            let (frPeople, enPeople) = (counted.fr, counted.en)
            return .plural(sessions, fr: ("\(sessions) session SYNTHÉTIQUE de \(frPeople)", "\(sessions) sessions SYNTHÉTIQUES de \(frPeople)"),
                           en: ("\(sessions) SYNTHETIC session of \(enPeople)", "\(sessions) SYNTHETIC sessions of \(enPeople)"))
                + .plural(sessions, fr: (", vagues \(chain) (effet vrai \(effect) point par vague, \(attrition) % perdus à chaque vague), écrite dans \(path)",
                                         ", vagues \(chain) (effet vrai \(effect) point par vague, \(attrition) % perdus à chaque vague), écrites dans \(path)"),
                          en: (", waves \(chain) (true effect \(effect) point per wave, \(attrition)% lost at each wave), written to \(path)",
                               ", waves \(chain) (true effect \(effect) point per wave, \(attrition)% lost at each wave), written to \(path)"))
                + Localized(fr: "\nSuite : octant link … --data \(data) ; octant report … --data \(data) --change \(next.fr)",
                            en: "\nNext: octant link … --data \(data); octant report … --data \(data) --change \(next.en)")
        case .targets(let reproduced, let reached, let worst, let unreachable):
            let frWorst = String(format: "%.3f", worst).replacingOccurrences(of: ".", with: ","), enWorst = String(format: "%.3f", worst)
            return Localized(fr: "cibles : \(reproduced)/\(reached) moyennes publiées reproduites à ±0,05 (écart max \(frWorst)) ; "
                                 + "\(unreachable) sans répondant (question non posée à ce groupe)",
                             en: "targets: \(reproduced)/\(reached) published means reproduced within ±0.05 (max error \(enWorst)); "
                                 + "\(unreachable) with no respondent (question not asked of that group)")
        case .targetMissed(let detail): return Localized(fr: "avertissement : cible manquée \(detail)", en: "warning: target missed \(detail)")
        case .questionnaireHasErrors:
            return Localized(fr: "Ce questionnaire a des erreurs : corrigez-les avant de le faire passer (octant check).",
                             en: "This questionnaire has errors: fix them before administering it (octant check).")
        case .tornJournalLine(let file):
            return Localized(fr: "Note : une dernière ligne incomplète du journal (coupure pendant une écriture) a été mise de côté dans \(file).",
                             en: "Note: an incomplete last journal line (cut during a write) was set aside in \(file).")
        case .interrupted(let session, let command):
            return Localized(fr: "Interrompu. Les réponses données sont enregistrées (session \(session)). Reprise : \(command)",
                             en: "Interrupted. The answers given are saved (session \(session)). To resume: \(command)")
        case .inputEnded(let command):
            return Localized(fr: "Fin de l'entrée : l'entretien est mis en pause. Reprise : \(command)",
                             en: "End of input: the interview is paused. To resume: \(command)")
        case .unknownSessionCode(let code):
            return Localized(fr: "Aucun entretien à reprendre n'a le code « \(code) ».", en: "No interview to resume has the code '\(code)'.")
        case .nothingToResume: return Localized(fr: "Aucun entretien à reprendre.", en: "No interview to resume.")
        case .interviewsToResume: return Localized(fr: "Entretiens à reprendre :", en: "Interviews to resume:")
        case .chooseInterview:
            return Localized(fr: "Numéro de l'entretien à reprendre (Entrée : le dernier, q : annuler) : ",
                             en: "Number of the interview to resume (Enter: the last one, q: cancel): ")
        case .typeInterviewNumber(let count):
            return Localized(fr: "Tapez un numéro de 1 à \(count) : ", en: "Type a number from 1 to \(count): ")
        case .sessionQuestionnaireMissing(let id):
            return Localized(fr: "Le questionnaire « \(id) » de cette session est introuvable : lancez la reprise depuis le dossier qui contient Questionnaires/, ou donnez le fichier : octant run --resume FICHIER.survey",
                             en: "The questionnaire '\(id)' of this session cannot be found: resume from the folder holding Questionnaires/, or name the file: octant run --resume FILE.survey")
        case .questionnaireEditedSinceStart:
            return Localized(fr: "Attention : le questionnaire a été modifié depuis le début de cette session (même version).",
                             en: "Warning: the questionnaire was edited since this session began (same version).")
        case .csvDialect(let dialect, let separator, let decimalComma, let byteOrderMark):
            let name = dialect == .french ? Localized(fr: "français", en: "French") : Localized(fr: "international", en: "international")
            let decimal = decimalComma ? Localized(fr: "virgule décimale", en: "decimal comma") : Localized(fr: "point décimal", en: "decimal point")
            let mark = byteOrderMark ? Localized(fr: "avec marque d'ordre des octets (BOM)", en: "with byte order mark (BOM)")
                : Localized(fr: "sans marque d'ordre des octets", en: "no byte order mark")
            let shown = separator == "tab" ? Localized(fr: "tabulation", en: "tab") : Localized(fr: "« \(separator) »", en: "'\(separator)'")
            let other = dialect == .french ? "international" : "french"
            return Localized(fr: "CSV \(name.fr) : séparateur \(shown.fr), \(decimal.fr), \(mark.fr) (--csv \(other) pour l'autre)",
                             en: "\(name.en) CSV: separator \(shown.en), \(decimal.en), \(mark.en) (--csv \(other) for the other one)")
        case .personKeyExported(let secret):
            return Localized(fr: "person_key : clé de personne (HMAC-SHA-256 du code participant avec le secret \(secret), qui n'est jamais exporté) ; "
                                 + "la même à chaque vague, pour apparier les vagues dans R ou SPSS. Gardez ce secret avec les journaux.",
                             en: "person_key: a person key (HMAC-SHA-256 of the participant code with the secret \(secret), which is never exported); "
                                 + "the same at every wave, to pair the waves in R or SPSS. Keep this secret with the journals.")
        case .noSessionOfQuestionnaire(let id, let data, let held):
            guard !held.isEmpty else {
                return Localized(fr: "\(data) ne contient aucune session, ni de « \(id) » ni d'un autre questionnaire : rien à décrire",
                                 en: "\(data) holds no session at all, of '\(id)' or of any other questionnaire: nothing to describe")
            }
            let list = held.sorted { $0.key < $1.key }.map { name, count in
                Localized.plural(count, fr: ("« \(name) » (\(count) session)", "« \(name) » (\(count) sessions)"),
                                 en: ("'\(name)' (\(count) session)", "'\(name)' (\(count) sessions)"))
            }
            let joined = list.dropFirst().reduce(list[0]) { $0 + Localized(invariant: ", ") + $1 }
            return Localized(fr: "\(data) ne contient aucune session du questionnaire « \(id) » ; il contient : ",
                             en: "\(data) holds no session of questionnaire '\(id)'; it holds: ") + joined
                + Localized(fr: ". Vérifiez le questionnaire ou le dossier donnés.", en: ". Check the questionnaire or the folder given.")
        }
    }

    static let samples: [CommandText] = [
        .fileNotFound("q.survey"), .failure("disque plein"), .cannotRead("q.survey"), .cannotWriteOutput(path: "rapport.html", errno: 28),
        .timing(path: "q.survey", milliseconds: 1.5, items: 1),
        .timing(path: "q.survey", milliseconds: 12.25, items: 60), .checkSummary(path: "q.survey", errors: 0, warnings: 1),
        .checkSummary(path: "q.survey", errors: 2, warnings: 3), .codebookTitle, .dataDirectoryNotFound("d"), .duplicateEvents(1),
        .duplicateEvents(4), .conflictSameSequence(device: "device-01", sequence: 7),
        .conflictSessionOnDevices(session: "K7M2Q9", devices: ["device-01", "device-02"]), .tornTail(file: "journal-a.jsonl", line: 12),
        .zeroFilledTail(file: "journal-tab-08.ojl", line: 40), .verifyHint(["Responses"]),
        .otherQuestionnaireSessions(1), .otherQuestionnaireSessions(3),
        .exported(sessions: 2, variables: 1, csv: "r.csv", codebook: "r.codebook.csv", spss: "r.sps", r: "r.R", sav: "r.sav"), .exportConvention,
        .importFixHint, .mappingUnreadable(file: "kobo.mapping"), .mappingLine(file: "kobo.mapping", line: 3, text: "colonne x"),
        .mappingUsed("kobo.mapping"), .moreIssues(1), .moreIssues(12), .imported(rows: 1, added: 0, journal: "d/journal-import-ab.jsonl", alreadyPresent: 1, problems: 0),
        .imported(rows: 3, added: 2, journal: "d/journal-import-ab.jsonl", alreadyPresent: 1, problems: 2), .cannotSimulate("aucune question"),
        .simulatedCSV(sessions: 300, device: "synthetic-7", seed: 7, csv: "s.csv", codebook: "s.codebook.csv", spss: "s.sps", r: "s.R", seconds: "0.4"),
        .simulatedJournal(sessions: 1, events: 1, seed: 1, path: "Responses/journal-synthetic-1.jsonl", seconds: "0.1"),
        .simulatedJournal(sessions: 50, events: 900, seed: 1, path: "Responses/journal-synthetic-1.jsonl", seconds: "0.1"),
        .simulatedPanel(sessions: 540, people: 300, waves: ["avant", "apres"], effect: "+0.50", attritionPercent: 20,
                        path: "/tmp/impact/journal-synthetic-1.jsonl", data: "/tmp/impact"),
        .targets(reproduced: 40, reached: 42, worstError: 0.061, unreachable: 1), .targetMissed("aise.materiel service=accueil: 6,1 → 6.170"),
        .questionnaireHasErrors, .tornJournalLine("journal-device.torn"), .interrupted(session: "K7M2Q9", command: "octant run --resume --data t2 --session K7M2Q9"),
        .inputEnded(command: "octant run --resume --session K7M2Q9"), .unknownSessionCode("K7M2Q9"), .nothingToResume,
        .interviewsToResume, .chooseInterview, .typeInterviewNumber(3), .sessionQuestionnaireMissing("esc-usagers"), .questionnaireEditedSinceStart,
        .csvDialect(.french, separator: ";", decimalComma: true, byteOrderMark: true),
        .csvDialect(.international, separator: "tab", decimalComma: false, byteOrderMark: false),
        .personKeyExported(secret: "Responses/link-secret"),
        .noSessionOfQuestionnaire(id: "esc-usagers", data: "Responses", held: ["esc-professionnels": 136, "atelier": 1]),
        .noSessionOfQuestionnaire(id: "esc-usagers", data: "vide", held: [:]),
    ]
}
