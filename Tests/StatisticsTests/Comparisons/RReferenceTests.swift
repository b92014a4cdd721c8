import Foundation
import XCTest
@testable import Statistics

/// Every descriptive, one-sample, two-group and k-group statistic of `Fixtures/r/groups.json` (computed by R)
/// is reproduced to a relative error ≤ 1e-9; p-values are compared in relative terms down to 1e-300.
/// Where R refused or returned a non-finite value, Octant must throw a `StatisticsError` instead.
final class RReferenceTests: XCTestCase {
    typealias JSON = [String: Any]

    /// Records the largest relative error per statistic so the test can print them.
    final class Comparator {
        var worst: [String: (error: Double, place: String)] = [:]
        var failures: [String] = []
        static let tolerance = 1e-9

        func check(_ actual: Double, _ expected: Any?, _ name: String, _ place: String) {
            guard let expected = expected as? Double else { failures.append("\(place) \(name): reference missing"); return }
            let error: Double
            if abs(expected) < 1e-300 { error = abs(actual) < 1e-300 ? 0 : abs(actual) / 1e-300 }
            else if !name.hasSuffix(".p") && abs(actual - expected) < 1e-15 && abs(expected) < 1e-15 {
                // An exact zero (e.g. equal Brown–Forsythe centres) that R's arithmetic leaves as 3e-32 of noise.
                error = 0
            } else { error = abs(actual - expected) / abs(expected) }
            if error > (worst[name]?.error ?? -1) { worst[name] = (error, place) }
            if !(error <= Self.tolerance) { failures.append("\(place) \(name): \(actual) vs R \(expected) (rel. error \(error))") }
        }

        func checkThrows(_ place: String, _ body: () throws -> Any) {
            do { _ = try body(); failures.append("\(place): R refused but Octant returned a result") }
            catch is StatisticsError {} catch { failures.append("\(place): unexpected error \(error)") }
        }
    }

