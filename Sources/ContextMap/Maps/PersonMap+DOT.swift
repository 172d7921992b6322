extension PersonMap {
    /// The map in the DOT language: the young person at the centre (the root of a `twopi`
    /// layout), contexts round them grouped by type, a key and a title with the as-of date.
    public var dot: String {
        var dot = "graph context_map {\n"
        dot += "  graph [root=yp, ranksep=3.2, overlap=false, splines=line, pack=true, outputorder=edgesfirst,"
        dot += " fontname=\(MapStyle.font), fontsize=22, labelloc=t, label=\(DOTText.quoted(title))];\n"
        dot += "  node [fontname=\(MapStyle.font), fontsize=12, style=filled, margin=\"0.12,0.06\"];\n"
        dot += "  edge [color=\"#777777\"];\n"
        let person = youngPersonName.map { "\($0)\n\(youngPersonID)" } ?? youngPersonID
        dot += "  yp [shape=circle, penwidth=2.5, fillcolor=\"#FFFFFF\", fontsize=16, label=\(DOTText.label(person, wrapAt: 16))];\n"
        for (position, context) in contexts.enumerated() {
            let node = "c\(position)"
            var attributes = [
                "shape=\(MapStyle.shape(context.type))",
                "fillcolor=\"\(MapStyle.fillColour(context.band))\"",
                "color=\"\(MapStyle.lineColour(context.band))\"",
                "penwidth=\(context.band == .significant ? 3 : 1.5)",
                "label=\(label(context))",
            ]
            if context.band == .unscaled { attributes.append("style=\"filled,dashed\"") }
            if context.voicesDisagreeWidely { attributes.append("peripheries=2") }
            dot += "  \(node) [\(attributes.joined(separator: ", "))];\n"
            dot += "  yp -- \(node) [color=\"\(MapStyle.lineColour(context.band))\", penwidth=\(MapStyle.lineWidth(context.band)), style=\(MapStyle.lineStyle(context.band))];\n"
        }
        dot += "  key [shape=plain, style=\"\", label=<\(key)>];\n"
        dot += "}\n"
        return dot
    }

    /// "Context map: Aisha B. (YP03), as of 2026-03-09".
    public var title: String {
        let who = youngPersonName.map { "\($0) (\(youngPersonID))" } ?? youngPersonID
        return "Context map: \(who), " + (asOf.map { "as of \($0)" } ?? "no scaling yet")
    }

    /// The context's name, then its figures, one per line. A plain label, not an HTML-like
    /// one: Graphviz 2.43 leaks a few kilobytes per HTML-like label drawn.
    private func label(_ context: Context) -> String {
        var lines = DOTText.wrapped(context.name, width: 28)
        if let harm = context.harm {
            lines.append("harm \(NumberText.fixed(harm.harm, places: 1)) out of 10")
            lines.append("\(NumberText.fixed(context.share ?? 0, places: 0))% of the total harm")
            lines.append(PersonMap.trendWords(harm.trend))
            if context.voicesDisagreeWidely {
                lines.append("views differ by \(NumberText.fixed(harm.spread, places: 0))")
            }
        } else {
            lines.append("not yet scaled")
        }
        return DOTText.quoted(lines.joined(separator: "\n"))
    }

    /// "worse than last time (+1.5)", "better than last time (-2.0)", "same as last time" or
    /// "first time scored".
    public static func trendWords(_ trend: Double?) -> String {
        guard let trend else { return "first time scored" }
        let key = Figures.orderingKey(trend)
        if key > 0 { return "worse than last time (+\(NumberText.fixed(trend, places: 1)))" }
        if key < 0 { return "better than last time (\(NumberText.fixed(trend, places: 1)))" }
        return "same as last time"
    }

    /// The key: line colour and width for each band, dashes, double outlines and shapes.
    private var key: String {
        let significant = NumberText.decimal(thresholds.significant), concern = NumberText.decimal(thresholds.concern)
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Key</B></TD></TR>"]
        func swatch(_ band: HarmBand) -> String {
            let height = Int(MapStyle.lineWidth(band).rounded(.up)) + 1
            return "<TD WIDTH=\"44\" HEIGHT=\"\(height)\" FIXEDSIZE=\"TRUE\" CELLPADDING=\"0\" BGCOLOR=\"\(MapStyle.lineColour(band))\"></TD>"
        }
        rows.append("<TR>\(swatch(.significant))<TD ALIGN=\"LEFT\">thickest line: serious harm (\(significant) or more out of 10)</TD></TR>")
        rows.append("<TR>\(swatch(.concern))<TD ALIGN=\"LEFT\">thick line: harm of concern (\(concern) or more)</TD></TR>")
        rows.append("<TR>\(swatch(.lower))<TD ALIGN=\"LEFT\">thin line: lower harm (under \(concern))</TD></TR>")
        rows.append("<TR><TD>- - - -</TD><TD ALIGN=\"LEFT\">dashed: linked but not yet scaled</TD></TR>")
        rows.append("<TR><TD>double outline</TD><TD ALIGN=\"LEFT\">the people who scored it differ by \(NumberText.decimal(options.wideSpread)) or more</TD></TR>")
        let types = ContextType.mapOrder.filter { type in contexts.contains { $0.type == type } }
        for type in types {
            rows.append("<TR><TD>\(MapStyle.shape(type))</TD><TD ALIGN=\"LEFT\">\(MapStyle.typeName(type))</TD></TR>")
        }
        rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">Harm: 0 is safe, 10 is harm is certain.</TD></TR>")
        return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" BGCOLOR=\"#FFFFFF\">" + rows.joined() + "</TABLE>"
    }
}
