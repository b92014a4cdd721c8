/// Word wrapping and colouring of screen lines.
public enum ScreenText {
    /// Wraps a line at `width` columns on spaces, continuation lines keeping the line's indentation.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 10, text.count > width else { return [text] }
        let indent = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var current = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true).flatMap { word in
            // A word longer than the line is cut, so that no line is wider than the terminal.
            stride(from: 0, to: word.count, by: width - indent.count).map { start in
                word.dropFirst(start).prefix(width - indent.count)
            }
        }
        for word in words {
            let candidate = current.isEmpty ? (lines.isEmpty ? indent : indent) + word : current + " " + word
            if candidate.count > width, !current.isEmpty {
                lines.append(current)
                current = indent + word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// ANSI colours, calm ones: bold titles and questions, a dim line of keys, yellow messages and notes.
    public static func coloured(_ line: ScreenLine) -> String {
        let code: String
        switch line.style {
        case .plain, .option: return line.text
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
