import Foundation
import Responses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// `<data>/device-id`. A whole file is read without any lock. Creating or repairing it happens only under the data
/// folder's lock, re-reading first, so that the first complete id wins and every runner started at the same time ends
/// up with it; the file itself is written by `PrivateFile` (temporary file, fsync, rename, folder fsync), so no reader
/// ever sees it half written.
struct DeviceIDFile {
    enum Contents: Equatable {
        case missing
        case valid(DeviceID)
        /// Bytes that are no identifier, or only the start of one: an older Octant created the file, then failed or was
        /// cut before its whole id was on disk.
        case damaged([UInt8])
    }

    let directory: URL
    var url: URL { directory.appendingPathComponent("device-id") }

    func identifier(now: Date) throws(DataDirectory.Problem) -> (DeviceID, DeviceIDRecovery?) {
        if case .valid(let device) = try read() { return (device, nil) }
        return try FolderLock.holding(directory, for: url) { () throws(DataDirectory.Problem) -> (DeviceID, DeviceIDRecovery?) in
            switch try read() {
            case .valid(let device):
                return (device, nil)
            case .missing:
                let device = Self.drawn()
                try write(device)
                return (device, nil)
            case .damaged(let bytes):
                let keptAs = try keepAside(bytes, now: now)
                let fromJournal = journalDevice(consistentWith: bytes)
                let device = fromJournal ?? Self.drawn()
                try write(device)
                return (device, DeviceIDRecovery(keptAs: keptAs, device: device, fromJournal: fromJournal != nil))
            }
        }
    }

    func read() throws(DataDirectory.Problem) -> Contents {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return .missing }
            throw .unreadableDeviceID(path: url.path, errno: code)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 256)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableDeviceID(path: url.path, errno: errno)
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !Self.isCutDrawnID(bytes), let device = DeviceID(text) else { return .damaged(bytes) }
        return .valid(device)
    }

    /// The start of an id Octant draws, cut before its end: `device-00c0` is a well-formed id, but no Octant ever wrote
    /// it, so it can only be a torn write.
    static func isCutDrawnID(_ bytes: [UInt8]) -> Bool {
        let prefix = Array("device-".utf8)
        return bytes.count < prefix.count + 16 && bytes.enumerated().allSatisfy { index, byte in
            index < prefix.count ? byte == prefix[index] : isLowercaseHex(byte)
        }
    }

    private func write(_ device: DeviceID) throws(DataDirectory.Problem) {
        do {
            try PrivateFile.save(Array((device.rawValue + "\n").utf8), to: url)
        } catch {
            throw .cannotWriteDeviceID(path: url.path, errno: error.code)
        }
    }

    /// Copies the damaged bytes to `device-id.damaged-<UTC time>`, never over an earlier copy, before anything replaces
    /// them. A copy rather than a rename: `device-id` is never missing, and a cut between the two steps only means the
    /// next start repairs it again.
    private func keepAside(_ bytes: [UInt8], now: Date) throws(DataDirectory.Problem) -> String {
        let stamp = Self.stamp(now)
        var name = "device-id.damaged-\(stamp)", suffix = 1
        while FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) {
            suffix += 1
            name = "device-id.damaged-\(stamp)-\(suffix)"
        }
        let aside = directory.appendingPathComponent(name)
        do {
            try PrivateFile.save(bytes, to: aside)
        } catch {
            throw .cannotWriteDeviceID(path: aside.path, errno: error.code)
        }
        return name
    }

    /// The device of the folder's journal, when there is exactly one journal of an id Octant draws and the damaged bytes
    /// are the beginning of that id: the older Octant that tore `device-id` had already handed this id to the journal,
    /// so keeping it keeps this device's history under one device. Imported (`import-…`) and synthetic (`synthetic-…`)
    /// journals are never a device's own; two candidates, or bytes that cannot be a start of the id, could mean a
    /// journal copied from another device, and sharing its id would make two devices' events collide: a fresh id then.
    private func journalDevice(consistentWith damaged: [UInt8]) -> DeviceID? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let devices = names.compactMap { name -> DeviceID? in
            guard name.hasPrefix("journal-"), name.hasSuffix(".jsonl") else { return nil }
            let id = String(name.dropFirst("journal-".count).dropLast(".jsonl".count))
            return Self.isDrawn(id) ? DeviceID(id) : nil
        }
        guard devices.count == 1, let device = devices.first else { return nil }
        return Array((device.rawValue + "\n").utf8).starts(with: damaged) ? device : nil
    }

    static func drawn() -> DeviceID {
        let digits = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return DeviceID("device-" + String(repeating: "0", count: 16 - digits.count) + digits)!
    }

    static func isDrawn(_ id: String) -> Bool {
        let digits = id.utf8.dropFirst("device-".count)
        return id.hasPrefix("device-") && digits.count == 16 && digits.allSatisfy(isLowercaseHex)
    }

    private static func isLowercaseHex(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) }

    static func stamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970), parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}

/// The data folder's exclusive lock: `flock` on the folder itself, so no lock file is left behind. A lock belongs to
/// one opening of the folder, so threads of one process exclude each other as processes do, and the system drops it
/// when its holder dies.
enum FolderLock {
    static func holding<T>(_ directory: URL, for file: URL,
                           _ body: () throws(DataDirectory.Problem) -> T) throws(DataDirectory.Problem) -> T {
        let descriptor = open(directory.path, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard descriptor >= 0 else { throw .cannotWriteDeviceID(path: file.path, errno: errno) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .cannotWriteDeviceID(path: file.path, errno: errno)
        }
        return try body()
    }
}
