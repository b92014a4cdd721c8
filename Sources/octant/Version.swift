/// The one place the version is written; `octant --version` and `octant version` print it.
enum OctantVersion {
    static let current = "0.9.0"
    static var line: String { "octant \(current)" }
}
