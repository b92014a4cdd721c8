import Foundation
import XCTest
@testable import Responses

/// The SPSS system-file writer: bytes checked against the format description, then the file read back by PSPP when it
/// is installed. Format: PSPP developers' guide, chapter "System File Format".
final class SystemFileTests: XCTestCase {
    /// 2026-01-01 13:45:30 UTC.
    static let created = Date(timeIntervalSince1970: 1_767_275_130)
    static let longName = "identifiant_" + String(repeating: "a", count: 52)
    static let likert: [Double: String] = [1: "Pas du tout satisfait", 2: "Plutôt pas satisfait", 3: "Ni l'un ni l'autre",
                                           4: "Plutôt satisfait", 5: "Tout à fait satisfait", 97: "Refus", 98: "Ne sait pas",
                                           99: "Non concerné"]

    /// A survey-like file: numeric, ordinal Likert, nominal, short and long strings, French labels, value labels,
    /// user-missing 97/98/99 on several variables, a LOWEST THRU -1 range, system-missing, text needing sanitising.
    static func survey(_ compression: SystemFileCompression = .none) -> SystemFile {
        var longNamed = SystemFileVariable.numeric(longName, label: "Numéro long", format: .f(width: 8, decimals: 0), measure: .nominal)
        longNamed.displayWidth = 10
        longNamed.alignment = .center
        let variables: [SystemFileVariable] = [
            .numeric("id", label: "Identifiant", format: .f(width: 4, decimals: 0)),
            .numeric("age", label: "Âge du répondant", format: .f(width: 3, decimals: 0),
                     valueLabels: [97: "Refus", 98: "Ne sait pas", 99: "Non concerné"], missingValues: .discrete([97, 98, 99])),
            .numeric("satisfaction", label: "Satisfaction générale — « très » ?", format: .f(width: 2, decimals: 0),
                     valueLabels: likert, missingValues: .discrete([97, 98, 99]), measure: .ordinal),
            .numeric("satisfaction_b", label: "Satisfaction à l'accueil", format: .f(width: 2, decimals: 0),
                     valueLabels: likert, missingValues: .discrete([97, 98, 99]), measure: .ordinal),
            .numeric("sexe", label: "Sexe", format: .f(width: 1, decimals: 0), valueLabels: [1: "Femme", 2: "Homme"], measure: .nominal),
            .numeric("revenu", label: "Revenu mensuel (€)\u{200F}\u{1}", format: .f(width: 10, decimals: 2),
                     missingValues: .range(low: -.infinity, high: -1)),
            .string("commune", width: 8, label: "Commune", valueLabels: ["PAR": "Paris", "LYO": "Lyon"]),
            .string("remarque", width: 40, label: "Remarque libre", valueLabels: ["RAS": "Rien à signaler"]),
            .numeric("note.été", label: String(repeating: "é", count: 200), format: .f(width: 4, decimals: 1)),
            longNamed,
        ]
        let cases: [[SystemFileValue]] = [
            [.number(1), .number(34), .number(4), .number(5), .number(1), .number(1234.56), .string("PAR"),
             .string("Très bien, merci; « parfait »"), .number(7.5), .number(123)],
            [.number(2), .number(97), .number(99), .number(98), .number(2), .systemMissing, .string("LYO"), .string("RAS"),
             .systemMissing, .systemMissing],
            [.number(3), .systemMissing, .number(1), .number(97), .number(1), .number(-5), .string(""),
             .string("Ligne 1\nLigne 2\u{202E} fin\u{1}"), .number(-2.5), .number(0)],
            [.number(1000), .number(45), .number(3), .number(2), .number(2), .number(.nan), .string("MAR"), .systemMissing,
             .number(10), .number(1_000_000)],
        ]
        return SystemFile(label: "Enquête été 2026 : vague 1", variables: variables, cases: cases, created: created, compression: compression)
    }

    // MARK: - Bytes

    func int32(_ bytes: [UInt8], _ offset: Int) -> Int32 {
        Int32(bitPattern: UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24)
    }

