#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the system refused a file operation, in words a mediator can act on, French and English side by side.
/// `strerror` speaks the system's locale only, and a bare number tells nobody that the disk is full.
public enum SystemErrorText: MessageCatalogue, Hashable {
    case diskFull
    case permissionDenied
    case readOnlyDisk
    case notFound
    case isFolder
    case notAFolder
    case fileTooLarge
    case inputOutput
    case nameTooLong
    case other(errno: Int32)

    public init(errno code: Int32) {
        self = Self.named[code] ?? .other(errno: code)
    }

    private static let named: [Int32: SystemErrorText] = [
        ENOSPC: .diskFull, EDQUOT: .diskFull, EACCES: .permissionDenied, EPERM: .permissionDenied, EROFS: .readOnlyDisk,
        ENOENT: .notFound, EISDIR: .isFolder, ENOTDIR: .notAFolder, EFBIG: .fileTooLarge, EIO: .inputOutput,
        ENAMETOOLONG: .nameTooLong,
    ]

    public var localized: Localized {
        switch self {
        case .diskFull: return Localized(fr: "disque plein", en: "disk full")
        case .permissionDenied: return Localized(fr: "permission refusée", en: "permission denied")
        case .readOnlyDisk: return Localized(fr: "disque en lecture seule", en: "read-only disk")
        case .notFound: return Localized(fr: "fichier ou dossier introuvable", en: "no such file or folder")
        case .isFolder: return Localized(fr: "c'est un dossier", en: "it is a folder")
        case .notAFolder: return Localized(fr: "une partie du chemin n'est pas un dossier", en: "part of the path is not a folder")
        case .fileTooLarge: return Localized(fr: "fichier trop grand", en: "file too large")
        case .inputOutput: return Localized(fr: "erreur d'entrée-sortie du disque", en: "disk input/output error")
        case .nameTooLong: return Localized(fr: "nom trop long", en: "name too long")
        case .other(let code): return Localized(fr: "erreur système \(code)", en: "system error \(code)")
        }
    }

    public static let samples: [SystemErrorText] = [
        .diskFull, .permissionDenied, .readOnlyDisk, .notFound, .isFolder, .notAFolder, .fileTooLarge, .inputOutput, .nameTooLong,
        .other(errno: 71),
    ]
}
