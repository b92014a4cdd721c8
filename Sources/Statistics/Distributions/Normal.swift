import Foundation

/// The normal distribution: cdf and sf by W. J. Cody's (1969) rational approximations of erfc, quantile by Wichura's AS 241.
/// Both tails are computed directly, so sf(40) ≈ 3.6e-350 underflows only where a double must.
/// `isValid` is false for a non-finite mean or an sd that is not finite and > 0; every function then returns NaN.
public struct Normal: Sendable, Equatable, Hashable {
    public let mean: Double
    public let sd: Double

    public init(mean: Double = 0, sd: Double = 1) {
        self.mean = mean
        self.sd = sd
    }

    public var isValid: Bool { mean.isFinite && sd.isFinite && sd > 0 }

    /// P(X ≤ x) by Cody's erfc approximations (NaN for invalid parameters or NaN x).
    public func cdf(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        return Normal.standardTails((x - mean) / sd).lower
    }

    /// P(X > x), computed directly in the upper tail (NaN for invalid parameters or NaN x).
    public func sf(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        return Normal.standardTails((x - mean) / sd).upper
    }

    /// The density at x.
    public func pdf(_ x: Double) -> Double {
        guard isValid, !x.isNaN else { return .nan }
        return Normal.standardDensity((x - mean) / sd) / sd
    }

