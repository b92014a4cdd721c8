import Support

/// `octant verify`'s account of a folder's journals, French and English side by side. What each damage is and whom it
/// touches comes from the Responses catalogue; these are the lines around it. Sessions appear by their session code.
enum VerifyText: MessageCatalogue, Hashable {
    case fileIntact(file: String, lines: Int, sessions: Int)
    case fileDamaged(file: String, intactLines: Int, lines: Int, missing: UInt64)
    case fileUnreadable(file: String, Localized)
    /// `place` is `file:line` or `file:line–line`.
    case damage(place: String, Localized)
    case warning(place: String, Localized)
    case intactSessions(Int)
    case damagedSession(code: String, answers: Int, before: Int)
    case unattributed(lines: Int)
    case noJournal(String)
    case summary(files: Int, damaged: Int, withWarnings: Int)
    case keepACopy

    var localized: Localized {
        switch self {
        case .fileIntact(let file, let lines, let sessions):
            return Localized(fr: "\(file) : intact — ", en: "\(file): intact — ")
                + .plural(lines, fr: ("\(lines) ligne, ", "\(lines) lignes, "), en: ("\(lines) line, ", "\(lines) lines, "))
                + .plural(sessions, fr: ("\(sessions) session", "\(sessions) sessions"), en: ("\(sessions) session", "\(sessions) sessions"))
        case .fileDamaged(let file, let intactLines, let lines, let missing):
            let lost = missing == 0 ? Localized(invariant: "")
                : .plural(Int(clamping: missing), fr: (", \(missing) manquante", ", \(missing) manquantes"), en: (", \(missing) missing", ", \(missing) missing"))
            return Localized(fr: "\(file) : ENDOMMAGÉ — ", en: "\(file): DAMAGED — ")
                + .plural(intactLines, fr: ("\(intactLines) ligne intacte sur \(lines)", "\(intactLines) lignes intactes sur \(lines)"),
                          en: ("\(intactLines) of \(lines) lines intact", "\(intactLines) of \(lines) lines intact"))
                + lost
        case .fileUnreadable(let file, let why):
            return Localized(fr: "\(file) : ILLISIBLE — \(why.fr)", en: "\(file): UNREADABLE — \(why.en)")
        case .damage(let place, let what):
            return Localized(fr: "  \(place) : \(what.fr)", en: "  \(place): \(what.en)")
        case .warning(let place, let what):
            return Localized(fr: "  avertissement : \(place) : \(what.fr)", en: "  warning: \(place): \(what.en)")
        case .intactSessions(let n):
            return .plural(n, fr: ("  récupérable : \(n) session intacte, avec toutes ses réponses",
                                   "  récupérable : \(n) sessions intactes, avec toutes leurs réponses"),
                           en: ("  salvageable: \(n) intact session, with all its answers", "  salvageable: \(n) intact sessions, with all their answers"))
        case .damagedSession(let code, let answers, let line):
            return .plural(answers, fr: ("  récupérable : session \(code), \(answers) réponse enregistrée avant la ligne \(line)",
                                         "  récupérable : session \(code), \(answers) réponses enregistrées avant la ligne \(line)"),
                           en: ("  salvageable: session \(code), \(answers) answer recorded before line \(line)",
                                "  salvageable: session \(code), \(answers) answers recorded before line \(line)"))
        case .unattributed(let lines):
            return .plural(lines, fr: ("  perdu : \(lines) ligne d'une session au début perdu, rattachable à aucune session",
                                       "  perdu : \(lines) lignes de sessions au début perdu, rattachables à aucune session"),
                           en: ("  lost: \(lines) line of a session whose start is lost, belonging to no known session",
                                "  lost: \(lines) lines of sessions whose start is lost, belonging to no known session"))
        case .noJournal(let path):
            return Localized(fr: "Aucun journal dans \(path) (journal-*.ojl, journal-*.jsonl) : rien à vérifier.",
                             en: "No journal in \(path) (journal-*.ojl, journal-*.jsonl): nothing to check.")
        case .summary(let files, let damaged, let withWarnings):
            return .plural(files, fr: ("Bilan : \(files) journal vérifié, ", "Bilan : \(files) journaux vérifiés, "),
                           en: ("Summary: \(files) journal checked, ", "Summary: \(files) journals checked, "))
                + .plural(damaged, fr: ("\(damaged) endommagé, ", "\(damaged) endommagés, "), en: ("\(damaged) damaged, ", "\(damaged) damaged, "))
                + .plural(withWarnings, fr: ("\(withWarnings) avec un avertissement. ", "\(withWarnings) avec des avertissements. "),
                          en: ("\(withWarnings) with a warning. ", "\(withWarnings) with warnings. "))
                + Localized(fr: "Rien n'a été modifié.", en: "Nothing was changed.")
        case .keepACopy:
            return Localized(fr: "Copiez les fichiers endommagés tels quels avant toute autre chose, et demandez de l'aide : ce qui est récupérable est dit ci-dessus.",
                             en: "Copy the damaged files as they are before anything else, and ask for help: what can be salvaged is said above.")
        }
    }

    static let samples: [VerifyText] = [
        .fileIntact(file: "journal-tab-07.ojl", lines: 1, sessions: 0), .fileIntact(file: "journal-tab-07.ojl", lines: 212, sessions: 12),
        .fileDamaged(file: "journal-tab-07.ojl", intactLines: 1, lines: 3, missing: 0),
        .fileDamaged(file: "journal-tab-07.ojl", intactLines: 118, lines: 121, missing: 1),
        .fileDamaged(file: "journal-tab-07.ojl", intactLines: 80, lines: 80, missing: 3),
        .fileUnreadable(file: "journal-tab-07.ojl", Localized(fr: "Impossible d'ouvrir le journal", en: "Cannot open the journal")),
        .damage(place: "journal-tab-07.ojl:3", Localized(fr: "une ligne manque", en: "one line is missing")),
        .warning(place: "journal-tab-07.ojl:121", Localized(fr: "dernière ligne incomplète", en: "last line incomplete")),
        .intactSessions(1), .intactSessions(11), .damagedSession(code: "7K2M9QXA", answers: 1, before: 3),
        .damagedSession(code: "7K2M9QXA", answers: 5, before: 17), .unattributed(lines: 1), .unattributed(lines: 14),
        .noJournal("Responses"), .summary(files: 1, damaged: 0, withWarnings: 0), .summary(files: 3, damaged: 1, withWarnings: 2), .keepACopy,
    ]
}
