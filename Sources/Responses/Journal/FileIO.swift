import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the journal needs, each turning failure into a `JournalError` and never retrying silently
/// (except `EINTR`, which is an interruption, not a failure).
package enum FileIO {
    package static let fileMode: mode_t = 0o600
    package static let directoryMode: mode_t = 0o700

    /// Whole-file read through a fresh read-only descriptor.
    package static func readAll(path: String) throws(JournalError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(errno: errno) }
        defer { close(descriptor: descriptor) }
        return try readAll(descriptor: descriptor)
    }

    package static func size(descriptor: Int32) throws(JournalError) -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .cannotRead(errno: errno) }
        return Int(status.st_size)
    }

    package static func size(path: String) throws(JournalError) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { throw .cannotOpen(errno: errno) }
        return Int(status.st_size)
    }

    /// `count` bytes from `offset` (fewer at the end of the file), with `pread`: the descriptor's position is not moved.
    package static func read(descriptor: Int32, from offset: Int, count: Int) throws(JournalError) -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let read = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
            }
            if read < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(errno: errno)
            }
            if read == 0 { break }
            done += read
        }
        if done < count { bytes.removeLast(count - done) }
        return bytes
    }

    /// Whole-file read from offset 0 with `pread`, so it works on an `O_APPEND` descriptor without moving anything.
    /// Reads the size the file has, then whatever a writer appended meanwhile.
    package static func readAll(descriptor: Int32) throws(JournalError) -> [UInt8] {
        var bytes = try read(descriptor: descriptor, from: 0, count: try size(descriptor: descriptor))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress, buffer.count, off_t(bytes.count))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes every byte, continuing after short writes; a full disk or an I/O error throws.
    package static func writeAll(descriptor: Int32, _ bytes: [UInt8]) throws(JournalError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                throw code == ENOSPC || code == EDQUOT ? .diskFull : .writeFailed(errno: code)
            }
            written += count
        }
    }

    /// Forces written data to stable storage. On Darwin plain `fsync` stops at the drive's cache, hence `F_FULLFSYNC`.
    package static func sync(descriptor: Int32) throws(JournalError) {
        while true {
            #if canImport(Darwin)
            var result = fcntl(descriptor, F_FULLFSYNC)
            // Some file systems (network, FAT) do not implement F_FULLFSYNC; fsync is the best they offer.
            if result < 0, errno == ENOTSUP || errno == EINVAL { result = fsync(descriptor) }
            #else
            let result = fsync(descriptor)
            #endif
            if result == 0 { return }
            let code = errno
            if code == EINTR { continue }
            throw code == ENOSPC || code == EDQUOT ? .diskFull : .syncFailed(errno: code)
        }
    }

    /// Makes a newly created directory entry durable: without it a power cut can lose the whole new file.
    package static func syncDirectory(path: String) throws(JournalError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard descriptor >= 0 else { throw .cannotOpen(errno: errno) }
        defer { close(descriptor: descriptor) }
        try sync(descriptor: descriptor)
    }

    /// Creates `url` and any missing parents with mode 0700, syncing each parent after a creation.
    package static func createDirectory(at url: URL) throws(JournalError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path { try createDirectory(at: parent) }
        if mkdir(url.path, directoryMode) != 0 {
            let code = errno
            if code == EEXIST { return }
            throw .cannotCreateDirectory(errno: code)
        }
        try syncDirectory(path: parent.path)
    }

    /// Opens `path` for appending, creating it with mode 0600 if needed; tells whether it was created.
    package static func openForAppending(path: String, readable: Bool) throws(JournalError) -> (descriptor: Int32, created: Bool) {
        let access = readable ? O_RDWR : O_WRONLY
        let flags = access | O_APPEND | O_CLOEXEC
        while true {
            let created = open(path, flags | O_CREAT | O_EXCL, fileMode)
            if created >= 0 { return (created, true) }
            guard errno == EEXIST else { throw .cannotOpen(errno: errno) }
            let existing = open(path, flags)
            if existing >= 0 { return (existing, false) }
            // Removed between the two opens: try creating again.
            guard errno == ENOENT else { throw .cannotOpen(errno: errno) }
        }
    }

    /// Takes the exclusive writer lock without waiting.
    package static func lockExclusively(descriptor: Int32) throws(JournalError) {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            throw code == EWOULDBLOCK ? .lockedByAnotherWriter : .cannotOpen(errno: code)
        }
    }

    package static func close(descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }

    package static func truncate(descriptor: Int32, to length: Int) throws(JournalError) {
        while ftruncate(descriptor, off_t(length)) != 0 {
            let code = errno
            if code == EINTR { continue }
            throw .writeFailed(errno: code)
        }
    }
}
