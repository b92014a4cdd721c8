import Foundation
import Questionnaire
import Responses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// The folder of the answer journals and this device's identifier (`<data>/device-id`, drawn once at random).
public enum DataDirectory {
    public enum Problem: Error, Hashable, Sendable {
        case cannotCreate(path: String, errno: Int32)
        case unreadableDeviceID(path: String)

        public func message(_ l: Language) -> String {
            switch self {
            case .cannotCreate(let path, let code): return StorageText.cannotCreate(path: path, errno: code).text(l)
            case .unreadableDeviceID(let path): return StorageText.unreadableDeviceID(path: path).text(l)
            }
        }
    }

    /// Creates the folder (mode 0700) if needed, and returns the device id, creating `device-id` the first time.
    public static func prepare(_ directory: URL) throws(Problem) -> DeviceID {
        if mkdir(directory.path, 0o700) != 0, errno != EEXIST {
            // A missing parent: create the whole path, the data folder itself still private.
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreate(path: directory.path, errno: (error as NSError).code == 0 ? EIO : Int32((error as NSError).code))
            }
        }
        let file = directory.appendingPathComponent("device-id")
        if let existing = try? String(contentsOf: file, encoding: .utf8) {
            guard let id = DeviceID(existing.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw .unreadableDeviceID(path: file.path)
            }
            return id
        }
        var generator = SystemRandomNumberGenerator()
        let fresh = String(generator.next() as UInt64, radix: 16)
        let candidate = "device-" + String(repeating: "0", count: 16 - fresh.count) + fresh
        // O_EXCL: two runners started at once agree on whichever id reached the disk first.
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 {
            let bytes = Array((candidate + "\n").utf8)
            _ = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            fsync(descriptor)
            close(descriptor)
            return DeviceID(candidate)!
        }
        guard let existing = try? String(contentsOf: file, encoding: .utf8),
              let id = DeviceID(existing.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw .unreadableDeviceID(path: file.path)
        }
        return id
    }
}
