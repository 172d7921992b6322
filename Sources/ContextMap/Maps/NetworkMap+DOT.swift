extension NetworkMap {
    /// The network in the DOT language: young people as small circles, contexts shaped by
    /// type and sized by how many of the young people shown have harm of concern there.
    public var dot: String {
        var dot = "graph network_map {\n"
        dot += "  graph [overlap=false, outputorder=edgesfirst, fontname=\(MapStyle.font), fontsize=22,"
        dot += " labelloc=t, label=\(DOTText.quoted(title))];\n"
        dot += "  node [fontname=\(MapStyle.font), fontsize=10, style=filled];\n"
        var node: [Int: String] = [:]
        for (position, person) in youngPeople.enumerated() {
            node[person] = "y\(position)"
            dot += "  y\(position) [shape=circle, fillcolor=\"#FFFFFF\", label=\(DOTText.quoted(youngPeopleLabels[position]))];\n"
        }
        var contextNode: [Int: String] = [:]
        for (position, context) in contexts.enumerated() {
            contextNode[context.context] = "c\(position)"
            let count = context.youngPeopleOfConcern
            let size = 11 + 3 * Double(count).squareRoot()
            let band: HarmBand = count >= thresholds.minYoungPeople && context.type.isOutsideTheHome ? .significant
                : count > 0 ? .concern : .lower
            var lines = DOTText.wrapped(context.name, width: 22)
            if count > 0 { lines.append("\(count) of concern") }
            dot += "  c\(position) [shape=\(MapStyle.shape(context.type)), fontsize=\(NumberText.fixed(size, places: 1)),"
            dot += " fillcolor=\"\(MapStyle.fillColour(band))\", color=\"\(MapStyle.lineColour(band))\","
            dot += " penwidth=\(count >= thresholds.minYoungPeople ? 3 : 1), label=\(DOTText.quoted(lines.joined(separator: "\n")))];\n"
        }
        for link in links {
            dot += "  \(node[link.youngPerson]!) -- \(contextNode[link.context]!) [color=\"\(MapStyle.lineColour(link.band))\","
            dot += " penwidth=\(MapStyle.lineWidth(link.band) / 1.5), style=\(MapStyle.lineStyle(link.band))];\n"
        }
        dot += "  key [shape=plain, style=\"\", fontsize=11, label=<\(key)>];\n"
        dot += "}\n"
        return dot
    }

    private var key: String {
        let concern = NumberText.decimal(thresholds.concern)
        let rows = [
            "<TR><TD ALIGN=\"LEFT\"><B>Key</B></TD></TR>",
            "<TR><TD ALIGN=\"LEFT\">circle: a young person; other shapes: places and groups</TD></TR>",
            "<TR><TD ALIGN=\"LEFT\">larger, bold outline: a hotspot (\(thresholds.minYoungPeople) or more young people with harm of \(concern) or more)</TD></TR>",
            "<TR><TD ALIGN=\"LEFT\">line: thick orange or red for harm of concern, thin blue for lower, dashed for not yet scaled</TD></TR>",
        ]
        return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" BGCOLOR=\"#FFFFFF\">" + rows.joined() + "</TABLE>"
    }
}
