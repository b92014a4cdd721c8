import Foundation
import Responses
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The runner killed with SIGKILL at random points: no acknowledged answer is lost, and `--resume` continues at the
/// next question. An answer is acknowledged when the next question is displayed.
final class RunCrashTests: XCTestCase {
    /// The first 26 questions of esc-usagers, each answered by one line and none hidden by a condition.
    static let answers = ["1", "2", "45"] + Array(repeating: "5", count: 10) + Array(repeating: "1", count: 6)
        + Array(repeating: "3", count: 7)

    func testKilledRunnerLosesNoAcknowledgedAnswer() throws {
        // A write to a runner just killed must not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        var random = LinearCongruential(state: 20_261_123)
        for round in 0..<30 {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-crash-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let data = directory.appendingPathComponent("Responses").path
            let acknowledged = Int(random.next() % 20)
            let process = Process()
            process.executableURL = BinaryRunner.executable
            process.arguments = ["run", RunCommandTests.questionnaire("esc-usagers"), "--plain", "--data", data, "--seed", "\(round)"]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var reader = PromptReader(descriptor: output.fileHandleForReading.fileDescriptor)
            XCTAssertTrue(reader.waitForPrompts(1), "round \(round): first question never shown")
            for index in 0..<acknowledged {
                input.fileHandleForWriting.write(Data((Self.answers[index] + "\n").utf8))
                XCTAssertTrue(reader.waitForPrompts(index + 2), "round \(round): question \(index + 2) never shown")
            }
            // One more answer in flight, then the kill lands somewhere in its handling.
            input.fileHandleForWriting.write(Data((Self.answers[acknowledged] + "\n").utf8))
            usleep(UInt32(random.next() % 4_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let device = try String(contentsOfFile: data + "/device-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            let journal = try AnswerJournal(dataDirectory: URL(fileURLWithPath: data), deviceID: XCTUnwrap(DeviceID(device)))
            let state = try XCTUnwrap(journal.sessions.values.first, "round \(round)")
            let plan = try XCTUnwrap(state.start).presentedOrder
            let recorded = state.answers.count
            XCTAssertTrue(recorded == acknowledged || recorded == acknowledged + 1,
                          "round \(round): \(acknowledged) acknowledged, \(recorded) in the journal")
            for index in 0..<recorded {
                XCTAssertNotNil(state.answers[plan[index]], "round \(round): answer \(index + 1) lost")
            }
            journal.close()

            let resumed = try BinaryRunner.run(["run", "--resume", "--data", data, "--plain"], stdin: "",
                                               currentDirectory: CheckCommandTests.repository)
            XCTAssertTrue(resumed.stdout.contains("Question \(recorded + 1) sur 60"),
                          "round \(round): resume should continue at question \(recorded + 1)\n\(resumed.stdout.suffix(400))")
        }
    }
}

/// Reads the runner's output and counts its prompts (one per screen shown).
struct PromptReader {
    let descriptor: Int32
    /// Raw bytes, decoded only whole: a read may end in the middle of an accented letter.
    private var bytes: [UInt8] = []
    var text: String { String(decoding: bytes, as: UTF8.self) }

    init(descriptor: Int32) { self.descriptor = descriptor }

    mutating func waitForPrompts(_ count: Int) -> Bool {
        let deadline = Date().addingTimeInterval(15)
        while text.components(separatedBy: "\n> ").count - 1 < count {
            guard Date() < deadline else { return false }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 200) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 8192)
            let read = Glibc.read(descriptor, &buffer, buffer.count)
            guard read > 0 else { return false }
            bytes += buffer[0..<read]
        }
        return true
    }
}

/// A small deterministic generator for the crash points (Knuth's MMIX constants), so a failure can be replayed.
struct LinearCongruential {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
