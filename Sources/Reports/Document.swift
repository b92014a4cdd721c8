import Analysis
import Support

/// A report laid out as headings, paragraphs and tables, before it takes the form of a medium.
/// Terminal, Markdown and HTML render the same document, so that they always say the same thing.
public struct Document: Sendable {
    public enum Block: Sendable {
        case heading(level: Int, text: String, id: String?)
        case paragraph(String)
        /// Shown prominently (synthetic data).
        case banner(String)
        case table(Table)
        /// A chart (HTML only); the other media show its table, which is the chart's text alternative.
        case chart(Chart)
    }

    public struct Cell: Sendable, Equatable {
        public var text: String
        /// Compact letters, shown as a superscript where the medium has one.
        public var superscript: String?
        public init(_ text: String, superscript: String? = nil) {
            self.text = text
            self.superscript = (superscript?.isEmpty ?? true) ? nil : superscript
        }
    }

    public struct Table: Sendable {
        public var caption: String?
        public var header: [Cell]
        public var rows: [[Cell]]
        /// Whether each column holds numbers (right-aligned).
        public var numeric: [Bool]
        public var notes: [String]
    }

    public enum Chart: Sendable {
        /// Diverging stacked bars of a Likert block: per item, the share of each point, split at the midpoint.
        /// `anchors` name the ends of the scale, `sides` what the shares left and right of the midpoint read as.
        case likertBars(title: String, points: Int, items: [(label: String, counts: [Int])], anchors: (String, String),
                        sides: (String, String))
        /// Group means with confidence intervals, per item.
        case means(title: String, groups: [String], items: [(label: String, means: [Double?], lower: [Double?], upper: [Double?])],
                   scale: ClosedRange<Double>)
        /// The same people's mean before and after, per item: two dots joined, the direction of the change shown
        /// (a nil mean is hidden: too few pairs).
        case dumbbell(title: String, items: [(label: String, before: Double?, after: Double?)], scale: ClosedRange<Double>,
                      beforeLabel: String, afterLabel: String)
    }

    public var title: String
    public var language: Language
    public var blocks: [Block]
}
