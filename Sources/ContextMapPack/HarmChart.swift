import ContextMap

/// A small inline SVG line of one context's harm over its review dates (0 at the bottom,
/// 10 at the top), with its figures spelled out for screen readers and print.
enum HarmChart {
    static let width = 168.0, height = 44.0, margin = 4.0

    static func svg(_ harms: [(day: Day, harm: Double)], place: String) -> String {
        let summary = harms.map { "\($0.day): \(NumberText.fixed($0.harm, places: 1))" }.joined(separator: "; ")
        let label = XMLText.escaped("Harm at \(place) over the reviews: \(summary)")
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\">"
        svg += "<line class=\"axis\" x1=\"0\" y1=\"\(y(0))\" x2=\"\(Int(width))\" y2=\"\(y(0))\"/>"
        let points = harms.enumerated().map { index, entry in (x(index, of: harms.count), y(entry.harm)) }
        if points.count > 1 {
            svg += "<polyline points=\"" + points.map { "\($0.0),\($0.1)" }.joined(separator: " ") + "\"/>"
        }
        for point in points { svg += "<circle cx=\"\(point.0)\" cy=\"\(point.1)\" r=\"3\"/>" }
        return svg + "</svg>"
    }

    private static func x(_ index: Int, of count: Int) -> String {
        let span = width - 2 * margin
        return NumberText.fixed(count < 2 ? width / 2 : margin + span * Double(index) / Double(count - 1), places: 1)
    }

    private static func y(_ harm: Double) -> String {
        NumberText.fixed(height - margin - (height - 2 * margin) * min(max(harm, 0), 10) / 10, places: 1)
    }
}
