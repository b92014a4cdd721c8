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
        let options = lines.indices.filter { Self.rank(lines[$0]) == .option }
        // One answer and the line saying there are more always keep their place.
        let reserve = options.isEmpty ? 0 : 2
        var shown = pieces
        var kept = [Bool](repeating: false, count: lines.count)
        var used = 0
        for index in lines.indices where Self.rank(lines[index]) == .essential {
            let room = max(0, rows - reserve - used)
            var piece = Array(pieces[index].prefix(room))
            if piece.count < pieces[index].count, let last = piece.popLast() {
                piece.append(ScreenLine(String(last.text.prefix(columns - 1)) + "…", last.style))
            }
            shown[index] = piece
            kept[index] = !piece.isEmpty
            used += piece.count
        }
        // Lines of one kind are kept in order, up to the first that does not fit: help never starts in its middle.
        func keep(_ rank: Rank, reserving reserved: Int) {
            for index in lines.indices where !kept[index] && Self.rank(lines[index]) == rank {
                guard used + pieces[index].count <= rows - reserved else { return }
                kept[index] = true
                used += pieces[index].count
            }
        }
        keep(.keys, reserving: reserve)
        keep(.progress, reserving: reserve)
        keep(.help, reserving: reserve)
        var window: Window?
        let optionRows = options.reduce(0) { $0 + pieces[$1].count }
        if used + optionRows <= rows {
            for index in options { kept[index] = true }
            used += optionRows
        } else if !options.isEmpty {
            window = self.window(options.map { pieces[$0].count }, room: rows - used - 1, start: offset,
                                 anchor: options.firstIndex { lines[$0].style == .selected })
            for position in window!.first..<window!.first + window!.count {
                let index = options[position]
                kept[index] = true
                shown[index] = Array(pieces[index].prefix(max(1, rows - used - 1)))
                used += shown[index].count
            }
            used += 1
        }
        for rank in [Rank.title, .context, .blank] { keep(rank, reserving: 0) }
        var out: [ScreenLine] = []
        for index in lines.indices {
            if kept[index] { out += shown[index] }
            if let window, index == options.last { out.append(ScreenLine(pager(window), .keys)) }
        }
        return Result(lines: out, window: window)
    }

    /// As many answers as fit from `start` (the mediator scrolled there), else around the recorded answer `anchor`;
    /// never fewer than one, and never a window half empty at the end of the list.
    func window(_ heights: [Int], room: Int, start: Int?, anchor: Int?) -> Window {
        let total = heights.count
        func count(from first: Int) -> Int {
            var rows = 0, count = 0
            for height in heights[first...] {
                guard count == 0 || rows + height <= room else { break }
                rows += height
                count += 1
            }
            return count
        }
        var first: Int
        if let start {
            first = min(max(0, start), total - 1)
        } else if let anchor {
            first = max(0, anchor - count(from: anchor) / 2)
        } else {
            first = 0
        }
        while first > 0 && count(from: first - 1) > total - first { first -= 1 }
        return Window(first: first, count: count(from: first), total: total)
    }

    enum Rank: Hashable { case essential, option, keys, progress, help, title, context, blank }

    static func rank(_ line: ScreenLine) -> Rank {
        if line.text.isEmpty { return .blank }
        switch line.style {
        case .question, .item, .strong, .message: return .essential
        case .option, .selected: return .option
        case .keys: return .keys
        case .progress: return .progress
        case .help: return .help
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
