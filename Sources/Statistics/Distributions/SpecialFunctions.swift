import Foundation

/// Special functions behind the probability distributions: log-gamma, log-beta, incomplete beta and gamma.
/// Every function here returns NaN for invalid parameters (documented per function); the distribution types
/// above them validate first, so NaN never leaves this module for valid input.
public enum SpecialFunctions {
    static let logSqrtTwoPi = 0.918_938_533_204_672_741_780_329_736_4
    static let sqrtTwoPi = 2.506_628_274_631_000_502_415_765_284_8

    /// log|Γ(x)| by Stirling's series with Bernoulli corrections for x ≥ 10, upward recurrence below, reflection for x < 0.
    /// NaN for NaN; +∞ at the poles (x = 0, −1, −2, …) and for x = ±∞.
    public static func logGamma(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x.isInfinite { return .infinity }
        if x <= 0 {
            if x == x.rounded(.down) { return .infinity }
            // Reflection Γ(x)Γ(1−x) = π / sin(πx); sinpi-style reduction keeps the sine accurate for large |x|.
            let fraction = x - x.rounded(.down)
            let sine = abs(sin(Double.pi * fraction))
            return log(Double.pi / sine) - logGamma(1 - x)
        }
        if x >= 10 { return stirlingLogGamma(x) }
        // Γ(x) = Γ(x + n) / (x (x+1) … (x+n−1)), lifting the argument into Stirling's range.
        var product = 1.0
        var shifted = x
        while shifted < 10 {
            product *= shifted
            shifted += 1
        }
        return stirlingLogGamma(shifted) - log(product)
    }

    /// log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a+b), with the large terms cancelled analytically
    /// (as in TOMS 708 betaln / algdiv) so it stays accurate for huge a or b. NaN unless a > 0 and b > 0.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0 else { return .nan }
        let small = min(a, b), large = max(a, b)
        if large.isInfinite { return -.infinity }
        let sum = small + large
        if small >= 10 {
            let correction = stirlingCorrection(small) + stirlingCorrection(large) - stirlingCorrection(sum)
            return logSqrtTwoPi - 0.5 * log(large) + correction
                + (small - 0.5) * log(small / sum) + large * log1p(-small / sum)
        }
        if large >= 10 {
            return logGamma(small) + logGammaRatio(large, plus: small)
        }
        return logGamma(small) + logGamma(large) - logGamma(sum)
    }

    /// log Γ(x) − log Γ(x + h) for x ≥ 10, without forming the two huge log-gammas.
    static func logGammaRatio(_ x: Double, plus h: Double) -> Double {
        let sum = x + h
        return -(x - 0.5) * log1p(h / x) - h * log(sum) + h + stirlingCorrection(x) - stirlingCorrection(sum)
    }

    /// Stirling's approximation (x − ½) log x − x + log √(2π) plus its correction series; x ≥ 10.
    static func stirlingLogGamma(_ x: Double) -> Double {
        (x - 0.5) * log(x) - x + logSqrtTwoPi + stirlingCorrection(x)
    }

    /// δ(x) = log Γ(x) − [(x − ½) log x − x + log √(2π)], the asymptotic Bernoulli series B₂ₖ / (2k(2k−1) x²ᵏ⁻¹); x ≥ 10.
    static func stirlingCorrection(_ x: Double) -> Double {
        if x.isInfinite { return 0 }
        let inverse = 1 / x
        let inverseSquared = inverse * inverse
        // Coefficients B₂ₖ / (2k(2k−1)) for k = 1…8; at x = 10 the next term is below 1e-17 of the result.
        let coefficients: [Double] = [
            1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680,
            1.0 / 1188, -691.0 / 360_360, 1.0 / 156, -3617.0 / 122_400,
        ]
        var sum = 0.0
        for coefficient in coefficients.reversed() {
            sum = sum * inverseSquared + coefficient
        }
        return sum * inverse
    }

    /// log(1 + e) − e, accurate for small |e| (where it is ≈ −e²/2) via the atanh series in r = e / (2 + e).
    static func log1pMinusX(_ e: Double) -> Double {
        if e <= -1 { return e == -1 ? -.infinity : .nan }
        if abs(e) > 0.5 { return log1p(e) - e }
        let r = e / (2 + e)
        let rSquared = r * r
        // log(1+e) = 2 atanh r = 2(r + r³/3 + r⁵/5 + …) and e − 2r = r·e, so the difference needs no cancellation.
        var power = rSquared
        var series = 0.0
        var k = 1.0
        while k < 200 {
            let term = power / (2 * k + 1)
            series += term
            if term < 1e-17 * series { break }
            power *= rSquared
            k += 1
        }
        return r * (2 * series - e)
    }
}
