/// Upper tail of the F distribution for the MANOVA approximations.
enum FTail {
    static let isAvailable = false
    static func upper(_ f: Double, _ df1: Double, _ df2: Double) -> Double? {
        nil // filled from FisherF when the distributions land on this branch
    }
}