    static func loadDatasets() throws -> [JSON] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("r/groups.json")
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? JSON)
        return try XCTUnwrap(root["datasets"] as? [JSON])
    }

    func testGroupsFixtureAgreesWithR() throws {
        let comparator = Comparator()
        let datasets = try Self.loadDatasets()
        XCTAssertGreaterThan(datasets.count, 40)
        for dataset in datasets {
            let id = dataset["id"] as! String
            let groups = (dataset["groups"] as! [JSON]).map { ($0["values"] as! [Any]).compactMap { $0 as? Double } }
            let isLikert = dataset["value_kind"] as? String == "likert8"
            let counts = isLikert ? try groups.map { try ScaleCounts(points: 8, answers: $0.map { Int($0) }) } : nil
            try checkDescriptives(dataset, groups, counts, comparator, id)
            try checkOneSample(dataset, groups, comparator, id)
            try checkTwoGroups(dataset["two_groups"] as! JSON, groups, counts, comparator, id)
            try checkKGroups(dataset["k_groups"] as! JSON, groups, counts, comparator, id)
        }
        let lines = comparator.worst.keys.sorted().map { name -> String in
            let worst = comparator.worst[name]!
            return "  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%.2e", worst.error))  (\(worst.place))"
        }
        print("Largest relative error against R per statistic (\(datasets.count) datasets):\n" + lines.joined(separator: "\n"))
        XCTAssert(comparator.failures.isEmpty, comparator.failures.prefix(40).joined(separator: "\n"))
    }

    private func checkDescriptives(_ dataset: JSON, _ groups: [[Double]], _ counts: [ScaleCounts]?,
                                   _ c: Comparator, _ id: String) throws {
        let section = dataset["descriptives"] as! JSON
        var references = section["groups"] as! [JSON]
        var samples = groups
        var tables = counts
        references.append(section["overall"] as! JSON)
        samples.append(groups.flatMap { $0 })
        if let counts { tables = counts + [try counts.dropFirst().reduce(counts[0]) { try $0.merged(with: $1) }] }
        for (index, (reference, sample)) in zip(references, samples).enumerated() {
            var variants: [(String, (QuantileMethod) throws -> Descriptives)] = [("values", { try Descriptives(values: sample, quantileMethod: $0) })]
            if let tables { variants.append(("counts", { try Descriptives(counts: tables[index], quantileMethod: $0) })) }
            for (path, make) in variants {
                let place = "\(id) descriptives[\(index)] from \(path)"
                let d7 = try make(.type7), d6 = try make(.type6)
                XCTAssertEqual(d7.count, reference["n"] as? Int, place)
                c.check(d7.mean, reference["mean"], "descriptives.mean", place)
                if let sd = d7.standardDeviation, let se = d7.standardError, let ci = d7.confidenceInterval {
                    c.check(sd, reference["sd"], "descriptives.sd", place)
                    c.check(se, reference["se"], "descriptives.se", place)
                    c.check(ci.lower, reference["ci95_lower"], "descriptives.ci95", place)
                    c.check(ci.upper, reference["ci95_upper"], "descriptives.ci95", place)
                } else {
                    XCTAssert(reference["sd"] is NSNull, "\(place): R has an SD")
                }
                for (result, key) in [(d7, "quartiles_type7"), (d6, "quartiles_type6")] {
                    let quartiles = reference[key] as! [Any]
                    c.check(result.firstQuartile, quartiles[0], "descriptives.\(key)", place)
                    c.check(result.median, quartiles[1], "descriptives.\(key)", place)
                    c.check(result.thirdQuartile, quartiles[2], "descriptives.\(key)", place)
                }
                c.check(d7.minimum, reference["min"], "descriptives.min", place)
                c.check(d7.maximum, reference["max"], "descriptives.max", place)
                if let scale = d7.scale { XCTAssertEqual(scale.counts, reference["counts"] as? [Int], place) }
            }
        }
    }

    private func checkOneSample(_ dataset: JSON, _ groups: [[Double]], _ c: Comparator, _ id: String) throws {
        let section = dataset["one_sample_t"] as! JSON
        let mu = section["mu"] as! Double
        let references = (section["groups"] as! [JSON]) + [section["overall"] as! JSON]
        let samples = groups + [groups.flatMap { $0 }]
        for (index, (reference, sample)) in zip(references, samples).enumerated() {
            let place = "\(id) one_sample_t[\(index)]"
            if !(reference["r_error"] is NSNull) { c.checkThrows(place) { try OneSampleTTest.test(sample, against: mu) }; continue }
            let result = try OneSampleTTest.test(sample, against: mu)
            c.check(result.t, reference["t"], "one_sample_t.t", place)
            c.check(result.degreesOfFreedom, reference["df"], "one_sample_t.df", place)
            c.check(result.pValue, reference["p"], "one_sample_t.p", place)
            c.check(result.confidenceInterval.lower, reference["ci95_lower"], "one_sample_t.ci95", place)
            c.check(result.confidenceInterval.upper, reference["ci95_upper"], "one_sample_t.ci95", place)
        }
    }

    private func checkTwoGroups(_ section: JSON, _ groups: [[Double]], _ counts: [ScaleCounts]?,
                                _ c: Comparator, _ id: String) throws {
        guard section["available"] as? Bool == true else { return }
        let (a, b) = (groups[0], groups[1])
        let place = "\(id) two_groups"
        for (key, test) in [("student_t", TwoSampleTTest.student), ("welch_t", TwoSampleTTest.welch)]
            as [(String, ([Double], [Double], Double) throws -> TwoSampleTTestResult)] {
            let reference = section[key] as! JSON
            let result = try test(a, b, 0.95)
            c.check(result.t, reference["t"], "\(key).t", place)
            c.check(result.degreesOfFreedom, reference["df"], "\(key).df", place)
            c.check(result.pValue, reference["p"], "\(key).p", place)
            c.check(result.confidenceInterval.lower, reference["ci95_lower"], "\(key).ci95", place)
            c.check(result.confidenceInterval.upper, reference["ci95_upper"], "\(key).ci95", place)
            c.check(result.meanDifference, reference["mean_difference"], "\(key).mean_difference", place)
        }
        let varTest = section["var_test"] as! JSON
        if varTest["F"] is NSNull { c.checkThrows("\(place) var_test") { try VarianceRatioFTest.test(a, b) } } else {
            let result = try VarianceRatioFTest.test(a, b)
            c.check(result.varianceRatio, varTest["F"], "var_test.F", place)
            c.check(result.pValue, varTest["p"], "var_test.p", place)
        }
        for (key, center) in [("levene_mean", VarianceHomogeneityTestResult.Center.mean), ("brown_forsythe_median", .median)] {
            checkHomogeneity(section[key] as! JSON, key, center, [a, b], counts.map { Array($0.prefix(2)) }, c, place)
        }
        for key in ["wilcoxon_default", "wilcoxon_normal_cc"] {
            let reference = section[key] as! JSON
            let exact: Bool? = key == "wilcoxon_default" ? nil : false
            var results = [try MannWhitneyUTest.test(a, b, exact: exact)]
            if let counts { results.append(try MannWhitneyUTest.test(counts[0], counts[1], exact: exact)) }
            for result in results {
                c.check(result.u, reference["W"], "\(key).W", place)
                c.check(result.pValue, reference["p"], "\(key).p", place)
                XCTAssertEqual(result.exact, reference["exact"] as? Bool, "\(place) \(key)")
            }
        }
        let effect = section["effect_size"] as! JSON
        let student = try TwoSampleTTest.student(a, b)
        c.check(student.cohensD, effect["cohen_d"], "effect_size.cohen_d", place)
        c.check(student.hedgesG, effect["hedges_g_exact"], "effect_size.hedges_g", place)
    }

    private func checkHomogeneity(_ reference: JSON, _ key: String, _ center: VarianceHomogeneityTestResult.Center,
                                  _ groups: [[Double]], _ counts: [ScaleCounts]?, _ c: Comparator, _ place: String) {
        var variants: [() throws -> VarianceHomogeneityTestResult] = [{ try VarianceHomogeneityTest.test(groups: groups, center: center) }]
        if let counts { variants.append { try VarianceHomogeneityTest.test(counts: counts, center: center) } }
        // R's "essentially perfect fit" F (e.g. 9e30) is rounding noise on deviations that are constant within
        // each group: the F is infinite, and Octant refuses with a typed error.
        let perfectFit = (reference["r_warnings"] as? [String] ?? []).contains { $0.contains("essentially perfect fit") }
        for make in variants {
            if reference["F"] is NSNull || perfectFit { c.checkThrows("\(place) \(key)") { try make() }; continue }
            guard let result = try? make() else { c.failures.append("\(place) \(key): threw"); continue }
            c.check(result.f, reference["F"], "\(key).F", place)
            c.check(result.pValue, reference["p"], "\(key).p", place)
            XCTAssertEqual(result.denominatorDegreesOfFreedom, reference["df2"] as? Int, place)
        }
    }

    private func checkKGroups(_ section: JSON, _ groups: [[Double]], _ counts: [ScaleCounts]?,
                              _ c: Comparator, _ id: String) throws {
        let place = "\(id) k_groups"
        let anovaReference = section["anova"] as! JSON
        var anovas = [try OneWayANOVA.test(groups: groups)]
        if let counts { anovas.append(try OneWayANOVA.test(counts: counts)) }
        for anova in anovas {
            for (value, key) in [(anova.betweenSumOfSquares, "ss_between"), (anova.withinSumOfSquares, "ss_within"),
                                 (anova.totalSumOfSquares, "ss_total"), (anova.betweenMeanSquare, "ms_between"),
                                 (anova.withinMeanSquare, "ms_within"), (anova.f, "F"), (anova.pValue, "p")] {
                c.check(value, anovaReference[key], "anova.\(key)", place)
            }
            XCTAssertEqual(anova.withinDegreesOfFreedom, anovaReference["df_within"] as? Int, place)
            c.check(anova.etaSquared, section["eta_squared"], "eta_squared", place)
            c.check(anova.omegaSquared, section["omega_squared"], "omega_squared", place)
        }
        let welchReference = section["welch_anova"] as! JSON
        var welches: [() throws -> WelchANOVAResult] = [{ try WelchANOVA.test(groups: groups) }]
        if let counts { welches.append { try WelchANOVA.test(counts: counts) } }
        for make in welches {
            if welchReference["F"] is NSNull { c.checkThrows("\(place) welch_anova") { try make() }; continue }
            let welch = try make()
            c.check(welch.f, welchReference["F"], "welch_anova.F", place)
            c.check(welch.denominatorDegreesOfFreedom, welchReference["df2"], "welch_anova.df2", place)
            c.check(welch.pValue, welchReference["p"], "welch_anova.p", place)
        }
        for (key, center) in [("levene_mean", VarianceHomogeneityTestResult.Center.mean), ("brown_forsythe_median", .median)] {
            checkHomogeneity(section[key] as! JSON, key, center, groups, counts, c, place)
        }
        let kruskalReference = section["kruskal_wallis"] as! JSON
        var kruskals = [try KruskalWallisTest.test(groups: groups)]
        if let counts { kruskals.append(try KruskalWallisTest.test(counts: counts)) }
        for kruskal in kruskals {
            c.check(kruskal.h, kruskalReference["H"], "kruskal_wallis.H", place)
            c.check(kruskal.pValue, kruskalReference["p"], "kruskal_wallis.p", place)
        }
    }
}
