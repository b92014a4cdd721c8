import Dispatch
import Foundation
import Support

/// Checks journals line by line and says what is intact, what is damaged and what can be salvaged. It reads on past
/// every damaged line (never stopping at the first), blames as few lines as it can, and changes nothing on disk.
///
/// A line's number, not its place in the file, says where it belongs: intact lines are read in the order of their
/// numbers, so a swapped or moved line is reported and still read; a damaged line whose place the numbers around it
/// fix is taken to have held that number, so what follows reads as usual.
public enum JournalVerifier {
    /// Every journal of a data folder (`JournalFiles`), on every core; nil when the folder cannot be read.
    public static func verify(directory: URL) -> FolderVerification? {
        guard let urls = JournalFiles.list(in: directory) else { return nil }
        let slots = ParallelSlots<JournalVerification?>(count: urls.count, empty: nil)
        DispatchQueue.concurrentPerform(iterations: urls.count) { index in
            slots.set(index, verify(contentsOf: urls[index]))
        }
        return FolderVerification(files: urls.indices.map { slots.get($0)! })
    }

    public static func verify(contentsOf url: URL) -> JournalVerification {
        let name = url.lastPathComponent
        do {
            return verify(try FileIO.readAll(path: url.path), fileName: name)
        } catch {
            let damage = JournalDamage(line: 1, lastLine: 1, kind: .unreadable(error), sessions: [], lostStarts: [], attribution: .exact)
            return JournalVerification(file: name, format: nil, device: nil, lineCount: 0, intactLineCount: 0, problems: [damage],
                                       sessions: [], unattributedLineCount: 0)
        }
    }

    /// The first byte chooses the format, as the reader does, except that a `.jsonl` file stays version 1 when its
    /// first line is damaged. `fileName` also names the device when the header line is lost.
    public static func verify(_ bytes: [UInt8], fileName: String) -> JournalVerification {
        let device = deviceNamed(by: fileName)
        let isJSON = bytes.first == UInt8(ascii: "{") || (!bytes.isEmpty && fileName.hasSuffix(".jsonl"))
        if isJSON {
            let scan = jsonScan(bytes)
            return JournalCheck(bytes: bytes, file: fileName, format: .json, scan: scan) { JSONLineReader() }.verification(fallbackDevice: device)
        }
        let scan = LineScan(bytes, classify: classifyTabLine) { line, hasNewline in !hasNewline || JournalReader.couldBeTorn(line) }
        // Lines only need a device to become events: a file named otherwise still reads without its header.
        let reader = TabLineReader(fallbackDevice: device ?? unnamedDevice)
        return JournalCheck(bytes: bytes, file: fileName, format: .lines, scan: scan) { reader }.verification(fallbackDevice: device)
    }

    private static let unnamedDevice = DeviceID("unnamed")!

    /// `journal-<device>.ojl` or `.jsonl`.
    static func deviceNamed(by fileName: String) -> DeviceID? {
        guard fileName.hasPrefix("journal-") else { return nil }
        let stem = fileName.dropFirst("journal-".count)
        for suffix in [".ojl", ".jsonl"] where stem.hasSuffix(suffix) { return DeviceID(String(stem.dropLast(suffix.count))) }
        return nil
    }

    static func classifyTabLine(_ line: ArraySlice<UInt8>) -> LineClass {
        if line.isEmpty { return .damaged(.emptyLine, sequenceHint: nil) }
        if LineScan.isZeroFilled(line) { return .damaged(.zeroFilled, sequenceHint: nil) }
        guard let body = JournalLine.verifiedBody(line) else { return .damaged(.altered, sequenceHint: TabLineReader.sketch(line).sequence) }
        let end = body.firstIndex(of: JournalLine.tab) ?? body.endIndex
        guard let sequence = JournalLine.decimal(body[..<end]) else { return .damaged(.malformed(.malformed("seq")), sequenceHint: nil) }
        return .intact(sequence: sequence)
    }

    /// Version 1 lines carry no checksum: a line is intact when it is an event of the device of the first, as the
    /// reader has it (the file's name does not count: copies get renamed).
    static func jsonScan(_ bytes: [UInt8]) -> LineScan {
        var expected: DeviceID?
        let decoder = JSONDecoder()
        return LineScan(bytes, classify: { line in
            if line.isEmpty { return .damaged(.emptyLine, sequenceHint: nil) }
            if LineScan.isZeroFilled(line) { return .damaged(.zeroFilled, sequenceHint: nil) }
            switch JournalLineCodec.event(from: line, decoder: decoder) {
            case .failure(let problem):
                return .damaged(.malformed(problem), sequenceHint: JSONLineReader.sketch(line).sequence)
            case .success(let event):
                if let expected, event.deviceID != expected { return .damaged(.otherDevice(event.deviceID), sequenceHint: nil) }
                expected = event.deviceID
                return .intact(sequence: event.sequence)
            }
        }, isTorn: { line, hasNewline in
            guard hasNewline else { return true }
            guard case .failure(let problem) = JournalLineCodec.event(from: line, decoder: decoder) else { return false }
            return problem == .notJSON || problem == .emptyLine
        })
    }
}
