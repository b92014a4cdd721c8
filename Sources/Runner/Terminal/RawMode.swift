#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal in raw mode (one key at a time, no echo, Ctrl-C read as a key) and always puts it back.
///
/// The saved settings live in a process-wide slot because a signal handler (SIGTERM, SIGHUP) cannot capture
/// anything, and it must still restore the terminal before the process dies.
public final class RawMode {
    nonisolated(unsafe) private static var savedForSignals: termios?
    private var saved = termios()
    public private(set) var isActive = false

    public init() {}

    /// Enters raw mode on standard input; false when standard input is not a terminal.
    public func enter() -> Bool {
        guard !isActive, tcgetattr(0, &saved) == 0 else { return false }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(0, TCSAFLUSH, &raw) == 0 else { return false }
        isActive = true
        Self.savedForSignals = saved
        for signalNumber in [SIGTERM, SIGHUP, SIGQUIT] {
            signal(signalNumber) { number in
                if var saved = RawMode.savedForSignals { tcsetattr(0, TCSAFLUSH, &saved) }
                // Leave the alternate screen and show the cursor so the shell is usable again.
                let reset: [UInt8] = Array("\u{1B}[?1049l\u{1B}[?25h".utf8)
                _ = reset.withUnsafeBytes { systemWrite(1, $0.baseAddress, $0.count) }
                _exit(128 + number)
            }
        }
        return true
    }

    public func leave() {
        guard isActive else { return }
        tcsetattr(0, TCSAFLUSH, &saved)
        isActive = false
        Self.savedForSignals = nil
    }

    deinit { leave() }
}
