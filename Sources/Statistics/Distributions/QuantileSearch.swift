import Foundation

/// Inverts a tail probability of a distribution on (0, ∞) by bracketing in log x and Brent's method (Brent 1973, zeroin)
/// applied to log(tail(x)) − log(target), which is smooth and nearly linear even in the far tails.
enum QuantileSearch {
    /// The x > 0 where `tail(x)` equals `target` (0 < target < 1). `decreasing` tells whether the tail falls with x
    /// (an upper tail) or rises (a lower tail). Bounded: at most ~ 120 bracketing steps and 200 Brent iterations.
    static func positiveRoot(
        target: Double, decreasing: Bool, initialGuess: Double, tail: (Double) -> Double
    ) -> Double {
        let logTarget = log(target)
        // g is increasing in u = log x, whichever the tail.
        func g(_ u: Double) -> Double {
            let value = tail(exp(u))
            let difference = (value > 0 ? log(value) : -.infinity) - logTarget
            return decreasing ? -difference : difference
        }
        let lowestU = -745.0, highestU = 709.7
        var start = initialGuess.isFinite && initialGuess > 0 ? log(initialGuess) : 0
        start = min(max(start, lowestU), highestU)
        var low = start, high = start
        var gLow = g(low), gHigh = gLow
        var step = 0.5
        if gLow.isNaN { return .nan }
        if gLow < 0 {
            // Move up until g ≥ 0.
            var found = false
            for _ in 0..<120 {
                low = high; gLow = gHigh
                high = min(high + step, highestU)
                gHigh = g(high)
                if gHigh >= 0 { found = true; break }
                if high == highestU { break }
                step *= 2
            }
            if !found { return .infinity }
        } else {
            var found = false
            for _ in 0..<120 {
                high = low; gHigh = gLow
                low = max(low - step, lowestU)
                gLow = g(low)
                if gLow <= 0 { found = true; break }
                if low == lowestU { break }
                step *= 2
            }
            if !found { return 0 }
        }
        return exp(brent(low: low, high: high, gLow: gLow, gHigh: gHigh, g: g))
    }

    /// Brent's zeroin on [low, high] with g(low) ≤ 0 ≤ g(high), to machine precision in u.
    static func brent(low: Double, high: Double, gLow: Double, gHigh: Double, g: (Double) -> Double) -> Double {
        var a = low, b = high, fa = gLow, fb = gHigh
        if fa == 0 { return a }
        if fb == 0 { return b }
        // Infinite values (log of an underflowed tail) are replaced by a large finite slope to keep the interpolation sane.
        if fa.isInfinite { fa = -1e300 }
        if fb.isInfinite { fb = 1e300 }
        var c = a, fc = fa
        var d = b - a, e = d
        for _ in 0..<200 {
            if (fb > 0) == (fc > 0) {
                c = a; fc = fa; d = b - a; e = d
            }
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tolerance = 2 * Double.ulpOfOne * abs(b) + 1e-300
            let middle = 0.5 * (c - b)
            if abs(middle) <= tolerance || fb == 0 { return b }
            if abs(e) >= tolerance && abs(fa) > abs(fb) {
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    p = 2 * middle * s
                    q = 1 - s
                } else {
                    let qa = fa / fc, r = fb / fc
                    p = s * (2 * middle * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * middle * q - abs(tolerance * q), abs(e * q)) {
                    e = d; d = p / q
                } else {
                    d = middle; e = d
                }
            } else {
                d = middle; e = d
            }
            a = b; fa = fb
            b += abs(d) > tolerance ? d : (middle > 0 ? tolerance : -tolerance)
            fb = g(b)
            if fb.isNaN { return b }
            if fb.isInfinite { fb = fb > 0 ? 1e300 : -1e300 }
        }
        return b
    }
}
