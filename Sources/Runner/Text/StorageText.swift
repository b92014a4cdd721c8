import Support

/// What the runner says about the data folder and the sessions stored in it, French and English side by side.
enum StorageText: MessageCatalogue, Hashable {
    case cannotCreate(path: String, errno: Int32)
    case unreadableDeviceID(path: String, errno: Int32)
    case cannotWriteDeviceID(path: String, errno: Int32)
    case deviceIDRecovered(keptAs: String, device: String, fromJournal: Bool)
    case progress(answered: Int, asked: Int)
    case questionnaireNotFound
    case paused, interrupted

    var localized: Localized {
        switch self {
        case .cannotCreate(let path, let code):
            let reason = SystemErrorText(errno: code).localized
            return Localized(fr: "Impossible de créer le dossier des données « \(path) » (\(reason.fr)).",
                             en: "Cannot create the data folder '\(path)' (\(reason.en)).")
        case .unreadableDeviceID(let path, let code):
            let reason = SystemErrorText(errno: code).localized
            return Localized(fr: "Impossible de lire l'identifiant de l'appareil dans « \(path) » (\(reason.fr)).",
                             en: "Cannot read the device identifier in '\(path)' (\(reason.en)).")
        case .cannotWriteDeviceID(let path, let code):
            let reason = SystemErrorText(errno: code).localized
            return Localized(fr: "Impossible d'enregistrer l'identifiant de l'appareil dans « \(path) » (\(reason.fr)).",
                             en: "Cannot save the device identifier in '\(path)' (\(reason.en)).")
        case .deviceIDRecovered(let keptAs, let device, let fromJournal):
            return Localized(fr: "Note : le fichier device-id était endommagé (écriture interrompue) ; il est conservé sous \(keptAs). ",
                             en: "Note: the device-id file was damaged (an interrupted write); it is kept as \(keptAs). ")
                + (fromJournal
                    ? Localized(fr: "Cet appareil reprend l'identifiant de son journal, \(device).",
                                en: "This device takes back the identifier of its journal, \(device).")
                    : Localized(fr: "Cet appareil a un nouvel identifiant, \(device) ; les journaux déjà présents gardent le leur.",
                                en: "This device has a new identifier, \(device); the journals already there keep theirs."))
        case .progress(let answered, let asked):
            // The count agrees with the total asked: "1/1 question", "3/60 questions".
            return .plural(asked, fr: ("\(answered)/\(asked) question", "\(answered)/\(asked) questions"),
                           en: ("\(answered)/\(asked) question", "\(answered)/\(asked) questions"))
        case .questionnaireNotFound: return Localized(fr: "questionnaire introuvable", en: "questionnaire not found")
        case .paused: return Localized(fr: "en pause", en: "paused")
        case .interrupted: return Localized(fr: "interrompu", en: "interrupted")
        }
    }

    static let samples: [StorageText] = [
        .cannotCreate(path: "/data", errno: 13), .unreadableDeviceID(path: "/data/device-id", errno: 13),
        .cannotWriteDeviceID(path: "/data/device-id", errno: 28),
        .deviceIDRecovered(keptAs: "device-id.damaged-20260123T120509Z", device: "device-00c0ffee00c0ffee", fromJournal: true),
        .deviceIDRecovered(keptAs: "device-id.damaged-20260123T120509Z", device: "device-00c0ffee00c0ffee", fromJournal: false),
        .progress(answered: 1, asked: 1), .progress(answered: 3, asked: 60), .questionnaireNotFound, .paused, .interrupted,
    ]
}
