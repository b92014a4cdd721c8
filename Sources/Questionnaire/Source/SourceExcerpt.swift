import Support

/// At most `width` scalars of a line around a column, printable, with "…" where the line was cut: a very long line
/// is shown as a window so that the caret stays on screen, and the window is found from the column without reading
/// the whole line, so that rendering stays cheap however long the line and however many diagnostics it holds.
struct SourceExcerpt {
    var scalars: [Unicode.Scalar]
    /// How many scalars of `scalars` come before the spot.
    var caret: Int

    init(_ source: SourceFile, around location: SourceLocation, width: Int) {
        let range = source.lineRange(location.line)
        let bytes = source.bytes
        let spot = source.byteOffset(line: location.line, column: location.column)
        func previous(_ offset: Int) -> Int {
            var index = offset - 1
            while index > range.lowerBound, bytes[index] & 0xC0 == 0x80 { index -= 1 }
            return index
        }
        func next(_ offset: Int) -> Int {
            var index = offset + 1
            while index < range.upperBound, bytes[index] & 0xC0 == 0x80 { index += 1 }
            return index
        }
        // Half the width before the spot, the rest after it; near the line's end, more before.
        var start = spot, end = spot, before = 0, after = 0
        while before < width / 2, start > range.lowerBound { start = previous(start); before += 1 }
        while before + after < width, end < range.upperBound { end = next(end); after += 1 }
        while before + after < width, start > range.lowerBound { start = previous(start); before += 1 }
        let shown = TerminalText.printable(String(decoding: bytes[start..<end], as: UTF8.self))
        let ellipsis: Unicode.Scalar = "…"
        scalars = (start > range.lowerBound ? [ellipsis] : []) + Array(shown.unicodeScalars) + (end < range.upperBound ? [ellipsis] : [])
        caret = before + (start > range.lowerBound ? 1 : 0)
    }
}
