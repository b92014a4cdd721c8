/// Word wrapping and colouring of screen lines.
public enum ScreenText {
    /// Wraps a line at `width` columns on spaces, continuation lines keeping the line's indentation.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 10, text.count > width else { return [text] }
        let indent = String(text.prefix { $0 == " " })
        let room = max(1, width - indent.count)
        // Runs of spaces inside the line are kept ("  3  Quartier"); a word longer than the line is cut.
        var words: [Substring] = []
        for word in text.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            if word.count <= room { words.append(word); continue }
            words += stride(from: 0, to: word.count, by: room).map { word.dropFirst($0).prefix(room) }
        }
        var lines: [String] = []
        var current = indent
        var currentIsEmpty = true
        for word in words {
            let candidate = currentIsEmpty ? current + word : current + " " + word
            if candidate.count > width, !currentIsEmpty {
                lines.append(current)
                current = indent + word
            } else {
                current = candidate
            }
            currentIsEmpty = false
        }
        if !currentIsEmpty { lines.append(current) }
        return lines
    }

    /// ANSI colours, calm ones: bold titles and questions, a dim line of keys, yellow messages and notes.
    public static func coloured(_ line: ScreenLine) -> String {
        let code: String
        switch line.style {
        case .plain, .option, .help: return line.text
        case .title: code = "1;36"
        case .progress: code = "2"
        case .question, .item, .strong: code = "1"
        case .selected: code = "1;32"
        case .note: code = "33"
        case .message: code = "1;33"
        case .keys: code = "2"
        }
        return "\u{1B}[\(code)m\(line.text)\u{1B}[0m"
    }
}
