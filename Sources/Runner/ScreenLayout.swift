/// Fits a screen into a terminal of a given size. What is dropped first is what the person needs least: blank lines,
/// then introductions and notes, then the title; the question, its item and any message are kept whole (cut only if
/// they alone overflow), and a list of answers too long for the rest is shown a window at a time.
public struct ScreenLayout: Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The options shown, when the list does not fit: the first and last shown (from 0) and how many there are.
    public struct Window: Hashable, Sendable {
        public var first: Int
        public var count: Int
        public var total: Int
    }

    public struct Result: Hashable, Sendable {
        public var lines: [ScreenLine]
        public var window: Window?
    }

    /// Rows for the screen's lines; the last row of the terminal is the prompt's.
    var rows: Int { max(1, height - 1) }
    var columns: Int { max(10, width - 1) }

    /// `offset` is the first option wanted in view; nil keeps the recorded answer in view. `pager` words the line that
    /// says more answers exist.
    public func fit(_ lines: [ScreenLine], offset: Int?, pager: (Window) -> String) -> Result {
        let pieces = lines.map { line in ScreenText.wrap(line.text, width: columns).map { ScreenLine($0, line.style) } }
        if pieces.reduce(0, { $0 + $1.count }) <= rows { return Result(lines: pieces.flatMap { $0 }, window: nil) }
        var kept = [Bool](repeating: false, count: lines.count)
        var used = 0
        func keep(_ rank: Rank) {
            for index in lines.indices where !kept[index] && Self.rank(lines[index]) == rank && used + pieces[index].count <= rows {
                kept[index] = true
                used += pieces[index].count
            }
        }
        // The essentials, cut to the screen if they alone overflow.
        var essentials: [Int: [ScreenLine]] = [:]
        for index in lines.indices where Self.rank(lines[index]) == .essential {
            let room = max(0, rows - used - 1)
            var piece = Array(pieces[index].prefix(room))
            if piece.count < pieces[index].count, let last = piece.popLast() { piece.append(ScreenLine(String(last.text.prefix(columns - 1)) + "…", last.style)) }
            essentials[index] = piece
            kept[index] = !piece.isEmpty
            used += piece.count
        }
        let options = lines.indices.filter { Self.rank(lines[$0]) == .option }
        let optionRows = options.reduce(0) { $0 + pieces[$1].count }
        // Room for the keys first, then at least three answers; then every answer if they fit.
        keep(.keys)
        var window: Window?
        if used + optionRows <= rows {
            for index in options { kept[index] = true }
            used += optionRows
        } else if !options.isEmpty {
            let room = max(1, rows - used - 1)
            let shown = max(1, min(options.count, room))
            let marked = options.firstIndex { lines[$0].style == .selected } ?? 0
            let wanted = offset ?? max(0, marked - shown / 2)
            let first = min(max(0, wanted), options.count - shown)
            window = Window(first: first, count: shown, total: options.count)
            used += shown + 1
        }
        for rank in [Rank.progress, .title, .context, .blank] { keep(rank) }
        var out: [ScreenLine] = []
        for index in lines.indices {
            if let window, let position = options.firstIndex(of: index) {
                if position >= window.first && position < window.first + window.count {
                    out.append(ScreenLine(String(lines[index].text.prefix(columns)), lines[index].style))
                }
                if position == options.count - 1 { out.append(ScreenLine(pager(window), .keys)) }
                continue
            }
            guard kept[index] else { continue }
            out += essentials[index] ?? pieces[index]
        }
        return Result(lines: out, window: window)
    }

    enum Rank: Hashable { case essential, option, keys, progress, title, context, blank }

    static func rank(_ line: ScreenLine) -> Rank {
        if line.text.isEmpty { return .blank }
        switch line.style {
        case .question, .item, .strong, .message: return .essential
        case .option, .selected: return .option
        case .keys: return .keys
        case .progress: return .progress
        case .title: return .title
        case .plain, .note: return .context
        }
    }
}

/// A terminal's size in character cells.
public struct TerminalSize: Hashable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}
