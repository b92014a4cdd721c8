import Foundation
import Responses
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child `octant` on a pseudo-terminal: keys go in, the screen comes out.
final class PseudoTerminal {
    let master: Int32
    let process = Process()
    /// Raw bytes, decoded only whole: a read may end in the middle of an accented letter.
    private var bytes: [UInt8] = []
    private var markOffset = 0
    var output: String { String(decoding: bytes, as: UTF8.self) }
    private var outputSinceMark: String { String(decoding: bytes[markOffset...], as: UTF8.self) }

    init(arguments: [String], environment: [String: String], currentDirectory: URL? = nil, columns: UInt16 = 100, rows: UInt16 = 40) throws {
        master = PseudoTerminal.libc.openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, PseudoTerminal.libc.grantpt(master) == 0, PseudoTerminal.libc.unlockpt(master) == 0,
              let name = PseudoTerminal.libc.ptsname(master) else {
            throw CocoaError(.fileNoSuchFile)
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw CocoaError(.fileNoSuchFile) }
        defer { close(slave) }
        process.executableURL = BinaryRunner.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    /// The C library's pseudo-terminal functions, which the Glibc module hides behind feature macros.
    struct LibC {
        let openpt: @convention(c) (Int32) -> Int32
        let grantpt: @convention(c) (Int32) -> Int32
        let unlockpt: @convention(c) (Int32) -> Int32
        let ptsname: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    }

    static let libc: LibC = {
        let handle = dlopen(nil, RTLD_NOW)
        func symbol<T>(_ name: String, _ type: T.Type) -> T { unsafeBitCast(dlsym(handle, name)!, to: type) }
        return LibC(openpt: symbol("posix_openpt", (@convention(c) (Int32) -> Int32).self),
                    grantpt: symbol("grantpt", (@convention(c) (Int32) -> Int32).self),
                    unlockpt: symbol("unlockpt", (@convention(c) (Int32) -> Int32).self),
                    ptsname: symbol("ptsname", (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self))
    }()

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Sends keys; later `waitFor` calls look only at what is drawn after them.
    func send(_ keys: String) {
        markOffset = bytes.count
        let keyBytes = Array(keys.utf8)
        _ = keyBytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads the screen until `text` appears (escape sequences removed) or 15 s pass.
    @discardableResult
    func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if Self.visible(outputSinceMark).contains(text) { return true }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 200) >= 0 else { break }
            if descriptor.revents & Int16(POLLIN) != 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                bytes += buffer[0..<count]
            } else if !process.isRunning, descriptor.revents != 0 {
                break
            }
        }
        let found = Self.visible(outputSinceMark).contains(text)
        XCTAssertTrue(found, "never shown: \(text)\n--- screen ---\n\(Self.visible(outputSinceMark))", file: file, line: line)
        return found
    }

    /// The last full screen drawn (after the last clear), escape sequences removed, one string a row.
    var lastFrame: [String] {
        settle()
        let text = output
        guard let range = text.range(of: "\u{1B}[H\u{1B}[2J", options: .backwards) else { return [] }
        return Self.visible(String(text[range.upperBound...])).components(separatedBy: "\n")
    }

    /// Reads until the child has been quiet for 150 ms: the screen being drawn is then whole.
    func settle() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 150) > 0, descriptor.revents & Int16(POLLIN) != 0 else { return }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { return }
            bytes += buffer[0..<count]
        }
    }

    func waitForExit() -> Int32 {
        let deadline = Date().addingTimeInterval(15)
        while process.isRunning, Date() < deadline {
            var buffer = [UInt8](repeating: 0, count: 4096)
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 100) > 0, descriptor.revents & Int16(POLLIN) != 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 { bytes += buffer[0..<count] }
            }
        }
        if process.isRunning {
            XCTFail("the runner did not exit")
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        drain()
        return process.terminationStatus
    }

    /// What the child wrote just before exiting may still be in the terminal's buffer: read until it is empty.
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0, descriptor.revents & Int16(POLLIN) != 0 else { return }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { return }
            bytes += buffer[0..<count]
        }
    }

    /// The text without ANSI escape sequences.
    static func visible(_ text: String) -> String {
        var out = ""
        var escaping = false
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if escaping {
                if (0x40...0x7E).contains(scalar.value), scalar != "[" { escaping = false }
                continue
            }
            if scalar == "\u{1B}" { escaping = true; continue }
            if scalar != "\r" { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}

/// The full-screen keypress display through a pseudo-terminal.
final class RunTerminalTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    var data: String { directory.appendingPathComponent("Responses").path }

    func testKeysAnswerGoBackAndCtrlCLeavesWith130() throws {
        let terminal = try PseudoTerminal(arguments: ["run", RunCommandTests.questionnaire("esc-usagers"), "--data", data],
                                          environment: ["TERM": "xterm"])
        terminal.waitFor("Question 1 sur 60")
        XCTAssertTrue(terminal.output.contains("\u{1B}[?1049h"), "the interview takes the alternate screen")
        XCTAssertTrue(terminal.output.contains("\u{1B}[1;36m"), "colour on a terminal")
        terminal.send("1")
        terminal.waitFor("Question 2 sur 60")
        terminal.send("2\r")
        terminal.waitFor("Question 3 sur 60")
        terminal.send("45\u{7F}6\r")
        terminal.waitFor("Question 4 sur 60")
        terminal.send("\u{1B}[D")
        terminal.waitFor("Réponse enregistrée : 46 (Entrée pour la garder)")
        terminal.send("\r")
        terminal.waitFor("Question 4 sur 60")
        terminal.send("7")
        terminal.waitFor("Question 5 sur 60")
        terminal.send("j")
        terminal.waitFor("Question 6 sur 60")
        terminal.send("?")
        terminal.waitFor("p ou ← : question précédente")
        terminal.send("\u{03}")
        XCTAssertEqual(terminal.waitForExit(), 130)
        XCTAssertTrue(terminal.output.hasSuffix("\u{1B}[?1049l\u{1B}[?25h") || terminal.output.contains("Interrompu"),
                      "the terminal is given back")
        let device = try String(contentsOfFile: data + "/device-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let journal = try AnswerJournal(dataDirectory: URL(fileURLWithPath: data), deviceID: XCTUnwrap(DeviceID(device)))
        let state = try XCTUnwrap(journal.sessions.values.first)
        XCTAssertEqual(state.answers["sexe"], .value(.choice("femme")))
        XCTAssertEqual(state.answers["quartier"], .value(.choice("centre")))
        XCTAssertEqual(state.answers["age"], .value(.number(46)))
        XCTAssertEqual(state.answers.count, 5)
        XCTAssertTrue(state.answers.values.contains(.value(.escape("nsp"))))
    }

    func testNoColourWhenNoColorIsSetAndPauseWithQ() throws {
        let terminal = try PseudoTerminal(arguments: ["run", RunCommandTests.questionnaire("esc-usagers"), "--data", data],
                                          environment: ["TERM": "xterm", "NO_COLOR": "1"])
        terminal.waitFor("Question 1 sur 60")
        terminal.send("2")
        terminal.waitFor("Question 2 sur 60")
        terminal.send("q")
        terminal.waitFor("> q")
        terminal.send("\r")
        terminal.waitFor("Mettre l'entretien en pause ?")
        terminal.send("o")
        terminal.waitFor("Entretien en pause")
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertFalse(terminal.output.contains("\u{1B}[1;36m"))
    }

    func testPlainFlagKeepsLineModeOnATerminal() throws {
        let terminal = try PseudoTerminal(arguments: ["run", RunCommandTests.questionnaire("esc-usagers"), "--data", data, "--plain"],
                                          environment: ["TERM": "xterm"])
        terminal.waitFor("Question 1 sur 60")
        XCTAssertFalse(terminal.output.contains("\u{1B}[2J"), "no screen clearing in plain mode")
        terminal.send("1\n")
        terminal.waitFor("Question 2 sur 60")
        // The child has no controlling terminal here, so Ctrl-C is delivered as the signal the terminal would send.
        kill(terminal.process.processIdentifier, SIGINT)
        XCTAssertEqual(terminal.waitForExit(), 130)
    }

    func testTheMenuWithoutArgumentsOnATerminal() throws {
        let terminal = try PseudoTerminal(arguments: [], environment: ["TERM": "xterm", "LANG": "fr_FR.UTF-8"],
                                          currentDirectory: CheckCommandTests.repository)
        terminal.waitFor("Faire passer un questionnaire")
        terminal.send("4\r")
        terminal.waitFor("pas encore disponibles")
        terminal.send("3\r")
        terminal.waitFor("esc-usagers.survey")
        terminal.send("2\r")
        terminal.waitFor("0 erreur")
        terminal.send("\r")
        terminal.waitFor("Votre choix")
        terminal.send("q\r")
        XCTAssertEqual(terminal.waitForExit(), 0)
    }
}
