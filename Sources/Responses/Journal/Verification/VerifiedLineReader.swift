import Foundation

/// What reading one intact line, in the order of the numbers, gives.
enum LineReading {
    case events([JournalEvent])
    /// The header, or a line that binds a session started in another file.
    case setup
    /// An event of a session whose start line was not read.
    case unknownSession(reference: UInt64)
    case problem(LineProblem)
    case newerFormat(Int)
}

/// Whose line it is.
enum LineOwner: Hashable {
    case none
    case session(SessionID)
    /// A session whose start line, numbered so, was not read.
    case lostStart(UInt64)
}

/// What can be made out of a line without trusting it: its fields, read only where they are whole.
struct LineSketch {
    var sequence: UInt64?
    /// The session the line names itself (a start, bind or imported line; every version 1 line).
    var session: SessionID?
    /// The number of the start line an event line refers to.
    var reference: UInt64?
}

/// How the verifier reads the lines of one format, in the order of their numbers.
protocol VerifiedLineReader {
    mutating func read(_ line: ScannedLine, in bytes: [UInt8]) -> LineReading
    /// The session a start line numbered `reference` opened, among the lines read so far.
    func session(startedAt reference: UInt64) -> SessionID?
    func sketch(_ line: ArraySlice<UInt8>) -> LineSketch
    /// The device the file's own lines name.
    var device: DeviceID? { get }
}

extension VerifiedLineReader {
    /// The owner of an intact line, by what it names.
    func owner(of line: ScannedLine, in bytes: [UInt8]) -> LineOwner {
        let sketch = sketch(bytes[line.start..<line.end])
        if let session = sketch.session { return .session(session) }
        guard let reference = sketch.reference else { return .none }
        return session(startedAt: reference).map(LineOwner.session) ?? .lostStart(reference)
    }
}

/// Version 2 lines: the decoder reads them at their own numbers, whatever came before.
struct TabLineReader: VerifiedLineReader {
    private var decoder: JournalDecoder

    init(fallbackDevice: DeviceID? = nil) { decoder = JournalDecoder(fallbackDevice: fallbackDevice) }

    var device: DeviceID? { decoder.device }

    mutating func read(_ line: ScannedLine, in bytes: [UInt8]) -> LineReading {
        // An intact line ends with a tab and its eight-digit checksum.
        switch decoder.decode(verifiedBody: bytes[line.start..<(line.end - 9)], sequence: line.sequence) {
        case .success(.event(let event)): return .events([event])
        case .success(.record(let events)): return .events(events)
        case .success(.setup): return .setup
        case .success(.deferred): return .problem(.malformed("ref"))  // only a decoder of a part defers
        case .failure(.unknownSessionReference(let reference)): return .unknownSession(reference: reference)
        case .failure(.unsupportedFormatVersion(let version)): return .newerFormat(version)
        case .failure(let problem): return .problem(problem)
        }
    }

    func session(startedAt reference: UInt64) -> SessionID? { decoder.sessionsByReference[reference] }

    func sketch(_ line: ArraySlice<UInt8>) -> LineSketch { Self.sketch(line) }

    static func sketch(_ line: ArraySlice<UInt8>) -> LineSketch {
        var sketch = LineSketch()
        // Only fields followed by a tab are whole: a cut line's last field may be the start of a longer one.
        let fields = line.split(separator: JournalLine.tab, omittingEmptySubsequences: false).dropLast()
        guard let first = fields.first else { return sketch }
        sketch.sequence = JournalLine.decimal(first)
        guard fields.count > 1, let kind = fields[fields.startIndex + 1].first, fields[fields.startIndex + 1].count == 1 else { return sketch }
        switch kind {
        case UInt8(ascii: "S"), UInt8(ascii: "B"), UInt8(ascii: "I"):
            let prefix = Array("session=".utf8)
            if let field = fields.dropFirst(2).first(where: { $0.starts(with: prefix) }) {
                sketch.session = SessionID(hex: String(decoding: field.dropFirst(prefix.count), as: UTF8.self))
            }
        case UInt8(ascii: "J"):
            break
        default:
            if fields.count > 2 { sketch.reference = JournalLine.decimal(fields[fields.startIndex + 2]) }
        }
        return sketch
    }
}

/// Version 1 lines: each JSON line names its session and device itself.
struct JSONLineReader: VerifiedLineReader {
    private let decoder = JSONDecoder()
    private(set) var device: DeviceID?

    mutating func read(_ line: ScannedLine, in bytes: [UInt8]) -> LineReading {
        switch JournalLineCodec.event(from: bytes[line.start..<line.end], decoder: decoder) {
        case .success(let event):
            if device == nil { device = event.deviceID }
            return .events([event])
        case .failure(.unsupportedFormatVersion(let version)): return .newerFormat(version)
        case .failure(let problem): return .problem(problem)
        }
    }

    func session(startedAt reference: UInt64) -> SessionID? { nil }

    func sketch(_ line: ArraySlice<UInt8>) -> LineSketch { Self.sketch(line) }

    static func sketch(_ line: ArraySlice<UInt8>) -> LineSketch {
        var sketch = LineSketch()
        let session = Array("\"session\":\"".utf8), sequence = Array("\"seq\":".utf8)
        if let start = line.firstRange(of: session)?.upperBound, line.endIndex - start > 32, line[start + 32] == UInt8(ascii: "\"") {
            sketch.session = SessionID(hex: String(decoding: line[start..<(start + 32)], as: UTF8.self))
        }
        // A number is whole when a comma or a brace follows it.
        if let start = line.firstRange(of: sequence)?.upperBound,
           let end = line[start...].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") }) {
            sketch.sequence = JournalLine.decimal(line[start..<end])
        }
        return sketch
    }
}