    /// The p-quantile by Wichura's AS 241 (PPND16), refined by one Newton step in the far tails.
    /// −∞ for p = 0, +∞ for p = 1, NaN for p outside [0, 1], NaN p or invalid parameters.
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        return mean + sd * Normal.standardQuantile(p)
    }

    // MARK: - Standard normal building blocks

    /// φ(z), with exp(−z²/2) split as in Cody's code so the result keeps full relative accuracy for large |z|.
    static func standardDensity(_ z: Double) -> Double {
        let y = abs(z)
        if y > 40 { return 0 }
        return exp(-halfSquare(y)) / SpecialFunctions.sqrtTwoPi
    }

    /// z²/2 as the exponent for exp: z is split into a part with 4 fractional bits (exact square) and the rest.
    private static func halfSquare(_ y: Double) -> Double {
        let head = (y * 16).rounded(.towardZero) / 16
        let rest = (y - head) * (y + head)
        return head * head * 0.5 + rest * 0.5
    }

    private static func gaussianFactor(_ y: Double) -> Double {
        let head = (y * 16).rounded(.towardZero) / 16
        let rest = (y - head) * (y + head)
        return exp(-head * head * 0.5) * exp(-rest * 0.5)
    }

    /// (Φ(z), 1 − Φ(z)), each computed directly (Cody 1969, three ranges of |z|).
    static func standardTails(_ z: Double) -> (lower: Double, upper: Double) {
        if z.isNaN { return (.nan, .nan) }
        let y = abs(z)
        if y <= 0.662_91 {
            let half = centralHalf(z)
            return (0.5 + half, 0.5 - half)
        }
        // Literal Horner forms (no coefficient arrays): this sits in the innermost loop of the studentized range.
        let tail: Double
        if y <= 5.656_854_249_492_380_2 {
            let numerator = ((((((((1.0765576773720192317e-8 * y + 0.39894151208813466764) * y
                + 8.8831497943883759412) * y + 93.506656132177855979) * y + 597.27027639480026226) * y
                + 2494.5375852903726711) * y + 6848.1904505362823326) * y + 11602.651437647350124) * y
                + 9842.7148383839780218)
            let denominator = ((((((((y + 22.266688044328115691) * y + 235.38790178262499861) * y
                + 1519.377599407554805) * y + 6485.558298266760755) * y + 18615.571640885098091) * y
                + 34900.952721145977266) * y + 38912.003286093271411) * y + 19685.429676859990727)
            tail = numerator / denominator * gaussianFactor(y)
        } else if y < 40 {
            let s = 1 / (y * y)
            let numerator = (((((0.02307344176494017303 * s + 0.21589853405795699) * s
                + 0.1274011611602473639) * s + 0.022235277870649807) * s + 0.001421619193227893466) * s
                + 2.9112874951168792e-5)
            let denominator = (((((s + 1.28426009614491121) * s + 0.468238212480865118) * s
                + 0.0659881378689285515) * s + 0.00378239633202758244) * s + 7.29751555083966205e-5)
            let ratio = (1 / SpecialFunctions.sqrtTwoPi - s * numerator / denominator) / y
            tail = ratio * gaussianFactor(y)
        } else {
            tail = 0
        }
        return z > 0 ? (1 - tail, tail) : (tail, 1 - tail)
    }

    /// P(|Z| < y) for y ≥ 0, with full relative accuracy for small y.
    static func centralProbability(_ y: Double) -> Double {
        if y <= 0.662_91 { return 2 * centralHalf(y) }
        return 1 - 2 * standardTails(y).upper
    }

    /// Φ(z) − ½ for |z| ≤ 0.66291 by Cody's first rational approximation.
    private static func centralHalf(_ z: Double) -> Double {
        let s = abs(z) > 1.1e-16 ? z * z : 0
        let numerator = ((((0.065682337918207449113 * s + 2.2352520354606839287) * s + 161.02823106855587881) * s
            + 1067.6894854603709582) * s + 18154.981253343561249)
        let denominator = ((((s + 47.20258190468824187) * s + 976.09855173777669322) * s
            + 10260.932208618978205) * s + 45507.789335026729956)
        return z * numerator / denominator
    }

    /// Φ⁻¹(p) by AS 241 with a Newton correction where the approximation's relative accuracy tails off.
    static func standardQuantile(_ p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let a = [3.3871328727963666080, 133.14166789178437745, 1971.5909503065514427,
                     13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
                     33430.575583588128105, 2509.0809287301226727]
            let b = [1.0, 42.313330701600911252, 687.18700749205790830, 5394.1960214247511077,
                     21213.794301586595867, 39307.895800092710610, 28729.085735721942674,
                     5226.4952788528545610]
            return q * polynomial(a, r) / polynomial(b, r)
        }
        let tail = q < 0 ? p : 1 - p
        var r = (-log(tail)).squareRoot()
        var value: Double
        if r <= 5 {
            r -= 1.6
            let c = [1.42343711074968357734, 4.63033784615654529590, 5.76949722146069140550,
                     3.64784832476320460504, 1.27045825245236838258, 0.241780725177450611770,
                     0.0227238449892691845833, 0.000774545014278341407640]
            let d = [1.0, 2.05319162663775882187, 1.67638483018380384940, 0.689767334985100004550,
                     0.148103976427480074590, 0.0151986665636164571966, 0.000547593808499534494600,
                     1.05075007164441684324e-9]
            value = polynomial(c, r) / polynomial(d, r)
        } else {
            r -= 5
            let e = [6.65790464350110377720, 5.46378491116411436990, 1.78482653991729133580,
                     0.296560571828504891230, 0.0265321895265761230930, 0.00124266094738807843860,
                     2.71155556874348757815e-5, 2.01033439929228813265e-7]
            let f = [1.0, 0.599832206555887937690, 0.136929880922735805310, 0.0148753612908506148525,
                     0.000786869131145613259100, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
                     2.04426310338993978564e-15]
            value = polynomial(e, r) / polynomial(f, r)
            // AS 241 is tuned down to p ≈ 1e-300; a Newton step on the log tail restores full accuracy past that.
            let upper = standardTails(value).upper
            let density = standardDensity(value)
            if upper > 0, density > 0 {
                let step = (log(upper) - log(tail)) * upper / density
                if step.isFinite && abs(step) < 0.1 * value { value += step }
            }
        }
        return q < 0 ? -value : value
    }

    private static func polynomial(_ coefficients: [Double], _ x: Double) -> Double {
        var sum = 0.0
        for coefficient in coefficients.reversed() { sum = sum * x + coefficient }
        return sum
    }
}
