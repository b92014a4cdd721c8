import Foundation
import Questionnaire
import Responses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// The folder of the answer journals, opened: this device's identifier (`<data>/device-id`, drawn once at random) and
/// what opening it had to repair.
public struct DataDirectory: Sendable, Hashable {
    public let url: URL
    public let deviceID: DeviceID
    /// Set when `device-id` was damaged and has been replaced; the runner says so before the interview.
    public let recovery: DeviceIDRecovery?

    public enum Problem: Error, Hashable, Sendable {
        case cannotCreate(path: String, errno: Int32)
        case unreadableDeviceID(path: String, errno: Int32)
        case cannotWriteDeviceID(path: String, errno: Int32)

        public func message(_ l: Language) -> String {
            switch self {
            case .cannotCreate(let path, let code): return StorageText.cannotCreate(path: path, errno: code).text(l)
            case .unreadableDeviceID(let path, let code): return StorageText.unreadableDeviceID(path: path, errno: code).text(l)
            case .cannotWriteDeviceID(let path, let code): return StorageText.cannotWriteDeviceID(path: path, errno: code).text(l)
            }
        }
    }

    /// Creates the folder (mode 0700) if needed, and reads the device id, creating `device-id` the first time and
    /// replacing a damaged one. Any number of runners may start at once on a fresh folder: they all get the same id.
    public static func prepare(_ directory: URL) throws(Problem) -> DataDirectory {
        if mkdir(directory.path, 0o700) != 0, errno != EEXIST {
            // A missing parent: create the whole path, the data folder itself still private.
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreate(path: directory.path, errno: (error as NSError).code == 0 ? EIO : Int32((error as NSError).code))
            }
        }
        let (device, recovery) = try DeviceIDFile(directory: directory).identifier(now: Date())
        return DataDirectory(url: directory, deviceID: device, recovery: recovery)
    }
}

/// What opening the data folder repaired: a `device-id` that held no valid identifier (a write an older Octant did not
/// finish), kept aside under `keptAs` and replaced by `device`.
public struct DeviceIDRecovery: Sendable, Hashable {
    /// The file name, in the data folder, of the damaged file's copy.
    public var keptAs: String
    public var device: DeviceID
    /// The id was that of the folder's one journal, which this device must have written before its id was lost.
    public var fromJournal: Bool

    public func message(_ language: Language) -> String {
        StorageText.deviceIDRecovered(keptAs: keptAs, device: device.rawValue, fromJournal: fromJournal).text(language)
    }
}
