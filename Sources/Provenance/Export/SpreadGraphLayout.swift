/// Where each node of a ``SpreadGraph`` goes in a picture: one column per level
/// (the origin on the left), one row per article leaf, each inner node centred on
/// its children. Kept apart from the SVG so the geometry can be tested as numbers.
struct SpreadGraphLayout {
    /// One box to draw, and the box it hangs from.
    struct Box {
        var node: SpreadNode
        var x: Double
        var y: Double
        /// Index in ``boxes`` of the parent; nil for a root.
        var parent: Int?
    }

    static let columnWidth = 260.0
    static let boxWidth = 220.0
    static let boxHeight = 32.0
    static let rowHeight = 38.0
    /// Extra space between the trees of two origins.
    static let treeGap = 14.0
    static let margin = 6.0
    /// The tallest run of children (10 rows) a box is centred on.
    static let centredSpan = 9 * rowHeight

    private(set) var boxes: [Box] = []
    private(set) var width = 0.0
    private(set) var height = 0.0

    init(_ graph: SpreadGraph) {
        var top = Self.margin
        var deepest = 0
        for root in graph.roots {
            var row = 0
            place(root, level: 0, parent: nil, top: top, row: &row)
            top += Double(max(row, 1)) * Self.rowHeight + Self.treeGap
            deepest = max(deepest, root.depth)
        }
        width = Double(deepest) * Self.columnWidth + Self.boxWidth + 2 * Self.margin
        height = max(top - Self.treeGap + Self.margin - (Self.rowHeight - Self.boxHeight), 0)
    }

    /// Places `node` and everything below it; returns the centre line (y) of its box.
    @discardableResult
    private mutating func place(_ node: SpreadNode, level: Int, parent: Int?, top: Double, row: inout Int) -> Double {
        let index = boxes.count
        boxes.append(Box(node: node, x: Self.margin + Double(level) * Self.columnWidth, y: 0, parent: parent))
        let centre: Double
        if node.children.isEmpty {
            centre = top + Double(row) * Self.rowHeight + Self.boxHeight / 2
            row += 1
        } else {
            var first: Double?
            var last = 0.0
            for child in node.children {
                last = place(child, level: level + 1, parent: index, top: top, row: &row)
                if first == nil { first = last }
            }
            let top = first ?? last
            // Centred on its children, unless they run so far down that the box would sit out of
            // sight below the first of them: then level with the first.
            centre = last - top > Self.centredSpan ? top : (top + last) / 2
        }
        boxes[index].y = centre - Self.boxHeight / 2
        return centre
    }
}
