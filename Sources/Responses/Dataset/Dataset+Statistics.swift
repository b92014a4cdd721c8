import Questionnaire

/// Raw access for the statistics layer: arrays, no per-cell enums.
extension Dataset {
    /// The code bytes of a scale, choice or indicator column (see `ColumnCode`): values below 200.
    public func codes(column: Int) -> [UInt8]? {
        if case .codes(let storage) = columns[column] { return storage.codes }
        return nil
    }

    /// The values of a number or score column, nil where missing or escaped.
    public func numbers(column: Int) -> [Double?]? {
        guard case .numbers(let storage) = columns[column] else { return nil }
        return zip(storage.values, storage.status).map { $1 == ColumnCode.present ? $0 : nil }
    }

    /// The answered values of a scale or number column as doubles, with their rows (escapes and missing left out).
    public func answeredValues(column: Int) -> (rows: [Int], values: [Double]) {
        var rows: [Int] = [], values: [Double] = []
        switch columns[column] {
        case .codes(let storage):
            for (row, code) in storage.codes.enumerated() where ColumnCode.isValue(code) { rows.append(row); values.append(Double(code)) }
        case .numbers(let storage):
            for row in 0..<storage.status.count where storage.status[row] == ColumnCode.present { rows.append(row); values.append(storage.values[row]) }
        case .texts:
            break
        }
        return (rows, values)
    }

    /// For a scale column and a grouping choice column: `counts[group][point]`, groups by 1-based option index
    /// (index 0 collects rows whose group is missing or escaped), points 1...points (index 0 unused).
    /// Escapes and missing answers of the scale column are not counted.
    public func pointCounts(scale column: Int, groupedBy groupColumn: Int) -> [[Int]]? {
        guard case .scale(let points) = variables[column].kind, case .choice = variables[groupColumn].kind,
              case .codes(let scale) = columns[column], case .codes(let groups) = columns[groupColumn] else { return nil }
        let groupCount = variables[groupColumn].valueLabels.count
        var counts = [[Int]](repeating: [Int](repeating: 0, count: points + 1), count: groupCount + 1)
        scale.codes.withUnsafeBufferPointer { scaleCodes in
            groups.codes.withUnsafeBufferPointer { groupCodes in
                for row in 0..<scaleCodes.count {
                    let point = Int(scaleCodes[row])
                    guard point >= 1, point <= points else { continue }
                    let group = Int(groupCodes[row])
                    counts[group >= 1 && group <= groupCount ? group : 0][point] += 1
                }
            }
        }
        return counts
    }
}