    func float64(_ bytes: [UInt8], _ offset: Int) -> Double {
        Double(bitPattern: (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) })
    }

    func text(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> String {
        String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    /// The records of the dictionary as `type` or `7.subtype`, the variable records' `type` fields, the extension
    /// records' data, and the offset where the data begin.
    func records(_ bytes: [UInt8]) -> (kinds: [String], variableTypes: [Int32], extensions: [Int32: [UInt8]], dataStart: Int) {
        var offset = 176, kinds: [String] = [], types: [Int32] = [], extensions: [Int32: [UInt8]] = [:]
        while offset < bytes.count {
            let type = int32(bytes, offset)
            switch type {
            case 2:
                kinds.append("2")
                types.append(int32(bytes, offset + 4))
                let hasLabel = int32(bytes, offset + 8), missing = int32(bytes, offset + 12)
                offset += 32
                if hasLabel == 1 { offset += 4 + (Int(int32(bytes, offset)) + 3) / 4 * 4 }
                offset += 8 * Int(abs(missing))
            case 3:
                kinds.append("3")
                let count = int32(bytes, offset + 4)
                offset += 8
                for _ in 0..<count { offset += (8 + 1 + Int(bytes[offset + 8]) + 7) / 8 * 8 }
            case 4:
                kinds.append("4")
                offset += 8 + 4 * Int(int32(bytes, offset + 4))
            case 7:
                let subtype = int32(bytes, offset + 4), size = Int(int32(bytes, offset + 8)), count = Int(int32(bytes, offset + 12))
                kinds.append("7.\(subtype)")
                extensions[subtype] = Array(bytes[offset + 16..<offset + 16 + size * count])
                offset += 16 + size * count
            case 999:
                kinds.append("999")
                return (kinds, types, extensions, offset + 8)
            default:
                XCTFail("unknown record type \(type) at \(offset)")
                return (kinds, types, extensions, offset)
            }
        }
        return (kinds, types, extensions, offset)
    }

    func testHeaderRecord() throws {
        let bytes = try Self.survey().bytes()
        XCTAssertEqual(text(bytes, 0, 4), "$FL2")
        XCTAssertTrue(text(bytes, 4, 60).hasPrefix("@(#) SPSS DATA FILE Octant  "))
        XCTAssertEqual(int32(bytes, 64), 2, "layout code")
        // 8 numeric variables, commune (1 element) and remarque (5 elements).
        XCTAssertEqual(int32(bytes, 68), 14, "nominal case size")
        XCTAssertEqual(int32(bytes, 72), 0, "not compressed")
        XCTAssertEqual(int32(bytes, 76), 0, "not weighted")
        XCTAssertEqual(int32(bytes, 80), 4, "cases")
        XCTAssertEqual(float64(bytes, 84), 100)
        XCTAssertEqual(text(bytes, 92, 9), "01 Jan 26")
        XCTAssertEqual(text(bytes, 101, 8), "13:45:30")
        let label = "Enquête été 2026 : vague 1"
        XCTAssertEqual(text(bytes, 109, 64), label + String(repeating: " ", count: 64 - label.utf8.count))
        XCTAssertEqual(Array(bytes[173..<176]), [0, 0, 0])
        XCTAssertEqual(try Self.survey(.bytecode).bytes()[72], 1, "bytecode compression")
    }

    func testRecordsComeInTheFormatsOrder() throws {
        let bytes = try Self.survey().bytes()
        let (kinds, types, extensions, _) = records(bytes)
        // Value labels for age, satisfaction, satisfaction_b, sexe and commune; remarque's go to subtype 21.
        XCTAssertEqual(kinds, Array(repeating: "2", count: 14) + Array(repeating: ["3", "4"], count: 5).flatMap { $0 }
            + ["7.3", "7.4", "7.11", "7.13", "7.20", "7.21", "999"])
        XCTAssertEqual(types, [0, 0, 0, 0, 0, 0, 8, 40, -1, -1, -1, -1, 0, 0])
        let integers = extensions[3]!
        XCTAssertEqual(int32(integers, 24), 2, "little-endian")
        XCTAssertEqual(int32(integers, 28), 65001, "UTF-8")
        let floats = extensions[4]!
        XCTAssertEqual(Array(floats[0..<8]), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xef, 0xff], "SYSMIS = -DBL_MAX")
        XCTAssertEqual(float64(floats, 8), .greatestFiniteMagnitude)
        XCTAssertEqual(float64(floats, 16), -Double.greatestFiniteMagnitude.nextDown)
        XCTAssertEqual(extensions[11]!.count, 10 * 3 * 4)
        XCTAssertEqual((0..<3).map { int32(extensions[11]!, 4 * (3 * 2 + $0)) }, [2, 8, 1], "satisfaction: ordinal, 8, right")
        XCTAssertEqual((0..<3).map { int32(extensions[11]!, 4 * (3 * 9 + $0)) }, [1, 10, 2], "long name: nominal, 10, centre")
        XCTAssertEqual(String(decoding: extensions[13]!, as: UTF8.self),
                       "ID=id\tAGE=age\tSATISFAC=satisfaction\tSATISF_1=satisfaction_b\tSEXE=sexe\tREVENU=revenu\tCOMMUNE=commune\t"
                       + "REMARQUE=remarque\tNOTEETE=note.été\tIDENTIFI=\(Self.longName)")
        XCTAssertEqual(String(decoding: extensions[20]!, as: UTF8.self), "UTF-8")
        let longLabels = extensions[21]!
        XCTAssertEqual(int32(longLabels, 0), 8)
        XCTAssertEqual(text(longLabels, 4, 8), "remarque")
        XCTAssertEqual(int32(longLabels, 12), 40)
        XCTAssertEqual(int32(longLabels, 16), 1)
        XCTAssertEqual(int32(longLabels, 20), 40)
        XCTAssertEqual(text(longLabels, 24, 40), "RAS" + String(repeating: " ", count: 37))
        XCTAssertEqual(int32(longLabels, 64), Int32("Rien à signaler".utf8.count))
    }

    func testVariableRecordsAndValueLabels() throws {
        let bytes = try Self.survey().bytes()
        // age: the second record, after id's (32 bytes + "Identifiant" padded to 12).
        let age = 176 + 32 + 4 + 12
        XCTAssertEqual(Array((0..<6).map { int32(bytes, age + 4 * $0) }), [2, 0, 1, 3, 0x05_03_00, 0x05_03_00])
        XCTAssertEqual(text(bytes, age + 24, 8), "AGE     ")
        XCTAssertEqual(int32(bytes, age + 32), Int32("Âge du répondant".utf8.count))
        XCTAssertEqual(text(bytes, age + 36, 20), "Âge du répondant  ")
        XCTAssertEqual([float64(bytes, age + 56), float64(bytes, age + 64), float64(bytes, age + 72)], [97, 98, 99])
        // note.été's label: 200 two-byte characters cut at 255 bytes on a character boundary.
        let file = Self.survey()
        let layout = try SystemFileLayout(file)
        XCTAssertEqual(layout.variables[8].label, Array(String(repeating: "é", count: 127).utf8))
        // revenu: LOWEST THRU -1, and its label without the bidi mark and the control character.
        XCTAssertEqual(layout.variables[5].label, Array("Revenu mensuel (€)".utf8))
        XCTAssertEqual(SystemFile.missingValueElements(.range(low: -.infinity, high: .infinity)).values,
                       [-Double.greatestFiniteMagnitude.nextDown, .greatestFiniteMagnitude])
        // The first value labels record: age's three labels, then its dictionary index, 2.
        let (kinds, _, _, _) = records(bytes)
        XCTAssertEqual(kinds.first { $0 != "2" }, "3")
        let labels = bytes.indices.dropFirst(176).first { int32(bytes, $0) == 3 && int32(bytes, $0 + 4) == 3 && float64(bytes, $0 + 8) == 97 }!
        XCTAssertEqual(bytes[labels + 16], 5)
        XCTAssertEqual(text(bytes, labels + 17, 5), "Refus")
        XCTAssertEqual(float64(bytes, labels + 24), 98)
        let after = labels + 8 + 16 + 24 + 24
        XCTAssertEqual([int32(bytes, after), int32(bytes, after + 4), int32(bytes, after + 8)], [4, 1, 2])
        // A value label cut at 120 bytes on a character boundary.
        var cut = SystemFileVariable.numeric("x", valueLabels: [1: "a" + String(repeating: "é", count: 100)])
        cut.label = ""
        let cutLayout = try SystemFileLayout(SystemFile(variables: [cut]))
        XCTAssertEqual(cutLayout.variables[0].valueLabels[0].label.count, 119)
    }

    func testUncompressedData() throws {
        let bytes = try Self.survey().bytes()
        let start = records(bytes).dataStart
        XCTAssertEqual(bytes.count - start, 4 * 14 * 8)
        XCTAssertEqual(Array(bytes[start..<start + 8]), [0, 0, 0, 0, 0, 0, 0xf0, 0x3f], "1.0")
        XCTAssertEqual(float64(bytes, start + 5 * 8), 1234.56)
        XCTAssertEqual(text(bytes, start + 6 * 8, 8), "PAR     ")
        XCTAssertEqual(text(bytes, start + 7 * 8, 40), "Très bien, merci; « parfait »" + String(repeating: " ", count: 8))
        let second = start + 14 * 8
        XCTAssertEqual(Array(bytes[second + 5 * 8..<second + 6 * 8]), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xef, 0xff], "SYSMIS")
        let third = start + 2 * 14 * 8
        XCTAssertEqual(text(bytes, third + 7 * 8, 40).trimmingCharacters(in: .whitespaces), "Ligne 1Ligne 2 fin")
        let fourth = start + 3 * 14 * 8
        XCTAssertEqual(float64(bytes, fourth + 5 * 8), -.greatestFiniteMagnitude, "NaN is written as SYSMIS")
        XCTAssertEqual(text(bytes, fourth + 7 * 8, 40), String(repeating: " ", count: 40), "system-missing string: blanks")
    }

    func testBytecodeCompression() throws {
        let file = SystemFile(variables: [.numeric("a"), .numeric("b"), .numeric("c"), .string("s", width: 8), .string("t", width: 12)],
                              cases: [[.number(1), .systemMissing, .number(1000.5), .string("ab"), .string("")],
                                      [.number(-99), .number(151), .number(152), .string(""), .string("123456789")]],
                              created: Self.created, compression: .bytecode)
        let bytes = try file.bytes()
        let start = records(bytes).dataStart
        // Case 1: 1 → 101, SYSMIS → 255, 1000.5 → 253 + literal, "ab" → 253 + literal, 12 blanks → 254 254; case 2 begins.
        XCTAssertEqual(Array(bytes[start..<start + 8]), [101, 255, 253, 253, 254, 254, 1, 251])
        XCTAssertEqual(float64(bytes, start + 8), 1000.5)
        XCTAssertEqual(text(bytes, start + 16, 8), "ab      ")
        // Then 152 → 253, "" → 254, "12345678" → 253, "9" → 253, padding.
        XCTAssertEqual(Array(bytes[start + 24..<start + 32]), [253, 254, 253, 253, 0, 0, 0, 0])
        XCTAssertEqual(float64(bytes, start + 32), 152)
        XCTAssertEqual(text(bytes, start + 40, 16), "123456789       ")
        XCTAssertEqual(bytes.count, start + 56)
    }

    func testSanitiserAndShortNames() {
        XCTAssertEqual(SystemFileText.sanitized("a\tb\nc\r\u{0}d\u{7F}e\u{85}f"), "abcdef")
        XCTAssertEqual(SystemFileText.sanitized("\u{202A}x\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}y"), "xy")
        XCTAssertEqual(SystemFileText.sanitized("Été — « ok » 👍🏽 e\u{301}"), "Été — « ok » 👍🏽 e\u{301}")
        XCTAssertEqual(SystemFileText.bytes("aé", limit: 2), [0x61])
        XCTAssertEqual(SystemFileNames.shortNames(["satisfaction", "satisfaction_b", "Âge", "@x", "ab.cd", "né_à", "日本", "日本語",
                                                   "with", "a"]),
                       ["SATISFAC", "SATISF_1", "AGE", "X", "ABCD", "NE_A", "V", "V_1", "WITH_1", "A"])
        XCTAssertEqual(SystemFileNames.shortNames(["to", "v", "V_1x"]), ["TO_1", "V", "V_1X"])
    }

    func testInvalidDescriptionsThrowTypedErrors() {
        func error(_ variables: [SystemFileVariable], _ cases: [[SystemFileValue]] = []) -> SystemFileError? {
            do { _ = try SystemFile(variables: variables, cases: cases).bytes(); return nil } catch { return error }
        }
        XCTAssertEqual(error([]), .noVariables)
        for name in ["", "2a", "a b", "_a", "a.", "ALL", "with", "a-b", "é\u{1}", String(repeating: "é", count: 33)] {
            XCTAssertEqual(error([.numeric(name)]), .invalidName(name), name)
        }
        XCTAssertNil(error([.numeric(String(repeating: "é", count: 32)), .numeric("@a#$_.1"), .numeric("Âge")]))
        XCTAssertEqual(error([.numeric("Age"), .numeric("AGE")]), .duplicateName("AGE"))
        XCTAssertEqual(error([.numeric("Âge"), .numeric("âGE")]), .duplicateName("âGE"))
        XCTAssertEqual(error([.string("s", width: 256)]), .invalidStringWidth(variable: "s", width: 256))
        XCTAssertEqual(error([.string("s", width: 0)]), .invalidStringWidth(variable: "s", width: 0))
        XCTAssertEqual(error([.numeric("n", format: .a(width: 8))]), .invalidFormat(variable: "n", .a(width: 8)))
        XCTAssertEqual(error([.numeric("n", format: .f(width: 2, decimals: 2))]), .invalidFormat(variable: "n", .f(width: 2, decimals: 2)))
        var string = SystemFileVariable.string("s", width: 4)
        string.printFormat = .a(width: 8)
        XCTAssertEqual(error([string]), .invalidFormat(variable: "s", .a(width: 8)))
        XCTAssertEqual(error([.string("s", width: 4, measure: .scale)]), .scaleString(variable: "s"))
        XCTAssertEqual(error([.numeric("n", missingValues: .discrete([1, 2, 3, 4]))]), .invalidMissingValues(variable: "n"))
        XCTAssertEqual(error([.numeric("n", missingValues: .range(low: 5, high: 1))]), .invalidMissingValues(variable: "n"))
        XCTAssertEqual(error([.numeric("n", missingValues: .discrete([.nan]))]), .invalidMissingValues(variable: "n"))
        XCTAssertEqual(error([.string("s", width: 2, valueLabels: ["abc": "x"])]), .invalidValueLabel(variable: "s", .string("abc")))
        XCTAssertEqual(error([.numeric("n", valueLabels: [.infinity: "x"])]), .invalidValueLabel(variable: "n", .number(.infinity)))
        var twice = SystemFileVariable.numeric("n")
        twice.valueLabels = [SystemFileValueLabel(1, "a"), SystemFileValueLabel(1, "b")]
        XCTAssertEqual(error([twice]), .duplicateValueLabel(variable: "n", .number(1)))
        XCTAssertEqual(error([.numeric("n")], [[.number(1), .number(2)]]), .wrongValueCount(row: 0, expected: 1, found: 2))
        XCTAssertEqual(error([.numeric("n")], [[.string("1")]]), .valueTypeMismatch(variable: "n", row: 0))
        XCTAssertEqual(error([.string("s", width: 2)], [[.string("ab")], [.string("été")]]),
                       .stringTooWide(variable: "s", row: 1, bytes: 5, width: 2))
        XCTAssertEqual(error([.string("s", width: 3)], [[.number(1)]]), .valueTypeMismatch(variable: "s", row: 0))
    }

    // MARK: - Read back with PSPP

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// A quoted string for PSPP syntax: single quotes, each one inside doubled.
    static func syntaxString(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// PSPP's CSV output split into its tables, by title (a title seen before gets " (2)", " (3)"…); each row's cells,
    /// without footnote markers such as `[a]`.
    static func tables(_ csv: String) -> [String: [[String]]] {
        var result: [String: [[String]]] = [:], title: String?
        for line in csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("Table: ") {
                let name = String(line.dropFirst(7))
                var numbered = name, count = 1
                while result[numbered] != nil { count += 1; numbered = "\(name) (\(count))" }
                title = numbered
                result[numbered] = []
            } else if line.isEmpty {
                title = nil
            } else if let current = title, !line.hasPrefix("Footnote: ") {
                result[current]!.append(cells(line).map(withoutFootnote))
            }
        }
        return result
    }

    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, characters = Array(line), index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" { cell.append("\""); index += 1 } else { quoted = false }
                } else { cell.append(character) }
            } else if character == "\"" { quoted = true
            } else if character == "," { cells.append(cell); cell = ""
            } else { cell.append(character) }
            index += 1
        }
        cells.append(cell)
        return cells
    }

    static func withoutFootnote(_ cell: String) -> String {
        guard cell.hasSuffix("]"), let open = cell.lastIndex(of: "["), cell.distance(from: open, to: cell.endIndex) == 3 else { return cell }
        return String(cell[..<open])
    }

    func testPSPPReadsBackEveryNameLabelMissingValueLevelAndValue() throws {
        guard let pspp = Self.executable("pspp") else { throw XCTSkip("no pspp executable on PATH") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("octant-sav l'été \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for compression in [SystemFileCompression.none, .bytecode] {
            let file = directory.appendingPathComponent("enquête d'été \(compression).sav")
            try Self.survey(compression).data().write(to: file)
            let syntax = directory.appendingPathComponent("read.sps")
            let path = Self.syntaxString(file.path)
            try "GET FILE=\(path).\nDISPLAY DICTIONARY.\nLIST.\nSYSFILE INFO FILE=\(path).\n".write(to: syntax, atomically: true, encoding: .utf8)
            let output = directory.appendingPathComponent("out.csv")
            let process = Process()
            process.executableURL = pspp
            process.arguments = ["--output=\(output.path)", "-O", "format=csv", syntax.path]
            process.currentDirectoryURL = directory
            let console = Pipe()
            process.standardOutput = console
            process.standardError = console
            try process.run()
            let said = String(decoding: console.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let csv = try String(contentsOf: output, encoding: .utf8)
            XCTAssertEqual(process.terminationStatus, 0, said + csv)
            XCTAssertFalse((said + csv).lowercased().contains("error"), said + csv)
            XCTAssertFalse((said + csv).lowercased().contains("warning"), said + csv)
            checkPSPPTables(Self.tables(csv), csv: csv, compression: compression)
        }
    }

    func checkPSPPTables(_ tables: [String: [[String]]], csv: String, compression: SystemFileCompression) {
        let variables = tables["Variables"] ?? []
        XCTAssertEqual(variables.first, ["Name", "Position", "Label", "Measurement Level", "Role", "Width", "Alignment", "Print Format",
                                         "Write Format", "Missing Values"], csv)
        let missing = "97; 98; 99"
        let expectedVariables: [[String]] = [
            ["id", "1", "Identifiant", "Scale", "Input", "8", "Right", "F4.0", "F4.0", ""],
            ["age", "2", "Âge du répondant", "Scale", "Input", "8", "Right", "F3.0", "F3.0", missing],
            ["satisfaction", "3", "Satisfaction générale — « très » ?", "Ordinal", "Input", "8", "Right", "F2.0", "F2.0", missing],
            ["satisfaction_b", "4", "Satisfaction à l'accueil", "Ordinal", "Input", "8", "Right", "F2.0", "F2.0", missing],
            ["sexe", "5", "Sexe", "Nominal", "Input", "8", "Right", "F1.0", "F1.0", ""],
            ["revenu", "6", "Revenu mensuel (€)", "Scale", "Input", "8", "Right", "F10.2", "F10.2", "LOWEST THRU -1"],
            ["commune", "7", "Commune", "Nominal", "Input", "8", "Left", "A8", "A8", ""],
            ["remarque", "8", "Remarque libre", "Nominal", "Input", "32", "Left", "A40", "A40", ""],
            ["note.été", "9", String(repeating: "é", count: 127), "Scale", "Input", "8", "Right", "F4.1", "F4.1", ""],
            [Self.longName, "10", "Numéro long", "Nominal", "Input", "10", "Center", "F8.0", "F8.0", ""],
        ]
        XCTAssertEqual(Array(variables.dropFirst()), expectedVariables, csv)

        // Value labels: the variable's label on its first row, then the value as printed and its label.
        var expectedLabels: [[String]] = [["Variable Value", "", "Label"]]
        func add(_ variable: String, _ pairs: [(String, String)]) {
            for (index, pair) in pairs.enumerated() { expectedLabels.append([index == 0 ? variable : "", pair.0, pair.1]) }
        }
        let likert = Self.likert.sorted { $0.key < $1.key }.map { (String(Int($0.key)), $0.value) }
        add("Âge du répondant", [("97", "Refus"), ("98", "Ne sait pas"), ("99", "Non concerné")])
        add("Satisfaction générale — « très » ?", likert)
        add("Satisfaction à l'accueil", likert)
        add("Sexe", [("1", "Femme"), ("2", "Homme")])
        add("Commune", [("LYO", "Lyon"), ("PAR", "Paris")])
        add("Remarque libre", [("RAS", "Rien à signaler")])
        XCTAssertEqual(tables["Value Labels"], expectedLabels, csv)
        XCTAssertTrue(csv.contains("Âge du répondant,97[a],Refus\n"), "97 is flagged user-missing: " + csv)
        // SYSFILE INFO, reading the file on its own, shows the same dictionary.
        XCTAssertEqual(tables["Variables (2)"], tables["Variables"], csv)
        XCTAssertEqual(tables["Value Labels (2)"], tables["Value Labels"], csv)

        let data = (tables["Data List"] ?? []).map { $0.map { $0.trimmingCharacters(in: .whitespaces) } }
        XCTAssertEqual(data, [
            ["id", "age", "satisfaction", "satisfaction_b", "sexe", "revenu", "commune", "remarque", "note.été", Self.longName],
            ["1", "34", "4", "5", "1", "1234.56", "PAR", "Très bien, merci; « parfait »", "7.5", "123"],
            ["2", "97", "99", "98", "2", ".", "LYO", "RAS", ".", "."],
            ["3", ".", "1", "97", "1", "-5.00", "", "Ligne 1Ligne 2 fin", "-2.5", "0"],
            ["1000", "45", "3", "2", "2", ".", "MAR", "", "10.0", "1000000"],
        ], csv)

        let info = Dictionary((tables["File Information"] ?? []).filter { $0.count == 2 }.map { ($0[0], $0[1]) }) { first, _ in first }
        XCTAssertEqual(info["Label"], "Enquête été 2026 : vague 1", csv)
        XCTAssertEqual(info["Cases"], "4", csv)
        XCTAssertEqual(info["Variables"], "10", csv)
        XCTAssertEqual(info["Encoding"], "UTF-8", csv)
        XCTAssertEqual(info["Compression"], compression == .none ? "None" : "SAV", csv)
        XCTAssertTrue(info["Created"]?.hasPrefix("01 Jan 26 13:45:30 by Octant") ?? false, csv)
    }
}
