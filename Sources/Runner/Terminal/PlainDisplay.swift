/// The line display: no redraw, no cursor movement, one prompt a line. Used when standard input or output is not a
/// terminal, and with `--plain` (recommended for screen readers).
public struct PlainDisplay: InterviewDisplay {
    private var lastContent: InterviewScreen.Content?
    private let readLineOfInput: () -> String?

    /// `readLineOfInput` returns nil at the end of input; by default it reads standard input.
    public init(readLineOfInput: @escaping () -> String? = { readLine(strippingNewline: true) }) {
        self.readLineOfInput = readLineOfInput
    }

    /// A line display scrolls: every line of every screen is written.
    public var size: TerminalSize? { nil }

    public mutating func show(_ lines: [ScreenLine], screen: InterviewScreen) {
        // After a refused answer only the message is repeated, so a screen reader does not read the question again.
        if screen.content == lastContent, let message = screen.message, !screen.showsHelp {
            RawOutput.write(message + "\n> ")
            return
        }
        lastContent = screen.content
        RawOutput.write("\n" + lines.map(\.text).joined(separator: "\n") + "\n> ")
    }

    public mutating func read(_ entry: EntryKind) -> DisplayInput {
        guard var line = readLineOfInput() else { return .endOfInput }
        if line.hasSuffix("\r") { line.removeLast() }
        return .input(.line(line))
    }

    public mutating func finish(_ lines: [ScreenLine]) {
        RawOutput.write("\n" + lines.map(\.text).joined(separator: "\n") + "\n")
    }
}
