import Foundation

/// One line of a journal as the verifier first sees it: intact (with the number it holds) or not.
struct ScannedLine {
    /// Byte range in the file, newline excluded.
    var start: Int
    var end: Int
    /// The number an intact line holds; for a damaged one, the number it seems to hold (0 when unreadable).
    var sequence: UInt64
    var isIntact: Bool
}

/// What one line is, on its own, before the lines are put in order.
enum LineClass {
    case intact(sequence: UInt64)
    /// With the number the line seems to hold, when its number field is whole.
    case damaged(JournalDamage.Kind, sequenceHint: UInt64?)
}

/// A journal file cut into lines. The last line is set apart when the writer would take it for a torn write.
struct LineScan {
    var lines: [ScannedLine] = []
    /// Why each damaged line is damaged, by index in `lines`.
    var damage: [Int: JournalDamage.Kind] = [:]
    /// Line number and first byte of a torn last line.
    var tail: (line: Int, start: Int, isZeroFilled: Bool)?

    /// `classify` judges every line but a torn tail; `isTorn` says whether the last line (and whether it had its
    /// newline) is what an interrupted write leaves, with the reader's rule.
    init(_ bytes: [UInt8], classify: (ArraySlice<UInt8>) -> LineClass, isTorn: (ArraySlice<UInt8>, Bool) -> Bool) {
        var start = 0
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: JournalLine.newline)
            let end = newline ?? bytes.count
            let isLast = newline == nil || end == bytes.count - 1
            if isLast, isTorn(bytes[start..<end], newline != nil) {
                tail = (lines.count + 1, start, bytes[start...].contains(0))
                return
            }
            switch classify(bytes[start..<end]) {
            case .intact(let sequence):
                lines.append(ScannedLine(start: start, end: end, sequence: sequence, isIntact: true))
            case .damaged(let kind, let hint):
                damage[lines.count] = kind
                lines.append(ScannedLine(start: start, end: end, sequence: hint ?? 0, isIntact: false))
            }
            start = end + 1
        }
    }

    static func isZeroFilled(_ line: ArraySlice<UInt8>) -> Bool { !line.isEmpty && line.allSatisfy { $0 == 0 } }
}
