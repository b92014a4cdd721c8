/// Upper tail of the F distribution for the MANOVA approximations.
enum FTail {
    /// P(F > f); 0 for an infinite F (Pillai's trace at its bound s), as R's pf.
    static func upper(_ f: Double, _ df1: Double, _ df2: Double) -> Double? {
        let p = FisherF(numeratorDF: df1, denominatorDF: df2).sf(f)
        return p.isNaN ? nil : p
    }
}
