/// Draws a ``SpreadGraph`` as inline SVG: dark boxes for origins, dashed boxes for
/// the intermediaries a mention names, light boxes for the articles, joined by
/// curves from each box to the ones it spread to. Labels that do not fit are cut
/// with "…"; the full label is the box's tooltip (`<title>`). Every label is escaped.
struct SpreadGraphSVG {
    /// Characters that fit in a box at the 12-pixel font.
    static let labelLimit = 31

    /// The `<svg>` element for `graph`, sized to its content; `label` names it for screen readers.
    static func render(_ graph: SpreadGraph, label: String) -> String {
        let layout = SpreadGraphLayout(graph)
        let width = Int(layout.width.rounded(.up))
        let height = Int(layout.height.rounded(.up))
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spread\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">\n"
        for box in layout.boxes {
            guard let parentIndex = box.parent else { continue }
            let parent = layout.boxes[parentIndex]
            let (x1, y1) = (parent.x + SpreadGraphLayout.boxWidth, parent.y + SpreadGraphLayout.boxHeight / 2)
            let (x2, y2) = (box.x, box.y + SpreadGraphLayout.boxHeight / 2)
            let middle = (x1 + x2) / 2
            let dashed = box.node.kind == .via || parent.node.kind == .via
            svg +=
                "<path d=\"M\(n(x1)) \(n(y1)) C\(n(middle)) \(n(y1)) \(n(middle)) \(n(y2)) \(n(x2)) \(n(y2))\" "
                + "fill=\"none\" stroke=\"#8a94a6\" stroke-width=\"1.4\"\(dashed ? " stroke-dasharray=\"4 3\"" : "")/>\n"
        }
        for box in layout.boxes {
            let style = Self.style(box.node.kind)
            let label = box.node.label
            svg += "<g class=\"node \(box.node.kind.rawValue)\"><title>\(HTMLText.escape(label))</title>"
            svg +=
                "<rect x=\"\(n(box.x))\" y=\"\(n(box.y))\" width=\"\(n(SpreadGraphLayout.boxWidth))\" "
                + "height=\"\(n(SpreadGraphLayout.boxHeight))\" rx=\"4\" fill=\"\(style.fill)\" stroke=\"\(style.stroke)\""
                + (box.node.kind == .via ? " stroke-dasharray=\"4 3\"" : "") + "/>"
            let x = n(box.x + 8)
            let line = box.node.secondLine
            let top = box.y + (line == nil ? SpreadGraphLayout.boxHeight / 2 + 4 : 14)
            svg +=
                "<text x=\"\(x)\" y=\"\(n(top))\" font-size=\"12\" font-family=\"system-ui, sans-serif\" "
                + "fill=\"\(style.text)\"" + (box.node.kind == .via ? " font-style=\"italic\"" : "") + ">"
                + HTMLText.escape(HTMLText.truncated(box.node.firstLine, to: labelLimit)) + "</text>"
            if let line {
                svg +=
                    "<text x=\"\(x)\" y=\"\(n(top + 13))\" font-size=\"10\" font-family=\"system-ui, sans-serif\" "
                    + "fill=\"\(style.text)\" fill-opacity=\"0.75\">" + HTMLText.escape(line) + "</text>"
            }
            svg += "</g>\n"
        }
        return svg + "</svg>"
    }

    /// Colours per kind of node: they print legibly in grey as well.
    private static func style(_ kind: SpreadNode.Kind) -> (fill: String, stroke: String, text: String) {
        switch kind {
        case .origin: ("#1f3a5f", "#1f3a5f", "#ffffff")
        case .via: ("#ffffff", "#6b7280", "#374151")
        case .article: ("#eef2f7", "#b8c2d0", "#111827")
        case .more: ("#ffffff", "#d1d5db", "#4b5563")
        }
    }

    /// A coordinate with at most one decimal.
    private static func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
