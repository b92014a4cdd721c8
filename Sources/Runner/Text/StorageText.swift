import Support

/// What the runner says about the data folder and the sessions stored in it, French and English side by side.
enum StorageText: MessageCatalogue, Hashable {
    case cannotCreate(path: String, errno: Int32)
    case unreadableDeviceID(path: String)
    case progress(answered: Int, asked: Int)
    case questionnaireNotFound
    case paused, interrupted

    var localized: Localized {
        switch self {
        case .cannotCreate(let path, let code):
            return Localized(fr: "Impossible de créer le dossier des données « \(path) » (erreur système \(code)).",
                             en: "Cannot create the data folder '\(path)' (system error \(code)).")
        case .unreadableDeviceID(let path):
            return Localized(fr: "Le fichier « \(path) » ne contient pas un identifiant d'appareil valable.",
                             en: "The file '\(path)' does not hold a valid device identifier.")
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
        .cannotCreate(path: "/data", errno: 13), .unreadableDeviceID(path: "/data/device-id"),
        .progress(answered: 1, asked: 1), .progress(answered: 3, asked: 60), .questionnaireNotFound, .paused, .interrupted,
    ]
}
