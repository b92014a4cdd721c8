import Foundation

/// Benchmark: read a survey CSV (a group column and 8-point items), tabulate counts per item × group × point in one
/// pass, then per item the one-way ANOVA, Levene's test (mean-centred) and the pairwise LSD p-values, all from counts.
/// Compiled by run.sh together with Sources/Statistics (no executable target in Package.swift).
@main
struct StatisticsBenchmark {
    struct Tabulation {
        var itemNames: [String] = []
        var labels: [[UInt8]] = []
        /// counts[group][item * points + answer − 1]
        var counts: [[Int]] = []
    }

    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else { print("usage: bench FILE.csv [POINTS]"); exit(2) }
        let points = arguments.count > 2 ? Int(arguments[2])! : 8
        let clock = ContinuousClock()
        let started = clock.now
        let tabulation = try tabulate(path: arguments[1], points: points)
        let read = clock.now - started
        let (checksum, firstItem) = try analyse(tabulation, points: points)
        let total = clock.now - started
        print("swift: read+tabulate \(seconds(read)) s, total \(seconds(total)) s, items \(tabulation.itemNames.count), "
              + "checksum \(String(format: "%.10g", checksum))")
        print("swift first item: \(firstItem)")
        print("SECONDS \(seconds(total))")
    }

    static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        return String(format: "%.6f", Double(whole) + Double(attoseconds) * 1e-18)
    }

    /// One pass over the bytes: header names, then per row the group label and the integer answers (empty = missing).
    static func tabulate(path: String, points: Int) throws -> Tabulation {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        var result = Tabulation()
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let end = bytes.count
            var position = 0
            while position < end && bytes[position] != UInt8(ascii: "\n") { position += 1 }
            let header = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<position]), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").map(String.init)
            guard let groupColumn = header.firstIndex(of: "group") else { throw StatisticsError.invalidArgument("no group column") }
            result.itemNames = header.enumerated().filter { $0.offset != groupColumn }.map(\.element)
            let itemCount = result.itemNames.count
            var rowAnswers = [Int](repeating: 0, count: itemCount)
            position += 1
            while position < end {
                var column = 0
                var item = 0
                var group = -1
                while true {
                    let fieldStart = position
                    if column == groupColumn {
                        while position < end && bytes[position] != UInt8(ascii: ",") && bytes[position] != UInt8(ascii: "\n") { position += 1 }
                        group = groupIndex(bytes, fieldStart, position, &result, itemCount: itemCount, points: points)
                    } else {
                        var value = 0
                        while position < end, case let byte = bytes[position], byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                            value = value * 10 + Int(byte - UInt8(ascii: "0"))
                            position += 1
                        }
                        if position > fieldStart {
                            guard value >= 1 && value <= points else { throw StatisticsError.valueOutsideScale(value: value, points: points) }
                            rowAnswers[item] = value
                        } else {
                            rowAnswers[item] = 0
                        }
                        item += 1
                    }
                    column += 1
                    if position >= end || bytes[position] == UInt8(ascii: "\n") { position += 1; break }
                    if bytes[position] == UInt8(ascii: "\r") { position += 2; break }
                    position += 1
                }
                guard group >= 0, item == itemCount else { continue }
                result.counts[group].withUnsafeMutableBufferPointer { counts in
                    for index in 0..<itemCount where rowAnswers[index] > 0 {
                        counts[index * points + rowAnswers[index] - 1] += 1
                    }
                }
            }
        }
        return result
    }

    static func groupIndex(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ result: inout Tabulation,
                           itemCount: Int, points: Int) -> Int {
        let length = end - start
        search: for (index, label) in result.labels.enumerated() where label.count == length {
            for offset in 0..<length where label[offset] != bytes[start + offset] { continue search }
            return index
        }
        result.labels.append(Array(bytes[start..<end]))
        result.counts.append([Int](repeating: 0, count: itemCount * points))
        return result.labels.count - 1
    }

    /// Per item: ANOVA, Levene (mean-centred), LSD p-values t = (m_j − m_i)/√(MSW(1/n_i + 1/n_j)), N − k df.
    static func analyse(_ tabulation: Tabulation, points: Int) throws -> (Double, String) {
        let order = tabulation.labels.indices.sorted { tabulation.labels[$0].lexicographicallyPrecedes(tabulation.labels[$1]) }
        var checksum = 0.0
        var firstItem = ""
        for item in tabulation.itemNames.indices {
            let tables = try order.map { group in
                try ScaleCounts(points: points, counts: Array(tabulation.counts[group][(item * points)..<((item + 1) * points)]))
            }
            let anova = try OneWayANOVA.test(counts: tables)
            let levene = try VarianceHomogeneityTest.test(counts: tables, center: .mean)
            let summaries = tables.map(\.summary)
            let distribution = StudentT(degreesOfFreedom: Double(anova.withinDegreesOfFreedom))
            var lsd: [Double] = []
            for i in summaries.indices {
                for j in summaries.indices where j > i {
                    let se = (anova.withinMeanSquare * (1 / Double(summaries[i].count) + 1 / Double(summaries[j].count))).squareRoot()
                    lsd.append(distribution.twoSidedPValue((summaries[j].mean - summaries[i].mean) / se))
                }
            }
            checksum += anova.f + levene.f + lsd.reduce(0, +)
            if item == 0 {
                firstItem = "F \(String(format: "%.12g", anova.f)) p \(String(format: "%.6g", anova.pValue)) "
                    + "Levene \(String(format: "%.12g", levene.f)) p \(String(format: "%.6g", levene.pValue)) "
                    + "LSD \(lsd.map { String(format: "%.6g", $0) })"
            }
        }
        return (checksum, firstItem)
    }
}
