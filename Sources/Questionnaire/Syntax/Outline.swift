/// A line and the lines indented under it.
struct OutlineNode: Sendable {
    var line: LexedLine
    var children: [OutlineNode] = []

    var tokens: [Token] { line.tokens }
    var location: SourceLocation { line.tokens.first?.location ?? SourceLocation(line: line.number, column: 1) }

    /// `name: value` lines set properties; everything else declares something.
    var isProperty: Bool { Outline.propertyNameLength(line.tokens) != nil }
}

/// Builds the tree of lines from their indentation. Depth is capped so that a hostile file cannot
/// exhaust the stack of the recursive passes that follow.
enum Outline {
    static let maximumDepth = 64

    static func build(_ lines: [LexedLine], diagnostics: inout [Diagnostic]) -> [OutlineNode] {
        if lines.contains(where: \.usedTabs), lines.contains(where: \.usedSpaces), let first = lines.first(where: \.usedTabs) {
            diagnostics.append(Diagnostic(.warning, .mixedIndentation, at: SourceLocation(line: first.number, column: 1)))
        }
        // The open lines, outermost first: each new line closes those indented as much as or more than it.
        var roots: [OutlineNode] = []
        var stack: [(indent: Int, node: OutlineNode)] = []

        func closeTop() {
            let (_, node) = stack.removeLast()
            if stack.isEmpty { roots.append(node) } else { stack[stack.count - 1].node.children.append(node) }
        }

        for line in lines {
            var closedIndent: Int?
            while let top = stack.last, top.indent > line.indent {
                closedIndent = top.indent
                closeTop()
            }
            if let top = stack.last, top.indent == line.indent {
                closeTop()
            } else if closedIndent != nil {
                // Dedented to a width no enclosing line has: it becomes a child of the closest outer line.
                diagnostics.append(Diagnostic(.error, .inconsistentIndentation, at: SourceLocation(line: line.number, column: 1)))
            }
            if stack.count >= maximumDepth {
                diagnostics.append(Diagnostic(.error, .tooDeeplyNested(limit: maximumDepth),
                                              at: SourceLocation(line: line.number, column: 1)))
                closeTop()
            }
            stack.append((line.indent, OutlineNode(line: line)))
        }
        while !stack.isEmpty { closeTop() }
        return roots
    }

    /// The number of tokens that form a property name (`title`, `falc.en`) when the line is a property.
    static func propertyNameLength(_ tokens: [Token]) -> Int? {
        guard let first = tokens.first, first.word != nil else { return nil }
        if tokens.count >= 2, tokens[1].isSymbol(":") { return 1 }
        if tokens.count >= 4, tokens[1].isSymbol("."), tokens[2].word != nil, tokens[3].isSymbol(":") { return 3 }
        return nil
    }
}
