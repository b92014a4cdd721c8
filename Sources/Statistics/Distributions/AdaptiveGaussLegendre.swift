import Foundation

/// Globally adaptive quadrature (the QUADPACK QAG strategy, Piessens et al. 1983) with a 20-point Gauss–Legendre rule;
/// a piece's error is estimated by the 10-point rule on the same piece. For analytic integrands the 20-point error is
/// roughly the square of the 10-point one, so a modest tolerance on the estimate yields near machine precision.
struct AdaptiveGaussLegendre: Sendable {
    let fine: GaussLegendreRule
    let coarse: GaussLegendreRule

    init(order: Int = 20) {
        fine = GaussLegendreRule(order: order)
        coarse = GaussLegendreRule(order: order / 2)
    }

    static let standard = AdaptiveGaussLegendre()

    private struct Piece {
        var a: Double, b: Double, value: Double, error: Double
    }

    /// ∫ f over the consecutive intervals given by `breakpoints`, refined until the estimated error of the coarse rule
    /// is below max(absoluteTolerance, relativeTolerance·|integral|) or `maxPieces` pieces exist.
    func integrate(
        _ f: (Double) -> Double, breakpoints: [Double],
        absoluteTolerance: Double, relativeTolerance: Double, maxPieces: Int = 300
    ) -> Double {
        var pieces: [Piece] = []
        for i in 0..<(breakpoints.count - 1) where breakpoints[i + 1] > breakpoints[i] {
            pieces.append(assess(f, breakpoints[i], breakpoints[i + 1]))
        }
        while pieces.count < maxPieces {
            var total = 0.0, totalError = 0.0, worst = 0
            for (index, piece) in pieces.enumerated() {
                total += piece.value
                totalError += piece.error
                if piece.error > pieces[worst].error { worst = index }
            }
            if totalError <= max(absoluteTolerance, relativeTolerance * abs(total)) { break }
            let piece = pieces[worst]
            let middle = 0.5 * (piece.a + piece.b)
            if middle <= piece.a || middle >= piece.b { break }
            pieces[worst] = assess(f, piece.a, middle)
            pieces.append(assess(f, middle, piece.b))
        }
        return pieces.reduce(0) { $0 + $1.value }
    }

    private func assess(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> Piece {
        let value = fine.apply(f, a, b)
        return Piece(a: a, b: b, value: value, error: abs(value - coarse.apply(f, a, b)))
    }
}

/// An n-point Gauss–Legendre rule on [−1, 1], nodes found by Newton's method on the Legendre polynomial.
struct GaussLegendreRule: Sendable {
    let nodes: [Double]
    let weights: [Double]

    init(order: Int) {
        var nodes = [Double](repeating: 0, count: order)
        var weights = [Double](repeating: 0, count: order)
        let n = Double(order)
        for i in 0..<(order + 1) / 2 {
            var x = cos(Double.pi * (Double(i) + 0.75) / (n + 0.5))
            var derivative = 1.0
            for _ in 0..<100 {
                // Three-term recurrence for P_n(x) and its derivative.
                var previous = 1.0, current = x
                for k in 2...order {
                    let kk = Double(k)
                    let next = ((2 * kk - 1) * x * current - (kk - 1) * previous) / kk
                    previous = current
                    current = next
                }
                derivative = n * (x * current - previous) / (x * x - 1)
                let step = current / derivative
                x -= step
                if abs(step) < 1e-17 { break }
            }
            nodes[i] = -x
            nodes[order - 1 - i] = x
            let weight = 2 / ((1 - x * x) * derivative * derivative)
            weights[i] = weight
            weights[order - 1 - i] = weight
        }
        self.nodes = nodes
        self.weights = weights
    }

    func apply(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> Double {
        let half = 0.5 * (b - a), middle = 0.5 * (a + b)
        var sum = 0.0
        for i in 0..<nodes.count {
            sum += weights[i] * f(middle + half * nodes[i])
        }
        return sum * half
    }
}
