import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes output files readable by their owner only (0600): exports hold answers about people.
enum PrivateFile {
    struct WriteError: Error, Sendable { var fileName: String; var code: Int32 }

    /// Writes through a temporary file in the same directory, then renames it over `url`, so a reader never sees half a file.
    static func save(_ bytes: [UInt8], to url: URL) throws(WriteError) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteError(fileName: url.lastPathComponent, code: errno) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                unlink(temporary.path)
                throw WriteError(fileName: url.lastPathComponent, code: code)
            }
            written += count
        }
        fchmod(descriptor, 0o600)
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary.path, url.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw WriteError(fileName: url.lastPathComponent, code: code)
        }
    }
}
