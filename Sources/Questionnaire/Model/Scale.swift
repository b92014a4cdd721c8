/// An agreement scale of 2 to 11 points, numbered 1...points.
public struct Scale: Hashable, Sendable {
    public var id: String
    public var points: Int
    public var lowAnchor: LocalizedText?
    public var highAnchor: LocalizedText?
    /// Labels of individual points, when the author gives them.
    public var pointLabels: [Int: LocalizedText]
    public var location: SourceLocation

    public init(id: String, points: Int, lowAnchor: LocalizedText? = nil, highAnchor: LocalizedText? = nil,
                pointLabels: [Int: LocalizedText] = [:], location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.id = id
        self.points = points
        self.lowAnchor = lowAnchor
        self.highAnchor = highAnchor
        self.pointLabels = pointLabels
        self.location = location
    }

    /// The neutral point, (1 + points) / 2: not an answer of an even scale, which offers no neutral point.
    public var midpoint: Double { Double(1 + points) / 2 }

    /// The evaluation report's agreement scale, the default of every Likert question that declares none; the one
    /// place its size is written.
    public static let agreement = Scale(
        id: "accord", points: 8,
        lowAnchor: BuiltInText.stronglyDisagree.label, highAnchor: BuiltInText.stronglyAgree.label)

    /// The label of a point: its own label, or the anchor at either end.
    public func label(of point: Int) -> LocalizedText? {
        if let own = pointLabels[point] { return own }
        if point == 1 { return lowAnchor }
        if point == points { return highAnchor }
        return nil
    }
}

/// An answer outside the scale ("Je ne sais pas", "Non concerné"): recorded, counted apart, never averaged.
public struct EscapeAnswer: Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
    /// The key the runner shows for it.
    public var key: Character
    /// The missing code that stands for it in every variable (`value 97`); nil when undeclared.
    public var value: Int?
    public var location: SourceLocation

    public init(id: String, label: LocalizedText, key: Character, value: Int? = nil,
                location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.id = id
        self.label = label
        self.key = key
        self.value = value
        self.location = location
    }
}
