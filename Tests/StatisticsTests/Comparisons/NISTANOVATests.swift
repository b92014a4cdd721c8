import Foundation
import XCTest
@testable import Statistics

/// NIST StRD one-way ANOVA datasets: the certified F, between/within sums of squares and residual SD must be
/// reproduced to at least 13 significant digits (log relative error, LRE ≥ 13) on every dataset.
final class NISTANOVATests: XCTestCase {
    struct Dataset {
        var name: String
        var groups: [[String]]
        var betweenDF: Int, withinDF: Int
        var betweenSS: Double, withinSS: Double, betweenMS: Double, withinMS: Double
        var f: Double, rSquared: Double, residualSD: Double
    }

    static let names = ["SiRstv", "SmLs01", "SmLs02", "SmLs03", "AtmWtAg", "SmLs04", "SmLs05", "SmLs06",
                        "SmLs07", "SmLs08", "SmLs09"]

    /// Parses the certified-values block and the "treatment value" data lines of an StRD .dat file.
    static func load(_ name: String) throws -> Dataset {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("nist-anova/\(name).dat")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: .newlines)
        func tokens(_ line: String) -> [String] { line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }
        func certifiedLine(startingWith prefix: String) throws -> [String] {
            try XCTUnwrap(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }.map(tokens), prefix)
        }
        let between = try certifiedLine(startingWith: "Between")
        let within = try certifiedLine(startingWith: "Within")
        let rSquared = try certifiedLine(startingWith: "Certified R-Squared")
        let sd = try certifiedLine(startingWith: "Standard Deviation")
        let dataHeader = try XCTUnwrap(lines.lastIndex { $0.hasPrefix("Data:") })
        var byGroup: [Int: [String]] = [:]
        for line in lines[(dataHeader + 1)...] {
            let fields = tokens(line)
            guard fields.count == 2, let group = Int(fields[0]) else { continue }
            byGroup[group, default: []].append(fields[1])
        }
        func number(_ text: String) throws -> Double { try XCTUnwrap(Double(text), text) }
        let b = between.count, w = within.count
        return Dataset(name: name, groups: byGroup.keys.sorted().map { byGroup[$0]! },
                       betweenDF: try XCTUnwrap(Int(between[b - 4])), withinDF: try XCTUnwrap(Int(within[w - 3])),
                       betweenSS: try number(between[b - 3]), withinSS: try number(within[w - 2]),
                       betweenMS: try number(between[b - 2]), withinMS: try number(within[w - 1]),
                       f: try number(between[b - 1]), rSquared: try number(rSquared.last!), residualSD: try number(sd.last!))
    }

    /// Log relative error, −log₁₀(|x − c|/|c|), capped at 15 when the digits all agree.
    static func lre(_ value: Double, _ certified: Double) -> Double {
        let error = abs(value - certified) / abs(certified)
        return error == 0 ? 15 : Swift.min(15, -log10(error))
    }

    func testDecimalEntryPointReachesThirteenDigitsOnEveryDataset() throws {
        var report = ["NIST StRD one-way ANOVA, LRE per dataset (decimal entry point; doubles entry point in brackets):"]
        for name in Self.names {
            let data = try Self.load(name)
            let result = try OneWayANOVA.test(decimalText: data.groups)
            XCTAssertEqual(result.betweenDegreesOfFreedom, data.betweenDF, name)
            XCTAssertEqual(result.withinDegreesOfFreedom, data.withinDF, name)
            let lres = [("F", Self.lre(result.f, data.f)),
                        ("SSB", Self.lre(result.betweenSumOfSquares, data.betweenSS)),
                        ("SSW", Self.lre(result.withinSumOfSquares, data.withinSS)),
                        ("MSB", Self.lre(result.betweenMeanSquare, data.betweenMS)),
                        ("MSW", Self.lre(result.withinMeanSquare, data.withinMS)),
                        ("R2", Self.lre(result.etaSquared, data.rSquared)),
                        ("SD", Self.lre(result.residualStandardDeviation, data.residualSD))]
            for (label, digits) in lres where label != "R2" {
                XCTAssertGreaterThanOrEqual(digits, 13, "\(name) \(label)")
            }
            let doubles = try OneWayANOVA.test(groups: data.groups.map { $0.map { Double($0)! } })
            let doubleF = Self.lre(doubles.f, data.f)
            report.append(name.padding(toLength: 8, withPad: " ", startingAt: 0)
                + lres.map { "\($0.0) \(String(format: "%.1f", $0.1))" }.joined(separator: "  ")
                + "  [F \(String(format: "%.1f", doubleF))]")
        }
        print(report.joined(separator: "\n"))
    }

    func testDecimalTextIsParsedStrictly() {
        XCTAssertThrowsError(try OneWayANOVA.test(decimalText: [["1.5", "2x"], ["3"]])) { error in
            XCTAssertEqual(error as? StatisticsError, .invalidNumber("2x"))
        }
        XCTAssertThrowsError(try OneWayANOVA.test(decimalText: [[], []]))
    }
}
