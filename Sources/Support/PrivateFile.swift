import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes output files readable by their owner only (0600): exports hold answers about people.
public enum PrivateFile {
    public struct WriteError: Error, Sendable { public var fileName: String; public var code: Int32 }

    /// Writes through a temporary file in the same directory, then renames it over `url`, so a reader never sees half a file.
    public static func save(_ bytes: [UInt8], to url: URL) throws(WriteError) {
        let writer = try Writer(url)
        try writer.append(bytes)
        try writer.commit()
    }

    /// A private file written piece by piece (a CSV of a million rows is never held whole): the pieces go to a temporary
    /// file beside `url`, which `commit()` syncs and renames over `url`. Until then `url` is untouched, and a writer
    /// dropped without committing removes its temporary file.
    public final class Writer {
        public let url: URL
        private let temporary: URL
        private var descriptor: Int32

        public init(_ url: URL) throws(WriteError) {
            self.url = url
            temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
            descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw WriteError(fileName: url.lastPathComponent, code: errno) }
            // O_CREAT's mode does not apply to a stale temporary file that already existed.
            fchmod(descriptor, 0o600)
        }

        deinit { discard() }

        public func append(_ bytes: [UInt8]) throws(WriteError) {
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
                if count < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    discard()
                    throw WriteError(fileName: url.lastPathComponent, code: code)
                }
                written += count
            }
        }

        /// Syncs the temporary file and renames it over `url`.
        public func commit() throws(WriteError) {
            let synced = fsync(descriptor) == 0
            close(descriptor)
            descriptor = -1
            guard synced, rename(temporary.path, url.path) == 0 else {
                let code = errno
                unlink(temporary.path)
                throw WriteError(fileName: url.lastPathComponent, code: code)
            }
        }

        private func discard() {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            unlink(temporary.path)
        }
    }
}
