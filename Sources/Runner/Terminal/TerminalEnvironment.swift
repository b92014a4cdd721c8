#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
let systemWrite = Glibc.write
let systemRead = Glibc.read
#elseif canImport(Darwin)
let systemWrite = Darwin.write
let systemRead = Darwin.read
#endif

/// What the process is connected to, which decides the display: full screen only on a terminal, colour only when
/// the terminal and the environment allow it.
public struct TerminalEnvironment: Sendable {
    public var inputIsTerminal: Bool
    public var outputIsTerminal: Bool
    public var colourAllowed: Bool

    public init(environment: [String: String]) {
        inputIsTerminal = isatty(0) == 1
        outputIsTerminal = isatty(1) == 1
        let term = environment["TERM"] ?? ""
        colourAllowed = outputIsTerminal && environment["NO_COLOR"] == nil && term != "dumb" && !term.isEmpty
    }

    /// Full-screen keypress mode needs a terminal on both sides and a terminal that can move the cursor.
    public func usesKeypressDisplay(plainRequested: Bool, environment: [String: String]) -> Bool {
        !plainRequested && inputIsTerminal && outputIsTerminal && environment["TERM"] != "dumb"
    }

    /// The size of the terminal on standard output, or nil when unknown.
    public static func size() -> TerminalSize? {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return TerminalSize(columns: Int(size.ws_col), rows: Int(size.ws_row))
    }
}

/// Writes bytes to a file descriptor completely (retrying short writes and interruptions).
enum RawOutput {
    static func write(_ text: String, to descriptor: Int32 = 1) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
