import Foundation

extension OneWayANOVA {
    /// ANOVA of values given exactly as decimals, for data with many constant leading digits (NIST StRD SmLs07–09:
    /// 1000000000000.4 is no double). The first value is subtracted in exact decimal arithmetic, which leaves the
    /// table unchanged while the small remainders convert to doubles with one rounding each.
    /// Method: Fisher (1925) one-way ANOVA; shift invariance of sums of squares (Chan, Golub & LeVeque 1983, §4).
    public static func test(decimalGroups: [[Decimal]]) throws -> OneWayANOVAResult {
        guard let origin = decimalGroups.first(where: { !$0.isEmpty })?.first else {
            throw StatisticsError.emptyInput(what: "decimal one-way ANOVA")
        }
        let shifted = try decimalGroups.map { group in
            try group.map { value -> Double in
                guard !value.isNaN else { throw StatisticsError.invalidNumber("NaN") }
                let remainder = value - origin
                guard let double = Double(remainder.description), double.isFinite else {
                    throw StatisticsError.invalidNumber(remainder.description)
                }
                return double
            }
        }
        return try test(groups: shifted)
    }

    /// ANOVA of values written as decimal text (e.g. "1000000000000.4"), exact as `test(decimalGroups:)`.
    /// Method: Fisher (1925) one-way ANOVA with an exact decimal shift.
    public static func test(decimalText: [[String]]) throws -> OneWayANOVAResult {
        try test(decimalGroups: decimalText.map { try $0.map(parseDecimal) })
    }

    /// Parses plain or scientific decimal text strictly (no trailing garbage, no locale).
    static func parseDecimal(_ text: String) throws -> Decimal {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let allowed = Set("0123456789+-.eE")
        guard !trimmed.isEmpty, trimmed.allSatisfy({ allowed.contains($0) }), Double(trimmed) != nil,
              let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")) else {
            throw StatisticsError.invalidNumber(text)
        }
        return value
    }
}
