/// The short texts of each column that stand for a code (escape codes, option codes, 0/1), looked up from a cell's
/// bytes without making a string. Plain integers only, so that threads reading a file in parts share it without
/// touching any reference count.
struct ShortCodeTable {
    /// Texts of up to 16 bytes, as two little-endian words (longer ones are left to the general parser).
    static let maximumLength = 16

    private var low: [UInt64] = []
    private var high: [UInt64] = []
    private var lengths: [Int] = []
    private var codes: [UInt8] = []
    /// Entries of column c: starts[c]..<starts[c + 1].
    private var starts: [Int] = [0]

    /// `entries[c]`: the texts and codes of column c.
    init(_ entries: [[(text: [UInt8], code: UInt8)]]) {
        for column in entries {
            for (text, code) in column where text.count <= Self.maximumLength {
                let (first, second) = text.withUnsafeBufferPointer { Self.words($0, 0..<text.count) }
                low.append(first)
                high.append(second)
                lengths.append(text.count)
                codes.append(code)
            }
            starts.append(codes.count)
        }
    }

    /// The code of the cell `bytes[span]` in `column`, if it is one of the column's texts.
    @inline(__always)
    func code(column: Int, bytes: UnsafeBufferPointer<UInt8>, span: Range<Int>) -> UInt8? {
        guard span.count <= Self.maximumLength else { return nil }
        let (first, second) = Self.words(bytes, span)
        for entry in starts[column]..<starts[column + 1]
        where low[entry] == first && high[entry] == second && lengths[entry] == span.count {
            return codes[entry]
        }
        return nil
    }

    @inline(__always)
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> (UInt64, UInt64) {
        var first: UInt64 = 0, second: UInt64 = 0
        for (offset, index) in span.enumerated() {
            if offset < 8 { first |= UInt64(bytes[index]) << (8 * offset) } else { second |= UInt64(bytes[index]) << (8 * (offset - 8)) }
        }
        return (first, second)
    }
}
