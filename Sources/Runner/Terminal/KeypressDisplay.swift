#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The full-screen display: raw mode, the question redrawn at each key, single keys answer when they can.
/// The interview takes place on the alternate screen; the last screen (thanks, codes) is printed on the normal one.
public final class KeypressDisplay: InterviewDisplay {
    private let rawMode = RawMode()
    private var decoder = KeyDecoder()
    private var queued: [Key] = []
    private let colour: Bool
    private var lines: [ScreenLine] = []
    private var buffer = ""
    /// The last key answered or acted on its own: an Enter right after it is a habit, not an answer.
    private var keyJustActed = false

    public init(colour: Bool) {
        self.colour = colour
    }

    /// Enters raw mode and the alternate screen; false when the terminal refuses.
    public func begin() -> Bool {
        guard rawMode.enter() else { return false }
        RawOutput.write("\u{1B}[?1049h")
        return true
    }

    /// Puts the terminal back as it was (also on Ctrl-C and errors).
    public func end() {
        guard rawMode.isActive else { return }
        RawOutput.write("\u{1B}[?1049l\u{1B}[?25h")
        rawMode.leave()
    }

    deinit { end() }

    public var size: TerminalSize? { TerminalEnvironment.size() ?? TerminalSize(columns: 80, rows: 24) }

    public func show(_ lines: [ScreenLine], screen: InterviewScreen) {
        self.lines = lines
        buffer = ""
        redraw()
    }

    private func redraw() {
        let width = size?.columns ?? 80
        var out = "\u{1B}[H\u{1B}[2J"
        for line in lines {
            for piece in ScreenText.wrap(line.text, width: width - 1) {
                out += (colour ? ScreenText.coloured(ScreenLine(piece, line.style)) : piece) + "\r\n"
            }
        }
        out += "> " + buffer
        RawOutput.write(out)
    }

    private func nextKey() -> Key? {
        while queued.isEmpty {
            var bytes = [UInt8](repeating: 0, count: 64)
            let count = bytes.withUnsafeMutableBytes { systemRead(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            queued = decoder.feed(Array(bytes[0..<count]))
        }
        return queued.removeFirst()
    }

    public func read(_ entry: EntryKind) -> DisplayInput {
        while let key = nextKey() {
            let afterKeyAnswer = keyJustActed
            keyJustActed = false
            switch key {
            case .interrupt: return .interrupt
            case .endOfFile, .ignored, .right: continue
            case .up: return .scroll(-1)
            case .down: return .scroll(1)
            case .left:
                if buffer.isEmpty { return .input(.back) }
            case .enter:
                if afterKeyAnswer && buffer.isEmpty { continue }
                let line = buffer
                buffer = ""
                return .input(.line(line))
            case .backspace:
                if !buffer.isEmpty { buffer.removeLast(); redrawPrompt() }
            case .clearLine:
                buffer = ""
                redrawPrompt()
            case .character(let character):
                switch entry {
                case .singleKey:
                    keyJustActed = true
                    return .input(.line(String(character)))
                case .toggles:
                    // Enter after a tick confirms the selection; after a letter (skip, pause…) it is dropped.
                    if let digit = character.wholeNumberValue, character.isASCII { return .input(.toggle(digit)) }
                    // "1 3⏎", typed as a line would be: the separators tick nothing and confirm nothing.
                    if character == " " || character == "," || character == ";" { continue }
                    keyJustActed = true
                    return .input(.line(String(character)))
                case .line, .numberLine:
                    guard buffer.count < 2_000 else { continue }
                    buffer.append(character)
                    redrawPrompt()
                }
            }
        }
        return .endOfInput
    }

    private func redrawPrompt() {
        RawOutput.write("\r\u{1B}[2K> " + buffer)
    }

    public func finish(_ lines: [ScreenLine]) {
        end()
        let text = lines.map { colour ? ScreenText.coloured($0) : $0.text }.joined(separator: "\n")
        RawOutput.write(text + "\n")
    }
}
