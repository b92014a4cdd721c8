import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files readable by their owner only (0600): exports and reports hold answers about people.
public enum PrivateFile {
    public struct WriteError: Error, Sendable, Hashable {
        public var fileName: String
        public var code: Int32

        public init(fileName: String, code: Int32) {
            self.fileName = fileName
            self.code = code
        }

        /// The cause in words (`disque plein`, `disk full`), not a number.
        public var reason: Localized { SystemErrorText(errno: code).localized }
    }

    /// A failure to pretend at one step of a write, as if the system had returned `code` there. Tests pass one in to
    /// see what a full disk does to a file without filling a disk, which neither CI nor root can do reliably.
    public struct Fault: Sendable, Hashable {
        public enum Step: Sendable, Hashable { case create, write, sync, rename }
        public var step: Step
        public var code: Int32

        public init(_ step: Step, code: Int32) {
            self.step = step
            self.code = code
        }
    }

    /// Writes through a temporary file in the same directory, then renames it over `url`, so a reader never sees half a
    /// file and a failure leaves the previous file as it was.
    public static func save(_ bytes: [UInt8], to url: URL, fault: Fault? = nil) throws(WriteError) {
        let writer = try Writer(url, fault: fault)
        try writer.append(bytes)
        try writer.commit()
    }

    /// A private file written piece by piece (a CSV of a million rows is never held whole): the pieces go to a temporary
    /// file beside `url`, which `commit()` syncs and renames over `url`. Until then `url` is untouched, and a writer
    /// dropped without committing removes its temporary file.
    public final class Writer {
        public let url: URL
        private let temporary: URL
        private let fault: Fault?
        private var descriptor: Int32

        public init(_ url: URL, fault: Fault? = nil) throws(WriteError) {
            self.url = url
            self.fault = fault
            // Unique per writer, so that two threads or processes writing the same file never share a temporary one;
            // O_EXCL, so that nothing planted under that name is followed.
            let unique = String(UInt64.random(in: 0...UInt64.max), radix: 16)
            temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(unique).tmp")
            if let fault, fault.step == .create {
                descriptor = -1
                throw WriteError(fileName: url.lastPathComponent, code: fault.code)
            }
            descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw WriteError(fileName: url.lastPathComponent, code: errno) }
            // The umask may have taken bits from O_CREAT's mode: the file is exactly 0600 whatever it is.
            fchmod(descriptor, 0o600)
        }

        deinit { discard() }

        public func append(_ bytes: [UInt8]) throws(WriteError) {
            if let fault, fault.step == .write { try fail(fault.code) }
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBufferPointer { PrivateFile.systemWrite(descriptor, $0.baseAddress! + written, bytes.count - written) }
                if count < 0 {
                    if errno == EINTR { continue }
                    try fail(errno)
                }
                written += count
            }
        }

        /// Syncs the temporary file, renames it over `url`, then syncs the directory so that the rename survives a power cut.
        public func commit() throws(WriteError) {
            if let fault, fault.step == .sync { try fail(fault.code) }
            while fsync(descriptor) != 0 {
                if errno == EINTR { continue }
                try fail(errno)
            }
            if let fault, fault.step == .rename { try fail(fault.code) }
            close(descriptor)
            descriptor = -1
            guard rename(temporary.path, url.path) == 0 else {
                let code = errno
                unlink(temporary.path)
                throw WriteError(fileName: url.lastPathComponent, code: code)
            }
            // Past the rename every reader sees the new file whole: a directory that refuses to sync (some network file
            // systems) only weakens durability across a power cut, and reporting a failure now would wrongly suggest
            // that the previous file is still there.
            PrivateFile.syncDirectory(of: url)
        }

        private func fail(_ code: Int32) throws(WriteError) -> Never {
            discard()
            throw WriteError(fileName: url.lastPathComponent, code: code)
        }

        private func discard() {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            unlink(temporary.path)
        }
    }

    private static func syncDirectory(of url: URL) {
        let directory = open(url.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard directory >= 0 else { return }
        while fsync(directory) != 0, errno == EINTR {}
        close(directory)
    }

    #if canImport(Glibc)
    private static let systemWrite = Glibc.write
    #elseif canImport(Darwin)
    private static let systemWrite = Darwin.write
    #endif
}
