import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// `<data>/link-secret`: 32 random bytes, created once per data folder (0600), read by every export, never exported.
///
/// The person key of an export is HMAC-SHA-256(secret, participant code) in hex: the same person gets the same key at
/// every wave, so an analyst can pair waves in R or SPSS, while nobody who holds the export alone can recover a code
/// or test a guess (a plain hash of a short code could be reversed by trying every code).
///
/// The secret is created without a lock and without ever replacing one: it is written whole to a private temporary file
/// (`PrivateFile`), then hard-linked under its name, which fails when the name exists; so when two exports start at
/// once, the first link wins and both read the winner. A secret that changed would change every key, so a damaged
/// file is refused, never rewritten.
public struct LinkSecret: Hashable, Sendable {
    public static let fileName = "link-secret"
    static let byteCount = 32

    let bytes: [UInt8]

    public enum Problem: Error, Hashable, Sendable {
        case unreadable(path: String, errno: Int32)
        case unwritable(path: String, errno: Int32)
        case damaged(path: String, bytes: Int)

        public var localized: Localized {
            switch self {
            case .unreadable(let path, let code): return ResponsesMessage.linkSecretUnreadable(path: path, errno: code).localized
            case .unwritable(let path, let code): return ResponsesMessage.linkSecretUnwritable(path: path, errno: code).localized
            case .damaged(let path, let count): return ResponsesMessage.linkSecretDamaged(path: path, bytes: count).localized
            }
        }

        public func message(_ language: Language) -> String { localized[language] }
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The key of a participant code: 64 lowercase hex digits; empty for a session without a code.
    public func personKey(participantCode: String?) -> String {
        guard let code = participantCode, !code.isEmpty else { return "" }
        return HMACSHA256.hex(HMACSHA256.authenticationCode(key: bytes, message: Array(code.utf8)))
    }

    /// The folder's secret, created on first use.
    public static func loadOrCreate(in directory: URL) throws(Problem) -> LinkSecret {
        let url = directory.appendingPathComponent(fileName)
        if let secret = try read(url) { return secret }
        var generator = SystemRandomNumberGenerator()
        let fresh = (0..<byteCount).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let temporary = directory.appendingPathComponent(".\(fileName).\(UInt64.random(in: 0...UInt64.max, using: &generator))")
        do { try PrivateFile.save(fresh, to: temporary) } catch { throw .unwritable(path: url.path, errno: error.code) }
        defer { unlink(temporary.path) }
        if link(temporary.path, url.path) != 0, errno != EEXIST { throw .unwritable(path: url.path, errno: errno) }
        // The new name must survive a power cut as the file's bytes do: the folder is synced too.
        let folder = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
        guard let secret = try read(url) else { throw .unreadable(path: url.path, errno: ENOENT) }
        return secret
    }

    /// nil when there is no secret yet.
    static func read(_ url: URL) throws(Problem) -> LinkSecret? {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.readAll(path: url.path)
        } catch {
            if case .cannotOpen(let code) = error, code == ENOENT { return nil }
            if case .cannotOpen(let code) = error { throw .unreadable(path: url.path, errno: code) }
            if case .cannotRead(let code) = error { throw .unreadable(path: url.path, errno: code) }
            throw .unreadable(path: url.path, errno: EIO)
        }
        guard bytes.count == byteCount else { throw .damaged(path: url.path, bytes: bytes.count) }
        return LinkSecret(bytes: bytes)
    }
}
